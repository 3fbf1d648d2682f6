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
		claimIn := func(source string, id int64, owner string, at time.Time) string {
			t.Helper()
			claimed, done, err := db.ClaimUpdate(ctx, source, id, owner, at, lease)
			switch {
			case err != nil:
				t.Fatal(err)
			case claimed && done:
				t.Fatal("claimed and done at once")
			case claimed:
				return "new"
			case done:
				return "done"
			}
			return "busy"
		}
		claim := func(id int64, owner string, at time.Time) string { return claimIn("telegram", id, owner, at) }
		steps := []struct {
			name string
			do   func() string
			want string
		}{
			{"first delivery", func() string { return claim(7, "a", now) }, "new"},
			{"again to another instance while held", func() string { return claim(7, "b", now.Add(time.Second)) }, "busy"},
			{"again to the same instance while held", func() string { return claim(7, "a", now.Add(time.Second)) }, "busy"},
			{"another source, same id", func() string { return claimIn("other", 7, "b", now) }, "new"},
			{"held past the lease: taken over", func() string { return claim(7, "b", now.Add(lease+time.Second)) }, "new"},
			{"the first holder's late finish changes nothing", func() string {
				if err := db.FinishUpdate(ctx, "telegram", 7, "a", now.Add(lease+2*time.Second)); err != nil {
					t.Fatal(err)
				}
				return claim(7, "c", now.Add(lease+3*time.Second))
			}, "busy"},
			{"finished by its holder: done", func() string {
				if err := db.FinishUpdate(ctx, "telegram", 7, "b", now.Add(lease+4*time.Second)); err != nil {
					t.Fatal(err)
				}
				return claim(7, "c", now.Add(lease+5*time.Second))
			}, "done"},
			{"done stays done long after", func() string { return claim(7, "c", now.Add(10*lease)) }, "done"},
		}
		for _, s := range steps {
			if got := s.do(); got != s.want {
				t.Fatalf("%s: claim = %s, want %s", s.name, got, s.want)
			}
		}
		n, err := db.PurgeUpdates(ctx, now.Add(time.Hour), 100)
		if err != nil || n != 2 {
			t.Fatalf("purge = %d, %v; want both rows", n, err)
		}
		if got := claim(7, "d", now.Add(2*time.Hour)); got != "new" {
			t.Fatalf("after purge: claim = %s, want new", got)
		}
	})
}
