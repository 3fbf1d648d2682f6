package report

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/checkin-bot/checkin/bot/stats"
)

// Panel heights in data units: the space above the last tick holds the
// flag triangles and the medication labels, clear of the data.
const (
	moodTop       = 11.3 // room for the flag triangles
	moodTopLabels = 13.4 // and for two rows of medication labels
	sleepHeadroom = 1.6
	flagLift      = 0.45 // flag triangles sit this far above the last tick
)

// panelSpec is one panel of the chart: a measure by day and its marks.
type panelSpec struct {
	vals       []float64 // by day, NaN for a missed day
	top        float64   // y-axis top, above the last tick
	tickTo     float64   // last labelled tick
	tickStep   float64
	axis       string
	line       colorRGBA
	band       *stats.Baseline // nil: not enough history for a usual range
	flags      []int           // day indexes with a flag
	meds       []medMark
	labelWidth vg.Length // width of the data area, for the medication labels; 0: no labels
}

// sleepChartTop fits the sleep panel to the longest night, 12 h at least.
func sleepChartTop(sleep []float64) float64 {
	top := float64(sleepHi)
	for _, v := range sleep {
		if !math.IsNaN(v) && v > top {
			top = math.Ceil(v/2) * 2
		}
	}
	return top + sleepHeadroom
}

// build makes the panel's plot; xLabels puts the dates under it.
func (ps panelSpec) build(days []string, xLabels bool) (*plot.Plot, error) {
	p := plot.New()
	styleAxes(p)
	p.Y.Label.Text = ps.axis
	p.Y.Tick.Marker = valueTicks{to: ps.tickTo, step: ps.tickStep}
	p.X.Tick.Marker = dayTicks{days: days, labels: xLabels}

	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal.Color = colGrid
	grid.Horizontal.Width = vg.Points(0.6)
	p.Add(grid)

	n := float64(len(days))
	if ps.band != nil {
		lo := math.Max(0, ps.band.Median-ps.band.SD)
		hi := math.Min(ps.tickTo, ps.band.Median+ps.band.SD)
		if hi-lo < 0.2 { // a very steady person still gets a visible band
			lo, hi = ps.band.Median-0.1, ps.band.Median+0.1
		}
		poly, err := plotter.NewPolygon(plotter.XYs{{X: -0.5, Y: lo}, {X: n - 0.5, Y: lo}, {X: n - 0.5, Y: hi}, {X: -0.5, Y: hi}})
		if err != nil {
			return nil, fmt.Errorf("report: chart band: %w", err)
		}
		poly.Color = colBand(ps.line)
		poly.LineStyle.Width = 0
		p.Add(poly)
	}
	for _, m := range ps.meds {
		l, err := plotter.NewLine(plotter.XYs{{X: float64(m.day), Y: 0}, {X: float64(m.day), Y: ps.top}})
		if err != nil {
			return nil, fmt.Errorf("report: chart medication line: %w", err)
		}
		l.Color = colMed
		l.Width = vg.Points(1.2)
		l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		p.Add(l)
	}
	if err := addSeries(p, ps.vals, ps.line); err != nil {
		return nil, err
	}
	if len(ps.flags) > 0 {
		pts := make(plotter.XYs, len(ps.flags))
		for i, d := range ps.flags {
			pts[i] = plotter.XY{X: float64(d), Y: ps.tickTo + flagLift}
		}
		s, err := plotter.NewScatter(pts)
		if err != nil {
			return nil, fmt.Errorf("report: chart flags: %w", err)
		}
		s.GlyphStyle = flagGlyph()
		p.Add(s)
	}
	if ps.labelWidth > 0 && len(ps.meds) > 0 {
		if err := addMedLabels(p, ps.meds, len(days), ps.top, ps.labelWidth); err != nil {
			return nil, err
		}
	}
	// Add widens the ranges to fit the data; pin them afterwards.
	p.X.Min, p.X.Max = -0.5, n-0.5
	p.Y.Min, p.Y.Max = 0, ps.top
	return p, nil
}

// addSeries draws runs of answered days as lines and every answered day as
// a dot: a missed day breaks the line, so a gap is never drawn as a slope.
func addSeries(p *plot.Plot, vals []float64, col colorRGBA) error {
	var dots plotter.XYs
	for _, run := range segments(vals) {
		dots = append(dots, run...)
		if len(run) < 2 {
			continue
		}
		l, err := plotter.NewLine(run)
		if err != nil {
			return fmt.Errorf("report: chart line: %w", err)
		}
		l.Color = col
		l.Width = vg.Points(2.2)
		p.Add(l)
	}
	if len(dots) == 0 {
		return nil
	}
	s, err := plotter.NewScatter(dots)
	if err != nil {
		return fmt.Errorf("report: chart points: %w", err)
	}
	s.GlyphStyle = draw.GlyphStyle{Color: col, Radius: vg.Points(dotRadius(len(vals))), Shape: draw.CircleGlyph{}}
	p.Add(s)
	return nil
}

// segments splits a by-day series at its missed days (NaN) into runs of
// consecutive answered days, x being the day's index.
func segments(vals []float64) []plotter.XYs {
	var out []plotter.XYs
	var run plotter.XYs
	for i, v := range vals {
		if math.IsNaN(v) {
			if len(run) > 0 {
				out = append(out, run)
				run = nil
			}
			continue
		}
		run = append(run, plotter.XY{X: float64(i), Y: v})
	}
	if len(run) > 0 {
		out = append(out, run)
	}
	return out
}

// dotRadius shrinks the day dots as the period grows, so 90 days do not
// merge into a smear.
func dotRadius(days int) float64 {
	switch {
	case days <= 31:
		return 3.2
	case days <= 100:
		return 2
	default:
		return 1.2
	}
}

// addMedLabels writes each medication label beside its line near the top,
// on the first of two rows where it does not overlap an earlier label; a
// label that fits on neither is left out (its line still shows), and one
// that would run off the right edge goes on the left of its line.
func addMedLabels(p *plot.Plot, meds []medMark, nDays int, top float64, dataWidth vg.Length) error {
	sty := labelStyle(medLabelSize, colMed)
	sty.YAlign = draw.YTop
	perDay := float64(dataWidth) / float64(nDays)  // points per day
	const gap = 0.25                               // days between line and label
	free := [2]float64{math.Inf(-1), math.Inf(-1)} // where each row is free from, in days
	var xys plotter.XYs
	var texts []string
	var styles []text.Style
	for _, m := range meds {
		w := float64(sty.Width(m.label))/perDay + 2*gap
		x, from, to := float64(m.day)+gap, float64(m.day)+gap, float64(m.day)+gap+w
		s := sty
		if to > float64(nDays)-0.5 {
			x, from, to = float64(m.day)-gap, float64(m.day)-gap-w, float64(m.day)-gap
			s.XAlign = draw.XRight
		}
		if from < -0.5 {
			continue
		}
		for row := range free {
			if from >= free[row] {
				free[row] = to
				xys = append(xys, plotter.XY{X: x, Y: top - 0.1 - float64(row)*1.2})
				texts = append(texts, m.label)
				styles = append(styles, s)
				break
			}
		}
	}
	if len(texts) == 0 {
		return nil
	}
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: texts})
	if err != nil {
		return fmt.Errorf("report: chart medication labels: %w", err)
	}
	l.TextStyle = styles
	p.Add(l)
	return nil
}

// addNote writes a centred note, for a period without answers.
func addNote(p *plot.Plot, days []string, y float64, note string) error {
	l, err := plotter.NewLabels(plotter.XYLabels{
		XYs:    plotter.XYs{{X: float64(len(days)-1) / 2, Y: y}},
		Labels: []string{note},
	})
	if err != nil {
		return fmt.Errorf("report: chart note: %w", err)
	}
	l.TextStyle[0] = labelStyle(noteSize, colText)
	l.TextStyle[0].XAlign = draw.XCenter
	l.TextStyle[0].YAlign = draw.YCenter
	p.Add(l)
	return nil
}
