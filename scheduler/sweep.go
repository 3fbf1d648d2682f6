package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// Stats says what one sweep did.
type Stats struct {
	Claimed   int // prompts claimed and queued for sending
	Skipped   int // due prompts recorded as skipped (too late, quiet hours, paused)
	Advanced  int // people moved on without a prompt (paused, inactive, no sender)
	Recovered int // orphaned claims of a crashed process put back for sending
	Retried   int // earlier failed sends claimed again
	Overflow  int // claims put back because their platform's queue was full
	NoSender  int // people passed over because their platform has no sender
}

func (st Stats) attrs() []any {
	return []any{"claimed", st.Claimed, "skipped", st.Skipped, "advanced", st.Advanced, "recovered", st.Recovered,
		"retried", st.Retried, "overflow", st.Overflow, "no_sender", st.NoSender}
}

// sweep is the state of one Sweep call.
type sweep struct {
	*Scheduler
	now      time.Time
	st       Stats
	noSender map[string]bool
}

// Sweep does one round: renews this process's claims, recovers orphaned
// ones, claims due retries, check-ins, PHQ-9s, summaries and reminders, and
// hands the claims to the send workers without waiting for any send. Cron
// calls it each minute; tests and benchmarks call it directly.
func (s *Scheduler) Sweep(ctx context.Context) (Stats, error) {
	s.sweepMu.Lock()
	defer s.sweepMu.Unlock()
	if s.stopped {
		return Stats{}, ErrStopped
	}
	w := &sweep{Scheduler: s, now: s.now(), noSender: map[string]bool{}}
	var errs []error
	if s.outstanding.Load() > 0 {
		if _, err := s.db.RenewClaims(ctx, s.owner, w.now); err != nil {
			errs = append(errs, err)
		}
	}
	at, err := s.db.EarliestDue(ctx, claimLease, s.cfg.PHQ9Enabled)
	if err != nil {
		return Stats{}, errors.Join(append(errs, err)...)
	}
	if at.IsZero() || at.After(w.now) {
		return Stats{}, errors.Join(errs...) // the usual minute: nothing due
	}
	n, err := s.db.RecoverClaims(ctx, w.now.Add(-claimLease), w.now)
	if err != nil {
		errs = append(errs, err)
	}
	if n > 0 {
		w.st.Recovered = int(n)
		s.totals.repeats.Add(n)
		s.log.Warn("scheduler: recovered claims of a stopped process; each may reach its person twice", "count", n)
	}
	errs = append(errs, w.retries(ctx), w.due(ctx, "checkin", w.planCheckin))
	if s.cfg.PHQ9Enabled {
		errs = append(errs, w.due(ctx, "phq9", w.planPHQ9))
	}
	errs = append(errs, w.due(ctx, "summary", w.planSummary))
	if s.cfg.ReminderAfter > 0 {
		errs = append(errs, w.reminders(ctx))
	}
	for platform := range w.noSender {
		s.log.Warn("scheduler: no sender for a platform; its people get no prompts", "platform", platform)
	}
	return w.st, errors.Join(errs...)
}

// due claims everyone due for kind, a batch per transaction.
func (w *sweep) due(ctx context.Context, kind string, plan func(store.User) store.DuePlan) error {
	for {
		claims, scanned, err := w.db.ClaimDue(ctx, kind, w.now, w.owner, batchSize, plan)
		if err != nil {
			return err
		}
		w.handOver(ctx, claims)
		if scanned < batchSize {
			return nil
		}
	}
}

func (w *sweep) reminders(ctx context.Context) error {
	for {
		claims, scanned, err := w.db.ClaimFollowUps(ctx, "reminder", w.now, w.owner, batchSize, w.planReminder)
		if err != nil {
			return err
		}
		w.handOver(ctx, claims)
		if scanned < batchSize {
			return nil
		}
	}
}

func (w *sweep) retries(ctx context.Context) error {
	for {
		claims, skipped, scanned, err := w.db.ClaimRetries(ctx, w.now, w.now.Add(-w.cfg.CatchUp), w.owner, batchSize)
		if err != nil {
			return err
		}
		w.st.Skipped += skipped
		w.totals.skipped.Add(int64(skipped))
		w.st.Retried += len(claims)
		w.handOver(ctx, claims)
		if scanned < batchSize {
			return nil
		}
	}
}

// handOver queues each claim for its platform's workers without blocking:
// a full queue puts the claim back as a retry a minute later.
func (w *sweep) handOver(ctx context.Context, claims []store.Claim) {
	for _, c := range claims {
		q, ok := w.queues[c.Platform]
		if !ok {
			// Only a retry can get here: its platform lost its sender since.
			w.noSender[c.Platform] = true
			w.st.NoSender++
			w.settle(ctx, c, w.db.MarkSkipped(ctx, c.SendKey, w.owner))
			continue
		}
		w.outstanding.Add(1)
		select {
		case q <- c:
			w.st.Claimed++
		default:
			w.outstanding.Add(-1)
			w.st.Overflow++
			w.settle(ctx, c, w.db.MarkRetry(ctx, c.SendKey, w.owner, w.now.Add(overflowLag)))
		}
	}
}

// settle logs a failure to record a claim's outcome; the claim then stays
// claimed and is recovered after its lease.
func (s *Scheduler) settle(ctx context.Context, c store.Claim, err error) {
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.log.LogAttrs(ctx, slog.LevelError, "scheduler: record send outcome", slog.Int64("user", c.UserID),
			slog.String("platform", c.Platform), slog.String("kind", c.Kind), slog.String("err", fmt.Sprint(err)))
	}
}
