package main

import (
	"context"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// seedFade writes a config and a database holding one person well for
// eight months and then fading over five, answering most days.
func seedFade(t *testing.T) (config, dbPath string) {
	t.Helper()
	dir := t.TempDir()
	dbPath = filepath.Join(dir, "checkin.db")
	config = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(config, []byte("database:\n  path: "+dbPath+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	u := store.User{Platform: "telegram", PlatformID: "77", TZ: "UTC", CheckinTime: "20:00", SummaryTime: "18:00",
		QuietStart: "22:30", QuietEnd: "08:00", ConsentAt: time.Now()}
	if err := db.CreateUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(4))
	for i := range 390 {
		if r.Float64() < 0.15 {
			continue
		}
		x := min(max(float64(i-240)/150, 0), 1)
		score := func(v float64, lo, hi int) *int {
			n := min(max(int(math.Round(v+r.NormFloat64()*0.9)), lo), hi)
			return &n
		}
		h := math.Round((7.5-2*x+r.NormFloat64()*0.6)*2) / 2
		c := store.Checkin{UserID: u.ID, Day: stats.AddDays("2025-01-01", i), Mood: score(7-3*x, 0, 10), SleepHours: &h,
			SleepQuality: score(4-x, 1, 5), Energy: score(7-3*x, 0, 10), Interest: score(7-3*x, 0, 10)}
		if err := db.SaveCheckin(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	return config, dbPath
}

func TestTrendsCommand(t *testing.T) {
	config, dbPath := seedFade(t)
	code, out, errOut := runCLI(t, "trends", "-config", config, "-user", "telegram:77")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	t.Logf("checkin trends:\n%s", out)
	line := regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}) (trend\.[a-z]+|phq9\.[a-z]+) \S.*$`)
	var days []string
	declined := false
	for _, l := range strings.Split(out, "\n") {
		if l == "" {
			break
		}
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("flag line %q: want YYYY-MM-DD <rule> <reason>", l)
		}
		days = append(days, m[1])
		declined = declined || m[2] == "trend.decline" && m[1] >= "2025-08-29"
	}
	if !declined {
		t.Errorf("no trend.decline after the fade began on 2025-08-29:\n%s", out)
	}
	for _, want := range []string{"state on ", "well baseline: 2025-", "mood ", "sleep ", "sleep quality ", "energy ", "interest ", "combined "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	// -from prints only the flags from that day on, judged with the days before.
	from := days[len(days)-1]
	_, later, _ := runCLI(t, "trends", "-config", config, "-user", "telegram:77", "-from", from)
	if first, _, _ := strings.Cut(later, "\n"); !strings.HasPrefix(first, from) {
		t.Errorf("-from %s printed %q first", from, first)
	}
	if !strings.Contains(later, "state on 2026-01-25") {
		t.Errorf("want the state as of the last check-in, 2026-01-25:\n%s", later)
	}

	// Nothing is stored.
	db, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	u, err := db.UserByPlatform(context.Background(), "telegram", "77")
	if err != nil {
		t.Fatal(err)
	}
	if fs, err := db.Flags(context.Background(), u.ID, time.Time{}); err != nil || len(fs) != 0 {
		t.Errorf("trends stored %d flags (%v); it must store nothing", len(fs), err)
	}
}

func TestTrendsCommandRefusesBadInput(t *testing.T) {
	config, _ := seedFade(t)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no user", []string{"-config", config}, "-user"},
		{"malformed user", []string{"-config", config, "-user", "77"}, "telegram:123456"},
		{"unknown user", []string{"-config", config, "-user", "telegram:1"}, "telegram:1"},
		{"bad day", []string{"-config", config, "-user", "telegram:77", "-from", "2025-02-30"}, "-from"},
		{"no config", []string{"-user", "telegram:77"}, "-config"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, append([]string{"trends"}, tc.args...)...)
			if code == 0 || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q: want a failure naming %q", code, errOut, tc.want)
			}
		})
	}
}
