package report

import (
	"math"
	"strings"
)

// sparkRunes are the eight block heights of a sparkline, lowest first. They
// are plain Unicode, so the line reads the same on Telegram, Discord and a
// terminal.
var sparkRunes = []rune("▁▂▃▄▅▆▇█")

// GapRune marks a day with no answer: a missed day stays visibly missing,
// never drawn as a low value.
const GapRune = '·'

// Sparkline draws one rune per value on the fixed scale lo..hi (values
// outside are clamped), so a week's line is comparable with the next week's;
// NaN is drawn as GapRune.
func Sparkline(vals []float64, lo, hi float64) string {
	var b strings.Builder
	b.Grow(len(vals) * 3)
	top := len(sparkRunes) - 1
	for _, v := range vals {
		if math.IsNaN(v) {
			b.WriteRune(GapRune)
			continue
		}
		i := 0
		if hi > lo {
			i = int(math.Round((v - lo) / (hi - lo) * float64(top)))
		}
		b.WriteRune(sparkRunes[max(0, min(top, i))])
	}
	return b.String()
}
