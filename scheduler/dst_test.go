package scheduler

import (
	"testing"
	"time"
)

// TestCheckinsAcrossDSTChanges sweeps through DST changes and half- and
// quarter-hour zones: one check-in per local day, at the wall time or,
// when it does not exist, the instant the clock jumps to.
func TestCheckinsAcrossDSTChanges(t *testing.T) {
	tests := []struct {
		name       string
		zone, at   string
		start, end time.Time
		want       []time.Time
	}{
		{"new york spring forward 02:30", "America/New_York", "02:30", utc(2026, 3, 7, 12, 0), utc(2026, 3, 9, 12, 0),
			[]time.Time{utc(2026, 3, 8, 7, 0), utc(2026, 3, 9, 6, 30)}},
		{"new york fall back 01:30", "America/New_York", "01:30", utc(2026, 10, 31, 12, 0), utc(2026, 11, 2, 12, 0),
			[]time.Time{utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)}},
		{"london spring forward 01:30", "Europe/London", "01:30", utc(2026, 3, 28, 12, 0), utc(2026, 3, 30, 12, 0),
			[]time.Time{utc(2026, 3, 29, 1, 0), utc(2026, 3, 30, 0, 30)}},
		{"london fall back 01:30", "Europe/London", "01:30", utc(2026, 10, 24, 12, 0), utc(2026, 10, 26, 12, 0),
			[]time.Time{utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30)}},
		{"lord howe 30-minute spring forward 02:15", "Australia/Lord_Howe", "02:15", utc(2026, 10, 3, 0, 0), utc(2026, 10, 5, 0, 0),
			[]time.Time{utc(2026, 10, 3, 15, 30), utc(2026, 10, 4, 15, 15)}},
		{"lord howe 30-minute fall back 01:45", "Australia/Lord_Howe", "01:45", utc(2026, 4, 4, 0, 0), utc(2026, 4, 6, 0, 0),
			[]time.Time{utc(2026, 4, 4, 14, 45), utc(2026, 4, 5, 15, 15)}},
		{"auckland spring forward 02:30", "Pacific/Auckland", "02:30", utc(2026, 9, 26, 0, 0), utc(2026, 9, 28, 0, 0),
			[]time.Time{utc(2026, 9, 26, 14, 0), utc(2026, 9, 27, 13, 30)}},
		{"auckland fall back 02:30", "Pacific/Auckland", "02:30", utc(2026, 4, 4, 0, 0), utc(2026, 4, 6, 0, 0),
			[]time.Time{utc(2026, 4, 4, 13, 30), utc(2026, 4, 5, 14, 30)}},
		{"kolkata +05:30", "Asia/Kolkata", "20:00", utc(2026, 11, 24, 0, 0), utc(2026, 11, 26, 0, 0),
			[]time.Time{utc(2026, 11, 24, 14, 30), utc(2026, 11, 25, 14, 30)}},
		{"kathmandu +05:45", "Asia/Kathmandu", "20:00", utc(2026, 11, 24, 0, 0), utc(2026, 11, 26, 0, 0),
			[]time.Time{utc(2026, 11, 24, 14, 15), utc(2026, 11, 25, 14, 15)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, tt.start)
			e.add("p", person{tz: tt.zone, at: tt.at})
			e.run(tt.end, time.Hour)
			got := e.out.of("p", "checkin")
			if len(got) != len(tt.want) {
				t.Fatalf("got %d check-ins %v, want %v", len(got), got, tt.want)
			}
			for i := range got {
				if !got[i].At.Equal(tt.want[i]) {
					t.Errorf("check-in %d at %s, want %s", i, got[i].At, tt.want[i])
				}
			}
		})
	}
}
