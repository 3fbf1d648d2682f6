package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fileView opens a second store on db's file: it has its own (empty)
// cache, so it reads what is really in the file.
func fileView(t *testing.T, db *DB) *DB {
	t.Helper()
	return reopen(t, db)
}

// warm reads the person and a day so that they are cached.
func warm(t *testing.T, db *DB, u User, day string) {
	t.Helper()
	ctx := context.Background()
	if _, _, err := db.UserAndDialogue(ctx, u.Platform, u.PlatformID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Checkin(ctx, u.ID, day); err != nil && !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
	if db.rows == nil {
		return // no cache (PostgreSQL): every read goes to the database
	}
	if _, _, ok := db.rows.checkin(u.ID, day); !ok {
		t.Fatalf("person %d's day %s is not cached after reading it", u.ID, day)
	}
}

type view struct {
	User       User
	Dialogue   string
	Checkin    Checkin
	CheckinErr string
}

func read(t *testing.T, db *DB, u User, day string) view {
	t.Helper()
	ctx := context.Background()
	var v view
	got, d, err := db.UserAndDialogue(ctx, u.Platform, u.PlatformID)
	if err != nil {
		v.CheckinErr = "person: " + err.Error()
		return v
	}
	v.User, v.Dialogue = got, string(d)
	c, err := db.Checkin(ctx, u.ID, day)
	if err != nil {
		v.CheckinErr = err.Error()
	}
	v.Checkin = c
	return v
}

// Every write leaves the cached rows equal to what a fresh read of the
// file returns.
func TestCachedRowsFollowEveryWrite(t *testing.T) {
	const day = "2026-11-25"
	mood, sleep, functioning := 4, 6.5, 3
	tests := []struct {
		name  string
		write func(context.Context, *DB, User) error
	}{
		{"SaveTurn", func(ctx context.Context, db *DB, u User) error {
			return db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: day, Mood: &mood, SleepHours: &sleep, Functioning: &functioning}, []byte(`{"m":"checkin"}`))
		}},
		{"SaveTurn clearing the dialogue", func(ctx context.Context, db *DB, u User) error {
			return db.SaveTurn(ctx, u.ID, nil, nil)
		}},
		{"SaveTurn for another day", func(ctx context.Context, db *DB, u User) error {
			return db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: "2026-11-24", Mood: &mood}, []byte(`{}`))
		}},
		{"SaveCheckin", func(ctx context.Context, db *DB, u User) error {
			return db.SaveCheckin(ctx, &Checkin{UserID: u.ID, Day: day, Note: "walked"})
		}},
		{"SaveDialogue", func(ctx context.Context, db *DB, u User) error {
			return db.SaveDialogue(ctx, u.ID, []byte(`{"m":"phq9"}`))
		}},
		{"UpdateUser", func(ctx context.Context, db *DB, u User) error {
			u.TZ, u.CheckinTime, u.Name = "Asia/Kolkata", "21:30", "Ann"
			u.PausedUntil = time.Date(2026, 11, 28, 9, 0, 0, 123456789, time.FixedZone("x", 3600))
			u.NextCheckin = time.Date(2026, 11, 26, 16, 0, 0, 5, time.UTC)
			return db.UpdateUser(ctx, u)
		}},
		{"SetInactive", func(ctx context.Context, db *DB, u User) error {
			return db.SetInactive(ctx, u.ID, true)
		}},
		{"SetNextDue", func(ctx context.Context, db *DB, u User) error {
			_, err := db.SetNextDue(ctx, u.ID, "summary", u.NextSummary, time.Date(2026, 11, 29, 17, 0, 0, 0, time.UTC))
			return err
		}},
		{"ClaimDue", func(ctx context.Context, db *DB, u User) error {
			_, _, err := db.ClaimDue(ctx, "checkin", db.Now(), "me", 10, func(User) DuePlan {
				return DuePlan{Period: day, Next: db.Now().Add(24 * time.Hour)}
			})
			return err
		}},
		{"DeleteUser", func(ctx context.Context, db *DB, u User) error {
			return db.DeleteUser(ctx, u.ID)
		}},
	}
	forBackends(t, func(t *testing.T, b backend) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ctx := context.Background()
				db := openBackend(t, b)
				u := dueUser(t, db, "1", db.Now().Add(-time.Minute))
				if err := db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: day, Mood: &mood}, []byte(`{"m":"idle"}`)); err != nil {
					t.Fatal(err)
				}
				warm(t, db, u, day)
				if err := tt.write(ctx, db, u); err != nil {
					t.Fatal(err)
				}
				got, want := read(t, db, u, day), read(t, fileView(t, db), u, day)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("cached read differs from the file (-file +cached):\n%s", diff)
				}
			})
		}
	})
}

// A row read on a miss is not kept when a write to the person committed
// while it was being read: it would be older than the file.
func TestCacheKeepsNoReadOlderThanAWrite(t *testing.T) {
	c := newRowCache(10)
	u := User{ID: 7, Platform: "telegram", PlatformID: "7", TZ: "UTC"}
	since := c.stamp()
	c.update(7, func(*cached) {}) // a write commits meanwhile
	c.keepPerson(u, []byte(`{}`), since)
	if _, _, ok := c.person("telegram", "7"); ok {
		t.Fatal("a read older than a write was kept")
	}
	since = c.stamp()
	c.keepPerson(u, []byte(`{}`), since)
	if _, _, ok := c.person("telegram", "7"); !ok {
		t.Fatal("a read with no write since was not kept")
	}
	since = c.stamp()
	c.forget(7)
	c.keepPerson(u, nil, since)
	c.keepCheckin(7, "2026-11-25", Checkin{}, false, since)
	if _, _, ok := c.checkin(7, "2026-11-25"); ok {
		t.Fatal("a day read before the person was forgotten was kept")
	}
}

func TestCacheIsBoundedAndReturnsCopies(t *testing.T) {
	c := newRowCache(3)
	for i := int64(1); i <= 5; i++ {
		c.keepPerson(User{ID: i, Platform: "console", PlatformID: fmt.Sprint(i)}, []byte("s"), c.stamp())
	}
	if len(c.byID) != 3 || len(c.byKey) != 3 {
		t.Fatalf("%d people and %d keys cached, want 3 of each", len(c.byID), len(c.byKey))
	}
	for key, id := range c.byKey {
		if e := c.byID[id]; e == nil || e.user.PlatformID != key.id {
			t.Errorf("key %v points at %d, which is not cached as that person", key, id)
		}
	}
	five := 5
	c.keepCheckin(5, "d", Checkin{UserID: 5, Day: "d", Mood: &five}, true, c.stamp())
	got, _, _ := c.checkin(5, "d")
	*got.Mood = 0
	_, d, _ := c.person("console", "5")
	d[0] = 'x'
	again, _, _ := c.checkin(5, "d")
	_, d2, _ := c.person("console", "5")
	if *again.Mood != 5 || string(d2) != "s" {
		t.Errorf("changing what the cache returned changed the cache: mood %d, dialogue %q", *again.Mood, d2)
	}
}

// Answers saved at once share transactions; each caller learns its own
// outcome, and one refused answer does not take the others with it.
func TestGroupCommitEachAnswerItsOwnOutcome(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		const n = 60
		users := make([]User, n)
		for i := range users {
			users[i] = newUser(t, db, fmt.Sprint(i))
		}
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i, u := range users {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mood := i % 10
				if i%7 == 3 {
					mood = 11 // refused by the schema
				}
				errs[i] = db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: "2026-11-25", Mood: &mood}, []byte(fmt.Sprint(i)))
			}()
		}
		wg.Wait()
		file := fileView(t, db)
		for i, u := range users {
			c, err := file.Checkin(ctx, u.ID, "2026-11-25")
			d, derr := file.Dialogue(ctx, u.ID)
			if i%7 == 3 {
				if errs[i] == nil {
					t.Errorf("answer %d (mood 11) was accepted", i)
				}
				if !errors.Is(err, ErrNotFound) || !errors.Is(derr, ErrNotFound) {
					t.Errorf("answer %d was refused but something was written: %v, %v", i, err, derr)
				}
				continue
			}
			if errs[i] != nil {
				t.Errorf("answer %d: %v", i, errs[i])
				continue
			}
			if err != nil || *c.Mood != i%10 || derr != nil || string(d) != fmt.Sprint(i) {
				t.Errorf("answer %d in the file: %+v %v, dialogue %q %v", i, c, err, d, derr)
			}
		}
	})
}

// An answer whose context ended before it was written is not written, and
// the caller hears so.
func TestGroupCommitSkipsCancelledAnswers(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		u := newUser(t, db, "1")
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		mood := 5
		err := db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: "2026-11-25", Mood: &mood}, []byte(`{}`))
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
		if _, err := fileView(t, db).Checkin(context.Background(), u.ID, "2026-11-25"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("a cancelled answer was written: %v", err)
		}
	})
}
