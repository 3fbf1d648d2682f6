package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/checkin-bot/checkin/store"
)

func TestCSV(t *testing.T) {
	cs := []store.Checkin{
		{Day: "2026-03-03", Mood: ip(6), SleepHours: fp(7.25), SleepQuality: ip(4), Energy: ip(5), Interest: ip(6), MedTaken: bp(true), Note: "=HYPERLINK(\"http://x\")", Functioning: ip(8)},
		{Day: "2026-03-01", Mood: ip(0), SleepHours: fp(8), MedTaken: bp(false), Note: "plain, with \"quotes\"\nand a new line", Functioning: ip(0)},
		{Day: "2026-03-08", Functioning: ip(2)}, // only functioning: still a row
		{Day: "2026-03-02"},                     // nothing answered: no row
		{Day: "2026-03-04", Note: "+1 good day"},
		{Day: "2026-03-05", SleepHours: fp(6.5), Note: "-2"},
		{Day: "2026-03-06", Mood: ip(10), Note: "@SUM(A1)"},
		{Day: "2026-03-07", Mood: ip(3), Note: "\t=cmd"},
	}
	got := CSV(cs)
	if !bytes.HasPrefix(got, []byte("date,mood,sleep_hours,sleep_quality,energy,interest,medication_taken,note,functioning\n")) {
		t.Fatalf("header is not exact:\n%s", got)
	}
	rows, err := csv.NewReader(bytes.NewReader(got)).ReadAll()
	if err != nil {
		t.Fatalf("output does not read back as CSV: %v", err)
	}
	want := [][]string{
		{"date", "mood", "sleep_hours", "sleep_quality", "energy", "interest", "medication_taken", "note", "functioning"},
		{"2026-03-01", "0", "8", "", "", "", "no", "plain, with \"quotes\"\nand a new line", "0"},
		{"2026-03-03", "6", "7.25", "4", "5", "6", "yes", "'=HYPERLINK(\"http://x\")", "8"},
		{"2026-03-04", "", "", "", "", "", "", "'+1 good day", ""},
		{"2026-03-05", "", "6.5", "", "", "", "", "'-2", ""},
		{"2026-03-06", "10", "", "", "", "", "", "'@SUM(A1)", ""},
		{"2026-03-07", "3", "", "", "", "", "", "'\t=cmd", ""},
		{"2026-03-08", "", "", "", "", "", "", "", "2"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("CSV rows (-want +got):\n%s", diff)
	}
}

func TestCSVEmpty(t *testing.T) {
	got := string(CSV(nil))
	if got != strings.Join(csvHeader, ",")+"\n" {
		t.Errorf("CSV(nil) = %q, want the header only", got)
	}
}

func TestCSVDoesNotReorderInput(t *testing.T) {
	cs := []store.Checkin{ci("2026-03-02", 5, 7), ci("2026-03-01", 6, 8)}
	CSV(cs)
	if cs[0].Day != "2026-03-02" {
		t.Error("CSV sorted the caller's slice")
	}
}
