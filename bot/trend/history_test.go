package trend

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

const yearStart = "2026-01-01"

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
	for _, r := range []string{RuleDecline, RuleMood, RuleSleep, RuleInterest, RuleEnergy, RulePersist, RuleDoses} {
		if d, ok := first[r]; ok {
			report += fmt.Sprintf("  %-15s first after %4.1f weeks (%s)\n", r, weeksAfter(decline, d), d)
		} else {
			report += fmt.Sprintf("  %-15s never\n", r)
		}
	}
	fmt.Print(report)
	t.Log(report)
	if w := weeksAfter(decline, fs[0].Day); w > 8 {
		t.Errorf("first flag %.1f weeks into a 20-week decline: too late to help", w)
	}
	for _, r := range []string{RuleDecline, RuleSleep, RulePersist} {
		if _, ok := first[r]; !ok {
			t.Errorf("%s never fired during the fade", r)
		}
	}
	if len(s.sent) == 0 || !strings.Contains(s.sent[0].text, "/report") || !strings.Contains(s.sent[0].text, "/crisis") {
		t.Errorf("first message %q: want the report and crisis commands", s.sent)
	}
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
