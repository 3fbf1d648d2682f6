package report

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/checkin-bot/checkin/store"
)

// exampleToday is the summary day of the README example: a Sunday.
const exampleToday = "2026-03-08"

// exampleInput is a realistic person for the README and the PDF tests: four
// months of history, a dose change three weeks ago, a rough patch of sleep
// this week that raised a flag, and a PHQ-9 every two weeks.
func exampleInput() Input {
	cs := synth(7, exampleToday, 120)
	// This week: short nights mid-week and a dip in mood, one missed day.
	week := []struct {
		mood  int
		sleep float64
	}{{6, 7}, {6, 6.5}, {5, 5.5}, {4, 5}, {0, 0}, {5, 6}, {6, 7.5}}
	// Replace the synthetic week with the scripted one.
	kept := cs[:0]
	for _, c := range cs {
		if !inRange(c.Day, "2026-03-02", "2026-03-08") {
			kept = append(kept, c)
		}
	}
	cs = kept
	for i, w := range week {
		if w.mood == 0 {
			continue
		}
		cs = append(cs, store.Checkin{UserID: 7, Day: day("2026-03-02", i), Mood: ip(w.mood), SleepHours: fp(w.sleep),
			SleepQuality: ip(3), Energy: ip(w.mood - 1), Interest: ip(w.mood), MedTaken: bp(true)})
	}
	sortCheckins(cs)
	return Input{
		Name:     "Sam",
		Today:    exampleToday,
		Checkins: cs,
		Flags: []store.Flag{
			{Rule: "trend.sleep", Severity: "trend", Day: "2026-03-06", Detail: "sleep under 6 h on 3 of the last 7 nights"},
		},
		PHQ9: []store.Questionnaire{
			{Kind: "phq9", Day: "2026-02-09", Total: 7, Items: []int{1, 1, 1, 1, 1, 1, 1, 0, 0}},
			{Kind: "phq9", Day: "2026-02-23", Total: 9, Items: []int{1, 1, 2, 1, 1, 1, 1, 1, 0}},
			{Kind: "phq9", Day: "2026-03-08", Total: 11, Items: []int{2, 1, 2, 1, 1, 1, 1, 1, 1}},
		},
		Meds: []store.Medication{
			{Name: "Sertraline", Dose: "50 mg", StartDay: "2025-06-01"},
			{Name: "Sertraline", Dose: "100 mg", StartDay: "2026-02-16"},
		},
		Items: Items{Energy: true, Interest: true, Medication: true},
	}
}

// TestDocsExamples keeps docs/summary-example.txt in step with the code and
// regenerates it and docs/chart-example.png with -update.
func TestDocsExamples(t *testing.T) {
	in := exampleInput()
	summary := Weekly(in, "2026-03-02")
	chart, err := Chart(in, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := png.Decode(bytes.NewReader(chart)); err != nil {
		t.Fatalf("example chart is not a PNG: %v", err)
	}
	docs := filepath.Join("..", "..", "docs")
	txt, img := filepath.Join(docs, "summary-example.txt"), filepath.Join(docs, "chart-example.png")
	if *update {
		if err := os.MkdirAll(docs, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(txt, []byte(summary+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(img, chart, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(txt)
	if err != nil {
		t.Fatalf("read %s (run go test ./bot/report -update): %v", txt, err)
	}
	if string(want) != summary+"\n" {
		t.Errorf("%s is out of date; run go test ./bot/report -run TestDocsExamples -update\ngot:\n%s", txt, summary)
	}
}
