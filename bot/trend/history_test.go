package trend

import (
	"flag"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

const yearStart = "2026-01-01"

// fadeRuns is how many simulated fades and stable years the look-back
// comparison runs; the numbers in docs/SAFETY.md come from -args -runs 200.
var fadeRuns = flag.Int("runs", 12, "simulated fades and stable years for the look-back comparison")

var allItems = Items{Energy: true, Interest: true, Medication: true}

// fade runs a person stable for stableDays (mood 7, sleep 7.5 h), then
// declining linearly over 20 weeks to mood 4 and sleep 5.5 h (energy and
// interest follow mood), then staying there 4 weeks, on s. It returns the
// first day of the decline.
func fade(s *sim, seed int64, stableDays int) string {
	p := person{r: rand.New(rand.NewSource(seed)), items: allItems}
	const declineDays = 20 * 7
	for i := 0; i < stableDays+declineDays+28; i++ {
		x := min(max(float64(i-stableDays)/declineDays, 0), 1)
		if c, ok := p.day(7-3*x, 7.5-2*x); ok {
			s.checkin(dayN(yearStart, i), c)
		}
	}
	return dayN(yearStart, stableDays)
}

// firstFlags is the first day each rule fired.
func firstFlags(fs []store.Flag) map[string]string {
	first := map[string]string{}
	for _, f := range fs {
		if _, ok := first[f.Rule]; !ok {
			first[f.Rule] = f.Day
		}
	}
	return first
}

func weeksAfter(from, day string) float64 { return float64(stats.DaysBetween(from, day)) / 7 }

func TestSlowFadeIsFlagged(t *testing.T) {
	const stableDays = 120 // January to April: long enough for a baseline and its look-back
	s := newSim(t, DefaultConfig(), allItems)
	decline := fade(s, 1, stableDays)
	fs := s.flags()
	if len(fs) == 0 {
		t.Fatal("a 20-week fade of mood 7→4 and sleep 7.5→5.5 h raised no flag")
	}
	for _, f := range fs {
		if f.Day < decline {
			t.Errorf("flag %s on %s, before the decline began on %s", f.Rule, f.Day, decline)
		}
		if f.Severity != Severity || f.Detail == "" {
			t.Errorf("flag %+v: want severity %q and a detail", f, Severity)
		}
	}
	first := firstFlags(fs)
	report := fmt.Sprintf("slow fade (decline began %s): first flag %s after %.1f weeks (%s)\n", decline, fs[0].Day, weeksAfter(decline, fs[0].Day), fs[0].Rule)
	for _, r := range []string{RuleMood, RuleSleep, RuleInterest, RuleEnergy, RulePersist, RuleDoses} {
		if d, ok := first[r]; ok {
			report += fmt.Sprintf("  %-15s first after %4.1f weeks (%s)\n", r, weeksAfter(decline, d), d)
		} else {
			report += fmt.Sprintf("  %-15s never\n", r)
		}
	}
	fmt.Print(report)
	t.Log(report)
	if w := weeksAfter(decline, fs[0].Day); w > 20 {
		t.Errorf("first flag %.1f weeks into a 20-week decline: too late to help", w)
	}
	for _, r := range []string{RuleMood, RuleSleep, RulePersist} {
		if _, ok := first[r]; !ok {
			t.Errorf("%s never fired during the fade", r)
		}
	}
	if len(s.sent) == 0 || !strings.Contains(s.sent[0].text, "/report") || !strings.Contains(s.sent[0].text, "/crisis") {
		t.Errorf("first message %q: want the report and crisis commands", s.sent)
	}
}

// TestLookbackSeesWhatTheRollingBaselineMisses shows why "usual" looks
// back: the rolling baseline (days 15–70 back) follows a slow decline down,
// so compared with it alone the mood rule fires late or never; and the
// look-back must not buy that with false alarms on stable people. It
// compares the rules over many runs, so it keeps the log in memory (the
// store's part is covered by the tests above and below).
func TestLookbackSeesWhatTheRollingBaselineMisses(t *testing.T) {
	rolling := DefaultConfig()
	rolling.LookbackDays = 0
	runs := *fadeRuns
	const runWeeks = 24 // "never" counts as the end of the run
	weeks := func(from, day string) float64 {
		if day == "" {
			return runWeeks
		}
		return weeksAfter(from, day)
	}
	stableFlags := func(cfg Config, seed int64) int {
		s := newMemSim(t, cfg, allItems)
		p := person{r: rand.New(rand.NewSource(seed)), items: allItems}
		for i := 0; i < 365; i++ {
			if c, ok := p.day(7, 7.5); ok {
				s.checkin(dayN(yearStart, i), c)
			}
		}
		return len(s.flags())
	}
	var sumLook, sumRolling float64
	var alarmsLook, alarmsRolling int
	report := "weeks from the start of the fade to the first mood flag:\n"
	var never [2]int
	for seed := int64(1); seed <= int64(runs); seed++ {
		look, roll := newMemSim(t, DefaultConfig(), allItems), newMemSim(t, rolling, allItems)
		decline := fade(look, seed, 120)
		fade(roll, seed, 120)
		l, r := firstFlags(look.flags())[RuleMood], firstFlags(roll.flags())[RuleMood]
		report += fmt.Sprintf("  seed %2d: with look-back %s, rolling baseline alone %s\n", seed, describe(decline, l), describe(decline, r))
		if l == "" {
			t.Errorf("seed %d: with the look-back the mood rule must see the fade", seed)
		}
		if l == "" {
			never[0]++
		}
		if r == "" {
			never[1]++
		}
		sumLook += weeks(decline, l)
		sumRolling += weeks(decline, r)
		alarmsLook += stableFlags(DefaultConfig(), 1000+seed)
		alarmsRolling += stableFlags(rolling, 1000+seed)
	}
	report += fmt.Sprintf("mean weeks (never = %d): with look-back %.1f, rolling baseline alone %.1f; never caught: %d and %d of %d\n",
		runWeeks, sumLook/float64(runs), sumRolling/float64(runs), never[0], never[1], runs)
	report += fmt.Sprintf("flags in %d stable person-years: with look-back %d, rolling baseline alone %d\n", runs, alarmsLook, alarmsRolling)
	fmt.Print(report)
	t.Log(report)
	if sumLook >= sumRolling {
		t.Errorf("look-back %.1f weeks in total, rolling baseline alone %.1f: the look-back is not earning its keep", sumLook, sumRolling)
	}
	if alarmsLook > alarmsRolling+1 {
		t.Errorf("the look-back raised %d flags on stable people, the rolling baseline alone %d", alarmsLook, alarmsRolling)
	}
}

func describe(from, day string) string {
	if day == "" {
		return "never"
	}
	return fmt.Sprintf("after %.1f weeks", weeksAfter(from, day))
}

// TestStablePersonRaisesAtMostOneFlag runs a year of ordinary noise: the
// first seed through the SQLite store, more seeds in memory.
func TestStablePersonRaisesAtMostOneFlag(t *testing.T) {
	for seed := int64(1); seed <= 6; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			s := newMemSim(t, DefaultConfig(), allItems)
			if seed == 1 {
				s = newSim(t, DefaultConfig(), allItems)
			}
			p := person{r: rand.New(rand.NewSource(seed)), items: allItems}
			for i := 0; i < 365; i++ {
				if c, ok := p.day(7, 7.5); ok {
					s.checkin(dayN(yearStart, i), c)
				}
			}
			fs := s.flags()
			var rules []string
			for _, f := range fs {
				rules = append(rules, f.Rule+" "+f.Day)
			}
			t.Logf("stable year: %d trend flags %v", len(fs), rules)
			if len(fs) > 1 {
				t.Fatalf("a stable person raised %d trend flags in a year: %v", len(fs), rules)
			}
		})
	}
}

func TestTooLittleDataRaisesNoBaselineFlag(t *testing.T) {
	s := newSim(t, DefaultConfig(), Items{})
	// Twenty days, the last fourteen far below the first six: without 28
	// answered days in the baseline window there is no "usual" to fall from.
	for i := 0; i < 20; i++ {
		mood := 8
		if i >= 6 {
			mood = 2
		}
		s.checkin(dayN(yearStart, i), store.Checkin{Mood: ip(mood), SleepHours: fp(7.5), SleepQuality: ip(4)})
	}
	if fs := s.flags(); len(fs) != 0 {
		t.Fatalf("20 days of data raised %v; baseline rules need 28 answered days", fs)
	}
}
