package trend

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// benchHistory is days of check-ins with every item answered, a PHQ-9 every
// two weeks and a few old flags: the shape of the ingest-path call. With
// activeFlag one of the flags is still active, so the whole persistence
// window is judged to see whether it clears.
func benchHistory(days int, activeFlag bool) ([]store.Checkin, []store.Questionnaire, []store.Flag) {
	p := person{r: rand.New(rand.NewSource(1)), items: allItems}
	var cs []store.Checkin
	for back := days - 1; back >= 0; back-- {
		if c, ok := p.day(6, 7); ok {
			c.Day = stats.AddDays(today, -back)
			cs = append(cs, c)
		}
	}
	var qs []store.Questionnaire
	for back := 84; back >= 0; back -= 14 {
		day := stats.AddDays(today, -back)
		qs = append(qs, store.Questionnaire{ID: int64(back), Kind: "phq9", Day: day, Total: 8, TakenAt: at(day)})
	}
	flags := []store.Flag{
		{ID: 1, Rule: RuleSleep, Severity: Severity, Day: stats.AddDays(today, -60), ClearedAt: at(stats.AddDays(today, -50))},
		{ID: 2, Rule: RuleMood, Severity: Severity, Day: stats.AddDays(today, -20), ClearedAt: at(stats.AddDays(today, -5))},
		{ID: 3, Rule: "acute.active", Severity: "acute", Day: stats.AddDays(today, -5)},
	}
	if activeFlag {
		flags[1].ClearedAt = time.Time{}
	}
	return cs, qs, flags
}

// BenchmarkEvaluate runs on the ingest path after every check-in.
func BenchmarkEvaluate(b *testing.B) {
	for _, days := range []int{100, HistoryDays()} {
		for _, activeFlag := range []bool{false, true} {
			name := fmt.Sprintf("%d days", days)
			if activeFlag {
				name += ", a flag active"
			}
			b.Run(name, func(b *testing.B) {
				cs, qs, flags := benchHistory(days, activeFlag)
				cfg := DefaultConfig()
				b.ReportAllocs()
				for b.Loop() {
					Evaluate(cfg, allItems, today, cs, qs, flags)
				}
			})
		}
	}
}
