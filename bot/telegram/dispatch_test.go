package telegram

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/checkin-bot/checkin/store"
)

// The stored cursor only moves over updates that are all finished, so a
// slow chat never lets a restart skip an update that was still in hand.
func TestCursorAdvancesOverFinishedRunsOnly(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tr := newTracker(db, 10, slog.New(slog.NewTextHandler(io.Discard, nil)))
	cursor := func() int64 {
		t.Helper()
		c, err := db.Cursor(ctx, cursorName)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}

	admits := []struct {
		id   int64
		want bool
	}{{9, false}, {10, false}, {11, true}, {12, true}, {13, true}, {12, false}}
	for _, a := range admits {
		if got := tr.admit(a.id); got != a.want {
			t.Errorf("admit(%d) = %v, want %v", a.id, got, a.want)
		}
	}
	steps := []struct {
		finish int64
		want   int64
	}{
		{12, 0},  // 11 still in hand
		{11, 12}, // 11 and 12 done
		{13, 13},
	}
	for _, s := range steps {
		tr.finish(ctx, s.finish)
		if got := cursor(); got != s.want {
			t.Errorf("after finishing %d the cursor is %d, want %d", s.finish, got, s.want)
		}
	}
	if tr.admit(13) {
		t.Error("a finished update was admitted again")
	}
}
