package report

import (
	"fmt"
	"strconv"

	"github.com/go-pdf/fpdf"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// table is the report's left column: a heading, column heads and rows.
type table struct {
	heading string
	heads   []string
	widths  []float64 // relative; scaled to the column width
	rows    [][]string
}

const (
	tableDash    = "-" // an unanswered cell; cp1252-safe
	rowHeightMax = 4.6
	rowHeightMin = 3.4
)

// tableOf lists the period by day when it is short, by week when it is
// longer than DailyRowsMax, with a column for each enabled optional item.
func tableOf(in Input, from, to string) table {
	if stats.DaysBetween(from, to)+1 > DailyRowsMax {
		return weeklyTable(in, from, to)
	}
	t := table{heading: pdfDailyHeading, heads: []string{hdrDate, hdrMood, hdrSleep, hdrQuality}, widths: []float64{25, 12, 13, 14}}
	t.addOptional(in.Items, 10)
	rows := make([]store.Checkin, 0, len(in.Checkins))
	for _, c := range in.Checkins {
		if inRange(c.Day, from, to) && c.Answered() {
			rows = append(rows, c)
		}
	}
	sortCheckins(rows)
	for _, c := range rows {
		r := []string{dayTime(c.Day).Format("Mon 2006-01-02"), cellOr(intCell(c.Mood)), cellOr(sleepCell(c.SleepHours)), cellOr(intCell(c.SleepQuality))}
		if in.Items.Energy {
			r = append(r, cellOr(intCell(c.Energy)))
		}
		if in.Items.Interest {
			r = append(r, cellOr(intCell(c.Interest)))
		}
		if in.Items.Functioning {
			r = append(r, cellOr(intCell(c.Functioning)))
		}
		if in.Items.Medication {
			r = append(r, cellOr(boolCell(c.MedTaken)))
		}
		t.rows = append(t.rows, r)
	}
	return t
}

// weeklyTable is one row per seven days from the period's first day (the
// last row may be shorter): days answered, the means, and medication taken.
func weeklyTable(in Input, from, to string) table {
	t := table{
		heading: fmt.Sprintf(pdfWeeklyHeading, DailyRowsMax),
		heads:   []string{hdrWeekOf, hdrDays, hdrMood, hdrSleep, hdrQuality},
		widths:  []float64{20, 9, 11, 12, 13},
	}
	t.addOptional(in.Items, 11)
	cs := in.Checkins
	for ws := from; ws <= to; ws = stats.AddDays(ws, 7) {
		we := min(stats.AddDays(ws, 6), to)
		mean := func(m stats.Measure, prec int) string {
			v, ok := stats.Mean(stats.Values(cs, ws, we, m))
			if !ok {
				return tableDash
			}
			return strconv.FormatFloat(v, 'f', prec, 64)
		}
		r := []string{ws, fmt.Sprintf("%d/%d", answeredDays(cs, ws, we), stats.DaysBetween(ws, we)+1),
			mean(stats.Mood, 1), mean(stats.Sleep, 1), mean(stats.Quality, 1)}
		if in.Items.Energy {
			r = append(r, mean(stats.Energy, 1))
		}
		if in.Items.Interest {
			r = append(r, mean(stats.Interest, 1))
		}
		if in.Items.Functioning {
			r = append(r, mean(stats.Functioning, 1))
		}
		if in.Items.Medication {
			noted := stats.Values(cs, ws, we, medTaken)
			if len(noted) == 0 {
				r = append(r, tableDash)
			} else {
				r = append(r, fmt.Sprintf("%d/%d", len(stats.Values(cs, ws, we, takenOnly)), len(noted)))
			}
		}
		t.rows = append(t.rows, r)
	}
	return t
}

// addOptional adds the columns of the enabled optional items.
func (t *table) addOptional(items Items, medWidth float64) {
	if items.Energy {
		t.heads, t.widths = append(t.heads, hdrEnergy), append(t.widths, 13)
	}
	if items.Interest {
		t.heads, t.widths = append(t.heads, hdrInterest), append(t.widths, 14)
	}
	if items.Functioning {
		t.heads, t.widths = append(t.heads, hdrFunction), append(t.widths, 15)
	}
	if items.Medication {
		t.heads, t.widths = append(t.heads, hdrMed), append(t.widths, medWidth)
	}
}

func cellOr(s string) string {
	if s == "" {
		return tableDash
	}
	return s
}

// sleepCell shows hours with at most two decimals (7.25, 7.5, 8).
func sleepCell(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// draw writes the table at x,y in width w, shrinking the rows so that all of
// them fit above the footer.
func (t table) draw(pdf *fpdf.Fpdf, x, y, w float64) {
	pdf.SetXY(x, y)
	pdf.SetFont("Helvetica", "B", 10)
	pdf.CellFormat(w, 6, pdfText(t.heading), "", 2, "L", false, 0, "")
	if len(t.rows) == 0 {
		pdf.SetFont("Helvetica", "", 9)
		pdf.CellFormat(w, 5, pdfText(pdfNoRows), "", 2, "L", false, 0, "")
		return
	}
	var total float64
	for _, cw := range t.widths {
		total += cw
	}
	widths := make([]float64, len(t.widths))
	for i, cw := range t.widths {
		widths[i] = cw / total * w
	}
	headH := 5.0
	rowH := (bodyBottom - pdf.GetY() - headH - 1) / float64(len(t.rows))
	rowH = max(rowHeightMin, min(rowHeightMax, rowH))
	fontSize := min(8.5, rowH*2)

	pdf.SetFont("Helvetica", "B", 8)
	pdf.SetFillColor(0xe9, 0xec, 0xef)
	for i, h := range t.heads {
		pdf.CellFormat(widths[i], headH, pdfText(h), "B", 0, align(i), true, 0, "")
	}
	pdf.Ln(headH)
	pdf.SetFont("Helvetica", "", fontSize)
	pdf.SetFillColor(0xf6, 0xf7, 0xf9)
	for ri, r := range t.rows {
		if pdf.GetY()+rowH > bodyBottom {
			break // cannot happen with rowHeightMin and DailyRowsMax; a guard, not a layout
		}
		pdf.SetX(x)
		for i, cell := range r {
			pdf.CellFormat(widths[i], rowH, pdfText(cell), "", 0, align(i), ri%2 == 1, 0, "")
		}
		pdf.Ln(rowH)
	}
}

// align puts the date left and the numbers right-aligned.
func align(col int) string {
	if col == 0 {
		return "L"
	}
	return "R"
}
