package trend

import (
	"math"
	"math/rand"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
)

// TestFitReferenceRecoversTheShape fits a year of AR(1) days with a known
// level, weekend offset and carry-over, a slow decline in the second half
// and a tenth of days missing, and must find them.
func TestFitReferenceRecoversTheShape(t *testing.T) {
	const n, level, offset, phi, sd = 365, 6.0, 1.0, 0.5, 1.0
	g := stats.NewGrid(nil, "2026-12-06", n)
	wk := make([]bool, n)
	for s := range n {
		wk[s] = g.Weekend(s)
	}
	r := rand.New(rand.NewSource(9))
	xs := make([]float64, n)
	e := 0.0
	for s := range n {
		e = phi*e + math.Sqrt(1-phi*phi)*sd*r.NormFloat64()
		x := level + e - 2*max(float64(s-180), 0)/185 // 2 points down over the second half
		if wk[s] {
			x += offset
		}
		xs[s] = x
		if r.Float64() < 0.1 {
			xs[s] = math.NaN()
		}
	}
	ref := fitReference(&scratch{}, wk, xs, 60, 115, 0.1)
	if !ref.ok {
		t.Fatal("no reference")
	}
	for _, c := range []struct {
		name      string
		got, want float64
		tol       float64
	}{
		{"weekday level", ref.weekday, level, 0.35},
		{"weekend offset", ref.weekend - ref.weekday, offset, 0.25},
		{"spread", ref.spread, sd, 0.2},
		{"carry-over", ref.phi, phi - 0.1, 0.15}, // deviations from the local mean lose a little of it
	} {
		if math.Abs(c.got-c.want) > c.tol {
			t.Errorf("%s %.2f, want %.2f ± %.2f", c.name, c.got, c.want, c.tol)
		}
	}
	// A stretch with too few answered days is no reference.
	sparse := append([]float64(nil), xs...)
	for s := 60; s <= 115; s++ {
		if s%5 != 0 {
			sparse[s] = math.NaN()
		}
	}
	if ref := fitReference(&scratch{}, wk, sparse, 60, 115, 0.1); ref.ok {
		t.Errorf("12 answered days made a reference: %+v", ref)
	}
}

func TestCusum(t *testing.T) {
	nan := math.NaN()
	for _, tc := range []struct {
		name  string
		zs    []float64
		reset []int
		want  []float64
	}{
		{"in control stays at zero", []float64{0, 1, -0.2, 0.5}, nil, []float64{0, 0, 0, 0}},
		{"a fall accumulates less k", []float64{-1, -1, -1, 0.5}, nil, []float64{0.5, 1, 1.5, 0.5}},
		{"missing days keep the value", []float64{nan, -1, nan, nan, -1}, nil, []float64{nan, 0.5, 0.5, 0.5, 1}},
		{"restart after a flag", []float64{-1, -1, -1, -1}, []int{1}, []float64{0.5, 1, 0.5, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reset := make([]bool, len(tc.zs))
			for _, i := range tc.reset {
				reset[i] = true
			}
			got := cusum(make([]float64, len(tc.zs)), tc.zs, reset, 0, 0.5)
			for i := range got {
				if !(got[i] == tc.want[i] || math.IsNaN(got[i]) && math.IsNaN(tc.want[i])) {
					t.Fatalf("cusum = %v, want %v", got, tc.want)
				}
			}
		})
	}
	// Carry-over scales each day down: φ 0.6 halves it.
	if got := cusum(make([]float64, 1), []float64{-2}, []bool{false}, 0.6, 0); math.Abs(got[0]-1) > 1e-12 {
		t.Errorf("φ 0.6: %v, want 1", got[0])
	}
}
