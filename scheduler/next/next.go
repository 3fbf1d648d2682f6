// Package next computes when a person's next prompt falls due, from their
// time zone and local clock time. It is pure: it reads no store and sends
// nothing, so the core can call Reschedule after a settings change and the
// scheduler can advance people in its sweep with the same rules.
//
// Daylight saving is handled by local calendar day, not by adding 24 hours:
// a local time that does not exist on a spring-forward day resolves to the
// instant the clock jumps to, and a local time that happens twice on a
// fall-back day resolves to its first occurrence only, so every local day
// yields exactly one instant.
package next

import (
	"fmt"
	"time"
)

// DefaultCatchUp is how long after its instant a missed prompt may still be
// sent (the scheduler's scheduler.catch_up default). Later than that it is
// skipped, so nobody gets a 4 a.m. prompt after a night of downtime.
const DefaultCatchUp = 3 * time.Hour

// Daily is the first instant strictly after after at local clock time hhmm
// ("HH:MM") in loc. It returns the zero time when hhmm is not a valid time.
func Daily(loc *time.Location, hhmm string, after time.Time) time.Time {
	h, m, ok := clock(hhmm)
	if !ok {
		return time.Time{}
	}
	y, mo, d := after.In(loc).Date()
	// Today's instant may already be past; a skipped calendar day (Samoa,
	// 2011) may need one more step.
	for i := 0; i < 4; i++ {
		if t := at(loc, y, mo, d+i, h, m); t.After(after) {
			return t
		}
	}
	return time.Time{}
}

// Weekly is the first instant strictly after after on weekday wd at local
// clock time hhmm in loc, or the zero time when hhmm is not a valid time.
func Weekly(loc *time.Location, wd time.Weekday, hhmm string, after time.Time) time.Time {
	h, m, ok := clock(hhmm)
	if !ok {
		return time.Time{}
	}
	l := after.In(loc)
	y, mo, d := l.Date()
	ahead := (int(wd) - int(l.Weekday()) + 7) % 7
	for k := ahead; k <= ahead+14; k += 7 {
		if t := at(loc, y, mo, d+k, h, m); t.After(after) {
			return t
		}
	}
	return time.Time{}
}

// On is the instant of local clock time hhmm on the calendar day y-mo-d in
// loc (out-of-range days normalise as in time.Date), with the same DST rules
// as Daily. It returns the zero time when hhmm is not a valid time.
func On(loc *time.Location, y int, mo time.Month, d int, hhmm string) time.Time {
	h, m, ok := clock(hhmm)
	if !ok {
		return time.Time{}
	}
	return at(loc, y, mo, d, h, m)
}

// Day is the local calendar day of t in loc, "2006-01-02": the period key
// of check-ins, reminders and PHQ-9 prompts.
func Day(loc *time.Location, t time.Time) string {
	return t.In(loc).Format(time.DateOnly)
}

// Week is the ISO week of t in loc, "2026-W48": the period key of weekly
// summaries.
func Week(loc *time.Location, t time.Time) string {
	y, w := t.In(loc).ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// at resolves a local wall-clock time to one instant. time.Date leaves the
// choice open for times in a DST gap or overlap, so both are settled here.
func at(loc *time.Location, y int, mo time.Month, d, h, m int) time.Time {
	t := time.Date(y, mo, d, h, m, 0, 0, loc)
	want := time.Date(y, mo, d, h, m, 0, 0, time.UTC)
	got := wall(t)
	start, end := t.ZoneBounds()
	if !got.Equal(want) {
		// In a gap: the wanted time was skipped. The first valid instant
		// after it is the transition itself, which is the start of t's
		// zone period if time.Date landed after the gap, else its end.
		if got.After(want) && !start.IsZero() {
			return start
		}
		if got.Before(want) && !end.IsZero() {
			return end
		}
		return t
	}
	// In an overlap the same wall time also exists in the previous zone
	// period, earlier; the first occurrence wins.
	if !start.IsZero() {
		_, off := start.Add(-time.Second).Zone()
		c := want.Add(-time.Duration(off) * time.Second)
		if c.Before(start) && wall(c.In(loc)).Equal(want) {
			return c.In(loc)
		}
	}
	return t
}

// wall is t's local wall-clock reading as a UTC time, for comparisons.
func wall(t time.Time) time.Time {
	y, mo, d := t.Date()
	h, m, s := t.Clock()
	return time.Date(y, mo, d, h, m, s, 0, time.UTC)
}

// clock parses "HH:MM" (24-hour, two digits each).
func clock(hhmm string) (h, m int, ok bool) {
	if len(hhmm) != 5 || hhmm[2] != ':' {
		return 0, 0, false
	}
	digits := [4]byte{hhmm[0], hhmm[1], hhmm[3], hhmm[4]}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
	}
	h = int(digits[0]-'0')*10 + int(digits[1]-'0')
	m = int(digits[2]-'0')*10 + int(digits[3]-'0')
	if h > 23 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}
