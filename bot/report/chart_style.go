package report

import (
	"image/color"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/checkin-bot/checkin/bot/stats"
)

// colorRGBA is the colour type of the chart's palette.
type colorRGBA = color.RGBA

// The palette: calm, high-contrast on white, and distinguishable for the
// common colour-vision deficiencies (blue and purple lines, an orange flag).
var (
	colBackground = color.White
	colText       = rgb(0x22, 0x26, 0x2e)
	colAxis       = rgb(0x59, 0x60, 0x6b)
	colGrid       = rgb(0xe3, 0xe6, 0xea)
	colMood       = rgb(0x25, 0x63, 0xb0)
	colSleep      = rgb(0x7a, 0x4b, 0xa8)
	colFlag       = rgb(0xe0, 0x6c, 0x1f)
	colMed        = rgb(0x4d, 0x55, 0x60)
)

// Font sizes in points at chartDPI.
const (
	titleSize    = 15
	axisSize     = 13
	tickSize     = 12
	medLabelSize = 11
	noteSize     = 14
	legendSize   = 12
	maxMedLabel  = 22 // runes
)

// rgb is an opaque colour.
func rgb(r, g, b uint8) colorRGBA { return colorRGBA{R: r, G: g, B: b, A: 0xff} }

// colBand is a faint wash of a line colour, for the usual range.
func colBand(c colorRGBA) color.Color {
	return color.NRGBA{R: c.R, G: c.G, B: c.B, A: 0x2e}
}

// chartFont is Liberation Sans, bundled with gonum/plot: no system fonts
// are needed, so the chart renders the same on any server, offline.
var chartFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

func labelStyle(size vg.Length, c color.Color) text.Style {
	return text.Style{Color: c, Font: font.From(chartFont, size), Handler: plot.DefaultTextHandler}
}

// restyle keeps a style's alignment and rotation and changes its font and colour.
func restyle(s *text.Style, size vg.Length, c color.Color) {
	s.Font = font.From(chartFont, size)
	s.Color = c
}

// styleAxes sets the large fonts and quiet axis lines of both panels.
func styleAxes(p *plot.Plot) {
	p.BackgroundColor = nil // the canvas is already white
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Color = colAxis
		a.Width = vg.Points(0.8)
		a.Tick.Color = colAxis
		a.Tick.Width = vg.Points(0.8)
		restyle(&a.Tick.Label, tickSize, colText)
		restyle(&a.Label.TextStyle, axisSize, colText)
		a.Padding = vg.Points(3)
	}
}

// valueTicks labels 0, step, … to; nothing above, where the marks live.
type valueTicks struct{ to, step float64 }

func (t valueTicks) Ticks(_, _ float64) []plot.Tick {
	var ts []plot.Tick
	for v := 0.0; v <= t.to+1e-9; v += t.step {
		ts = append(ts, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', -1, 64)})
	}
	return ts
}

// dayTicks labels dates counted back from the last day, so "today" always
// has a label; minor ticks mark days (short periods) or weeks.
type dayTicks struct {
	days   []string
	labels bool
}

func (t dayTicks) Ticks(_, _ float64) []plot.Tick {
	n := len(t.days)
	step, minor := 7, 1
	switch {
	case n <= 14:
		step = 2
	case n > 120:
		step, minor = 28, 7
	case n > 35:
		step, minor = 14, 7
	}
	var ts []plot.Tick
	for i := n - 1; i >= 0; i -= minor {
		tk := plot.Tick{Value: float64(i)}
		if (n-1-i)%step == 0 && t.labels {
			tk.Label = dayTime(t.days[i]).Format(chartDayLabel)
		}
		ts = append(ts, tk)
	}
	return ts
}

// medMark is a medication start or dose change inside the period.
type medMark struct {
	day   int
	label string
}

// marks are what the chart points at besides the data.
type marks struct {
	moodFlags, sleepFlags []int
	meds                  []medMark
}

// chartMarks places flags (sleep rules in the sleep panel, the rest in the
// mood panel, one triangle a day) and medication changes inside days.
func chartMarks(in Input, days []string) marks {
	if len(days) == 0 {
		return marks{}
	}
	from, to := days[0], days[len(days)-1]
	var m marks
	seen := map[[2]int]bool{}
	for _, f := range in.Flags {
		if !inRange(f.Day, from, to) {
			continue
		}
		i := stats.DaysBetween(from, f.Day)
		panel := 0
		if strings.Contains(f.Rule, "sleep") {
			panel = 1
		}
		if seen[[2]int{panel, i}] {
			continue
		}
		seen[[2]int{panel, i}] = true
		if panel == 1 {
			m.sleepFlags = append(m.sleepFlags, i)
		} else {
			m.moodFlags = append(m.moodFlags, i)
		}
	}
	for _, md := range in.Meds {
		if !inRange(md.StartDay, from, to) {
			continue
		}
		m.meds = append(m.meds, medMark{day: stats.DaysBetween(from, md.StartDay), label: medLabel(md.Name, md.Dose)})
	}
	// Labels are placed left to right.
	slices.SortStableFunc(m.meds, func(a, b medMark) int { return a.day - b.day })
	return m
}

// medLabel is "name dose" in what the chart's font can draw, cut short so
// it never runs across the chart.
func medLabel(name, dose string) string {
	s := strings.Join(strings.Fields(drawable(name+" "+dose)), " ")
	if r := []rune(s); len(r) > maxMedLabel {
		s = strings.TrimSpace(string(r[:maxMedLabel-1])) + "…"
	}
	return s
}

// drawable keeps the characters Liberation Sans has a glyph for (Latin,
// Greek, Cyrillic and more, but no emoji or CJK): a missing glyph would
// draw as a blank or a box. White space and control characters become
// spaces; invisible format characters (bidi overrides) go.
func drawable(s string) string {
	face := font.DefaultCache.Lookup(chartFont, medLabelSize)
	var buf sfnt.Buffer
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return ' '
		}
		if unicode.Is(unicode.Cf, r) { // bidi overrides and other invisible formatting
			return -1
		}
		if i, err := face.Face.GlyphIndex(&buf, r); err != nil || i == 0 {
			return -1
		}
		return r
	}, norm.NFC.String(s))
}

func flagGlyph() draw.GlyphStyle {
	return draw.GlyphStyle{Color: colFlag, Radius: vg.Points(5), Shape: draw.PyramidGlyph{}}
}

// headerHeight is the strip above the panels for the title and the legend.
func headerHeight() vg.Length { return vg.Points(titleSize * 1.9) }

// drawHeader writes the title on the left and a small legend on the right
// for the marks that need one (lines are named by their axis labels).
func drawHeader(dc draw.Canvas, title string, band, flags bool) {
	h := headerHeight()
	y := dc.Max.Y - h/2
	ts := labelStyle(titleSize, colText)
	ts.YAlign = draw.YCenter
	dc.FillText(ts, vg.Point{X: dc.Min.X + vg.Points(12), Y: y}, title)

	ls := labelStyle(legendSize, colText)
	ls.YAlign = draw.YCenter
	ls.XAlign = draw.XRight
	x := dc.Max.X - vg.Points(14)
	if flags {
		x -= ls.Width(chartFlagLegend)
		dc.FillText(ls, vg.Point{X: x + ls.Width(chartFlagLegend), Y: y}, chartFlagLegend)
		x -= vg.Points(10)
		dc.DrawGlyph(flagGlyph(), vg.Point{X: x, Y: y})
		x -= vg.Points(18)
	}
	if band {
		dc.FillText(ls, vg.Point{X: x, Y: y}, chartUsual)
		x -= ls.Width(chartUsual) + vg.Points(6)
		sw := vg.Points(22)
		dc.FillPolygon(colBand(colMood), []vg.Point{
			{X: x - sw, Y: y - vg.Points(5)}, {X: x, Y: y - vg.Points(5)},
			{X: x, Y: y + vg.Points(5)}, {X: x - sw, Y: y + vg.Points(5)},
		})
	}
}
