package store

import (
	"context"
	"errors"
	"testing"
)

func TestWellStretch(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		u := newUser(t, db, "well")
		if _, err := db.GetWellStretch(ctx, u.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("no stretch marked: got %v, want ErrNotFound", err)
		}
		for _, bad := range [][2]string{{"", "2026-03-01"}, {"2026-03-01", ""}, {"2026-04-01", "2026-03-01"}} {
			if err := db.SetWellStretch(ctx, u.ID, bad[0], bad[1]); err == nil {
				t.Errorf("stretch %q to %q was kept", bad[0], bad[1])
			}
		}
		if err := db.SetWellStretch(ctx, u.ID, "2026-03-01", "2026-04-26"); err != nil {
			t.Fatal(err)
		}
		if err := db.SetWellStretch(ctx, u.ID, "2026-05-01", "2026-06-30"); err != nil {
			t.Fatal(err)
		}
		w, err := reopen(t, db).GetWellStretch(ctx, u.ID)
		if err != nil || w.From != "2026-05-01" || w.To != "2026-06-30" || !w.MarkedAt.Equal(testNow()) {
			t.Fatalf("read %+v, %v: want the later stretch, marked now", w, err)
		}
		if err := db.ClearWellStretch(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.GetWellStretch(ctx, u.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("after clearing: %v, want ErrNotFound", err)
		}
		if err := db.SetWellStretch(ctx, u.ID, "2026-03-01", "2026-04-26"); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteUser(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.GetWellStretch(ctx, u.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("a deleted person's stretch is still there: %v", err)
		}
	})
}
