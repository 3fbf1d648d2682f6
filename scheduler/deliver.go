package scheduler

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/scheduler/next"
	"github.com/checkin-bot/checkin/store"
)

// work sends the claims of one platform's queue until it is closed. Once
// the scheduler is cancelled it puts the remaining claims back instead.
func (s *Scheduler) work(q <-chan store.Claim) {
	defer s.workers.Done()
	for c := range q {
		if s.run.Err() != nil {
			s.putBack(c)
			continue
		}
		s.deliver(s.run, c)
	}
}

// putBack returns an unsent claim to the ledger, due for retry at once.
func (s *Scheduler) putBack(c store.Claim) {
	defer s.outstanding.Add(-1)
	ctx, cancel := context.WithTimeout(context.WithoutCancel(s.run), settleWait)
	defer cancel()
	s.settle(ctx, c, s.db.MarkRetry(ctx, c.SendKey, s.owner, s.now()))
}

// deliver sends one claimed prompt and records the outcome.
func (s *Scheduler) deliver(ctx context.Context, c store.Claim) {
	defer s.outstanding.Add(-1)
	// Outcomes are recorded even if ctx is cancelled mid-send, within a
	// bound counted from when the outcome is known: a send itself may take
	// long (429s, retries).
	settleCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), settleWait)
	defer func() { cancel() }()
	resettle := func() {
		cancel()
		settleCtx, cancel = context.WithTimeout(context.WithoutCancel(ctx), settleWait)
	}
	log := s.log.With(slog.Int64("user", c.UserID), slog.String("platform", c.Platform), slog.String("kind", c.Kind))
	u, err := s.db.UserByID(ctx, c.UserID)
	if errors.Is(err, store.ErrNotFound) {
		return // deleted: the ledger row went with them
	}
	if err != nil {
		s.retry(settleCtx, log, c, err)
		return
	}
	if why := s.skipReason(ctx, u, c); why != "" {
		log.Debug("scheduler: prompt skipped", "reason", why)
		s.totals.skipped.Add(1)
		s.settle(settleCtx, c, s.db.MarkSkipped(settleCtx, c.SendKey, s.owner))
		return
	}
	replies, err := s.prompter.Prompt(ctx, u, c.Kind)
	if err != nil {
		s.retry(settleCtx, log, c, err)
		return
	}
	if len(replies) == 0 {
		s.totals.skipped.Add(1)
		s.settle(settleCtx, c, s.db.MarkSkipped(settleCtx, c.SendKey, s.owner))
		return
	}
	sender := s.senders[u.Platform]
	var first string
	for i, r := range replies {
		sendCtx, cancelSend := context.WithTimeout(ctx, sendTimeout)
		id, err := sender.Send(sendCtx, u.ChatID, r)
		cancelSend()
		resettle()
		if err == nil {
			if i == 0 {
				first = id
			}
			continue
		}
		if i > 0 {
			// The prompt itself arrived; a retry would repeat it.
			log.Warn("scheduler: part of a prompt not delivered", "err", err, "part", i+1)
			break
		}
		if errors.Is(err, bot.ErrUnreachable) {
			log.Info("scheduler: person unreachable on their platform; marked inactive")
			s.totals.unreachable.Add(1)
			if err := s.db.SetInactive(settleCtx, u.ID, true); err != nil {
				log.Error("scheduler: mark inactive", "err", err)
			}
			s.totals.failed.Add(1)
			s.obs.PromptFailed(c.Platform, c.Kind)
			s.settle(settleCtx, c, s.db.MarkFailed(settleCtx, c.SendKey, s.owner))
			return
		}
		s.obs.PromptFailed(c.Platform, c.Kind)
		s.retry(settleCtx, log, c, err)
		return
	}
	sent := s.now()
	var remind time.Time
	if c.Kind == "checkin" {
		remind = s.reminderAt(u, c.Period, sent)
	}
	err = s.db.MarkSent(settleCtx, c.SendKey, s.owner, first, sent, remind)
	switch {
	case errors.Is(err, store.ErrClaimLost):
		s.totals.repeats.Add(1)
		log.Warn("scheduler: sent a prompt another process had taken over; the person may have it twice")
	case err != nil:
		s.settle(settleCtx, c, err)
	default:
		s.totals.sent.Add(1)
		s.obs.PromptSent(c.Platform, c.Kind)
	}
}

// skipReason says why a claimed prompt should not go out now, or "".
// It is checked at send time because a claim may wait in a queue.
func (s *Scheduler) skipReason(ctx context.Context, u store.User, c store.Claim) string {
	now := s.now()
	switch {
	case u.Inactive:
		return "inactive"
	case u.Paused(now):
		return "paused"
	case now.Sub(c.DueAt) > s.cfg.CatchUp:
		return "too late"
	case s.senders[u.Platform] == nil:
		return "no sender"
	case c.Kind == "reminder" && next.InQuiet(s.zone(u), u.QuietStart, u.QuietEnd, now):
		return "quiet hours"
	}
	if c.Kind == "checkin" || c.Kind == "reminder" {
		day, err := s.db.Checkin(ctx, u.ID, c.Period)
		if err == nil && day.Mood != nil {
			return "answered"
		}
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			s.log.Warn("scheduler: read the day's check-in; prompting anyway", "user", u.ID, "kind", c.Kind, "err", err)
		}
	}
	return ""
}

// retry puts a failed send back with exponential backoff (1, 2, 4 … 30
// minutes) or gives it up once the next try would be past catch_up.
func (s *Scheduler) retry(ctx context.Context, log *slog.Logger, c store.Claim, cause error) {
	shift := min(max(c.Attempts-1, 0), 5)
	at := s.now().Add(min(time.Minute<<shift, 30*time.Minute))
	if at.Sub(c.DueAt) > s.cfg.CatchUp {
		log.Warn("scheduler: prompt not delivered; giving up", "err", cause, "attempts", c.Attempts)
		s.totals.failed.Add(1)
		s.settle(ctx, c, s.db.MarkFailed(ctx, c.SendKey, s.owner))
		return
	}
	log.Warn("scheduler: prompt not delivered; will retry", "err", cause, "attempts", c.Attempts, "retry_at", at)
	s.totals.retried.Add(1)
	s.settle(ctx, c, s.db.MarkRetry(ctx, c.SendKey, s.owner, at))
}
