package phq9

import (
	"strings"
	"testing"
)

func TestTotal(t *testing.T) {
	tests := []struct {
		items [Items]int
		want  int
	}{
		{[Items]int{}, 0},
		{[Items]int{3, 3, 3, 3, 3, 3, 3, 3, 3}, 27},
		{[Items]int{1, 2, 0, 3, 1, 0, 2, 1, 0}, 10},
		{[Items]int{0, 0, 0, 0, 0, 0, 0, 0, 1}, 1},
	}
	for _, tt := range tests {
		if got := Total(tt.items); got != tt.want {
			t.Errorf("Total(%v) = %d, want %d", tt.items, got, tt.want)
		}
	}
}

func TestBandOf(t *testing.T) {
	tests := []struct {
		total int
		want  Band
		name  string
	}{
		{-1, None, "minimal"}, {0, None, "minimal"}, {4, None, "minimal"},
		{5, Mild, "mild"}, {9, Mild, "mild"},
		{10, Moderate, "moderate"}, {14, Moderate, "moderate"},
		{15, ModeratelySevere, "moderately severe"}, {19, ModeratelySevere, "moderately severe"},
		{20, Severe, "severe"}, {27, Severe, "severe"}, {30, Severe, "severe"},
	}
	for _, tt := range tests {
		got := BandOf(tt.total)
		if got != tt.want || got.String() != tt.name {
			t.Errorf("BandOf(%d) = %v (%q), want %v (%q)", tt.total, int(got), got, int(tt.want), tt.name)
		}
	}
	if got := Band(7).String(); got != "Band(7)" {
		t.Errorf("Band(7).String() = %q", got)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		items [Items]int
		err   string
	}{
		{"all zero", [Items]int{}, ""},
		{"all three", [Items]int{3, 3, 3, 3, 3, 3, 3, 3, 3}, ""},
		{"four", [Items]int{0, 0, 4}, "phq9: item 3 is 4, want 0 to 3"},
		{"negative", [Items]int{0, 0, 0, 0, 0, 0, 0, 0, -1}, "phq9: item 9 is -1, want 0 to 3"},
		{"first bad reported", [Items]int{9, 9}, "phq9: item 1 is 9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(tt.items)
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("Validate(%v) = %v, want nil", tt.items, err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("Validate(%v) = %v, want %q", tt.items, err, tt.err)
			}
		})
	}
}

func TestSelfHarm(t *testing.T) {
	if SelfHarm([Items]int{3, 3, 3, 3, 3, 3, 3, 3, 0}) {
		t.Error("item 9 at 0 reported as self-harm")
	}
	if !SelfHarm([Items]int{0, 0, 0, 0, 0, 0, 0, 0, 1}) {
		t.Error("item 9 at 1 not reported")
	}
	if !strings.Contains(Questions[SelfHarmItem], "better off dead") {
		t.Error("SelfHarmItem does not point at item 9")
	}
}

// TestWording pins the standard text: a reworded item is a different
// instrument.
func TestWording(t *testing.T) {
	if Stem != "Over the last 2 weeks, how often have you been bothered by any of the following problems?" {
		t.Errorf("Stem = %q", Stem)
	}
	want := map[int]string{
		0: "Little interest or pleasure in doing things",
		1: "Feeling down, depressed, or hopeless",
		5: "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
		7: "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
		8: "Thoughts that you would be better off dead or of hurting yourself in some way",
	}
	for i, w := range want {
		if Questions[i] != w {
			t.Errorf("item %d = %q, want %q", i+1, Questions[i], w)
		}
	}
	for i, q := range Questions {
		if q == "" || strings.HasSuffix(q, ".") {
			t.Errorf("item %d = %q", i+1, q)
		}
	}
	if Answers != [4]string{"Not at all", "Several days", "More than half the days", "Nearly every day"} {
		t.Errorf("Answers = %q", Answers)
	}
	if DifficultyAnswers != [4]string{"Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"} {
		t.Errorf("DifficultyAnswers = %q", DifficultyAnswers)
	}
	if !strings.HasPrefix(Difficulty, "If you checked off any problems, how difficult") {
		t.Errorf("Difficulty = %q", Difficulty)
	}
	if !strings.HasPrefix(Attribution, "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.") {
		t.Errorf("Attribution = %q", Attribution)
	}
}
