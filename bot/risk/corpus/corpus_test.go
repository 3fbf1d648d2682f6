package corpus

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	in := "# a comment\n\npassive\tsome text  # a note\nidiom\tkilling it\n"
	lines, err := Read(strings.NewReader(in), "x.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 || lines[0].Text != "some text" || lines[0].Line != 3 || lines[0].Category.Name != "passive" || lines[1].Category.Want != Harmless {
		t.Errorf("Read = %+v", lines)
	}
}

func TestReadRejects(t *testing.T) {
	for name, in := range map[string]string{
		"no tab":           "passive some text\n",
		"unknown category": "sad\tsome text\n",
		"no text":          "passive\t  # only a note\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Read(strings.NewReader(in), "x.tsv"); err == nil {
				t.Errorf("Read(%q) accepted a bad line", in)
			}
		})
	}
}

func TestScore(t *testing.T) {
	in := "plan\turgent\nplan\tcaught\nactive\tmissed\npast\tgentle\npast\tcaught\nidiom\tflagged\nidiom\tquiet\n"
	lines, err := Read(strings.NewReader(in), "x.tsv")
	if err != nil {
		t.Fatal(err)
	}
	detect := func(s string) Verdict {
		switch s {
		case "urgent":
			return Verdict{Risk: true, Urgent: true, Level: "plan"}
		case "caught", "flagged":
			return Verdict{Risk: true, Level: "active"}
		case "gentle":
			return Verdict{Risk: true, Level: "passive", Passive: true}
		}
		return Verdict{}
	}
	rep := Score(lines, detect)
	if len(rep.Misses) != 3 || len(rep.Alarms) != 1 {
		t.Errorf("misses %v, alarms %v; want 3 and 1", rep.Misses, rep.Alarms)
	}
	risk, caught, exact, harmless, alarms := rep.Totals()
	if risk != 5 || caught != 4 || exact != 2 || harmless != 2 || alarms != 1 || rep.AlarmRate() != 50 {
		t.Errorf("Totals = %d %d %d %d %d, rate %.1f", risk, caught, exact, harmless, alarms, rep.AlarmRate())
	}
	table := rep.Table()
	for _, want := range []string{"| plan ", "1/2 urgent", "1/2 passive", "50.0% false alarms", "80.0% recall"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}
