package report

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/checkin-bot/checkin/bot/stats"
)

// Page geometry of the clinician report, in millimetres (A4 portrait).
const (
	pageW, pageH   = 210.0, 297.0
	margin         = 12.0
	contentW       = pageW - 2*margin
	chartPDFWidth  = 1440 // px; wider than the phone chart, to fit the page
	chartPDFHeight = 640
	colGap         = 6.0
	leftColW       = 100.0
	footerH        = 12.0
	bodyBottom     = pageH - margin - footerH
	maxNameRunes   = 40
)

// DailyRowsMax is the longest period the PDF lists day by day; a longer one
// (up to 90 days and beyond) is listed as weekly means, so the report always
// fits one page a clinician can read in a minute. The chart still shows
// every day.
const DailyRowsMax = 31

// PDF is the one-page report for a clinician: the chosen name (or
// "Patient", nothing else that identifies anyone), the period and days
// answered, the chart, a table of the answers (by day up to DailyRowsMax
// days, by week beyond), means and the trend from the first half of the
// period to the second, PHQ-9 scores with bands, trend flags, the medication
// timeline and the standard note that this is self-reported and not a
// diagnosis. from/to default to the 28 days ending today.
func PDF(in Input, from, to string) ([]byte, error) {
	from, to, err := period(in.Today, from, to, DefaultDays)
	if err != nil {
		return nil, err
	}
	chart, err := renderChart(in, from, to, chartPDFWidth, chartPDFHeight)
	if err != nil {
		return nil, err
	}

	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, 0) // one page, by construction
	// A fixed date makes the same log give the same file.
	pdf.SetCreationDate(dayTime(in.Today))
	pdf.SetModificationDate(dayTime(in.Today))
	pdf.SetCreator("checkin", false)
	pdf.AddPage()

	name := clean(in.Name)
	if r := []rune(name); len(r) > maxNameRunes {
		name = strings.TrimSpace(string(r[:maxNameRunes]))
	}
	if name == "" {
		name = pdfAnonymous
	}
	pdf.SetTitle(pdfText(fmt.Sprintf(pdfTitle, name)), false)

	pdf.SetTextColor(0x22, 0x26, 0x2e)
	pdf.SetFont("Helvetica", "B", 15)
	pdf.SetXY(margin, margin)
	pdf.CellFormat(contentW, 7, pdfText(fmt.Sprintf(pdfTitle, name)), "", 1, "L", false, 0, "")
	n := stats.DaysBetween(from, to) + 1
	pdf.SetFont("Helvetica", "", 9)
	pdf.CellFormat(contentW, 5, pdfText(fmt.Sprintf(pdfPeriod, from, to, n, answeredDays(in.Checkins, from, to), n, in.Today)), "", 1, "L", false, 0, "")

	chartY := pdf.GetY() + 1
	chartH := contentW * chartPDFHeight / chartPDFWidth
	opts := fpdf.ImageOptions{ImageType: "PNG"}
	pdf.RegisterImageOptionsReader("chart", opts, bytes.NewReader(chart))
	pdf.ImageOptions("chart", margin, chartY, contentW, chartH, false, opts, 0, "")

	top := chartY + chartH + 4
	tableOf(in, from, to).draw(pdf, margin, top, leftColW)
	col := &column{pdf: pdf, x: margin + leftColW + colGap, y: top, w: contentW - leftColW - colGap, bottom: bodyBottom}
	writeSummary(col, in, from, to)

	pdf.SetFont("Helvetica", "I", 8)
	pdf.SetTextColor(0x59, 0x60, 0x6b)
	pdf.SetXY(margin, bodyBottom+3)
	pdf.MultiCell(contentW, 3.8, pdfText(pdfNote), "T", "L", false)

	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("report: write PDF: %w", err)
	}
	return buf.Bytes(), nil
}

// clean readies a string a person typed (a name, a medication, a flag's
// detail) for the report: composed to NFC (so "e" + combining accent is
// "é"), control characters and anything the PDF's Windows-1252 core fonts
// cannot show dropped, and runs of spaces collapsed, so an emoji or a CJK
// medication name can never break the file or leave holes in a line.
func clean(s string) string {
	s = norm.NFC.String(s)
	enc := charmap.Windows1252
	f := strings.Fields(strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		if _, ok := enc.EncodeRune(r); !ok {
			return -1
		}
		return r
	}, s))
	return strings.Join(f, " ")
}

// pdfText encodes text for fpdf's core fonts (Windows-1252; fpdf's own
// UnicodeTranslatorFromDescriptor would print '.' for what it cannot
// encode, this drops it). Text is composed to NFC first and control
// characters become spaces.
func pdfText(s string) string {
	s = norm.NFC.String(s)
	enc := charmap.Windows1252
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			b.WriteByte(' ')
			continue
		}
		if c, ok := enc.EncodeRune(r); ok {
			b.WriteByte(c)
		}
	}
	return b.String()
}
