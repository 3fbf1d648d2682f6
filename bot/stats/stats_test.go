package stats

import (
	"math"
	"testing"

	"github.com/checkin-bot/checkin/store"
)

func TestMeanMedianStdDev(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name         string
		xs           []float64
		mean, median float64
		sd           float64
		okMean, okSD bool
	}{
		{"empty", nil, 0, 0, 0, false, false},
		{"one", []float64{4}, 4, 4, 0, true, false},
		{"odd", []float64{1, 5, 3}, 3, 3, 2, true, true},
		{"even", []float64{1, 2, 3, 4}, 2.5, 2.5, 1.2909944, true, true},
		{"gaps skipped", []float64{nan, 2, nan, 4}, 3, 3, 1.4142136, true, true},
		{"all gaps", []float64{nan, nan}, 0, 0, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := Mean(tt.xs)
			if ok != tt.okMean || math.Abs(m-tt.mean) > 1e-6 {
				t.Errorf("Mean = %v,%v want %v,%v", m, ok, tt.mean, tt.okMean)
			}
			md, ok := Median(tt.xs)
			if ok != tt.okMean || math.Abs(md-tt.median) > 1e-6 {
				t.Errorf("Median = %v,%v want %v", md, ok, tt.median)
			}
			sd, ok := StdDev(tt.xs)
			if ok != tt.okSD || math.Abs(sd-tt.sd) > 1e-6 {
				t.Errorf("StdDev = %v,%v want %v,%v", sd, ok, tt.sd, tt.okSD)
			}
		})
	}
}

func TestDays(t *testing.T) {
	if got := AddDays("2026-02-28", 1); got != "2026-03-01" {
		t.Errorf("AddDays = %s", got)
	}
	if got := AddDays("2026-03-29", -1); got != "2026-03-28" {
		t.Errorf("AddDays across DST = %s", got)
	}
	if got := DaysBetween("2026-10-20", "2026-11-03"); got != 14 {
		t.Errorf("DaysBetween = %d", got)
	}
	if got := len(Days("2026-11-01", "2026-11-07")); got != 7 {
		t.Errorf("Days = %d", got)
	}
}

func TestByDayMarksGaps(t *testing.T) {
	m1, m3 := 1, 3
	cs := []store.Checkin{{Day: "2026-11-01", Mood: &m1}, {Day: "2026-11-03", Mood: &m3}, {Day: "2026-11-02"}}
	got := ByDay(cs, "2026-11-01", "2026-11-04", Mood)
	if got[0] != 1 || !math.IsNaN(got[1]) || got[2] != 3 || !math.IsNaN(got[3]) {
		t.Fatalf("ByDay = %v", got)
	}
}

func TestPersonalBaseline(t *testing.T) {
	today := "2026-11-25"
	var cs []store.Checkin
	for i := 1; i <= 80; i++ {
		v := 6
		if i <= 14 {
			v = 2 // the recent fortnight is not part of the baseline
		}
		cs = append(cs, store.Checkin{Day: AddDays(today, -i), Mood: &v})
	}
	b := PersonalBaseline(cs, today, Mood)
	if !b.OK || b.Median != 6 || b.Days != 56 {
		t.Fatalf("baseline = %+v", b)
	}
	if b := PersonalBaseline(cs[:40], today, Mood); b.OK {
		t.Fatalf("baseline from %d days in the window must not be OK: %+v", b.Days, b)
	}
}
