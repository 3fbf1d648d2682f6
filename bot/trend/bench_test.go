package trend

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// benchHistory is days of check-ins with every item answered, a PHQ-9 every
// two weeks and a few old flags: the shape of the ingest-path call.
func benchHistory(days int) ([]store.Checkin, []store.Questionnaire, []store.Flag) {
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
		{ID: 1, Rule: RuleSleep, Severity: Severity, Day: stats.AddDays(today, -60)},
		{ID: 2, Rule: RuleMood, Severity: Severity, Day: stats.AddDays(today, -20)},
		{ID: 3, Rule: "acute.active", Severity: "acute", Day: stats.AddDays(today, -5)},
	}
	return cs, qs, flags
}

func BenchmarkEvaluate(b *testing.B) {
	for _, days := range []int{100, HistoryDays()} {
		b.Run(fmt.Sprintf("%d days", days), func(b *testing.B) {
			cs, qs, flags := benchHistory(days)
			cfg := DefaultConfig()
			b.ReportAllocs()
			for b.Loop() {
				Evaluate(cfg, allItems, today, cs, qs, flags)
			}
		})
	}
}
