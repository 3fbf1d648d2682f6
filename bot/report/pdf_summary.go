package report

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/go-pdf/fpdf"

	"github.com/checkin-bot/checkin/bot/phq9"
	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// How many entries each list of the report shows (the most recent ones);
// with the caps the right-hand column always fits the page.
const (
	maxPHQRows  = 5
	maxFlagRows = 6
	maxMedRows  = 5
	lineH       = 4.1
)

// column writes text top-down in a fixed box and quietly stops at its
// bottom, so a very long list can never push the report onto a second page.
type column struct {
	pdf     *fpdf.Fpdf
	x, y, w float64
	bottom  float64
}

func (c *column) heading(s string) {
	c.y += 1.5
	c.write(s, "B", 10, 5.5)
}

func (c *column) line(s string) { c.write(s, "", 8.5, lineH) }

// row writes one list entry on a single line, cut with an ellipsis if it
// is too long, so every list keeps to its number of lines.
func (c *column) row(s string) {
	c.pdf.SetFont("Helvetica", "", 8.5)
	txt := pdfText(s)
	limit := c.w - 3 // MultiCell's inner margins, and a little air
	if c.pdf.GetStringWidth(txt) > limit {
		const ellipsis = "\x85" // "…" in Windows-1252
		for len(txt) > 0 && c.pdf.GetStringWidth(txt+ellipsis) > limit {
			txt = txt[:len(txt)-1] // cp1252 is one byte a character
		}
		txt = strings.TrimRight(txt, " ,;") + ellipsis
	}
	if c.y+lineH > c.bottom {
		c.y = c.bottom
		return
	}
	c.pdf.SetXY(c.x, c.y)
	c.pdf.CellFormat(c.w, lineH, txt, "", 0, "L", false, 0, "")
	c.y += lineH
}

func (c *column) write(s, style string, size, h float64) {
	c.pdf.SetFont("Helvetica", style, size)
	txt := pdfText(s)
	if c.y+float64(lineCount(c.pdf, txt, c.w))*h > c.bottom {
		c.y = c.bottom // nothing after a cut-off line either
		return
	}
	c.pdf.SetXY(c.x, c.y)
	c.pdf.MultiCell(c.w, h, txt, "", "L", false)
	c.y = c.pdf.GetY()
}

// lineCount is how many lines MultiCell will wrap cp1252 text into.
// fpdf's SplitText reads its input as UTF-8 runes and indexes the font's
// 256-entry width table with them, so cp1252 bytes are widened first to the
// rune of the same number (a raw "ë" byte would otherwise be U+FFFD and
// index out of the table).
func lineCount(pdf *fpdf.Fpdf, cp1252 string, w float64) int {
	rs := make([]rune, len(cp1252))
	for i := range len(cp1252) {
		rs[i] = rune(cp1252[i])
	}
	return max(1, len(pdf.SplitText(string(rs), w)))
}

// writeSummary fills the right-hand column.
func writeSummary(c *column, in Input, from, to string) {
	cs := in.Checkins
	c.heading(pdfMeansHeading)
	type meanRow struct {
		on     bool
		m      stats.Measure
		format string
	}
	wrote := false
	for _, r := range []meanRow{
		{true, stats.Mood, pdfMeanMood},
		{true, stats.Sleep, pdfMeanSleep},
		{true, stats.Quality, pdfMeanQuality},
		{in.Items.Energy, stats.Energy, pdfMeanEnergy},
		{in.Items.Interest, stats.Interest, pdfMeanInterest},
		{in.Items.Functioning, stats.Functioning, pdfMeanFunction},
	} {
		vals := stats.Values(cs, from, to, r.m)
		if mean, ok := stats.Mean(vals); r.on && ok {
			c.line(fmt.Sprintf(r.format, mean, len(vals)))
			wrote = true
		}
	}
	if noted := stats.Values(cs, from, to, medTaken); in.Items.Medication && len(noted) > 0 {
		c.line(fmt.Sprintf(pdfMeanMed, len(stats.Values(cs, from, to, takenOnly)), len(noted)))
		wrote = true
	}
	if !wrote {
		c.line(pdfNoMeans)
	}

	writeWeekend(c, in, from, to)

	c.heading(pdfTrendHeading)
	trend := trendLines(cs, from, to)
	if len(trend) == 0 {
		c.line(pdfTrendNone)
	}
	for _, l := range trend {
		c.line(l)
	}

	c.heading(pdfPHQHeading)
	var phq []string
	for _, q := range sortedPHQ(in.PHQ9, from, to) {
		s := fmt.Sprintf(pdfPHQRow, q.Day, q.Total, phq9.BandOf(q.Total).String())
		if len(q.Items) == 9 && q.Items[8] > 0 {
			s += fmt.Sprintf(pdfPHQItem9, q.Items[8])
		}
		phq = append(phq, s)
	}
	c.list(phq, maxPHQRows, pdfPHQNone)

	c.heading(pdfFlagsHeading)
	var flags []string
	for _, f := range in.Flags {
		if inRange(f.Day, from, to) {
			d := clean(f.Detail)
			if d == "" {
				d = f.Rule
			}
			flags = append(flags, fmt.Sprintf(pdfFlagRow, f.Day, d))
		}
	}
	slices.Sort(flags) // rows start with the day
	c.list(flags, maxFlagRows, pdfFlagsNone)

	c.heading(pdfMedsHeading)
	var meds []string
	ms := slices.Clone(in.Meds)
	slices.SortStableFunc(ms, func(a, b store.Medication) int { return strings.Compare(a.StartDay, b.StartDay) })
	for _, m := range ms {
		if m.StartDay <= to {
			meds = append(meds, fmt.Sprintf(pdfMedRow, m.StartDay, clean(m.Name+" "+m.Dose)))
		}
	}
	c.list(meds, maxMedRows, pdfMedsNone)
}

// list writes the last max rows (the most recent), saying how many earlier
// ones were left out, or none when there are no rows.
func (c *column) list(rows []string, limit int, none string) {
	if len(rows) == 0 {
		c.line(none)
		return
	}
	if len(rows) > limit {
		c.line(fmt.Sprintf(pdfMore, len(rows)-limit))
		rows = rows[len(rows)-limit:]
	}
	for _, r := range rows {
		c.row(r)
	}
}

// sortedPHQ are the PHQ-9s taken from..to, oldest first.
func sortedPHQ(qs []store.Questionnaire, from, to string) []store.Questionnaire {
	var out []store.Questionnaire
	for _, q := range qs {
		if (q.Kind == "" || q.Kind == "phq9") && inRange(q.Day, from, to) {
			out = append(out, q)
		}
	}
	slices.SortStableFunc(out, func(a, b store.Questionnaire) int { return strings.Compare(a.Day, b.Day) })
	return out
}

// trendLines compare the first half of the period with the second, for
// mood and sleep, when each half has at least minTrendDays answers.
func trendLines(cs []store.Checkin, from, to string) []string {
	const minTrendDays = 3
	days := stats.Days(from, to)
	if len(days) < 2*minTrendDays {
		return nil
	}
	mid := days[len(days)/2]
	firstTo := stats.AddDays(mid, -1)
	var out []string
	for _, t := range []struct {
		m      stats.Measure
		format string
		scale  float64 // what counts as "a little": 0.5 of a mood point, 0.25 h of sleep
	}{
		{stats.Mood, pdfTrendMood, 1},
		{stats.Sleep, pdfTrendSleep, 0.5},
	} {
		a, b := stats.Values(cs, from, firstTo, t.m), stats.Values(cs, mid, to, t.m)
		if len(a) < minTrendDays || len(b) < minTrendDays {
			continue
		}
		ma, _ := stats.Mean(a)
		mb, _ := stats.Mean(b)
		out = append(out, fmt.Sprintf(t.format, ma, mb, trendWords((mb-ma)/t.scale)))
	}
	return out
}

// trendWords grades a change (already scaled to mood points) for the
// clinician, with the same steps as the weekly summary.
func trendWords(d float64) string {
	words := [4][2]string{
		{trendSame, trendSame},
		{trendLittleUp, trendLittleDown},
		{trendUp, trendDown},
		{trendMuchUp, trendMuchDown},
	}
	dir := 0
	if d < 0 {
		dir = 1
	}
	if math.IsNaN(d) {
		return trendSame
	}
	return words[changeSize(d)][dir]
}
