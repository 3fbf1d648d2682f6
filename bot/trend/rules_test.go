package trend

import (
	"slices"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

const today = "2026-06-30"

// hist builds n days ending today; back is 0 for today, 1 for yesterday.
// A day for which fn reports false is left out (not answered).
func hist(n int, fn func(back int) (store.Checkin, bool)) []store.Checkin {
	var cs []store.Checkin
	for back := n - 1; back >= 0; back-- {
		if c, ok := fn(back); ok {
			c.Day = stats.AddDays(today, -back)
			cs = append(cs, c)
		}
	}
	return cs
}

func rulesOf(r Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Rule)
	}
	return out
}

type edge struct {
	name  string
	items Items
	cs    []store.Checkin
	qs    []store.Questionnaire
	rule  string
	want  bool
}

func runEdges(t *testing.T, tests []edge) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Evaluate(DefaultConfig(), tt.items, today, tt.cs, tt.qs, nil)
			if got := slices.Contains(rulesOf(res), tt.rule); got != tt.want {
				t.Fatalf("%s fired = %v, want %v (hits %v)", tt.rule, got, tt.want, res.Hits)
			}
			for _, h := range res.Hits {
				if h.Detail == "" {
					t.Errorf("%s: empty detail", h.Rule)
				}
			}
		})
	}
}

// nights is a week whose last k nights are h hours and the rest 7.5 h.
func nights(k int, h float64) []store.Checkin {
	return hist(7, func(back int) (store.Checkin, bool) {
		if back < k {
			return store.Checkin{SleepHours: fp(h)}, true
		}
		return store.Checkin{SleepHours: fp(7.5)}, true
	})
}

// qualities is a week whose last k nights are rated q and the rest 4.
func qualities(k, q int) []store.Checkin {
	return hist(7, func(back int) (store.Checkin, bool) {
		if back < k {
			return store.Checkin{SleepQuality: ip(q)}, true
		}
		return store.Checkin{SleepQuality: ip(4)}, true
	})
}

// sleepDrop is 90 days at usual hours, then a week at week hours.
func sleepDrop(usual, week float64) []store.Checkin {
	return hist(90, func(back int) (store.Checkin, bool) {
		if back < 7 {
			return store.Checkin{SleepHours: fp(week)}, true
		}
		return store.Checkin{SleepHours: fp(usual)}, true
	})
}

func TestSleepEdges(t *testing.T) {
	mixed := nights(2, 5)
	mixed[0].SleepHours, mixed[1].SleepHours = fp(11), fp(11)
	runEdges(t, []edge{
		{"3 short nights", Items{}, nights(3, 5.5), nil, RuleSleep, false},
		{"4 short nights", Items{}, nights(4, 5.5), nil, RuleSleep, true},
		{"4 nights of exactly 6 h are not short", Items{}, nights(4, 6), nil, RuleSleep, false},
		{"4 nights of exactly 10 h are not long", Items{}, nights(4, 10), nil, RuleSleep, false},
		{"4 long nights", Items{}, nights(4, 10.5), nil, RuleSleep, true},
		{"2 short and 2 long nights", Items{}, mixed, nil, RuleSleep, true},
		{"3 poor-quality nights", Items{}, qualities(3, 1), nil, RuleSleep, false},
		{"4 poor-quality nights", Items{}, qualities(4, 1), nil, RuleSleep, true},
		{"7 nights rated 2 are not alarming alone", Items{}, qualities(7, 2), nil, RuleSleep, false},
		{"week 2 h under the usual", Items{}, sleepDrop(8.5, 6.5), nil, RuleSleep, true},
		{"week 1.5 h under the usual", Items{}, sleepDrop(8.5, 7), nil, RuleSleep, false},
	})
}

// moodDays is a baseline from days 14–159 back (so that every baseline the
// look-back reads is a full window) (value usual, or
// alternating usual±spread), then the last 14 days from recent (back 0 is
// recent[0]); a negative recent value leaves the day unanswered.
func moodDays(usual, spread int, recent []int) []store.Checkin {
	return hist(160, func(back int) (store.Checkin, bool) {
		if back < 14 {
			v := recent[back]
			return store.Checkin{Mood: ip(v), Interest: ip(v), Energy: ip(v)}, v >= 0
		}
		v := usual
		if spread > 0 {
			v = usual - spread + 2*spread*(back%2)
		}
		return store.Checkin{Mood: ip(v), Interest: ip(v), Energy: ip(v)}, true
	})
}

// fortnight is 14 days: the first n answered with v, the rest unanswered.
func fortnight(n, v int) []int {
	out := make([]int, 14)
	for i := range out {
		out[i] = -1
		if i < n {
			out[i] = v
		}
	}
	return out
}

func TestMoodEdges(t *testing.T) {
	half := append(slices.Repeat([]int{4}, 7), slices.Repeat([]int{6}, 7)...) // mean 5
	over := append(slices.Repeat([]int{5}, 13), 6)                            // mean 5.07
	sparse := hist(100, func(back int) (store.Checkin, bool) {                // 27 answered days 15–70 back
		v := 7
		if back < 14 {
			v = 3
		}
		return store.Checkin{Mood: ip(v)}, back < 14 || back >= 15 && back < 42
	})
	runEdges(t, []edge{
		{"9 answered days", Items{}, moodDays(7, 0, fortnight(9, 5)), nil, RuleMood, false},
		{"10 answered days", Items{}, moodDays(7, 0, fortnight(10, 5)), nil, RuleMood, true},
		{"mean exactly 2 under", Items{}, moodDays(7, 0, half), nil, RuleMood, true},
		{"mean 1.93 under", Items{}, moodDays(7, 0, over), nil, RuleMood, false},
		{"3 under a spread of 2", Items{}, moodDays(7, 2, fortnight(14, 4)), nil, RuleMood, false},
		{"4 under a spread of 2", Items{}, moodDays(7, 2, fortnight(14, 3)), nil, RuleMood, true},
		{"no baseline from 27 answered days", Items{}, sparse, nil, RuleMood, false},
	})
}

func TestInterestAndEnergyEdges(t *testing.T) {
	// Only the last 14 days exist, so only the floor can judge.
	// The last low days at lowV, the rest answered days before them at 6.
	recent := func(low, lowV, rest int) []store.Checkin {
		return hist(14, func(back int) (store.Checkin, bool) {
			v := 6
			if back < low {
				v = lowV
			}
			return store.Checkin{Interest: ip(v), Energy: ip(v)}, back < low+rest
		})
	}
	interest, energy := Items{Interest: true}, Items{Energy: true}
	runEdges(t, []edge{
		{"7 of 14 days at 3", interest, recent(7, 3, 7), nil, RuleInterest, false},
		{"8 of 14 days at 3", interest, recent(8, 3, 6), nil, RuleInterest, true},
		{"8 of 14 days at 4", interest, recent(8, 4, 6), nil, RuleInterest, false},
		{"6 of 10 answered at 3", interest, recent(6, 3, 4), nil, RuleInterest, true},
		{"9 answered, all at 1", interest, recent(9, 1, 0), nil, RuleInterest, false},
		{"not asked", Items{}, recent(14, 0, 0), nil, RuleInterest, false},
		{"energy 8 of 14 at 3", energy, recent(8, 3, 6), nil, RuleEnergy, true},
		{"energy against its baseline", energy, moodDays(7, 0, fortnight(14, 5)), nil, RuleEnergy, true},
		{"energy not asked", Items{}, moodDays(7, 0, fortnight(14, 0)), nil, RuleEnergy, false},
	})
}

func TestDosesEdges(t *testing.T) {
	missed := func(k int) []store.Checkin {
		return hist(7, func(back int) (store.Checkin, bool) { return store.Checkin{MedTaken: bp(back >= k)}, true })
	}
	med := Items{Medication: true}
	runEdges(t, []edge{
		{"2 missed", med, missed(2), nil, RuleDoses, false},
		{"3 missed", med, missed(3), nil, RuleDoses, true},
		{"not asked", Items{}, missed(7), nil, RuleDoses, false},
	})
}

// phq lists PHQ-9 totals taken two weeks apart, the last one today.
func phq(totals ...int) []store.Questionnaire {
	var qs []store.Questionnaire
	for i, total := range totals {
		back := 14 * (len(totals) - 1 - i)
		day := stats.AddDays(today, -back)
		qs = append(qs, store.Questionnaire{Kind: "phq9", Day: day, Total: total, TakenAt: at(day)})
	}
	return qs
}

func TestPHQ9Edges(t *testing.T) {
	old := func(daysAgo, total int) []store.Questionnaire {
		day := stats.AddDays(today, -daysAgo)
		return []store.Questionnaire{{Kind: "phq9", Day: day, Total: total, TakenAt: at(day)}}
	}
	other := []store.Questionnaire{{Kind: "gad7", Day: today, Total: 21, TakenAt: at(today)}}
	runEdges(t, []edge{
		{"9 then 10", Items{}, nil, phq(9, 10), RulePHQ9High, false},
		{"10 then 10", Items{}, nil, phq(10, 10), RulePHQ9High, true},
		{"10 then 9", Items{}, nil, phq(10, 9), RulePHQ9High, false},
		{"a single 14", Items{}, nil, phq(14), RulePHQ9High, false},
		{"rise of 4", Items{}, nil, phq(5, 4, 6, 9), RulePHQ9Rise, false},
		{"rise of 5", Items{}, nil, phq(5, 4, 6, 10), RulePHQ9Rise, true},
		{"no earlier total", Items{}, nil, phq(25), RulePHQ9Rise, false},
		{"19", Items{}, nil, phq(19), RulePHQ9Severe, false},
		{"20", Items{}, nil, phq(20), RulePHQ9Severe, true},
		{"20 taken 27 days ago", Items{}, nil, old(27, 20), RulePHQ9Severe, true},
		{"20 taken 28 days ago", Items{}, nil, old(28, 20), RulePHQ9Severe, false},
		{"another questionnaire", Items{}, nil, other, RulePHQ9Severe, false},
	})
}

func TestPersistenceEdges(t *testing.T) {
	// Short nights on days back from..to; the sleep condition holds from
	// the fourth of them until three days after the last.
	short := func(from, to int) []store.Checkin {
		return hist(40, func(back int) (store.Checkin, bool) {
			h := 7.5
			if back >= to && back <= from {
				h = 5
			}
			return store.Checkin{SleepHours: fp(h)}, true
		})
	}
	runEdges(t, []edge{
		{"condition held 14 of 28 days", Items{}, short(16, 0), nil, RulePersist, false},
		{"condition held 15 of 28 days", Items{}, short(17, 0), nil, RulePersist, true},
		{"held 21 days but not today", Items{}, short(25, 5), nil, RulePersist, false},
	})
}

func TestMalformedTodayGivesNothing(t *testing.T) {
	res := Evaluate(DefaultConfig(), Items{}, "30/06/2026", nights(7, 3), phq(25, 25), nil)
	if len(res.Hits) != 0 || res.Message != "" || len(res.Clear) != 0 {
		t.Fatalf("Evaluate on a malformed day = %+v, want nothing", res)
	}
}

func TestUnsortedHistoryJudgedTheSame(t *testing.T) {
	cs := moodDays(7, 0, fortnight(14, 4))
	want := Evaluate(DefaultConfig(), Items{}, today, cs, nil, nil)
	rev := slices.Clone(cs)
	slices.Reverse(rev)
	got := Evaluate(DefaultConfig(), Items{}, today, rev, nil, nil)
	if !slices.Equal(rulesOf(got), rulesOf(want)) || got.Message != want.Message {
		t.Fatalf("reversed history: %v, sorted: %v", got.Hits, want.Hits)
	}
}
