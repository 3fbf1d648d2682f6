package store

import (
	"context"
	"testing"
	"time"
)

func TestUpdateClaims(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		now := db.Now()
		const lease = 2 * time.Minute
		claim := func(id int64, owner string, at time.Time) UpdateClaim {
			t.Helper()
			c, err := db.ClaimUpdate(ctx, "telegram", id, owner, at, lease)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		steps := []struct {
			name string
			do   func() UpdateClaim
			want UpdateClaim
		}{
			{"first delivery", func() UpdateClaim { return claim(7, "a", now) }, UpdateNew},
			{"again to another instance while held", func() UpdateClaim { return claim(7, "b", now.Add(time.Second)) }, UpdateBusy},
			{"again to the same instance while held", func() UpdateClaim { return claim(7, "a", now.Add(time.Second)) }, UpdateBusy},
			{"another source, same id", func() UpdateClaim {
				c, err := db.ClaimUpdate(ctx, "other", 7, "b", now, lease)
				if err != nil {
					t.Fatal(err)
				}
				return c
			}, UpdateNew},
			{"held past the lease: taken over", func() UpdateClaim { return claim(7, "b", now.Add(lease+time.Second)) }, UpdateNew},
			{"the first holder's late finish changes nothing", func() UpdateClaim {
				if err := db.FinishUpdate(ctx, "telegram", 7, "a", now.Add(lease+2*time.Second)); err != nil {
					t.Fatal(err)
				}
				return claim(7, "c", now.Add(lease+3*time.Second))
			}, UpdateBusy},
			{"finished by its holder: done", func() UpdateClaim {
				if err := db.FinishUpdate(ctx, "telegram", 7, "b", now.Add(lease+4*time.Second)); err != nil {
					t.Fatal(err)
				}
				return claim(7, "c", now.Add(lease+5*time.Second))
			}, UpdateDone},
			{"done stays done long after", func() UpdateClaim { return claim(7, "c", now.Add(10*lease)) }, UpdateDone},
		}
		for _, s := range steps {
			if got := s.do(); got != s.want {
				t.Fatalf("%s: claim = %d, want %d", s.name, got, s.want)
			}
		}
		n, err := db.PurgeUpdates(ctx, now.Add(time.Hour), 100)
		if err != nil || n != 2 {
			t.Fatalf("purge = %d, %v; want both rows", n, err)
		}
		if got := claim(7, "d", now.Add(2*time.Hour)); got != UpdateNew {
			t.Fatalf("after purge: claim = %d, want new", got)
		}
	})
}
