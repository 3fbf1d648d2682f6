package importer

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// number reads a value within lo..hi; whole says it must be a whole number.
func number(s string, lo, hi float64, whole bool) (float64, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if err != nil || math.IsNaN(v) || v < lo || v > hi || whole && v != math.Trunc(v) {
		return 0, false
	}
	return v, true
}

// item reads one optional numeric cell into *dst, noting a bad value.
func item[T int | float64](cols map[string]int, rec []string, line int, res *Result, dst **T, lo, hi float64, names ...string) bool {
	s, _ := cell(cols, rec, names...)
	if s == "" {
		return false
	}
	_, whole := any(*new(T)).(int)
	v, ok := number(s, lo, hi, whole)
	if !ok {
		res.Problems = append(res.Problems, Problem{line, fmt.Sprintf(reasonValue, names[0], s, lo, hi)})
		return false
	}
	x := T(v)
	*dst = &x
	return true
}

// parseCheckin reads checkin's own export (the columns of /export and
// `checkin export`; functioning where the file has it): each row is one
// day on checkin's own scales.
func parseCheckin(cols map[string]int, rec []string, line int, days map[string]*dayAcc, res *Result) error {
	if !has(cols, "date") || !has(cols, "mood") {
		return fmt.Errorf(errMissingCols, "date and mood", ErrFormat)
	}
	a, ok := startDay(cols, rec, line, days, res, false)
	if !ok {
		return nil
	}
	var mood *int
	used := item(cols, rec, line, res, &mood, 0, 10, "mood")
	if mood != nil {
		a.moods = []float64{float64(*mood)}
	}
	used = item(cols, rec, line, res, &a.sleep, 0, 24, "sleep_hours") || used
	used = item(cols, rec, line, res, &a.quality, 1, 5, "sleep_quality") || used
	used = item(cols, rec, line, res, &a.energy, 0, 10, "energy") || used
	used = item(cols, rec, line, res, &a.intr, 0, 10, "interest") || used
	used = item(cols, rec, line, res, &a.functioning, 0, 10, "functioning") || used
	switch s, _ := cell(cols, rec, "medication_taken"); strings.ToLower(s) {
	case "":
	case "yes":
		a.med, used = ptr(true), true
	case "no":
		a.med, used = ptr(false), true
	default:
		res.Problems = append(res.Problems, Problem{line, fmt.Sprintf(reasonMedication, s)})
	}
	note, _ := cell(cols, rec, "note")
	// The export guards a note that would read as a spreadsheet formula
	// with a leading quote; it is taken off again.
	if len(note) > 1 && note[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(note[1])) {
		note = note[1:]
	}
	finishDay(a, note, used, line, days, res)
	return nil
}

func ptr[T any](v T) *T { return &v }

// daylioMoods maps Daylio's five default mood names onto checkin's 0–10
// mood: the five steps spread evenly over the scale, leaving its ends for
// days worse or better than anything Daylio's words can say.
var daylioMoods = map[string]float64{"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}

// parseDaylio reads Daylio's export (full_date, date, weekday, time, mood,
// activities, note_title, note). Several entries of a day are one day:
// the mean of their moods, every note kept. Activities are not imported.
func parseDaylio(cols map[string]int, rec []string, line int, days map[string]*dayAcc, res *Result) error {
	if !has(cols, "full_date") || !has(cols, "mood") {
		return fmt.Errorf(errMissingCols, "full_date and mood", ErrFormat)
	}
	ds, _ := cell(cols, rec, "full_date")
	day, ok := parseDay(ds, false)
	if !ok {
		res.Problems = append(res.Problems, Problem{line, fmt.Sprintf(reasonDay, ds)})
		return nil
	}
	word, _ := cell(cols, rec, "mood")
	m, known := daylioMoods[strings.ToLower(word)]
	title, _ := cell(cols, rec, "note_title")
	note, _ := cell(cols, rec, "note")
	if !known {
		res.Problems = append(res.Problems, Problem{line, fmt.Sprintf(reasonMood, word)})
		if title == "" && note == "" {
			return nil
		}
	}
	a := acc(days, day)
	if known {
		a.moods = append(a.moods, m)
	}
	if title != "" && note != "" {
		note = title + ": " + note
	} else if note == "" {
		note = title
	}
	addNote(a, note)
	return nil
}

// parseEmoods reads eMoods' export: a date, the day's most depressed,
// elevated, irritable and anxious ratings (0 none to 3 severe), hours
// slept, medications and notes. Mood comes from the depressed rating
// (0 → 7, 1 → 5, 2 → 3, 3 → 1); elevated, irritability, anxiety and the
// medication list have no place in checkin and are left out.
func parseEmoods(cols map[string]int, rec []string, line int, days map[string]*dayAcc, res *Result) error {
	dep := []string{"depressed", "depression", "depressed mood"}
	sleep := []string{"sleep", "hours slept", "sleep hours", "sleep_hours", "hours of sleep"}
	if !has(cols, "date") || !has(cols, dep...) && !has(cols, sleep...) {
		return fmt.Errorf(errMissingCols, "date and depressed or sleep", ErrFormat)
	}
	a, ok := startDay(cols, rec, line, days, res, true)
	if !ok {
		return nil
	}
	var d *int
	used := item(cols, rec, line, res, &d, 0, 3, dep...)
	if d != nil {
		a.moods = []float64{float64(7 - 2**d)}
	}
	used = item(cols, rec, line, res, &a.sleep, 0, 24, sleep...) || used
	note, _ := cell(cols, rec, "notes", "note")
	finishDay(a, note, used, line, days, res)
	return nil
}

// startDay reads a row's date and starts its day; a row whose date cannot
// be read is a problem, and a day that appears again keeps only the later
// row (also a problem, so the person hears of it). us reads US-style dates
// (month/day/year) too.
func startDay(cols map[string]int, rec []string, line int, days map[string]*dayAcc, res *Result, us bool) (*dayAcc, bool) {
	ds, _ := cell(cols, rec, "date")
	day, ok := parseDay(ds, us)
	if !ok {
		res.Problems = append(res.Problems, Problem{line, fmt.Sprintf(reasonDay, ds)})
		return nil, false
	}
	if _, seen := days[day]; seen {
		res.Problems = append(res.Problems, Problem{line, fmt.Sprintf(reasonTwice, day)})
		delete(days, day)
	}
	return &dayAcc{day: day}, true
}

// finishDay adds the row's note and keeps the day, or reports a row that
// held nothing to import.
func finishDay(a *dayAcc, note string, used bool, line int, days map[string]*dayAcc, res *Result) {
	addNote(a, note)
	if !used && len(a.notes) == 0 {
		res.Problems = append(res.Problems, Problem{line, reasonEmpty})
		return
	}
	days[a.day] = a
}
