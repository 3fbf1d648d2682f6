package store

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// SaveTurn writes a day's row and the dialogue state in one transaction, so
// an answer and "what is asked next" are never out of step after a crash.
// A nil checkin leaves check-ins alone; a nil dialogue clears the state.
//
// Answers arriving together share a transaction (group commit): the first
// caller to find the writer idle writes its own answer and any that queued
// meanwhile, commits once, and hands the writer to the next in line. Each
// caller returns only after its answer is committed; one answer that fails
// is retried alone, so it cannot fail the others.
func (s *DB) SaveTurn(ctx context.Context, userID int64, c *Checkin, dialogue []byte) error {
	return s.turns.save(ctx, s, &turn{ctx: ctx, userID: userID, checkin: c, dialogue: dialogue, wake: make(chan bool, 1)})
}

// maxGroup bounds the answers in one transaction.
const maxGroup = 256

// groupTimeout bounds one group's transaction; it does not follow the
// leading caller's context, which must not fail the answers of others.
const groupTimeout = 30 * time.Second

type turn struct {
	ctx      context.Context
	userID   int64
	checkin  *Checkin
	dialogue []byte
	err      error
	wake     chan bool // true: lead the next group; false: done, see err
}

// turnWriter queues answers for group commit.
type turnWriter struct {
	mu      sync.Mutex
	queue   []*turn
	leading bool
}

func (w *turnWriter) save(ctx context.Context, s *DB, t *turn) error {
	w.mu.Lock()
	w.queue = append(w.queue, t)
	if w.leading {
		w.mu.Unlock()
		// Wait even when ctx ends: the answer may be in a group being
		// written, and a failure must not be reported for what committed.
		// A turn whose context ended before its group began is not written.
		if lead := <-t.wake; !lead {
			return t.err
		}
		w.mu.Lock()
	}
	// Leading: t is first in the queue (the queue was empty, or the last
	// leader handed over to the first in line).
	w.leading = true
	n := min(len(w.queue), maxGroup)
	group := w.queue[:n:n]
	w.queue = w.queue[n:]
	w.mu.Unlock()
	defer w.handOver()
	s.writeGroup(ctx, group)
	return t.err
}

// handOver passes the writer to the first in line, or leaves it idle. It
// runs even if writing panicked, so that the writer is never left taken.
func (w *turnWriter) handOver() {
	w.mu.Lock()
	if len(w.queue) == 0 {
		w.leading = false
		w.mu.Unlock()
		return
	}
	next := w.queue[0]
	w.mu.Unlock()
	next.wake <- true
}

// writeGroup writes the group in one transaction; each turn gets its
// outcome in err and a false on wake.
func (s *DB) writeGroup(ctx context.Context, group []*turn) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), groupTimeout)
	defer cancel()
	defer func() {
		// Everyone in the group hears, even if writing panicked.
		r := recover()
		for _, t := range group {
			if r != nil {
				t.err = fmt.Errorf("store: save answer: %v", r)
			}
			t.wake <- false
		}
		if r != nil {
			panic(r)
		}
	}()
	live := group[:0:0]
	for _, t := range group {
		if err := t.ctx.Err(); err != nil {
			t.err = fmt.Errorf("store: save answer: %w", err)
			continue
		}
		live = append(live, t)
	}
	if err := s.writeTurns(ctx, live); err != nil && len(live) > 1 {
		// One bad answer must not fail the rest: write each alone.
		for _, t := range live {
			t.err = s.writeTurns(ctx, []*turn{t})
		}
	} else {
		for _, t := range live {
			t.err = err
		}
	}
}

// writeTurns writes turns in one transaction and mirrors them in the cache.
func (s *DB) writeTurns(ctx context.Context, turns []*turn) error {
	if len(turns) == 0 {
		return nil
	}
	s.mirror.Lock()
	defer s.mirror.Unlock()
	err := func() error {
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("store: save answer: %w", err)
		}
		defer tx.Rollback()
		for _, t := range turns {
			if t.checkin != nil {
				if err := s.saveCheckin(ctx, tx, t.checkin); err != nil {
					return err
				}
			}
			if err := s.saveDialogue(ctx, tx, t.userID, t.dialogue); err != nil {
				return err
			}
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("store: save answer: %w", err)
		}
		return nil
	}()
	for _, t := range turns {
		if err != nil {
			s.rows.forget(t.userID)
			continue
		}
		s.rows.update(t.userID, func(e *cached) {
			if t.checkin != nil {
				e.setCheckin(t.checkin)
			}
			e.dialogue = cloneBytes(t.dialogue)
		})
	}
	return err
}
