package risk

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

type corpusLine struct {
	line  int
	label string
	text  string
}

// readCorpus reads testdata/corpus.tsv: "label<TAB>text", with an optional
// "  # why" after the text and '#' comment lines.
func readCorpus(t *testing.T) []corpusLine {
	t.Helper()
	f, err := os.Open("testdata/corpus.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusLine
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		label, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("corpus.tsv:%d: no tab", n)
		}
		if i := strings.Index(text, " # "); i >= 0 {
			text = text[:i]
		}
		switch label {
		case "passive", "active", "plan", "selfharm", "none":
		default:
			t.Fatalf("corpus.tsv:%d: unknown label %q", n, label)
		}
		out = append(out, corpusLine{n, label, strings.TrimSpace(text)})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCorpus is the detector's contract: every risk line is caught (its
// level may differ from the label), every plan line is urgent, and at most
// 10% of the tricky harmless lines start the crisis reply.
func TestCorpus(t *testing.T) {
	lines := readCorpus(t)
	var risk, caught, none, flagged, plan, urgent int
	for _, c := range lines {
		got := Detect(c.text)
		if c.label == "none" {
			none++
			if got.Risk() {
				flagged++
				t.Logf("corpus.tsv:%d: flagged (%s, %s): %q", c.line, got.Level, got.Rule, c.text)
			}
			continue
		}
		risk++
		if got.Risk() {
			caught++
		} else {
			t.Errorf("corpus.tsv:%d: %s line missed: %q (normalised %q)", c.line, c.label, c.text, Normalize(c.text))
		}
		if c.label == "plan" {
			plan++
			if got.Urgent() {
				urgent++
			} else {
				t.Errorf("corpus.tsv:%d: plan line not urgent (%s, %s): %q", c.line, got.Level, got.Rule, c.text)
			}
		}
	}
	if risk < 170 || none < 100 {
		t.Errorf("corpus too small: %d risk lines (want ≥170), %d none lines (want ≥100)", risk, none)
	}
	rate := 100 * float64(flagged) / float64(max(none, 1))
	summary := fmt.Sprintf("risk: %d/%d detected; plan: %d/%d urgent; none: %d/%d flagged (%.1f%%)",
		caught, risk, urgent, plan, flagged, none, rate)
	t.Log(summary)
	fmt.Println(summary)
	if rate > 10 {
		t.Errorf("%.1f%% of none lines flagged, want at most 10%%", rate)
	}
}
