package trend

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/store"
)

// targetSeeds is how many people each scenario of the targets simulates.
var targetSeeds = flag.Int("seeds", 50, "simulated people per scenario of TestDetectionTargets")

// warmDays is how long every simulated person is well before anything is
// measured: long enough for a well baseline (8 weeks) and more.
const warmDays = 240

// quietDays is how much of the warm-up is judged: the engine reads only
// the check-ins, and its own flags of the weeks before, so judging the
// last eight weeks of it gives the state a real person's engine would be
// in (a flag just before the fade still rests), at a third of the cost.
const quietDays = 56

func withDay(c store.Checkin, day string) store.Checkin {
	c.Day = day
	return c
}

// fadeRun simulates a person well for warmDays, then fading linearly over
// fadeDays, and returns the weeks from the fade's start to its first trend
// flag, or +Inf-like limitWeeks when none came by then.
func fadeRun(t *testing.T, cfg Config, seed int64, fadeDays, limitWeeks int) (weeks float64, rule string) {
	s := newMemSim(t, cfg, allItems)
	p := newSimPerson(seed, allItems)
	start := dayN(yearStart, warmDays)
	for i := 0; i < warmDays+limitWeeks*7; i++ {
		x := min(max(float64(i-warmDays)/float64(fadeDays), 0), 1)
		c, ok := p.next(x)
		if !ok {
			continue
		}
		day := dayN(yearStart, i)
		if i < warmDays-quietDays {
			s.log.saveCheckin(withDay(c, day)) // kept, not yet judged
			continue
		}
		res := s.checkin(day, c)
		if day >= start && len(res.Hits) > 0 {
			return weeksAfter(start, day), res.Hits[0].Rule
		}
	}
	return float64(limitWeeks), ""
}

// stableRun simulates a well person for warmDays and a year after, and
// returns the trend flags of that year by rule.
func stableRun(t *testing.T, cfg Config, seed int64) map[string]int {
	s := newMemSim(t, cfg, allItems)
	p := newSimPerson(seed, allItems)
	from := dayN(yearStart, warmDays)
	for i := 0; i < warmDays+365; i++ {
		c, ok := p.next(0)
		switch {
		case !ok:
		case i < warmDays-quietDays:
			s.log.saveCheckin(withDay(c, dayN(yearStart, i)))
		default:
			s.checkin(dayN(yearStart, i), c)
		}
	}
	out := map[string]int{}
	for _, f := range s.flags() {
		if f.Day >= from {
			out[f.Rule]++
		}
	}
	return out
}

func quantile(xs []float64, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[min(int(q*float64(len(s))), len(s)-1)]
}

// TestDetectionTargets asserts the change detector's targets on the
// simulation of simulate_test.go, and prints the table of docs/SAFETY.md:
//
//	go test ./bot/trend -run DetectionTargets -v
func TestDetectionTargets(t *testing.T) {
	cfg := DefaultConfig()
	n := *targetSeeds
	five, twenty := make([]float64, n), make([]float64, n)
	rules := make([]string, 2*n)
	stable := make([]map[string]int, n)
	// The people are independent, so they are simulated side by side;
	// the group returns when all have run.
	t.Run("people", func(t *testing.T) {
		for seed := range int64(n) {
			t.Run(fmt.Sprint(seed), func(t *testing.T) {
				t.Parallel()
				five[seed], rules[seed] = fadeRun(t, cfg, 1000+seed, 150, 26)
				twenty[seed], rules[n+int(seed)] = fadeRun(t, cfg, 2000+seed, 600, 40)
				stable[seed] = stableRun(t, cfg, 3000+seed)
			})
		}
	})
	first := map[string]int{}
	for i, r := range rules {
		first[[]string{"5-month ", "20-month "}[i/n]+r]++
	}
	var yearly []int
	byRule := map[string]int{}
	total := 0
	for _, fs := range stable {
		k := 0
		for r, c := range fs {
			k += c
			byRule[r] += c
		}
		yearly = append(yearly, k)
		total += k
	}
	var b strings.Builder
	fmt.Fprintf(&b, "| scenario (%d seeds each) | measure | result | target |\n| --- | --- | --- | --- |\n", n)
	fmt.Fprintf(&b, "| 5-month fade | weeks to first flag: median (10%%, 90%%) | %.1f (%.1f, %.1f) | median ≤ 6 |\n",
		quantile(five, 0.5), quantile(five, 0.1), quantile(five, 0.9))
	within := 0
	for _, w := range twenty {
		if w <= 20 {
			within++
		}
	}
	fmt.Fprintf(&b, "| 20-month fade | weeks to first flag: median (10%%, 90%%); flagged within 20 weeks | %.1f (%.1f, %.1f); %d%% | ≥ 90%% within 20 |\n",
		quantile(twenty, 0.5), quantile(twenty, 0.1), quantile(twenty, 0.9), 100*within/n)
	fmt.Fprintf(&b, "| stable year | trend flags per person-year: mean; most in one year | %.2f; %d | ≤ 1; ≤ 3 |\n",
		float64(total)/float64(n), slices.Max(yearly))
	t.Log("\n" + b.String())
	t.Logf("first rules: %v; stable flags by rule: %v", first, byRule)
	if m := quantile(five, 0.5); m > 6 {
		t.Errorf("5-month fade: median %.1f weeks to the first flag, want at most 6", m)
	}
	if 10*within < 9*n {
		t.Errorf("20-month fade: %d of %d flagged within 20 weeks, want 90%%", within, n)
	}
	if 10*total > 10*n {
		t.Errorf("stable: %d flags in %d person-years, want at most one a year", total, n)
	}
	if m := slices.Max(yearly); m > 3 {
		t.Errorf("stable: %d flags in one year, want at most 3", m)
	}
}
