package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"

	"github.com/checkin-bot/checkin/store"
)

// csvHeader is the export's header; spreadsheets and scripts key on it, so
// it never changes silently, and new columns only ever go at the end
// (functioning came after note).
var csvHeader = []string{"date", "mood", "sleep_hours", "sleep_quality", "energy", "interest", "medication_taken", "note", "functioning"}

// CSVHeader is the export's header line, without a line break.
func CSVHeader() string { return strings.Join(csvHeader, ",") }

// CSV is the per-day export: one row per answered day, oldest first, an
// empty cell for every unanswered item (never a zero), and the note guarded
// against formula injection so opening the file in a spreadsheet cannot
// run anything. medication_taken is "yes", "no" or empty; functioning is
// 0–10 (the buttons store mostly 8, partly 5, hardly 2).
func CSV(cs []store.Checkin) []byte {
	rows := slices.Clone(cs)
	sortCheckins(rows)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(csvHeader) // writes to a bytes.Buffer cannot fail
	for _, c := range rows {
		if !c.Answered() {
			continue
		}
		_ = w.Write([]string{
			c.Day,
			intCell(c.Mood),
			floatCell(c.SleepHours),
			intCell(c.SleepQuality),
			intCell(c.Energy),
			intCell(c.Interest),
			boolCell(c.MedTaken),
			safeCell(c.Note),
			intCell(c.Functioning),
		})
	}
	w.Flush()
	return buf.Bytes()
}

// sortCheckins orders rows by day, oldest first, keeping equal days stable.
func sortCheckins(cs []store.Checkin) {
	slices.SortStableFunc(cs, func(a, b store.Checkin) int { return strings.Compare(a.Day, b.Day) })
}

func intCell(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func floatCell(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func boolCell(p *bool) string {
	if p == nil {
		return ""
	}
	if *p {
		return cellYes
	}
	return cellNo
}

// safeCell defuses a cell a spreadsheet would read as a formula (OWASP's
// CSV injection advice): a leading = + - @, or a tab or carriage return
// that some programs skip before one, gets a single quote in front.
func safeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
