package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot/phq9"
	"github.com/checkin-bot/checkin/store"
)

// pdfToText extracts a PDF's text with poppler's pdftotext. CI must have
// it (CI=true fails without it); elsewhere the test is skipped with the fix.
func pdfToText(t *testing.T, pdf []byte) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is missing: CI must install poppler-utils (apt-get install -y poppler-utils)")
		}
		t.Skip("pdftotext not found: install poppler-utils (apt-get install -y poppler-utils) to check the PDF's text")
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// pages counts the pages of pdftotext's output (each ends with a form feed).
func pages(text string) int { return strings.Count(text, "\f") }

func TestPDFContent(t *testing.T) {
	in := exampleInput()
	b, err := PDF(in, "2026-02-09", "2026-03-08")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", b[:min(len(b), 16)])
	}
	text := pdfToText(t, b)
	if n := pages(text); n != 1 {
		t.Errorf("report has %d pages, want 1", n)
	}
	flatText := flat(text)
	for _, want := range []string{
		"Mood and sleep log: Sam",
		"Period: 2026-02-09 to 2026-03-08 (28 days). Days answered: 26 of 28.",
		"Daily answers",
		"Tue 2026-03-03", "Sun 2026-03-08", "Mon 2026-02-09",
		"2026-02-09   7 (mild)", "2026-02-23   9 (mild)", "2026-03-08   11 (moderate), item 9: 1",
		"2026-03-06   sleep under 6 h on 3 of the last 7 nights",
		"2025-06-01   Sertraline 50 mg", "2026-02-16   Sertraline 100 mg",
		"Means over the period", "Trend (first half vs second half)",
		"Self-reported data from checkin, a personal mood and sleep tracking tool. Not a diagnosis; not validated clinical monitoring.",
	} {
		if !strings.Contains(flatText, flat(want)) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// The row of Thursday 5 March: mood 4, 5 h of sleep, quality 3, energy 3,
	// interest 4, medication taken.
	if !containsRow(text, "Thu 2026-03-05", "4", "5", "3", "3", "4", "yes") {
		t.Errorf("PDF lacks the row of 2026-03-05 with its values:\n%s", text)
	}
	// Friday 6 March was missed: no row, and no invented values.
	if strings.Contains(text, "Fri 2026-03-06") {
		t.Error("PDF lists a day that was not answered")
	}
}

// flat collapses runs of white space: pdftotext's layout spacing is not
// what the tests check.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// containsRow reports whether one line holds the cells in order.
func containsRow(text, first string, cells ...string) bool {
	for _, line := range strings.Split(text, "\n") {
		i := strings.Index(line, first)
		if i < 0 {
			continue
		}
		f := strings.Fields(line[i+len(first):])
		if len(f) >= len(cells) && strings.Join(f[:len(cells)], " ") == strings.Join(cells, " ") {
			return true
		}
	}
	return false
}

func TestPDFOnePageEdgeCases(t *testing.T) {
	many := exampleInput()
	for i := range 20 {
		d := day("2026-01-01", i*3)
		many.Flags = append(many.Flags, store.Flag{Rule: "trend.mood", Day: d, Detail: "mood below the usual range for two weeks, a long description that wraps over more than one line of the column"})
		many.PHQ9 = append(many.PHQ9, store.Questionnaire{Kind: "phq9", Day: d, Total: 20 + i%8})
		many.Meds = append(many.Meds, store.Medication{Name: "Med", Dose: "10 mg", StartDay: d})
	}
	tests := []struct {
		name     string
		in       Input
		from, to string
		want     []string
	}{
		{"90 days by week", exampleInput(), "2025-12-09", "2026-03-08",
			[]string{"Weekly means", "2025-12-09", "2026-03-03", "Period: 2025-12-09 to 2026-03-08 (90 days)"}},
		{"long lists are cut", many, "2025-12-09", "2026-03-08",
			[]string{"earlier not shown", "(severe)"}},
		{"no data, no name", Input{Today: "2026-03-08"}, "", "",
			[]string{"Mood and sleep log: Patient", "No answered days in this period.", "None in this period.", "None recorded.", "Days answered: 0 of 28"}},
		{"odd unicode", Input{
			Name: "Zoë 🌱\x00", Today: "2026-03-08", Checkins: []store.Checkin{ci("2026-03-08", 5, 7)},
			Meds: []store.Medication{{Name: "Zoloft® 💊 セルトラリン", Dose: "50 mg\r\n", StartDay: "2026-03-01"}},
		}, "", "", []string{"Mood and sleep log: Zoë", "2026-03-01   Zoloft® 50 mg"}},
		{"name cp1252 cannot show", Input{Name: "李", Today: "2026-03-08"}, "", "",
			[]string{"Mood and sleep log: Patient"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := PDF(tt.in, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			text := pdfToText(t, b)
			if n := pages(text); n != 1 {
				t.Errorf("%d pages, want 1", n)
			}
			for _, w := range tt.want {
				if !strings.Contains(flat(text), flat(w)) {
					t.Errorf("PDF text lacks %q:\n%s", w, text)
				}
			}
			if !strings.Contains(text, "Not a diagnosis") {
				t.Error("PDF lacks the standard note")
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := map[string]string{
		"  Zoë 🌱\x00 ": "Zoë",
		"李":            "",
		"Zoloft® 💊 セルトラリン 50 mg\r\n": "Zoloft® 50 mg",
		"e\u0301": "é",
	}
	for in, want := range tests {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPDFText(t *testing.T) {
	tests := map[string]string{
		"plain":                 "plain",
		"Zoë – “quoted” €5":     "Zo\xeb \x96 \x93quoted\x94 \x805",
		"e\u0301":               "\xe9", // composed before encoding
		"tab\there\x00":         "tab here ",
		"💊セルトラリン":               "",
		"Sertraline\u202e 50mg": "Sertraline 50mg",
	}
	for in, want := range tests {
		if got := pdfText(in); got != want {
			t.Errorf("pdfText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPHQ9Band(t *testing.T) {
	for total, want := range map[int]string{0: "minimal", 4: "minimal", 5: "mild", 9: "mild", 10: "moderate", 14: "moderate", 15: "moderately severe", 19: "moderately severe", 20: "severe", 27: "severe"} {
		if got := phq9.BandOf(total).String(); got != want {
			t.Errorf("phq9.BandOf(%d) = %q, want %q", total, got, want)
		}
	}
}
