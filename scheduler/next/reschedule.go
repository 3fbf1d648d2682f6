package next

import (
	"time"

	"github.com/checkin-bot/checkin/store"
)

// Reschedule sets u.NextCheckin and u.NextSummary (and re-anchors a set
// u.NextPHQ9 to the check-in time) after any settings change: time, zone,
// pause, resume, onboarding done. lastCheckinDay is the local day of the
// last claimed or sent check-in ("" when none).
//
// A change of time or zone must neither prompt twice on one local day nor
// skip a day: if today's prompt has not gone out and the new time today
// passed less than DefaultCatchUp ago, the prompt is due now; otherwise it
// is the next instant at the new time on a day after lastCheckinDay.
// A person not yet onboarded has nothing scheduled.
func Reschedule(u *store.User, now time.Time, lastCheckinDay string) {
	RescheduleWithin(u, now, lastCheckinDay, DefaultCatchUp)
}

// RescheduleWithin is Reschedule with the deployment's catch-up window
// (scheduler.catch_up) instead of the default.
func RescheduleWithin(u *store.User, now time.Time, lastCheckinDay string, catchUp time.Duration) {
	if u.OnboardedAt.IsZero() {
		u.NextCheckin, u.NextSummary = time.Time{}, time.Time{}
		return
	}
	loc, err := Location(u.TZ)
	if err != nil {
		loc = time.UTC // the core validates zones; UTC beats silence
	}
	from := now
	paused := u.Paused(now)
	if paused {
		from = u.PausedUntil
	}
	u.NextCheckin = checkinAfter(loc, u.CheckinTime, now, from, lastCheckinDay, catchUp, !paused)
	u.NextSummary = Weekly(loc, u.SummaryDay, u.SummaryTime, from)
	if !u.NextPHQ9.IsZero() && u.NextPHQ9.After(now) {
		y, mo, d := u.NextPHQ9.In(loc).Date()
		p := On(loc, y, mo, d, u.CheckinTime)
		if !p.After(from) {
			p = Daily(loc, u.CheckinTime, from)
		}
		u.NextPHQ9 = p
	}
}

func checkinAfter(loc *time.Location, hhmm string, now, from time.Time, lastDay string, catchUp time.Duration, mayCatchUp bool) time.Time {
	if mayCatchUp && Day(loc, now) > lastDay {
		y, mo, d := now.In(loc).Date()
		today := On(loc, y, mo, d, hhmm)
		if !today.IsZero() && !today.After(now) && now.Sub(today) <= catchUp {
			return now
		}
	}
	t := Daily(loc, hhmm, from)
	// One prompt per local day: a zone change can make "the next 20:00"
	// fall on a day that already had its prompt.
	for i := 0; i < 3 && !t.IsZero() && Day(loc, t) <= lastDay; i++ {
		t = Daily(loc, hhmm, t)
	}
	return t
}
