package scheduler

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/checkin-bot/checkin/scheduler/next"
	"github.com/checkin-bot/checkin/store"
)

// ledgerKinds are the ledger kinds the scheduler writes and may purge;
// other kinds (the core's alerts) are left alone.
var ledgerKinds = []string{"checkin", "reminder", "summary", "phq9"}

// Maintain is the hourly job: it deletes settled ledger rows older than
// Config.Retention and gives onboarded people with nothing scheduled their
// next instants (a safety net behind the core's Reschedule, and the first
// PHQ-9 when it is enabled).
func (s *Scheduler) Maintain(ctx context.Context) error {
	now := s.now()
	var purged int64
	for {
		n, err := s.db.PurgeSends(ctx, ledgerKinds, now.Add(-s.cfg.Retention), 5000)
		if err != nil {
			return err
		}
		purged += n
		if n < 5000 {
			break
		}
	}
	fixed, err := s.walk(ctx, func(afterID int64) ([]store.User, error) {
		return s.db.Unscheduled(ctx, false, afterID, batchSize)
	}, now)
	if err != nil {
		return err
	}
	if s.cfg.PHQ9Enabled {
		n, err := s.walk(ctx, func(afterID int64) ([]store.User, error) {
			return s.db.Unscheduled(ctx, true, afterID, batchSize)
		}, now)
		if err != nil {
			return err
		}
		fixed += n
	}
	if purged > 0 || fixed > 0 {
		s.log.Info("scheduler: maintenance", "purged", purged, "scheduled", fixed)
	}
	return nil
}

// Audit is the weekly job: it walks everyone in pages and re-derives each
// stored instant that is missing or no longer matches the person's
// settings (a settings change that skipped Reschedule, or a time zone
// database update that moved a DST rule).
func (s *Scheduler) Audit(ctx context.Context) error {
	now := s.now()
	fixed, err := s.walk(ctx, func(afterID int64) ([]store.User, error) {
		return s.db.UsersAfter(ctx, afterID, batchSize)
	}, now)
	if err != nil {
		return err
	}
	s.log.Info("scheduler: weekly audit", "fixed", fixed)
	return nil
}

// walk repairs the schedule of every person the pages yield.
func (s *Scheduler) walk(ctx context.Context, page func(afterID int64) ([]store.User, error), now time.Time) (int, error) {
	fixed, after := 0, int64(0)
	for {
		us, err := page(after)
		if err != nil {
			return fixed, err
		}
		for _, u := range us {
			n, err := s.repair(ctx, u, now)
			if err != nil {
				return fixed, err
			}
			fixed += n
			after = u.ID
		}
		if len(us) < batchSize {
			return fixed, nil
		}
	}
}

// repair sets any of u's instants that is missing or not one its settings
// produce. Instants already due are the sweep's and are left alone; a
// concurrent settings change wins over the repair.
func (s *Scheduler) repair(ctx context.Context, u store.User, now time.Time) (int, error) {
	if u.OnboardedAt.IsZero() {
		return 0, nil
	}
	loc := s.zone(u)
	from := now
	if u.Paused(now) {
		from = u.PausedUntil
	}
	daily := func(after time.Time) time.Time { return next.Daily(loc, u.CheckinTime, after) }
	weekly := func(after time.Time) time.Time { return next.Weekly(loc, u.SummaryDay, u.SummaryTime, after) }
	type fix struct {
		kind      string
		old, want time.Time
	}
	var fixes []fix
	// A check-in instant is at the local check-in time at most three days
	// ahead (a zone change may skip a day that already had its prompt).
	if c := u.NextCheckin; c.IsZero() || c.After(now) && (!daily(c.Add(-time.Second)).Equal(c) || c.Sub(from) > 72*time.Hour) {
		fixes = append(fixes, fix{"checkin", c, daily(from)})
	}
	if c := u.NextSummary; c.IsZero() || c.After(now) && (!weekly(c.Add(-time.Second)).Equal(c) || c.Sub(from) > 8*24*time.Hour) {
		fixes = append(fixes, fix{"summary", c, weekly(from)})
	}
	if s.cfg.PHQ9Enabled && u.NextPHQ9.IsZero() {
		y, mo, d := from.In(loc).Date()
		fixes = append(fixes, fix{"phq9", time.Time{}, next.On(loc, y, mo, d+s.cfg.PHQ9Every, u.CheckinTime)})
	}
	n := 0
	var errs []error
	for _, f := range fixes {
		if f.want.IsZero() || f.want.Equal(f.old) {
			continue
		}
		ok, err := s.db.SetNextDue(ctx, u.ID, f.kind, f.old, f.want)
		if err != nil {
			errs = append(errs, fmt.Errorf("scheduler: repair: %w", err))
		}
		if ok {
			n++
			s.log.Debug("scheduler: repaired a schedule", "user", u.ID, "kind", f.kind)
		}
	}
	return n, errors.Join(errs...)
}
