package corpus

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/checkin-bot/checkin/bot/risk"
)

// Detect is the detector the corpus is written for, as a Verdict.
func Detect(s string) Verdict {
	r := risk.Detect(s)
	return Verdict{Risk: r.Risk(), Urgent: r.Urgent(), Level: r.Level.String(), Rule: r.Rule, Passive: r.Level == risk.Passive}
}

// Verdict is what the detector said about one line.
type Verdict struct {
	Risk    bool
	Urgent  bool
	Level   string
	Rule    string
	Passive bool // the lowest risk level
}

// Row is one category's figures. For a risk category Hits counts lines
// caught and Exact those that also met the category's want (urgent or
// gentle); for a harmless one Hits counts false alarms.
type Row struct {
	Category Category
	Lines    int
	Hits     int
	Exact    int
}

// Miss is a line the detector got wrong.
type Miss struct {
	Line Line
	Got  Verdict
}

func (m Miss) String() string {
	want := map[Want]string{Harmless: "no risk", Caught: "risk", Urgent: "urgent risk", Gentle: "gentle (passive) risk"}[m.Line.Category.Want]
	got := "no risk"
	if m.Got.Risk {
		got = m.Got.Level + " (" + m.Got.Rule + ")"
	}
	return fmt.Sprintf("%s:%d: %s: want %s, got %s: %q", m.Line.File, m.Line.Line, m.Line.Category.Name, want, got, m.Line.Text)
}

// Report is the score of a detector on a corpus.
type Report struct {
	Rows   []Row
	Misses []Miss // risk lines not caught, or caught short of their want
	Alarms []Miss // harmless lines flagged
}

// Score runs detect on every line.
func Score(lines []Line, detect func(string) Verdict) Report {
	rows := map[string]*Row{}
	var r Report
	for _, l := range lines {
		row := rows[l.Category.Name]
		if row == nil {
			row = &Row{Category: l.Category}
			rows[l.Category.Name] = row
		}
		row.Lines++
		v := detect(l.Text)
		if l.Category.Want == Harmless {
			if v.Risk {
				row.Hits++
				r.Alarms = append(r.Alarms, Miss{l, v})
			}
			continue
		}
		if v.Risk {
			row.Hits++
		}
		ok := v.Risk
		switch l.Category.Want {
		case Urgent:
			ok = v.Urgent
		case Gentle:
			ok = v.Passive
		}
		if ok {
			row.Exact++
		} else {
			r.Misses = append(r.Misses, Miss{l, v})
		}
	}
	for _, c := range Categories {
		if row := rows[c.Name]; row != nil {
			r.Rows = append(r.Rows, *row)
		}
	}
	return r
}

// Totals sums the risk and the harmless rows.
func (r Report) Totals() (risk, caught, exact, harmless, alarms int) {
	for _, row := range r.Rows {
		if row.Category.Want == Harmless {
			harmless += row.Lines
			alarms += row.Hits
			continue
		}
		risk += row.Lines
		caught += row.Hits
		exact += row.Exact
	}
	return
}

// AlarmRate is the share of harmless lines flagged, in percent.
func (r Report) AlarmRate() float64 {
	_, _, _, harmless, alarms := r.Totals()
	return percent(alarms, harmless)
}

func percent(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// Table renders the figures as a Markdown table.
func (r Report) Table() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(w, "| category\t lines\t caught / flagged\t rate\t as wanted\t")
	fmt.Fprintln(w, "| ---\t ---\t ---\t ---\t ---\t")
	for _, row := range r.Rows {
		if row.Category.Want == Harmless {
			fmt.Fprintf(w, "| %s\t %d\t %d flagged\t %.1f%% false alarms\t \t\n", row.Category.Name, row.Lines, row.Hits, percent(row.Hits, row.Lines))
			continue
		}
		fmt.Fprintf(w, "| %s\t %d\t %d caught\t %.1f%% recall\t %s\t\n", row.Category.Name, row.Lines, row.Hits, percent(row.Hits, row.Lines), wanted(row))
	}
	risk, caught, exact, harmless, alarms := r.Totals()
	fmt.Fprintf(w, "| **all risk**\t %d\t %d caught\t %.1f%% recall\t %d/%d\t\n", risk, caught, percent(caught, risk), exact, risk)
	fmt.Fprintf(w, "| **all harmless**\t %d\t %d flagged\t %.1f%% false alarms\t \t\n", harmless, alarms, percent(alarms, harmless))
	w.Flush()
	return b.String()
}

func wanted(row Row) string {
	switch row.Category.Want {
	case Urgent:
		return fmt.Sprintf("%d/%d urgent", row.Exact, row.Lines)
	case Gentle:
		return fmt.Sprintf("%d/%d passive", row.Exact, row.Lines)
	}
	return ""
}
