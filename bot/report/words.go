package report

import (
	"fmt"
	"math"
)

// change puts a difference into words: a score in steps of the 0–10 scale,
// sleep in minutes (rounded to ten), because "40 minutes more" means more to
// a person than "+0.67 h".
func (it weekItem) change(d float64, usual bool) string {
	if !it.minutes {
		return scoreChange(d, usual)
	}
	mins := int(math.Round(d*6)) * 10
	switch {
	case mins > -15 && mins < 15:
		return pick(usual, wordSameUsual, wordSameLastWeek)
	case mins > 0:
		return fmt.Sprintf(pick(usual, wordSleepMoreUsual, wordSleepMoreLastWeek), durationWords(mins))
	default:
		return fmt.Sprintf(pick(usual, wordSleepLessUsual, wordSleepLessLastWeek), durationWords(-mins))
	}
}

// scoreWords are the words for a score change, by size and direction.
var scoreWords = [2][4][2]string{
	{ // against last week
		{wordSameLastWeek, wordSameLastWeek},
		{wordLittleHigherLastWeek, wordLittleLowerLastWeek},
		{wordHigherLastWeek, wordLowerLastWeek},
		{wordMuchHigherLastWeek, wordMuchLowerLastWeek},
	},
	{ // against the person's usual
		{wordSameUsual, wordSameUsual},
		{wordLittleAboveUsual, wordLittleBelowUsual},
		{wordAboveUsual, wordBelowUsual},
		{wordWellAboveUsual, wordWellBelowUsual},
	},
}

// scoreChange is the words for a change on a 0–10 scale: under half a point
// is "about the same", up to 1.5 "a little", up to 3 plain, beyond "much".
func scoreChange(d float64, usual bool) string {
	ref, dir := 0, 0
	if usual {
		ref = 1
	}
	if d < 0 {
		dir = 1
	}
	return scoreWords[ref][changeSize(d)][dir]
}

// changeSize grades a change on a 0–10 scale: 0 about the same (under half
// a point), 1 a little (under 1.5), 2 clear (under 3), 3 large.
func changeSize(d float64) int {
	a := math.Abs(d)
	switch {
	case a < 0.5:
		return 0
	case a < 1.5:
		return 1
	case a < 3:
		return 2
	default:
		return 3
	}
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// durationWords writes minutes as "40 minutes" or "1 h 10 min".
func durationWords(mins int) string {
	if mins < 60 {
		return fmt.Sprintf(fmtMinutes, mins)
	}
	if mins%60 == 0 {
		return fmt.Sprintf(fmtHoursOnly, mins/60)
	}
	return fmt.Sprintf(fmtHoursMinutes, mins/60, mins%60)
}

// hoursWords writes a sleep length rounded to five minutes: "7 h 10 min".
func hoursWords(h float64) string {
	mins := int(math.Round(h*12)) * 5
	switch {
	case mins < 60:
		return fmt.Sprintf(fmtMinutesOnly, mins)
	case mins%60 == 0:
		return fmt.Sprintf(fmtHoursOnly, mins/60)
	default:
		return fmt.Sprintf(fmtHoursMinutes, mins/60, mins%60)
	}
}
