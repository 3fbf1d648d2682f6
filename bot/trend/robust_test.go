package trend

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
)

// TestMedianSelectsWhatSortingFinds checks the quickselect median against
// the sorting one on whole-number days (many ties) and on spread values.
func TestMedianSelectsWhatSortingFinds(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for n := 1; n < 80; n++ {
		for _, whole := range []bool{true, false} {
			xs := make([]float64, n)
			for i := range xs {
				xs[i] = r.NormFloat64() * 3
				if whole {
					xs[i] = float64(r.Intn(5))
				}
			}
			want, _ := stats.Median(xs)
			if got := median(slices.Clone(xs)); got != want {
				t.Fatalf("median(%v) = %v, want %v", xs, got, want)
			}
		}
	}
	if median(nil) != 0 {
		t.Error("median of nothing is not 0")
	}
}

func TestTrimmedMean(t *testing.T) {
	for _, tt := range []struct {
		xs   []float64
		want float64
	}{
		{[]float64{5}, 5},
		{[]float64{1, 7, 7, 7, 7, 7, 7, 7, 7, 10}, 7}, // a tenth off each end
		{[]float64{7, 7, 7, 7, 7, 7, 7, 7, 0}, 6.222222222222222},
	} {
		if got := trimmedMean(slices.Clone(tt.xs)); got != tt.want {
			t.Errorf("trimmedMean(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
}
