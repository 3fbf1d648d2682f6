package stats

import (
	"math"
	"math/rand"
	"sort"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

func TestDayNumberMatchesTime(t *testing.T) {
	start := time.Date(1999, 12, 25, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 12000; i++ {
		d := start.AddDate(0, 0, i)
		got, ok := dayNumber(d.Format(DayLayout))
		if want := int(d.Unix() / 86400); !ok || got != want {
			t.Fatalf("dayNumber(%s) = %d,%v want %d", d.Format(DayLayout), got, ok, want)
		}
	}
	for _, bad := range []string{"", "2026-1-01", "2026/01/01", "2026-13-01", "2026-00-10", "2026-01-32", "20x6-01-01"} {
		if _, ok := dayNumber(bad); ok {
			t.Errorf("dayNumber(%q) ok, want malformed", bad)
		}
	}
}

// randomLog is a log with gaps, unanswered items and one duplicate day.
func randomLog(seed int64, to string, n int) []store.Checkin {
	r := rand.New(rand.NewSource(seed))
	var cs []store.Checkin
	for i := n - 1; i >= 0; i-- {
		if r.Float64() < 0.2 {
			continue // missed day
		}
		c := store.Checkin{Day: AddDays(to, -i)}
		if r.Float64() < 0.9 {
			v := r.Intn(11)
			c.Mood = &v
		}
		if r.Float64() < 0.8 {
			h := float64(r.Intn(25)) / 2
			c.SleepHours = &h
		}
		cs = append(cs, c)
	}
	return cs
}

func sameFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !(math.IsNaN(a[i]) && math.IsNaN(b[i])) {
			return false
		}
	}
	return true
}

func TestGridSeriesMatchesByDay(t *testing.T) {
	to := "2026-11-25"
	cs := randomLog(1, to, 150)
	tests := []struct {
		name string
		n    int
	}{{"shorter than the log", 100}, {"longer than the log", 200}, {"one day", 1}, {"empty", 0}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := NewGrid(cs, to, tt.n)
			if g.Len() != tt.n {
				t.Fatalf("Len = %d, want %d", g.Len(), tt.n)
			}
			for _, m := range []Measure{Mood, Sleep} {
				var want []float64
				if tt.n > 0 {
					want = ByDay(cs, AddDays(to, -(tt.n-1)), to, m)
				}
				if got := g.Series(m); !sameFloats(got, want) {
					t.Fatalf("Series = %v\nByDay  = %v", got, want)
				}
			}
		})
	}
}

func TestColumnsMatchSeries(t *testing.T) {
	to := "2026-11-25"
	cs := randomLog(3, to, 150)
	yes, no := true, false
	for i := range cs {
		v := i % 11
		cs[i].Energy, cs[i].Interest, cs[i].SleepQuality = &v, &v, &v
		if i%3 == 0 {
			cs[i].MedTaken = &yes
		} else if i%3 == 1 {
			cs[i].MedTaken = &no
		}
		if i%5 == 0 {
			cs[i].Energy, cs[i].SleepQuality = nil, nil
		}
		if i%4 != 0 {
			f := 10 - v
			cs[i].Functioning = &f
		}
	}
	g := NewGrid(cs, to, 120)
	col := g.Columns()
	for _, tt := range []struct {
		name string
		got  []float64
		m    Measure
	}{{"mood", col.Mood, Mood}, {"sleep", col.Sleep, Sleep}, {"quality", col.Quality, Quality},
		{"energy", col.Energy, Energy}, {"interest", col.Interest, Interest}, {"medication", col.MedTaken, MedTaken},
		{"functioning", col.Functioning, Functioning}} {
		if want := g.Series(tt.m); !sameFloats(tt.got, want) {
			t.Errorf("%s: Columns = %v\nSeries = %v", tt.name, tt.got, want)
		}
	}
}

func TestGridSlot(t *testing.T) {
	g := NewGrid(nil, "2026-03-31", 10)
	tests := []struct {
		day  string
		want int
		ok   bool
	}{{"2026-03-31", 9, true}, {"2026-03-22", 0, true}, {"2026-03-21", -1, true}, {"2026-04-01", 10, true}, {"2025-03-31", 9 - 365, true}, {"bad", 0, false}}
	for _, tt := range tests {
		got, ok := g.Slot(tt.day)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Slot(%s) = %d,%v want %d,%v", tt.day, got, ok, tt.want, tt.ok)
		}
	}
	if _, ok := NewGrid(nil, "nonsense", 3).Slot("2026-03-31"); ok {
		t.Error("a grid ending at a malformed day must not place days")
	}
}

func TestBaselinesMatchPersonalBaseline(t *testing.T) {
	to := "2026-11-25"
	for seed := int64(1); seed <= 5; seed++ {
		cs := randomLog(seed, to, 140)
		g := NewGrid(cs, to, 100)
		for _, m := range []Measure{Mood, Sleep} {
			run := Baselines(g.Series(m), 40)
			if run.Len() != 40 {
				t.Fatalf("len = %d", run.Len())
			}
			for i := range run.Len() {
				b := run.At(i)
				day := AddDays(to, -(39 - i))
				// The grid starts 99 days back; PersonalBaseline sees only those rows too.
				want := PersonalBaseline(cs[len(cs)-countFrom(cs, AddDays(to, -99)):], day, m)
				if b != want {
					t.Fatalf("seed %d day %s: Baselines = %+v, PersonalBaseline = %+v", seed, day, b, want)
				}
				if med, ok := run.Median(i); ok != want.OK || med != want.Median {
					t.Fatalf("seed %d day %s: Median = %v,%v want %v,%v", seed, day, med, ok, want.Median, want.OK)
				}
			}
		}
	}
}

func TestQuantileMatchesBruteForce(t *testing.T) {
	to := "2026-11-25"
	for seed := int64(1); seed <= 5; seed++ {
		cs := randomLog(seed, to, 160)
		run := Baselines(NewGrid(cs, to, 160).Series(Mood), 90)
		for _, lookback := range []int{0, 1, 7, 56, 200} {
			for _, q := range []float64{0, 0.5, 0.75, 1} {
				got := run.Quantile(lookback, 30, q)
				if len(got) != 30 {
					t.Fatalf("len = %d", len(got))
				}
				for j, idx := range got {
					i := run.Len() - 30 + j
					var days []int
					for x := max(i-lookback, 0); x <= i; x++ {
						if _, ok := run.Median(x); ok {
							days = append(days, x)
						}
					}
					sort.SliceStable(days, func(a, b int) bool {
						ma, _ := run.Median(days[a])
						mb, _ := run.Median(days[b])
						return ma < mb
					})
					want := -1
					if n := len(days); n > 0 {
						want = days[min(max(int(math.Ceil(q*float64(n)))-1, 0), n-1)]
					}
					if idx != want {
						t.Fatalf("seed %d lookback %d q %v day %d: Quantile = %d, brute force %d", seed, lookback, q, i, idx, want)
					}
				}
			}
		}
	}
	// Too few answered days: no baseline anywhere.
	for _, idx := range Baselines([]float64{1, 2, 3}, 3).Quantile(5, 3, 0.75) {
		if idx != -1 {
			t.Fatalf("Quantile without baselines = %d, want -1", idx)
		}
	}
}

func countFrom(cs []store.Checkin, from string) int {
	n := 0
	for _, c := range cs {
		if c.Day >= from {
			n++
		}
	}
	return n
}

func TestBaselinesEdges(t *testing.T) {
	if Baselines(nil, 5).Len() != 0 || Baselines([]float64{1}, 0).Len() != 0 || Baselines([]float64{1}, -1).Len() != 0 {
		t.Fatal("no slots asked or none given must give an empty run")
	}
	if got := Baselines([]float64{1, 2}, 9).Len(); got != 2 {
		t.Fatalf("k beyond the series: len = %d, want 2", got)
	}
	if got := Answered([]float64{1, math.NaN(), 0}); got != 2 {
		t.Fatalf("Answered = %d", got)
	}
	yes, no := true, false
	for _, tt := range []struct {
		p  *bool
		v  float64
		ok bool
	}{{&yes, 1, true}, {&no, 0, true}, {nil, 0, false}} {
		if v, ok := MedTaken(store.Checkin{MedTaken: tt.p}); v != tt.v || ok != tt.ok {
			t.Errorf("MedTaken = %v,%v want %v,%v", v, ok, tt.v, tt.ok)
		}
	}
}

func BenchmarkBaselines(b *testing.B) {
	cs := randomLog(1, "2026-11-25", 156)
	g := NewGrid(cs, "2026-11-25", 156)
	s := g.Series(Mood)
	for b.Loop() {
		run := Baselines(s, 84)
		run.At(83)
	}
}

func BenchmarkGridColumns(b *testing.B) {
	cs := randomLog(1, "2026-11-25", 156)
	g := NewGrid(cs, "2026-11-25", 156)
	for b.Loop() {
		g.Columns()
	}
}

func BenchmarkGridSeries(b *testing.B) {
	cs := randomLog(1, "2026-11-25", 156)
	g := NewGrid(cs, "2026-11-25", 156)
	for b.Loop() {
		g.Series(Mood)
	}
}

func BenchmarkQuantile(b *testing.B) {
	cs := randomLog(1, "2026-11-25", 156)
	run := Baselines(NewGrid(cs, "2026-11-25", 156).Series(Mood), 84)
	for b.Loop() {
		run.Quantile(56, 28, 0.75)
	}
}

func BenchmarkNewGrid(b *testing.B) {
	cs := randomLog(1, "2026-11-25", 156)
	for b.Loop() {
		NewGrid(cs, "2026-11-25", 156)
	}
}

func TestGridWeekend(t *testing.T) {
	g := NewGrid(nil, "2026-12-06", 9) // a Sunday
	for s := range g.Len() {
		day := AddDays("2026-12-06", s-(g.Len()-1))
		d, _ := time.Parse(DayLayout, day)
		want := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
		if got := g.Weekend(s); got != want {
			t.Errorf("slot %d (%s): weekend %v, want %v", s, day, got, want)
		}
	}
}
