package report

import (
	"fmt"
	"math"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// Well is the person's well baseline as the trend engine holds it (the
// stretch they were doing well, found or marked with /baseline), so that a
// statement comparing with it can say so and name the stretch. OK is false
// while none is established.
type Well struct {
	From, To    string
	Marked      bool
	Mood, Sleep float64
	OK          bool
}

// split is one measure's mean on weekdays and on weekends over a stretch.
type split struct {
	weekday, weekend float64
	nWD, nWE         int
}

func splitWeek(cs []store.Checkin, from, to string, m stats.Measure) split {
	var s split
	var sumWD, sumWE float64
	for _, c := range rowsIn(cs, from, to) {
		v, ok := m(c)
		if !ok {
			continue
		}
		if wd := dayTime(c.Day).Weekday(); wd == 0 || wd == 6 {
			sumWE, s.nWE = sumWE+v, s.nWE+1
		} else {
			sumWD, s.nWD = sumWD+v, s.nWD+1
		}
	}
	if s.nWD > 0 {
		s.weekday = sumWD / float64(s.nWD)
	}
	if s.nWE > 0 {
		s.weekend = sumWE / float64(s.nWE)
	}
	return s
}

// Weekday and weekend divergence: over the last four weeks, with at least
// four weekend days and eight weekdays answered, weekend mood a point or
// more below weekdays', or weekend sleep 1.5 h or more longer or an hour
// or more shorter. A lie-in of an hour is ordinary; two hours more in bed,
// or weekends that feel worse than work days, are what people describe
// looking back on a fade.
const (
	splitDays        = 28
	splitMinWeekend  = 4
	splitMinWeekday  = 8
	splitMoodLower   = 1.0
	splitSleepLonger = 1.5
	splitSleepShort  = 1.0
)

// weekendLines says plainly when weekends diverge from weekdays over the
// splitDays days ending on to; nothing when they do not.
func weekendLines(cs []store.Checkin, to string) []string {
	from := stats.AddDays(to, -(splitDays - 1))
	var out []string
	if s := splitWeek(cs, from, to, stats.Mood); s.nWE >= splitMinWeekend && s.nWD >= splitMinWeekday &&
		s.weekday-s.weekend >= splitMoodLower-eps {
		out = append(out, fmt.Sprintf(msgWeekendMood, s.weekend, s.weekday))
	}
	if s := splitWeek(cs, from, to, stats.Sleep); s.nWE >= splitMinWeekend && s.nWD >= splitMinWeekday {
		switch d := s.weekend - s.weekday; {
		case d >= splitSleepLonger-eps:
			out = append(out, fmt.Sprintf(msgWeekendSleepLonger, durationWords(roundTen(d)), hoursWords(s.weekend), hoursWords(s.weekday)))
		case -d >= splitSleepShort-eps:
			out = append(out, fmt.Sprintf(msgWeekendSleepShorter, durationWords(roundTen(-d)), hoursWords(s.weekend), hoursWords(s.weekday)))
		}
	}
	return out
}

// roundTen is hours as minutes rounded to ten.
func roundTen(h float64) int { return int(math.Round(h*6)) * 10 }

// eps absorbs float rounding in "at least" comparisons of means.
const eps = 1e-9

// weekendRow is the report's line for one measure: weekdays and weekends
// side by side, or "" with too few of either.
func weekendRow(cs []store.Checkin, from, to string, m stats.Measure, format string) string {
	s := splitWeek(cs, from, to, m)
	if s.nWD == 0 || s.nWE == 0 {
		return ""
	}
	return fmt.Sprintf(format, s.weekday, s.nWD, s.weekend, s.nWE)
}

// wellLine compares the week's mood and sleep with the well baseline,
// naming its stretch; "" while there is none.
func wellLine(w Well, cs []store.Checkin, from, to string) string {
	if !w.OK {
		return ""
	}
	mood, okM := stats.Mean(stats.Values(cs, from, to, stats.Mood))
	sleep, okS := stats.Mean(stats.Values(cs, from, to, stats.Sleep))
	if !okM && !okS {
		return ""
	}
	var parts []string
	if okM {
		parts = append(parts, moodVsWell(mood-w.Mood))
	}
	if okS {
		parts = append(parts, sleepVsWell(sleep-w.Sleep))
	}
	stretch := dayTime(w.From).Format(wellLayout) + "–" + dayTime(w.To).Format(wellLayout)
	if w.Marked {
		stretch += wellMarked
	}
	return fmt.Sprintf(msgWellLine, stretch, joinAnd(parts))
}

func moodVsWell(d float64) string {
	switch {
	case math.Abs(d) < 0.5:
		return wordWellMoodSame
	case d < 0:
		return fmt.Sprintf(wordWellMoodLower, -d)
	default:
		return fmt.Sprintf(wordWellMoodHigher, d)
	}
}

func sleepVsWell(d float64) string {
	mins := roundTen(d)
	switch {
	case mins > -15 && mins < 15:
		return wordWellSleepSame
	case mins < 0:
		return fmt.Sprintf(wordWellSleepLess, durationWords(-mins))
	default:
		return fmt.Sprintf(wordWellSleepMore, durationWords(mins))
	}
}

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	out := parts[0]
	for _, p := range parts[1 : len(parts)-1] {
		out += ", " + p
	}
	return out + " and " + parts[len(parts)-1]
}

// writeWeekend is the report's weekday and weekend means and the well
// baseline they can be read against.
func writeWeekend(c *column, in Input, from, to string) {
	mood := weekendRow(in.Checkins, from, to, stats.Mood, pdfWeekendMood)
	sleep := weekendRow(in.Checkins, from, to, stats.Sleep, pdfWeekendSleep)
	if mood == "" && sleep == "" && !in.Well.OK {
		return
	}
	c.heading(pdfWeekendHeading)
	for _, l := range []string{mood, sleep} {
		if l != "" {
			c.line(l)
		}
	}
	if w := in.Well; w.OK {
		marked := ""
		if w.Marked {
			marked = pdfWellMarked
		}
		c.line(fmt.Sprintf(pdfWellRow, w.From, w.To, marked, w.Mood, w.Sleep))
	}
}
