package store

import (
	"context"
	"strings"
	"testing"
)

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
