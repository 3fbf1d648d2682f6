package benchkit

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// TestDSN reads back the pragmas of a connection made with DSN: the
// baselines must write with the store's durability settings.
func TestDSN(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tc := range []struct{ pragma, want string }{
		{"journal_mode", "wal"}, {"synchronous", "1"}, {"busy_timeout", "5000"}, {"foreign_keys", "1"},
	} {
		t.Run(tc.pragma, func(t *testing.T) {
			var got string
			if err := db.QueryRowContext(ctx, "PRAGMA "+tc.pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("PRAGMA %s = %s, want %s", tc.pragma, got, tc.want)
			}
		})
	}
}

// TestPeopleAsStoreReadsThem creates people fast and reads them back
// through the store: the same rows store.CreateUser would write.
func TestPeopleAsStoreReadsThem(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 3, 2, 19, 0, 0, 0, time.UTC)
	due := now.Add(time.Hour)
	ids, err := People{First: 500, N: 3, Due: due, Now: now}.Create(ctx, db)
	if err != nil || len(ids) != 3 {
		t.Fatalf("create: %v, %v", ids, err)
	}
	if err := AddHistory(ctx, db, ids, 5, now); err != nil {
		t.Fatal(err)
	}
	u, err := s.UserByPlatform(ctx, "telegram", "502")
	if err != nil {
		t.Fatal(err)
	}
	if u.ID != ids[2] || u.ChatID != "502" || !u.NextCheckin.Equal(due) || u.CheckinTime != "20:00" ||
		!u.OnboardedAt.Equal(now) || !u.NextSummary.After(due) || !u.NextPHQ9.After(due) {
		t.Fatalf("person read back: %+v", u)
	}
	cs, err := s.Checkins(ctx, u.ID, "", "")
	if err != nil || len(cs) != 5 {
		t.Fatalf("history: %d rows, %v", len(cs), err)
	}
}

func TestProcMem(t *testing.T) {
	m, err := ProcMem(0)
	if err != nil {
		t.Fatal(err)
	}
	if m.RSS <= 0 || m.HWM < m.RSS {
		t.Fatalf("%+v", m)
	}
}
