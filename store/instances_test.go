package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"
)

// Three instances on one database sweep at once, in small batches: every
// due person is claimed exactly once, by one of them, and so are the
// retries put back and the reminders that fall due. On PostgreSQL the claims skip rows another
// instance holds (FOR NO KEY UPDATE SKIP LOCKED); on SQLite the writers
// take turns.
func TestClaimsAcrossInstances(t *testing.T) {
	forBackends(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		first := openBackend(t, b)
		const people, instances, batch = 300, 3, 7
		now := first.Now()
		for i := 0; i < people; i++ {
			dueUser(t, first, fmt.Sprint(i), now.Add(-time.Duration(i%50)*time.Second))
		}
		dbs := []*DB{first}
		for len(dbs) < instances {
			dbs = append(dbs, reopen(t, first))
		}
		sweep := func(claim func(db *DB, owner string) ([]Claim, int, error)) map[SendKey][]string {
			var mu sync.Mutex
			got := map[SendKey][]string{}
			var wg sync.WaitGroup
			errs := make(chan error, instances)
			for i, db := range dbs {
				owner := fmt.Sprintf("instance-%d", i)
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						claims, scanned, err := claim(db, owner)
						if err != nil {
							errs <- err
							return
						}
						mu.Lock()
						for _, c := range claims {
							got[c.SendKey] = append(got[c.SendKey], owner)
						}
						mu.Unlock()
						if scanned == 0 {
							return
						}
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Fatal(err)
			}
			return got
		}
		check := func(what string, got map[SendKey][]string) {
			t.Helper()
			if len(got) != people {
				t.Errorf("%s: %d people claimed, want all %d", what, len(got), people)
			}
			by := map[string]int{}
			for k, owners := range got {
				if len(owners) != 1 {
					t.Errorf("%s: %v claimed by %v, want exactly one instance", what, k, owners)
				}
				by[owners[0]]++
			}
			t.Logf("%s: claims per instance %v", what, by)
		}
		check("due", sweep(func(db *DB, owner string) ([]Claim, int, error) {
			return db.ClaimDue(ctx, "checkin", now, owner, batch, func(u User) DuePlan {
				return DuePlan{Action: DueClaim, Period: "2026-11-25", DueAt: u.NextCheckin, Next: now.Add(24 * time.Hour)}
			})
		}))
		// Every claim fails and is put back as a retry, then the retries
		// are swept by all three.
		for i := 0; i < instances; i++ {
			owner := fmt.Sprintf("instance-%d", i)
			if _, err := first.w.ExecContext(ctx, `UPDATE sends SET state = 'retry', retry_at = ?, owner = '' WHERE owner = ?`,
				unix(now), owner); err != nil {
				t.Fatal(err)
			}
		}
		check("retries", sweep(func(db *DB, owner string) ([]Claim, int, error) {
			claims, _, scanned, err := db.ClaimRetries(ctx, now, now.Add(-time.Hour), owner, batch)
			return claims, scanned, err
		}))
		// Every prompt sent, each with a reminder due now: the reminders
		// are decided once each, whoever sweeps.
		if _, err := first.w.ExecContext(ctx, `UPDATE sends SET state = 'sent', remind_at = ?, owner = ''`, unix(now)); err != nil {
			t.Fatal(err)
		}
		check("reminders", sweep(func(db *DB, owner string) ([]Claim, int, error) {
			return db.ClaimFollowUps(ctx, "reminder", now, owner, batch, func(User, SendKey, time.Time) DuePlan {
				return DuePlan{Action: DueClaim, DueAt: now}
			})
		}))
	})
}
