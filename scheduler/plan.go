package scheduler

import (
	"time"

	"github.com/checkin-bot/checkin/scheduler/next"
	"github.com/checkin-bot/checkin/store"
)

// The plans run inside the claiming transaction: pure computation, no store.

// zone resolves a person's zone; an unknown one falls back to UTC (the
// core validates zones, so this is a corrupt row, not a choice).
func (s *Scheduler) zone(u store.User) *time.Location {
	loc, err := next.Location(u.TZ)
	if err != nil {
		s.log.Warn("scheduler: unknown time zone, using UTC", "user", u.ID, "err", err)
		return time.UTC
	}
	return loc
}

// passOver reports whether u gets nothing now (no sender, inactive, paused)
// and from when the next instant is to be found.
func (w *sweep) passOver(u store.User) (skip bool, from time.Time) {
	if _, ok := w.senders[u.Platform]; !ok {
		w.noSender[u.Platform] = true
		w.st.NoSender++
		return true, w.now
	}
	if u.Inactive {
		return true, w.now
	}
	if u.Paused(w.now) {
		return true, u.PausedUntil
	}
	return false, w.now
}

// planCheckin: the daily prompt, one per local day.
func (w *sweep) planCheckin(u store.User) store.DuePlan {
	loc := w.zone(u)
	return w.planRecurring(u, u.NextCheckin,
		func(after time.Time) time.Time { return next.Daily(loc, u.CheckinTime, after) },
		func(t time.Time) string { return next.Day(loc, t) })
}

// planSummary: the weekly summary, one per ISO week of the person's zone.
func (w *sweep) planSummary(u store.User) store.DuePlan {
	loc := w.zone(u)
	return w.planRecurring(u, u.NextSummary,
		func(after time.Time) time.Time { return next.Weekly(loc, u.SummaryDay, u.SummaryTime, after) },
		func(t time.Time) string { return next.Week(loc, t) })
}

// planRecurring plans a prompt that recurs (after gives the next instant,
// periodOf its ledger period). Due within catch_up: claim it for the period
// it fell due in. Older: if the latest instant is itself within catch_up
// claim that, else record a skip and schedule the next. The next instant
// always lies in a later period: one prompt per period.
func (w *sweep) planRecurring(u store.User, due time.Time, after func(time.Time) time.Time, periodOf func(time.Time) string) store.DuePlan {
	if skip, from := w.passOver(u); skip {
		w.st.Advanced++
		return store.DuePlan{Action: store.DueAdvance, Next: after(from)}
	}
	if w.now.Sub(due) > w.cfg.CatchUp {
		c := after(w.now.Add(-w.cfg.CatchUp))
		if c.IsZero() || c.After(w.now) {
			w.skipped()
			return store.DuePlan{Action: store.DueSkip, Period: periodOf(due), DueAt: due, Next: c}
		}
		due = c
	}
	period := periodOf(due)
	n := after(w.now)
	for i := 0; i < 3 && !n.IsZero() && periodOf(n) <= period; i++ {
		n = after(n)
	}
	return store.DuePlan{Action: store.DueClaim, Period: period, DueAt: due, Next: n}
}

// planPHQ9: every PHQ9Every local days at the check-in time. A missed one
// (too late, paused, unreachable) comes at the next check-in time instead
// of waiting a whole interval.
func (w *sweep) planPHQ9(u store.User) store.DuePlan {
	loc := w.zone(u)
	daily := func(after time.Time) time.Time { return next.Daily(loc, u.CheckinTime, after) }
	if skip, from := w.passOver(u); skip {
		w.st.Advanced++
		return store.DuePlan{Action: store.DueAdvance, Next: daily(from)}
	}
	due := u.NextPHQ9
	if w.now.Sub(due) > w.cfg.CatchUp {
		w.skipped()
		return store.DuePlan{Action: store.DueSkip, Period: next.Day(loc, due), DueAt: due, Next: daily(w.now)}
	}
	y, mo, d := due.In(loc).Date()
	n := next.On(loc, y, mo, d+w.cfg.PHQ9Every, u.CheckinTime)
	if !n.After(w.now) {
		n = daily(w.now)
	}
	return store.DuePlan{Action: store.DueClaim, Period: next.Day(loc, due), DueAt: due, Next: n}
}

// planReminder: the one reminder after a sent check-in. Whether the day
// was answered meanwhile is checked by the worker right before sending.
func (w *sweep) planReminder(u store.User, _ store.SendKey, at time.Time) store.DuePlan {
	skip := store.DuePlan{Action: store.DueSkip, DueAt: at}
	if pass, _ := w.passOver(u); pass || w.now.Sub(at) > w.cfg.CatchUp ||
		next.InQuiet(w.zone(u), u.QuietStart, u.QuietEnd, w.now) {
		w.skipped()
		return skip
	}
	return store.DuePlan{Action: store.DueClaim, DueAt: at}
}

func (w *sweep) skipped() {
	w.st.Skipped++
	w.totals.skipped.Add(1)
}

// reminderAt is when the reminder for a check-in sent at sent falls due:
// ReminderAfter later, moved out of quiet hours to their end if that is
// still the check-in's local day; zero for none.
func (s *Scheduler) reminderAt(u store.User, period string, sent time.Time) time.Time {
	if s.cfg.ReminderAfter <= 0 {
		return time.Time{}
	}
	loc := s.zone(u)
	r := sent.Add(s.cfg.ReminderAfter)
	if !next.InQuiet(loc, u.QuietStart, u.QuietEnd, r) {
		return r
	}
	end := next.Daily(loc, u.QuietEnd, r)
	if end.IsZero() || next.Day(loc, end) != period {
		return time.Time{}
	}
	return end
}
