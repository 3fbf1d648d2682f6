package report

import (
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

var update = flag.Bool("update", false, "rewrite golden files and the docs examples")

func ip(v int) *int              { return &v }
func fp(v float64) *float64      { return &v }
func bp(v bool) *bool            { return &v }
func at(s string) time.Time      { t, _ := time.Parse(time.RFC3339, s); return t }
func day(d string, n int) string { return stats.AddDays(d, n) }

// ci is one answered day with mood and sleep.
func ci(d string, mood int, sleep float64) store.Checkin {
	return store.Checkin{UserID: 1, Day: d, Mood: ip(mood), SleepHours: fp(sleep), SleepQuality: ip(3)}
}

// synth makes a plausible history of n days ending on last: mood around
// 6 with a slow wave, sleep around 7 h that tracks mood a little, about one
// missed day in eight, and all optional items. seed makes it repeatable.
func synth(seed uint64, last string, n int) []store.Checkin {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var cs []store.Checkin
	for i := n - 1; i >= 0; i-- {
		d := day(last, -i)
		if r.IntN(8) == 0 {
			continue
		}
		wave := 1.2 * math.Sin(float64(n-i)/9)
		mood := int(math.Round(min(10, max(0, 6+wave+r.NormFloat64()*1.1))))
		sleep := math.Round(min(12, max(3, 7.1+wave*0.4+r.NormFloat64()*0.7))*4) / 4
		c := store.Checkin{
			UserID: int64(seed), Day: d, Mood: ip(mood), SleepHours: fp(sleep),
			SleepQuality: ip(min(5, max(1, 3+int(math.Round(r.NormFloat64()))))),
			Energy:       ip(min(10, max(0, mood-1+r.IntN(3)))),
			Interest:     ip(min(10, max(0, mood-1+r.IntN(3)))),
			MedTaken:     bp(r.IntN(12) != 0),
			// Derived without drawing, so the other columns stay as they were.
			Functioning: ip(min(10, max(0, mood+(n-i)%3-1))),
		}
		cs = append(cs, c)
	}
	return cs
}

// golden compares got with testdata/name.golden, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s (run go test ./bot/report -update to create it): %v", path, err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file:\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}
