package trend

import (
	"strings"
	"testing"
)

func TestNum(t *testing.T) {
	for _, tt := range []struct {
		x    float64
		want string
	}{{7, "7"}, {6.5, "6.5"}, {4.2857, "4.3"}, {5.96, "6"}, {0, "0"}, {-1.25, "-1.3"}} {
		if got := num(tt.x); got != tt.want {
			t.Errorf("num(%v) = %q, want %q", tt.x, got, tt.want)
		}
	}
}

func TestOrList(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{{nil, ""}, {[]string{"a"}, "a"}, {[]string{"a", "b"}, "a or b"}, {[]string{"a", "b", "c"}, "a, b or c"}} {
		if got := orList(tt.in); got != tt.want {
			t.Errorf("orList(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// sampleHits is one hit of every rule with its message line.
func sampleHits() ([]Hit, []string) {
	c := DefaultConfig()
	var hits []Hit
	var lines []string
	add := func(rule, detail, line string) {
		hits = append(hits, Hit{rule, detail})
		lines = append(lines, line)
	}
	d, l := persistWords(c, 16, []string{RuleMood, RuleSleep})
	add(RulePersist, d, l)
	d, l = phqSevereWords(c, phqFinding{total: 21})
	add(RulePHQ9Severe, d, l)
	d, l = lowWords(c, moodNames, lowFinding{mean: 4.2, usual: 7, answered: 12, byBaseline: true})
	add(RuleMood, d, l)
	d, l = sleepWords(c, sleepFinding{short: 3, long: 1, poor: 4, byHours: true, byQuality: true})
	add(RuleSleep, d, l)
	d, l = lowWords(c, interestNames, lowFinding{low: 9, answered: 12, byFloor: true})
	add(RuleInterest, d, l)
	d, l = lowWords(c, energyNames, lowFinding{mean: 3, usual: 6, answered: 14, byBaseline: true, low: 8, byFloor: true})
	add(RuleEnergy, d, l)
	d, l = phqHighWords(c, phqFinding{total: 13, previous: 12})
	add(RulePHQ9High, d, l)
	d, l = phqRiseWords(c, phqFinding{total: 15, usual: 9.5})
	add(RulePHQ9Rise, d, l)
	d, l = dosesWords(c, doseFinding{missed: 3, answered: 7})
	add(RuleDoses, d, l)
	det := &detector{marked: true, sigs: signals[:3]}
	d, l = declineWords(declineFinding{combined: true, alarms: []int{1}}, det, "Mar 3–Apr 27", 28,
		[]signalDrop{{sig: 1, recent: 5.5, well: 7.5}, {sig: 0, recent: 5.2, well: 7}, {sig: 2, recent: 3, well: 4}})
	add(RuleDecline, d, l)
	return hits, lines
}

func TestMessagesAreGentleAndComplete(t *testing.T) {
	hits, lines := sampleHits()
	// Judging words a tracker must never use about a person.
	banned := []string{"relaps", "you are depressed", "you have depression", "disorder", "failing", "you should have", "non-compliance", "noncompliant"}
	check := func(t *testing.T, msg string) {
		t.Helper()
		for _, want := range []string{"/report", "/crisis", "not a diagnosis"} {
			if !strings.Contains(msg, want) {
				t.Errorf("message lacks %q:\n%s", want, msg)
			}
		}
		low := strings.ToLower(msg)
		for _, b := range banned {
			if strings.Contains(low, b) {
				t.Errorf("message says %q:\n%s", b, msg)
			}
		}
	}
	for i := range hits {
		t.Run(hits[i].Rule, func(t *testing.T) {
			if hits[i].Detail == "" || lines[i] == "" {
				t.Fatalf("empty words: %+v %q", hits[i], lines[i])
			}
			msg := compose(hits[i:i+1], lines[i:i+1])
			check(t, msg)
			if !strings.Contains(msg, lines[i]) || strings.Contains(msg, "•") {
				t.Errorf("a single finding is said in one sentence:\n%s", msg)
			}
			if got, want := strings.Contains(msg, msgDoses), hits[i].Rule == RuleDoses; got != want {
				t.Errorf("doses paragraph present = %v, want %v", got, want)
			}
			urgent := hits[i].Rule == RulePersist || hits[i].Rule == RulePHQ9Severe
			if got := strings.Contains(msg, msgWhySoon); got != urgent {
				t.Errorf("'soon' advice present = %v, want %v", got, urgent)
			}
		})
	}
	t.Run("all at once", func(t *testing.T) {
		msg := compose(hits, lines)
		check(t, msg)
		if n := strings.Count(msg, "•"); n != len(hits) {
			t.Errorf("%d bullets for %d findings:\n%s", n, len(hits), msg)
		}
		t.Logf("\n%s", msg)
	})
}

func TestDeclineWordsNameTheReference(t *testing.T) {
	det := &detector{sigs: signals}
	drops := []signalDrop{{sig: 1, recent: 5.5, well: 7.5}, {sig: 0, recent: 5.2, well: 7}, {sig: 3, recent: 4, well: 6.5}, {sig: 4, recent: 4.5, well: 6}}
	detail, line := declineWords(declineFinding{combined: true}, det, "Mar 3–Apr 27", 28, drops)
	for _, want := range []string{"lower than when you were doing well (Mar 3–Apr 27)", "your sleep 5.5 h (7.5 h then)", "your mood 5.2 (7 then)", "your energy 4 (6.5 then)"} {
		if !strings.Contains(line, want) {
			t.Errorf("line %q lacks %q", line, want)
		}
	}
	if strings.Contains(line, "interest") {
		t.Errorf("line names more than three measures: %q", line)
	}
	for _, want := range []string{"below the well baseline (Mar 3–Apr 27)", "interest averaged 4.5, well baseline 6", "over the limit: combined score"} {
		if !strings.Contains(detail, want) {
			t.Errorf("detail %q lacks %q", detail, want)
		}
	}
	if detail, line := declineWords(declineFinding{combined: true}, det, "Mar 3–Apr 27", 28, nil); strings.Contains(detail, ": ;") ||
		!strings.Contains(line, "a little lower all round than when you were doing well (Mar 3–Apr 27)") {
		t.Errorf("no single measure named: %q / %q", detail, line)
	}
	det.marked = true
	if detail, _ := declineWords(declineFinding{alarms: []int{0}}, det, "Mar 3–Apr 27", 28, drops[:1]); !strings.Contains(detail, "marked with /baseline") || !strings.Contains(detail, "over the limit: mood") {
		t.Errorf("marked detail %q", detail)
	}
}
