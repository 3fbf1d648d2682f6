package trend

import (
	"math"
	"math/rand"
	"testing"
)

// siegmund is Siegmund's approximation of a one-sided CUSUM's average run
// length on independent unit normal values whose mean sits delta beyond
// the reference value k (delta = 0: in control), with limit h.
func siegmund(k, h, delta float64) float64 {
	b, d := h+1.166, delta-k
	if d == 0 {
		return b * b
	}
	return (math.Exp(-2*d*b) + 2*d*b - 1) / (2 * d * d)
}

// runLength is the first day cusum reaches h on AR(1) noise of unit
// variance with lag-1 correlation phi, winsorized like the detector's
// input when winsorize; limit when it never does.
func runLength(r *rand.Rand, phi, k, h float64, winsorize bool, limit int) int {
	zs := make([]float64, limit)
	e := r.NormFloat64()
	for i := range zs {
		e = phi*e + math.Sqrt(1-phi*phi)*r.NormFloat64()
		zs[i] = e
		if winsorize {
			zs[i] = min(max(e, -winsorizeZ), winsorizeZ)
		}
	}
	s := cusum(zs, zs, make([]bool, limit), phi, k)
	for i, x := range s {
		if x >= h {
			return i + 1
		}
	}
	return limit
}

// TestInControlARL checks the CUSUM against Siegmund's approximation on
// the textbook case, and prints the run lengths of docs/SAFETY.md:
//
//	go test ./bot/trend -run InControlARL -v
func TestInControlARL(t *testing.T) {
	cfg := DefaultConfig()
	r := rand.New(rand.NewSource(1))
	mean := func(runs int, phi float64, winsorize bool, limit int) float64 {
		total := 0
		for range runs {
			total += runLength(r, phi, cfg.CombinedK, cfg.CombinedH, winsorize, limit)
		}
		return float64(total) / float64(runs)
	}
	want := siegmund(cfg.CombinedK, cfg.CombinedH, 0)
	got := mean(300, 0, false, 10*int(want))
	t.Logf("combined k=%g h=%g: ARL0 Siegmund %.0f days, simulated %.0f", cfg.CombinedK, cfg.CombinedH, want, got)
	// 300 runs give a standard error of about 6 %.
	if math.Abs(got-want) > 0.2*want {
		t.Errorf("simulated in-control ARL %.0f days, Siegmund %.0f: the CUSUM is not the textbook one", got, want)
	}
	// Fewer runs here: these only need to clear the independent case.
	for _, phi := range []float64{0, 0.3} {
		w := mean(30, phi, true, 40*int(want))
		t.Logf("AR(1) phi %.1f, winsorized ±%g: ARL0 %.0f days", phi, winsorizeZ, w)
		if w < want {
			t.Errorf("phi %.1f: the scaling for carry-over leaves an ARL of %.0f days, under the independent case's %.0f", phi, w, want)
		}
	}
	for _, d := range []float64{0.5, 1} {
		t.Logf("shift of %.1f long-run SD: ARL1 %.0f days (Siegmund)", d, siegmund(cfg.CombinedK, cfg.CombinedH, d))
	}
	t.Logf("one measure k=%g h=%g: ARL0 %.3g days; a shift of 1.5: %.0f days", cfg.SignalK, cfg.SignalH,
		siegmund(cfg.SignalK, cfg.SignalH, 0), siegmund(cfg.SignalK, cfg.SignalH, 1.5))
}
