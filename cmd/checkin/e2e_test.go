package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// buildBinary compiles checkin once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "checkin")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// chat runs `checkin chat` with the given lines on stdin and returns stdout.
func chat(t *testing.T, bin, dir string, lines ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "chat", "-db", filepath.Join(dir, "chat.db"))
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("checkin chat: %v\nstdout:\n%s\nstderr:\n%s", err, out.String(), errb.String())
	}
	return out.String()
}

func openStore(t *testing.T, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(dir, "chat.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestChatEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	ctx := context.Background()
	who := "local"
	if u, err := user.Current(); err == nil && u.Username != "" {
		who = u.Username
	}

	// Onboarding: a place that is none gets one kind re-ask; a typo of a
	// city is taken as the city, and the answer says so.
	out := chat(t, bin, dir, "/start", "yes", "Atlantis", "Berlinn", "9pm", "Germany")
	for _, want := range []string{"not a diagnosis", "couldn't find that time zone", `I took "Berlinn" as Berlin`, "All set", "21:00"} {
		if !strings.Contains(out, want) {
			t.Errorf("onboarding output lacks %q:\n%s", want, out)
		}
	}
	db := openStore(t, dir)
	users, err := db.Users(ctx)
	if err != nil || len(users) != 1 {
		t.Fatalf("users = %v, %v; want one", users, err)
	}
	u := users[0]
	if u.TZ != "Europe/Berlin" || u.CheckinTime != "21:00" || u.Country != "DE" || u.ConsentAt.IsZero() || u.PlatformID != who {
		t.Fatalf("settings after onboarding: %+v", u)
	}
	db.Close()

	berlin, _ := time.LoadLocation("Europe/Berlin")
	today := time.Now().In(berlin).Format("2006-01-02")

	// A check-in by free text: several items in one message.
	out = chat(t, bin, dir, "mood 6, slept 7.5h, quality 4, woke at 3")
	if !strings.Contains(out, "Got it: mood 6, slept 7.5 h, sleep quality 4/5") {
		t.Errorf("free-text echo missing:\n%s", out)
	}
	db = openStore(t, dir)
	c, err := db.Checkin(ctx, u.ID, today)
	if err != nil || *c.Mood != 6 || *c.SleepHours != 7.5 || *c.SleepQuality != 4 || !strings.Contains(c.Note, "woke at 3") {
		t.Fatalf("after free text: %+v, %v", c, err)
	}
	db.Close()

	// The one-line form amends the same day and says what changed.
	out = chat(t, bin, dir, "/checkin 5 6.5")
	if !strings.Contains(out, "mood 6 → 5") || !strings.Contains(out, "slept 7.5 h → 6.5 h") {
		t.Errorf("one-line amend echo missing:\n%s", out)
	}
	db = openStore(t, dir)
	c, err = db.Checkin(ctx, u.ID, today)
	if err != nil || *c.Mood != 5 || *c.SleepHours != 6.5 || *c.SleepQuality != 4 {
		t.Fatalf("after one-line: %+v, %v", c, err)
	}
	db.Close()

	// History and export.
	out = chat(t, bin, dir, "/history", "/export")
	if !strings.Contains(out, "mood 5 · sleep 6.5h") {
		t.Errorf("history lacks today's row:\n%s", out)
	}
	m := regexp.MustCompile(`saved (\S+\.csv)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("export printed no file path:\n%s", out)
	}
	path := m[1]
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	csv, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(csv)), "\n")
	if lines[0] != "date,mood,sleep_hours,sleep_quality,energy,interest,medication_taken,note,functioning" || len(lines) != 2 ||
		!strings.HasPrefix(lines[1], today+",5,6.5,4,,,,") {
		t.Fatalf("export CSV:\n%s", csv)
	}

	// Delete asks first, then erases everything.
	out = chat(t, bin, dir, "/delete", "yes")
	if !strings.Contains(out, "can't be undone") || !strings.Contains(out, "has been erased") {
		t.Errorf("delete dialogue:\n%s", out)
	}
	db = openStore(t, dir)
	if users, _ := db.Users(ctx); len(users) != 0 {
		t.Fatalf("users after /delete: %+v", users)
	}
	if cs, _ := db.Checkins(ctx, u.ID, "", ""); len(cs) != 0 {
		t.Fatalf("check-ins after /delete: %+v", cs)
	}
}
