package report

import (
	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// functioning reads how much of what was meant got done (0–10), the item
// clinicians ask about beside mood and sleep.
var functioning = stats.Measure(func(c store.Checkin) (float64, bool) {
	if c.Functioning == nil {
		return 0, false
	}
	return float64(*c.Functioning), true
})
