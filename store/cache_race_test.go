package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Two writers of one person at once, as the core (UpdateUser) and the
// scheduler (SetInactive) can be: the cache must end as the file did, in
// the order the writes committed.
func TestCacheFollowsCommitOrder(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		u := newUser(t, db, "1")
		bad := 0
		for i := 0; i < 1000; i++ {
			if _, _, err := db.UserAndDialogue(ctx, u.Platform, u.PlatformID); err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			wg.Add(2)
			go func() {
				defer wg.Done()
				v := u
				v.Inactive = false
				v.NextCheckin = time.Unix(int64(1_800_000_000+i), 0)
				if err := db.UpdateUser(ctx, v); err != nil {
					t.Error(err)
				}
			}()
			go func() {
				defer wg.Done()
				if err := db.SetInactive(ctx, u.ID, true); err != nil {
					t.Error(err)
				}
			}()
			wg.Wait()
			cached, _, err := db.UserAndDialogue(ctx, u.Platform, u.PlatformID)
			if err != nil {
				t.Fatal(err)
			}
			file, err := db.UserByID(ctx, u.ID) // bypasses the cache
			if err != nil {
				t.Fatal(err)
			}
			if cached.Inactive != file.Inactive {
				bad++
				if bad <= 3 {
					t.Errorf("iteration %d: cached Inactive=%v, file Inactive=%v", i, cached.Inactive, file.Inactive)
				}
			}
		}
		if bad > 0 {
			t.Errorf("%d of 1000 iterations left the cache disagreeing with the file", bad)
		}
	})
}

// Saving a day that exists without its CreatedAt keeps the file's
// created_at, and the cache and the caller learn it.
func TestCacheCreatedAtOfAnExistingDay(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		u := newUser(t, db, "1")
		const day = "2026-11-25"
		mood := 3
		if err := db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: day, Mood: &mood}, []byte(`{}`)); err != nil {
			t.Fatal(err)
		}
		warm(t, db, u, day)
		later := db.Now().Add(time.Hour)
		db.Now = func() time.Time { return later }
		if err := db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: day, Mood: &mood}, []byte(`{}`)); err != nil {
			t.Fatal(err)
		}
		got, want := read(t, db, u, day), read(t, fileView(t, db), u, day)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-file +cached):\n%s", diff)
		}
	})
}

// An empty dialogue state is not "no state" (nil).
func TestCacheEmptyDialogueIsNotNil(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		u := newUser(t, db, "1")
		if _, _, err := db.UserAndDialogue(ctx, u.Platform, u.PlatformID); err != nil {
			t.Fatal(err)
		}
		if err := db.SaveDialogue(ctx, u.ID, []byte{}); err != nil {
			t.Fatal(err)
		}
		_, c, _ := db.UserAndDialogue(ctx, u.Platform, u.PlatformID)
		_, f, _ := fileView(t, db).UserAndDialogue(ctx, u.Platform, u.PlatformID)
		if (c == nil) != (f == nil) {
			t.Errorf("cached dialogue nil=%v, file dialogue nil=%v", c == nil, f == nil)
		}
	})
}

// One goroutine per person, as the core serialises them, saving answers
// (some with contexts that end), changing settings, clearing the dialogue
// and deleting and re-creating themselves, beside readers and (with
// scheduler) the scheduler's writes, on a cache of six: nothing hangs, and
// afterwards every cached read equals the file.
func stress(t *testing.T, scheduler bool) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		if db.rows != nil {
			db.rows = newRowCache(6) // force evictions and miss reads
		}
		const people, rounds = 12, 150
		day := "2026-11-25"
		var mu sync.Mutex
		users := make([]User, people)
		for i := range users {
			users[i] = dueUser(t, db, fmt.Sprint(i), db.Now().Add(-time.Minute))
		}
		get := func(i int) User { mu.Lock(); defer mu.Unlock(); return users[i] }
		done := make(chan struct{})
		var wg sync.WaitGroup
		for i := 0; i < people; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				r := rand.New(rand.NewSource(int64(i)))
				for k := 0; k < rounds; k++ {
					u := get(i)
					cu, _, err := db.UserAndDialogue(ctx, u.Platform, u.PlatformID)
					if err != nil {
						t.Error(err)
						return
					}
					c, err := db.Checkin(ctx, cu.ID, day)
					if errors.Is(err, ErrNotFound) {
						c = Checkin{UserID: cu.ID, Day: day}
					} else if err != nil {
						t.Error(err)
						return
					}
					switch r.Intn(6) {
					case 0, 1, 2:
						m := r.Intn(11)
						c.Mood = &m
						cctx, cancel := context.WithTimeout(ctx, time.Duration(r.Intn(3))*time.Millisecond)
						_ = db.SaveTurn(cctx, cu.ID, &c, []byte(fmt.Sprint(k)))
						cancel()
					case 3:
						cu.Name = fmt.Sprint("n", k)
						cu.NextSummary = db.Now().Add(time.Duration(k) * time.Hour)
						if err := db.UpdateUser(ctx, cu); err != nil {
							t.Error(err)
						}
					case 4:
						if err := db.SaveDialogue(ctx, cu.ID, nil); err != nil {
							t.Error(err)
						}
					case 5:
						if r.Intn(10) == 0 {
							if err := db.DeleteUser(ctx, cu.ID); err != nil {
								t.Error(err)
							}
							nu := createDue(db, u.PlatformID, db.Now().Add(-time.Minute))
							mu.Lock()
							users[i] = nu
							mu.Unlock()
						}
					}
				}
			}(i)
		}
		// readers not under the person lock (scheduler reminders)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 2000; k++ {
				u := get(k % people)
				_, _ = db.Checkin(ctx, u.ID, day)
			}
		}()
		if scheduler {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := 0; k < 300; k++ {
					u := get(k % people)
					switch k % 3 {
					case 0:
						_, _, err := db.ClaimDue(ctx, "checkin", db.Now(), "me", 5, func(u User) DuePlan {
							return DuePlan{Action: DueAdvance, Next: db.Now().Add(time.Duration(k+1) * time.Second)}
						})
						if err != nil {
							t.Error(err)
						}
					case 1:
						_ = db.SetInactive(ctx, u.ID, k%2 == 0)
					case 2:
						f, err := db.UserByID(ctx, u.ID)
						if err == nil {
							_, _ = db.SetNextDue(ctx, u.ID, "checkin", f.NextCheckin, db.Now().Add(-time.Second))
						}
					}
				}
			}()
		}
		go func() { wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(120 * time.Second):
			t.Fatal("the stress test hung: a deadlock")
		}
		file := fileView(t, db)
		bad := 0
		for i := range users {
			u := users[i]
			got, want := read(t, db, u, day), read(t, file, u, day)
			if diff := cmp.Diff(want, got); diff != "" {
				bad++
				t.Errorf("person %d (-file +cached):\n%s", i, diff)
			}
		}
		if bad > 0 {
			t.Errorf("%d of %d people differ", bad, people)
		}
	})
}

// createDue is dueUser for a goroutine (no t.Fatal off the test's own).
func createDue(db *DB, id string, next time.Time) User {
	u := User{Platform: "console", PlatformID: id, TZ: "Europe/Berlin", CheckinTime: "20:00", SummaryTime: "18:00", QuietStart: "22:30", QuietEnd: "08:00", NextCheckin: next}
	if err := db.CreateUser(context.Background(), &u); err != nil {
		panic(err)
	}
	return u
}

func TestCacheUnderStress(t *testing.T)              { stress(t, false) }
func TestCacheUnderStressWithScheduler(t *testing.T) { stress(t, true) }
