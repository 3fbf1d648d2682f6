package store

import (
	"context"
	"strings"
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

// Any text a person sends is kept: on PostgreSQL, whose text cannot hold
// NUL or invalid UTF-8, those bytes alone become U+FFFD and the rest is
// kept as written.
func TestOddTextIsKept(t *testing.T) {
	forBackends(t, func(t *testing.T, b backend) {
		db := openBackend(t, b)
		ctx := context.Background()
		u := newUser(t, db, "odd\x00id\xff")
		note := "שלום 👋🏽 e\u0301 \u202eevil\u202c a\x00b\xffc " + strings.Repeat("x", 5000)
		want := note
		if b.name == "postgres" {
			want = strings.NewReplacer("\x00", "\uFFFD", "\xff", "\uFFFD").Replace(note)
		}
		if err := db.SaveCheckin(ctx, &Checkin{UserID: u.ID, Day: "2026-11-25", Note: note}); err != nil {
			t.Fatal(err)
		}
		got, err := reopen(t, db).Checkin(ctx, u.ID, "2026-11-25")
		if err != nil {
			t.Fatal(err)
		}
		if got.Note != want {
			t.Errorf("note read back %q, want %q", got.Note[:40], want[:40])
		}
		if _, err := db.UserByPlatform(ctx, "console", u.PlatformID); err != nil {
			t.Errorf("the person with an odd id is not found again: %v", err)
		}
	})
}

func TestRebind(t *testing.T) {
	tests := []struct{ in, want string }{
		{`SELECT 1`, `SELECT 1`},
		{`SELECT a FROM t WHERE x = ? AND y IN (?, ?)`, `SELECT a FROM t WHERE x = $1 AND y IN ($2, $3)`},
		{`SELECT '?' || "a?b", ? -- a comment? yes
			FROM t WHERE z = ?`, `SELECT '?' || "a?b", $1 -- a comment? yes
			FROM t WHERE z = $2`},
		{`INSERT INTO t VALUES ('it''s ?', ?)`, `INSERT INTO t VALUES ('it''s ?', $1)`},
		{`SELECT ? -- trailing comment?`, `SELECT $1 -- trailing comment?`},
		{`SELECT 'unterminated ?`, `SELECT 'unterminated ?`},
	}
	for _, tt := range tests {
		if got := rebind(tt.in); got != tt.want {
			t.Errorf("rebind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := `SELECT ` + strings.Repeat("?, ", 1000) + `1`
	if got := rebind(long); !strings.Contains(got, "$1000, 1") {
		t.Errorf("a long statement is not rebound: ...%s", got[len(got)-20:])
	}
	if _, cached := rebound.Load(long); cached {
		t.Error("a long statement was kept in the rebind cache")
	}
}
