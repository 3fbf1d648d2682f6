package importer

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot/report"
	"github.com/checkin-bot/checkin/store"
	"github.com/google/go-cmp/cmp"
)

func ip(v int) *int         { return &v }
func fp(v float64) *float64 { return &v }
func bp(v bool) *bool       { return &v }
func parseFile(t *testing.T, format, path string) Result {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := Parse(format, f)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// checkProblems wants a problem on exactly the lines of want, each reason
// holding the word given for its line.
func checkProblems(t *testing.T, got []Problem, want map[int]string) {
	t.Helper()
	seen := map[int]bool{}
	for _, p := range got {
		w, ok := want[p.Line]
		if !ok || !strings.Contains(p.Reason, w) {
			t.Errorf("unexpected problem %s (want on that line: %q)", p, w)
		}
		seen[p.Line] = true
	}
	for line, w := range want {
		if !seen[line] {
			t.Errorf("line %d: no problem reported, want one saying %q", line, w)
		}
	}
}

func TestCheckinExport(t *testing.T) {
	res := parseFile(t, "checkin", "testdata/checkin.csv")
	want := []store.Checkin{
		{Day: "2025-03-01", Mood: ip(7), SleepHours: fp(7.5), SleepQuality: ip(4), Energy: ip(6), Interest: ip(7), MedTaken: bp(true), Note: "walked by the river"},
		{Day: "2025-03-02", Mood: ip(5), SleepHours: fp(6), SleepQuality: ip(3), Energy: ip(5), Interest: ip(5), MedTaken: bp(true), Note: "second row for the day"},
		{Day: "2025-03-03", SleepHours: fp(7), SleepQuality: ip(4), Energy: ip(6), Interest: ip(6), MedTaken: bp(true)},
		{Day: "2025-03-04", Mood: ip(5), SleepHours: fp(6.5), SleepQuality: ip(3), Energy: ip(5), Interest: ip(5), Note: "=not a formula"},
	}
	if diff := cmp.Diff(want, res.Days); diff != "" {
		t.Errorf("days (-want +got):\n%s", diff)
	}
	checkProblems(t, res.Problems, map[int]string{4: "mood", 5: "medication_taken", 6: "date", 7: "no value", 8: "appears again"})
}

func TestDaylioExport(t *testing.T) {
	res := parseFile(t, "daylio", "testdata/daylio.csv")
	want := []store.Checkin{
		{Day: "2025-02-26", Mood: ip(1), Note: "a note, with a comma"},
		{Day: "2025-02-27", Note: "A title: a note"},
		{Day: "2025-03-01", Mood: ip(5)},
		{Day: "2025-03-02", Mood: ip(9)},
		{Day: "2025-03-03", Mood: ip(5), Note: "Rough morning: slept badly"}, // good (7) and bad (3)
	}
	if diff := cmp.Diff(want, res.Days); diff != "" {
		t.Errorf("days (-want +got):\n%s", diff)
	}
	checkProblems(t, res.Problems, map[int]string{6: "ecstatic", 7: "ecstatic", 8: "date"})
}

func TestEmoodsExport(t *testing.T) {
	res := parseFile(t, "emoods", "testdata/emoods.csv")
	want := []store.Checkin{
		{Day: "2025-03-01", Mood: ip(7), SleepHours: fp(7.5)},
		{Day: "2025-03-02", Mood: ip(3), SleepHours: fp(5), Note: "hard day"},
		{Day: "2025-03-03", Mood: ip(5), SleepHours: fp(8)},
		{Day: "2025-03-04", SleepHours: fp(6)},
		{Day: "2025-03-05", Mood: ip(5)},
	}
	if diff := cmp.Diff(want, res.Days); diff != "" {
		t.Errorf("days (-want +got):\n%s", diff)
	}
	checkProblems(t, res.Problems, map[int]string{5: "depressed", 6: "sleep", 7: "date"})
}

func TestWrongFileOrFormat(t *testing.T) {
	for _, tc := range []struct {
		format, body string
		isFormat     bool
	}{
		{"daylio", "date,mood\n2025-01-01,7\n", true},
		{"emoods", "full_date,mood\n2025-01-01,good\n", true},
		{"checkin", "full_date,mood\n2025-01-01,good\n", true},
		{"moodpanda", "date,mood\n", false},
		{"checkin", "", false},
	} {
		_, err := Parse(tc.format, strings.NewReader(tc.body))
		if err == nil {
			t.Errorf("%s %q: no error", tc.format, tc.body)
			continue
		}
		if errors.Is(err, ErrFormat) != tc.isFormat {
			t.Errorf("%s %q: %v; ErrFormat %v", tc.format, tc.body, err, tc.isFormat)
		}
	}
}

func TestHostileCells(t *testing.T) {
	long := strings.Repeat("é", maxNote+50)
	body := "date,mood,sleep_hours,note\n" +
		"2025-01-01,NaN,Inf,\"" + long + "\"\n" +
		"2025-01-02,7,-1,\xff\xfe\n" +
		"2025-01-03,1e400,7,\n" +
		"2025-01-04,7.5,7,\n" +
		"0000-01-01,7,7,\n"
	res, err := Parse("checkin", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Days) != 4 {
		t.Fatalf("%d days, want 4 (notes or sleep kept): %+v", len(res.Days), res.Days)
	}
	if n := len([]rune(res.Days[0].Note)); n != maxNote || res.Days[0].Mood != nil || res.Days[0].SleepHours != nil {
		t.Errorf("day 1: note of %d runes, mood %v, sleep %v", n, res.Days[0].Mood, res.Days[0].SleepHours)
	}
	if res.Days[1].SleepHours != nil || res.Days[1].Note != "\uFFFD" {
		t.Errorf("day 2: %+v", res.Days[1])
	}
	if res.Days[3].Mood != nil {
		t.Errorf("a mood of 7.5 was kept as %d", *res.Days[3].Mood)
	}
	if len(res.Problems) != 6 {
		t.Errorf("problems %v: want 6", res.Problems)
	}
}

func TestCheckinExportWithFunctioning(t *testing.T) {
	res := parseFile(t, "checkin", "testdata/checkin_functioning.csv")
	if len(res.Days) != 2 || res.Days[0].Functioning == nil || *res.Days[0].Functioning != 8 || res.Days[1].Functioning != nil {
		t.Errorf("days %+v: want functioning 8, then left out", res.Days)
	}
	checkProblems(t, res.Problems, map[int]string{3: "functioning"})
}

// TestOwnExportRoundTrips imports what checkin's export writes and must
// get the same days back.
func TestOwnExportRoundTrips(t *testing.T) {
	want := []store.Checkin{
		{Day: "2025-05-01", Mood: ip(0), SleepHours: fp(0), SleepQuality: ip(1), Energy: ip(10), Interest: ip(0), Functioning: ip(3), MedTaken: bp(false), Note: "=SUM(A1)"},
		{Day: "2025-05-02", Mood: ip(10), SleepHours: fp(11.5), Note: "two\nlines, \"quoted\""},
		{Day: "2025-05-04", MedTaken: bp(true)},
	}
	res, err := Parse("checkin", bytes.NewReader(report.CSV(want)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, res.Days); diff != "" || len(res.Problems) > 0 {
		t.Errorf("round trip (-want +got):\n%s\nproblems %v", diff, res.Problems)
	}
}
