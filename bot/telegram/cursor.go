package telegram

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// cursorStore keeps the last handled update id across restarts, so that
// an update Telegram delivers again (after a restart, or a webhook retry)
// is not handled twice. *store.DB satisfies it.
type cursorStore interface {
	Cursor(ctx context.Context, name string) (int64, error)
	AdvanceCursor(ctx context.Context, name string, v int64) error
}

// cursorName is this adapter's row in the store's cursors table.
const cursorName = "telegram.update_id"

// recentSize bounds the in-memory set of update ids seen in this process.
const recentSize = 4096

// tracker decides which updates are new and moves the stored cursor: it
// advances only over a contiguous run of finished updates (in arrival
// order), so a slow chat never lets the cursor skip past an update that is
// still being handled when the process stops.
type tracker struct {
	cur    cursorStore
	logger *slog.Logger
	// done, when set, records each finished update instead of moving the
	// cursor (webhook mode with the inbound ledger).
	done func(ctx context.Context, id int64) error

	mu       sync.Mutex
	floor    int64   // the stored cursor at start: ids at or below were handled
	order    []int64 // admitted ids not yet covered by the cursor, in arrival order
	finished map[int64]bool
	recent   map[int64]struct{} // ids admitted in this process (repeats are skipped)
	ring     []int64            // recent's ids, oldest first, for eviction
}

func newTracker(cur cursorStore, floor int64, logger *slog.Logger) *tracker {
	return &tracker{
		cur:      cur,
		logger:   logger,
		floor:    floor,
		finished: make(map[int64]bool),
		recent:   make(map[int64]struct{}),
	}
}

// admit reports whether id is new, and if so records it as in progress.
func (t *tracker) admit(id int64) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if id <= t.floor {
		return false
	}
	if _, seen := t.recent[id]; seen {
		return false
	}
	t.recent[id] = struct{}{}
	t.ring = append(t.ring, id)
	if len(t.ring) > recentSize {
		delete(t.recent, t.ring[0])
		t.ring = t.ring[1:]
	}
	t.order = append(t.order, id)
	return true
}

// finish marks id handled and stores the cursor if it can move.
func (t *tracker) finish(ctx context.Context, id int64) {
	if t.done != nil {
		t.finishOne(ctx, id)
		return
	}
	t.mu.Lock()
	t.finished[id] = true
	top := int64(-1)
	for len(t.order) > 0 && t.finished[t.order[0]] {
		top = max(top, t.order[0])
		delete(t.finished, t.order[0])
		t.order = t.order[1:]
	}
	t.mu.Unlock()
	if top < 0 {
		return
	}
	// The work is done; recording it must not be lost to a shutdown that
	// cancels ctx at this instant, so the write gets its own short deadline.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := t.cur.AdvanceCursor(wctx, cursorName, top); err != nil {
		t.logger.Error("telegram: store the update cursor", "update_id", top, "err", err)
	}
}

// finishOne records one finished update in the ledger.
func (t *tracker) finishOne(ctx context.Context, id int64) {
	t.mu.Lock()
	// Only the in-process repeat check is needed: the ledger keeps the rest.
	for i, o := range t.order {
		if o == id {
			t.order = append(t.order[:i], t.order[i+1:]...)
			break
		}
	}
	t.mu.Unlock()
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := t.done(wctx, id); err != nil {
		t.logger.Error("telegram: record a handled update", "update_id", id, "err", err)
	}
}

// next is the getUpdates offset that asks for updates after the stored cursor.
func (t *tracker) next() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.floor + 1
}

// low is the oldest admitted update that is not yet finished, if any.
// Polling asks for updates from there, so Telegram never takes an update
// as confirmed before it is handled: after a crash it delivers it again.
func (t *tracker) low() (int64, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, id := range t.order {
		if !t.finished[id] {
			return id, true
		}
	}
	return 0, false
}
