package report

import (
	"bytes"
	"fmt"
	"image"
	"image/png"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/checkin-bot/checkin/bot/stats"
)

// The chart is drawn for a phone screen: 1080x720 px at 144 dpi makes a
// 7.5x5 in canvas, so a 13 pt label is about 26 px tall and stays legible
// when a chat app shrinks the image to the width of the screen.
const (
	chartWidthPx  = 1080
	chartHeightPx = 720
	chartDPI      = 144
)

// Chart is a PNG of mood (0–10) and sleep hours for from..to (by default
// the DefaultDays ending today), in two panels that share the day axis.
// Missed days are gaps, never joined across; the person's usual range
// (baseline median ± SD, once there is enough history) is a faint band; flag
// days carry a small triangle; medication starts and dose changes are
// dashed vertical lines with a short label. A period with no answers still
// renders, with a note saying so.
func Chart(in Input, from, to string) ([]byte, error) {
	from, to, err := period(in.Today, from, to, DefaultDays)
	if err != nil {
		return nil, err
	}
	return renderChart(in, from, to, chartWidthPx, chartHeightPx)
}

// renderChart draws the chart at any pixel size; the PDF uses a wider one.
func renderChart(in Input, from, to string, wPx, hPx int) ([]byte, error) {
	c := vgimg.NewWith(
		vgimg.UseWH(pxLen(wPx), pxLen(hPx)),
		vgimg.UseDPI(chartDPI),
		vgimg.UseBackgroundColor(colBackground),
	)
	dc := draw.New(c)
	if err := drawChart(dc, in, from, to); err != nil {
		return nil, err
	}
	img, ok := c.Image().(*image.RGBA)
	if !ok { // vgimg draws on *image.RGBA; keep working should that change
		var buf bytes.Buffer
		if err := png.Encode(&buf, c.Image()); err != nil {
			return nil, fmt.Errorf("report: encode chart: %w", err)
		}
		return buf.Bytes(), nil
	}
	return encodePNG(img)
}

// pxLen converts pixels at chartDPI to a vg length.
func pxLen(px int) vg.Length { return vg.Length(px) * vg.Inch / chartDPI }

// drawChart lays out the header (title and legend) and the two panels.
func drawChart(dc draw.Canvas, in Input, from, to string) error {
	days := stats.Days(from, to)
	cs := in.Checkins
	period := rowsIn(cs, from, to)
	mood := stats.ByDay(period, from, to, stats.Mood)
	sleep := stats.ByDay(period, from, to, stats.Sleep)

	moodPanel := panelSpec{vals: mood, top: moodTop, tickTo: moodHi, tickStep: 2, axis: chartMoodAxis, line: colMood}
	if b := stats.PersonalBaseline(cs, to, stats.Mood); b.OK {
		moodPanel.band = &b
	}
	sleepTop := sleepChartTop(sleep)
	sleepPanel := panelSpec{vals: sleep, top: sleepTop, tickTo: sleepTop - sleepHeadroom, tickStep: 2, axis: chartSleepAxis, line: colSleep}
	if b := stats.PersonalBaseline(cs, to, stats.Sleep); b.OK {
		sleepPanel.band = &b
	}
	marks := chartMarks(in, days)
	moodPanel.flags, sleepPanel.flags = marks.moodFlags, marks.sleepFlags
	moodPanel.meds, sleepPanel.meds = marks.meds, marks.meds
	if len(marks.meds) > 0 {
		moodPanel.top = moodTopLabels
	}
	// The data area is the canvas less the y axis and paddings, near enough
	// for deciding whether two medication labels would overlap.
	moodPanel.labelWidth = dc.Max.X - dc.Min.X - vg.Points(75)

	top, err := moodPanel.build(days, false)
	if err != nil {
		return err
	}
	bottom, err := sleepPanel.build(days, true)
	if err != nil {
		return err
	}
	if !hasAny(mood) && !hasAny(sleep) {
		if err := addNote(top, days, moodTop/2, chartNoData); err != nil {
			return err
		}
	}

	header := headerHeight()
	drawHeader(dc, fmt.Sprintf(chartTitle, dayTime(from).Format(chartDayLabel), dayTime(to).Format(chartDayLabel+" 2006")),
		moodPanel.band != nil || sleepPanel.band != nil, len(marks.moodFlags)+len(marks.sleepFlags) > 0)
	body := draw.Crop(dc, 0, 0, 0, -header)
	tiles := draw.Tiles{
		Rows: 2, Cols: 1,
		PadTop: vg.Points(4), PadBottom: vg.Points(6), PadLeft: vg.Points(8), PadRight: vg.Points(14),
		PadY: vg.Points(10),
	}
	canvases := plot.Align([][]*plot.Plot{{top}, {bottom}}, tiles, body)
	top.Draw(canvases[0][0])
	bottom.Draw(canvases[1][0])
	return nil
}

// hasAny reports whether any day has a value.
func hasAny(vals []float64) bool {
	_, ok := stats.Mean(vals)
	return ok
}
