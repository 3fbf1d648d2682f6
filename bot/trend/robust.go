package trend

import (
	"sort"
	"sync"

	"github.com/checkin-bot/checkin/bot/stats"
)

// The detector's small tools: robust summaries of a stretch of days, and
// the buffers one evaluation works in.

// trimmedMean is the mean of xs without the lowest and highest tenth: a
// location that moves smoothly with whole-number answers (a median jumps
// by half a point) and that a few days of a bad event do not pull down.
// It sorts xs.
func trimmedMean(xs []float64) float64 {
	sort.Float64s(xs)
	cut := int(trim * float64(len(xs)))
	m, _ := stats.Mean(xs[cut : len(xs)-cut])
	return m
}

// median of xs, which it reorders; 0 for none. It selects rather than
// sorts (Hoare's quickselect), since the detector takes several medians of
// half a year of days after every check-in.
func median(xs []float64) float64 {
	n := len(xs)
	if n == 0 {
		return 0
	}
	hi := nth(xs, n/2)
	if n%2 == 1 {
		return hi
	}
	// The largest of the lower half is the other middle value.
	lo := xs[0]
	for _, x := range xs[1 : n/2] {
		lo = max(lo, x)
	}
	return (lo + hi) / 2
}

// nth places the k-th smallest element of xs at xs[k], smaller ones before
// it and larger ones after, and returns it.
func nth(xs []float64, k int) float64 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		p := xs[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for xs[i] < p {
				i++
			}
			for xs[j] > p {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}

// scratch hands out pieces of one buffer, so that one evaluation's many
// series cost one allocation. Pieces are not cleared: every user writes
// each element before reading it.
type scratch struct{ all, buf []float64 }

// scratchPool keeps evaluation buffers: the detector runs after every
// check-in, and a fresh buffer each time was most of its garbage.
var scratchPool sync.Pool

func getScratch(n int) *scratch {
	if sc, ok := scratchPool.Get().(*scratch); ok && cap(sc.all) >= n {
		sc.buf = sc.all[:cap(sc.all)]
		return sc
	}
	all := make([]float64, n)
	return &scratch{all: all, buf: all}
}

func putScratch(sc *scratch) { scratchPool.Put(sc) }

func (sc *scratch) take(n int) []float64 {
	if len(sc.buf) < n {
		sc.buf = make([]float64, max(n, 4096))
	}
	out := sc.buf[:n:n]
	sc.buf = sc.buf[n:]
	return out
}
