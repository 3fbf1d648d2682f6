package next

import (
	"testing"
	"time"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	l, err := Location(name)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func utc(y int, mo time.Month, d, h, m int) time.Time {
	return time.Date(y, mo, d, h, m, 0, 0, time.UTC)
}

func TestDaily(t *testing.T) {
	tests := []struct {
		name  string
		zone  string
		hhmm  string
		after time.Time
		want  time.Time
	}{
		{"plain evening", "America/New_York", "20:00", utc(2026, 11, 25, 17, 0), utc(2026, 11, 26, 1, 0)},
		{"exactly at the instant is not after it", "America/New_York", "20:00", utc(2026, 11, 26, 1, 0), utc(2026, 11, 27, 1, 0)},
		{"new york spring-forward gap jumps to 03:00 EDT", "America/New_York", "02:30", utc(2026, 3, 8, 5, 0), utc(2026, 3, 8, 7, 0)},
		{"new york day after the gap", "America/New_York", "02:30", utc(2026, 3, 8, 7, 0), utc(2026, 3, 9, 6, 30)},
		{"new york fall-back first occurrence", "America/New_York", "01:30", utc(2026, 11, 1, 4, 0), utc(2026, 11, 1, 5, 30)},
		{"new york fall-back no second occurrence", "America/New_York", "01:30", utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)},
		{"new york inside the repeated hour", "America/New_York", "01:30", utc(2026, 11, 1, 6, 10), utc(2026, 11, 2, 6, 30)},
		{"london spring-forward gap", "Europe/London", "01:30", utc(2026, 3, 28, 23, 0), utc(2026, 3, 29, 1, 0)},
		{"london fall-back first occurrence", "Europe/London", "01:30", utc(2026, 10, 24, 23, 0), utc(2026, 10, 25, 0, 30)},
		{"london fall-back once", "Europe/London", "01:30", utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30)},
		{"lord howe 30-minute gap", "Australia/Lord_Howe", "02:15", utc(2026, 10, 3, 12, 0), utc(2026, 10, 3, 15, 30)},
		{"lord howe 30-minute overlap first", "Australia/Lord_Howe", "01:45", utc(2026, 4, 4, 12, 0), utc(2026, 4, 4, 14, 45)},
		{"lord howe overlap once", "Australia/Lord_Howe", "01:45", utc(2026, 4, 4, 14, 45), utc(2026, 4, 5, 15, 15)},
		{"auckland spring-forward gap", "Pacific/Auckland", "02:30", utc(2026, 9, 26, 12, 0), utc(2026, 9, 26, 14, 0)},
		{"auckland fall-back first occurrence", "Pacific/Auckland", "02:30", utc(2026, 4, 4, 12, 0), utc(2026, 4, 4, 13, 30)},
		{"auckland fall-back once", "Pacific/Auckland", "02:30", utc(2026, 4, 4, 13, 30), utc(2026, 4, 5, 14, 30)},
		{"kolkata half-hour offset", "Asia/Kolkata", "20:00", utc(2026, 11, 25, 0, 0), utc(2026, 11, 25, 14, 30)},
		{"kathmandu quarter-hour offset", "Asia/Kathmandu", "20:00", utc(2026, 11, 25, 0, 0), utc(2026, 11, 25, 14, 15)},
		{"kathmandu local day differs from utc day", "Asia/Kathmandu", "01:00", utc(2026, 11, 25, 20, 0), utc(2026, 11, 26, 19, 15)},
		{"fixed offset", "UTC+05:30", "08:00", utc(2026, 11, 25, 3, 0), utc(2026, 11, 26, 2, 30)},
		{"invalid time", "UTC", "25:00", utc(2026, 11, 25, 3, 0), time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Daily(mustZone(t, tt.zone), tt.hhmm, tt.after)
			if !got.Equal(tt.want) {
				t.Fatalf("Daily(%s, %s, %s) = %s, want %s", tt.zone, tt.hhmm, tt.after, got.UTC(), tt.want)
			}
		})
	}
}

// TestDailyOncePerLocalDay walks two years of days in every tricky zone at
// times that fall into gaps and overlaps: each local day must get exactly
// one instant, at the wanted wall time or, inside a gap, at the instant the
// clock jumps to.
func TestDailyOncePerLocalDay(t *testing.T) {
	zonesUnderTest := []string{"America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Auckland",
		"Asia/Kolkata", "Asia/Kathmandu", "America/Santiago", "Asia/Tehran", "UTC-09:30"}
	times := []string{"00:00", "00:30", "01:00", "01:30", "01:45", "02:00", "02:15", "02:30", "02:59", "03:00", "12:00", "23:59"}
	for _, zone := range zonesUnderTest {
		for _, hhmm := range times {
			t.Run(zone+" "+hhmm, func(t *testing.T) {
				loc := mustZone(t, zone)
				h, m, _ := clock(hhmm)
				cur := utc(2025, 12, 31, 0, 0)
				prevDay := Day(loc, cur)
				for i := 0; i < 2*366; i++ {
					nt := Daily(loc, hhmm, cur)
					if !nt.After(cur) {
						t.Fatalf("Daily not after %s: %s", cur, nt)
					}
					day := Day(loc, nt)
					py, pm, pd := nt.In(loc).Date()
					if want := time.Date(py, pm, pd-1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly); prevDay != want && i > 0 {
						t.Fatalf("after %s (%s) came %s: a day was skipped or repeated", prevDay, cur.In(loc), nt.In(loc))
					}
					if want := time.Date(py, pm, pd, h, m, 0, 0, time.UTC); !wall(nt.In(loc)).Equal(want) {
						// Only a gap may move the time, and only to the first valid instant after it.
						before := nt.Add(-time.Second).In(loc)
						if !wall(nt.In(loc)).After(want) || !wall(before).Before(want) {
							t.Fatalf("%s: got %s for %s, not a gap jump (second before: %s)", day, nt.In(loc), hhmm, before)
						}
					}
					prevDay, cur = day, nt
				}
			})
		}
	}
}

func TestWeekly(t *testing.T) {
	tests := []struct {
		name  string
		zone  string
		wd    time.Weekday
		hhmm  string
		after time.Time
		want  time.Time
	}{
		{"later this week", "America/New_York", time.Sunday, "18:00", utc(2026, 11, 25, 17, 0), utc(2026, 11, 29, 23, 0)},
		{"same day later", "America/New_York", time.Wednesday, "18:00", utc(2026, 11, 25, 17, 0), utc(2026, 11, 25, 23, 0)},
		{"same day passed", "America/New_York", time.Wednesday, "18:00", utc(2026, 11, 25, 23, 0), utc(2026, 12, 2, 23, 0)},
		{"fall-back sunday first occurrence", "America/New_York", time.Sunday, "01:30", utc(2026, 10, 30, 0, 0), utc(2026, 11, 1, 5, 30)},
		{"fall-back sunday once", "America/New_York", time.Sunday, "01:30", utc(2026, 11, 1, 5, 30), utc(2026, 11, 8, 6, 30)},
		{"kathmandu sunday", "Asia/Kathmandu", time.Sunday, "18:00", utc(2026, 11, 25, 0, 0), utc(2026, 11, 29, 12, 15)},
		{"invalid time", "UTC", time.Sunday, "x", utc(2026, 11, 25, 0, 0), time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Weekly(mustZone(t, tt.zone), tt.wd, tt.hhmm, tt.after)
			if !got.Equal(tt.want) {
				t.Fatalf("Weekly = %s, want %s", got.UTC(), tt.want)
			}
		})
	}
}

func TestPeriodKeys(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	at := utc(2026, 11, 30, 3, 0) // Sunday 22:00 in New York, Monday in UTC
	if got := Day(ny, at); got != "2026-11-29" {
		t.Errorf("Day = %s, want 2026-11-29", got)
	}
	if got := Week(ny, at); got != "2026-W48" {
		t.Errorf("Week = %s, want 2026-W48", got)
	}
	if got := Week(time.UTC, at); got != "2026-W49" {
		t.Errorf("Week UTC = %s, want 2026-W49", got)
	}
	if got := Week(time.UTC, utc(2027, 1, 1, 12, 0)); got != "2026-W53" {
		t.Errorf("Week at new year = %s, want 2026-W53", got)
	}
}
