package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// Scales of the weekly sparklines: fixed, so one week's line can be read
// against the next.
const (
	moodLo, moodHi   = 0, 10
	sleepLo, sleepHi = 0, 12
)

// Caps that keep the summary short enough to read at a glance (about 900
// characters at most).
const (
	maxWeekFlags    = 3
	maxFlagDetail   = 110
	weekHeaderShort = "Mon 2 Jan"
)

// Weekly is the weekly summary text for the seven days weekStart..weekStart+6
// (the core passes the seven days ending on the person's summary day). It
// gives the days answered, mood and sleep with their change from the week
// before and from the person's own baseline in words, a sparkline per
// measure, the best and hardest day, any flag raised that week, and one kind
// closing line. A week with no answers gets a single kind line and no
// numbers. Days are the person's local days as stored, so a check-in stays
// in the week of the day it belongs to whatever the server's clock said.
func Weekly(in Input, weekStart string) string {
	weekEnd := stats.AddDays(weekStart, 6)
	// Everything the summary reads: the baseline window (as of the week's
	// last day) reaches furthest back, past the week before.
	cs := rowsIn(in.Checkins, stats.AddDays(weekEnd, -stats.BaselineFrom), weekEnd)
	answered := answeredDays(cs, weekStart, weekEnd)
	if answered == 0 {
		return msgWeekEmpty
	}
	// Mid-week (a /summary on Wednesday) the days still ahead are not
	// missed: count and draw only the days so far.
	elapsed, shownEnd := 7, weekEnd
	if in.Today >= weekStart && in.Today < weekEnd {
		elapsed, shownEnd = stats.DaysBetween(weekStart, in.Today)+1, in.Today
	}

	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	line(fmt.Sprintf(msgWeekHeader, dayTime(weekStart).Format(weekHeaderShort), dayTime(weekEnd).Format(weekHeaderShort)))
	if elapsed < 7 {
		line(fmt.Sprintf(msgWeekDaysSoFr, answered, elapsed))
	} else {
		line(fmt.Sprintf(msgWeekDays, answered, elapsed))
	}
	line("")

	for _, it := range weekItems(in.Items) {
		if l := it.line(cs, weekStart, shownEnd); l != "" {
			line(l)
		}
	}
	if l := wellLine(in.Well, cs, weekStart, shownEnd); l != "" {
		line(l)
	}
	for _, l := range weekendLines(cs, shownEnd) {
		line(l)
	}
	if in.Items.Medication {
		if taken := stats.Values(cs, weekStart, weekEnd, medTaken); len(taken) > 0 {
			n := len(stats.Values(cs, weekStart, weekEnd, takenOnly))
			line(fmt.Sprintf(msgMedLine, n, len(taken)))
		}
	}
	if l := bestHardest(cs, weekStart, weekEnd); l != "" {
		line("")
		line(l)
	}
	if fl := weekFlags(in.Flags, weekStart, weekEnd); len(fl) > 0 {
		line("")
		line(msgFlagsHead)
		for _, f := range fl {
			line(fmt.Sprintf(msgFlag, f))
		}
		line(msgFlagsAdvice)
	}
	line("")
	if answered >= elapsed {
		b.WriteString(msgCloseFull)
	} else {
		b.WriteString(msgClosePartial)
	}
	return b.String()
}

// takenOnly is the medication measure answered "taken", for counting.
func takenOnly(c store.Checkin) (float64, bool) {
	v, ok := medTaken(c)
	return v, ok && v == 1
}

// weekItem is one measure of the summary and how to show it.
type weekItem struct {
	m       stats.Measure
	lo, hi  float64                   // sparkline scale
	format  string                    // message with %s sparkline, %s mean
	value   func(mean float64) string // the mean in words
	compare bool                      // add the change from last week and from usual
	minutes bool                      // speak of changes in minutes (sleep), not points
}

// weekItems lists the measures shown, mood and sleep first.
func weekItems(items Items) []weekItem {
	outOf10 := func(v float64) string { return fmt.Sprintf("%.1f", v) }
	list := []weekItem{
		{m: stats.Mood, lo: moodLo, hi: moodHi, format: msgMoodLine, value: outOf10, compare: true},
		{m: stats.Sleep, lo: sleepLo, hi: sleepHi, format: msgSleepLine, value: hoursWords, compare: true, minutes: true},
	}
	if items.Energy {
		list = append(list, weekItem{m: stats.Energy, lo: moodLo, hi: moodHi, format: msgEnergyLine, value: outOf10})
	}
	if items.Interest {
		list = append(list, weekItem{m: stats.Interest, lo: moodLo, hi: moodHi, format: msgInterestLine, value: outOf10})
	}
	if items.Functioning {
		list = append(list, weekItem{m: stats.Functioning, lo: moodLo, hi: moodHi, format: msgFunctionLine, value: outOf10})
	}
	return list
}

// line renders the measure for the week from..to (to is the last day
// shown), or "" when it was never answered. Comparisons use the week before
// and the baseline as of the week's last day, so re-reading an old week
// later gives the same words.
func (it weekItem) line(cs []store.Checkin, from, to string) string {
	mean, ok := stats.Mean(stats.Values(cs, from, to, it.m))
	if !ok {
		return ""
	}
	spark := Sparkline(stats.ByDay(rowsIn(cs, from, to), from, to, it.m), it.lo, it.hi)
	s := fmt.Sprintf(it.format, spark, it.value(mean))
	if !it.compare {
		return s
	}
	var words []string
	prevFrom, prevTo := stats.AddDays(from, -7), stats.AddDays(from, -1)
	if prev, ok := stats.Mean(stats.Values(cs, prevFrom, prevTo, it.m)); ok {
		words = append(words, it.change(mean-prev, false))
	}
	if base := stats.PersonalBaseline(cs, stats.AddDays(from, 6), it.m); base.OK {
		words = append(words, it.change(mean-base.Median, true))
	}
	if len(words) == 0 {
		return s + "."
	}
	if len(words) == 2 && words[0] == wordSameLastWeek && words[1] == wordSameUsual {
		words = []string{wordSameBoth}
	}
	return s + ": " + strings.Join(words, ", ") + "."
}

// bestHardest names the days of highest and lowest mood (the earliest on a
// tie), or "" when the week has no spread to speak of.
func bestHardest(cs []store.Checkin, from, to string) string {
	days := stats.Days(from, to)
	vals := stats.ByDay(rowsIn(cs, from, to), from, to, stats.Mood)
	best, worst := -1, -1
	for i, v := range vals {
		if math.IsNaN(v) {
			continue
		}
		if best < 0 || v > vals[best] {
			best = i
		}
		if worst < 0 || v < vals[worst] {
			worst = i
		}
	}
	if best < 0 || vals[best] == vals[worst] {
		return ""
	}
	return fmt.Sprintf(msgBestHardest, weekday(days[best]), int(vals[best]), weekday(days[worst]), int(vals[worst]))
}

// weekFlags are the plain-words details of flags raised from..to, without
// repeats, at most maxWeekFlags.
func weekFlags(fs []store.Flag, from, to string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, f := range fs {
		if !inRange(f.Day, from, to) {
			continue
		}
		d := strings.TrimRight(strings.TrimSpace(f.Detail), ".")
		if d == "" {
			d = genericFlag(f.Rule)
		}
		if r := []rune(d); len(r) > maxFlagDetail {
			d = strings.TrimSpace(string(r[:maxFlagDetail-1])) + "…"
		}
		if seen[d] || len(out) == maxWeekFlags {
			continue
		}
		seen[d] = true
		out = append(out, d)
	}
	return out
}

// genericFlag names a flag that came without a detail, from its rule.
func genericFlag(rule string) string {
	switch {
	case strings.Contains(rule, "sleep"):
		return msgFlagSleep
	case strings.Contains(rule, "mood"):
		return msgFlagMood
	case strings.HasPrefix(rule, "phq9"):
		return msgFlagPHQ9
	default:
		return msgFlagGeneric
	}
}
