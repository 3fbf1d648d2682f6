package report

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/checkin-bot/checkin/store"
)

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

func TestChartRenders(t *testing.T) {
	full := exampleInput()
	tests := []struct {
		name     string
		in       Input
		from, to string
	}{
		{"default 28 days", full, "", ""},
		{"no data", Input{Today: "2026-03-08"}, "", ""},
		{"no data in period", Input{Today: "2026-03-08", Checkins: synth(1, "2025-12-31", 30)}, "", ""},
		{"one day", Input{Today: "2026-03-08", Checkins: []store.Checkin{ci("2026-03-08", 5, 7)}}, "2026-03-08", "2026-03-08"},
		{"90 days", full, "2025-12-09", "2026-03-08"},
		{"a year", Input{Today: "2026-03-08", Checkins: synth(2, "2026-03-08", 366)}, "2025-03-08", "2026-03-08"},
		{"long nights and odd labels", Input{
			Today:    "2026-03-08",
			Checkins: []store.Checkin{ci("2026-03-01", 10, 15.5), ci("2026-03-02", 0, 0)},
			Meds: []store.Medication{
				{Name: "セルトラリン 💊\x00\u202e", Dose: "50\tmg", StartDay: "2026-03-01"},
				{Name: "An extraordinarily long medication name", Dose: "100 mg", StartDay: "2026-03-03"},
			},
			Flags: []store.Flag{{Rule: "acute.active", Day: "2026-03-02"}, {Rule: "trend.sleep", Day: "2026-03-02"}},
		}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Chart(tt.in, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			img := decodePNG(t, b)
			if got := img.Bounds().Size(); got != image.Pt(chartWidthPx, chartHeightPx) {
				t.Errorf("size = %v, want %dx%d", got, chartWidthPx, chartHeightPx)
			}
		})
	}
}

func TestChartBadPeriod(t *testing.T) {
	for _, p := range [][2]string{{"2026-03-09", "2026-03-08"}, {"March", ""}, {"2024-01-01", "2026-01-01"}} {
		if _, err := Chart(Input{Today: "2026-03-08"}, p[0], p[1]); err == nil {
			t.Errorf("Chart(%q, %q): want an error", p[0], p[1])
		}
	}
}

// TestChartDrawsData checks pixels, not just that a PNG came out: the mood
// colour appears when there is mood data and not when there is none.
func TestChartDrawsData(t *testing.T) {
	count := func(in Input) int {
		b, err := Chart(in, "", "")
		if err != nil {
			t.Fatal(err)
		}
		img := decodePNG(t, b)
		n := 0
		for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
			for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
				r, g, b, _ := img.At(x, y).RGBA()
				if r>>8 == uint32(colMood.R) && g>>8 == uint32(colMood.G) && b>>8 == uint32(colMood.B) {
					n++
				}
			}
		}
		return n
	}
	if n := count(Input{Today: "2026-03-08"}); n != 0 {
		t.Errorf("empty chart has %d mood-coloured pixels, want 0", n)
	}
	if n := count(Input{Today: "2026-03-08", Checkins: synth(4, "2026-03-08", 28)}); n < 500 {
		t.Errorf("chart of 28 days has %d mood-coloured pixels, want a drawn line", n)
	}
}

func TestSegmentsBreakAtMissedDays(t *testing.T) {
	nan := math.NaN()
	got := segments([]float64{nan, 5, 6, nan, 7, nan, nan, 4, 3})
	var xs [][]float64
	for _, run := range got {
		var r []float64
		for _, p := range run {
			r = append(r, p.X)
		}
		xs = append(xs, r)
	}
	want := [][]float64{{1, 2}, {4}, {7, 8}}
	if diff := cmp.Diff(want, xs); diff != "" {
		t.Errorf("segments (-want +got):\n%s", diff)
	}
}

func TestChartMarks(t *testing.T) {
	in := Input{
		Flags: []store.Flag{
			{Rule: "trend.sleep", Day: "2026-03-03"},
			{Rule: "trend.sleep", Day: "2026-03-03"}, // same day: one triangle
			{Rule: "trend.mood", Day: "2026-03-05"},
			{Rule: "trend.mood", Day: "2026-02-28"}, // before the period
		},
		Meds: []store.Medication{
			{Name: "Sertraline", Dose: "50 mg", StartDay: "2025-01-01"},
			{Name: "Sertraline", Dose: "100 mg", StartDay: "2026-03-02"},
		},
	}
	got := chartMarks(in, []string{"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"})
	want := marks{moodFlags: []int{4}, sleepFlags: []int{2}, meds: []medMark{{day: 1, label: "Sertraline 100 mg"}}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(marks{}, medMark{})); diff != "" {
		t.Errorf("chartMarks (-want +got):\n%s", diff)
	}
}

func TestMedLabel(t *testing.T) {
	if got := medLabel("An extraordinarily long medication name", "100 mg"); len([]rune(got)) > maxMedLabel {
		t.Errorf("label %q is longer than %d runes", got, maxMedLabel)
	}
	for in, want := range map[[2]string]string{
		{"  Sertraline\n", "\t50 mg "}: "Sertraline 50 mg",
		{"Сертралин 💊", "50\tмг"}:      "Сертралин 50 мг",
		{"セルトラリン", "50 mg\x00\u202e"}:  "50 mg",
	} {
		if got := medLabel(in[0], in[1]); got != want {
			t.Errorf("medLabel(%q) = %q, want %q", in, got, want)
		}
	}
}
