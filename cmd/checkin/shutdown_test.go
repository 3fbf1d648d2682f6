package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
	"github.com/checkin-bot/checkin/store"
)

const testToken = "123456:TEST-token-never-logged"

// instance is one run of the built binary against a fake Bot API.
type instance struct {
	cmd    *exec.Cmd
	stderr *bytes.Buffer
}

func startBinary(t *testing.T, bin, config string) *instance {
	t.Helper()
	cmd := exec.Command(bin, "run", "-config", config)
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &errb, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return &instance{cmd: cmd, stderr: &errb}
}

// stop sends SIGTERM and waits for a clean exit.
func (in *instance) stop(t *testing.T) {
	t.Helper()
	if err := in.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- in.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("checkin run did not exit cleanly after SIGTERM: %v\n%s", err, in.stderr)
		}
	case <-time.After(30 * time.Second):
		in.cmd.Process.Kill()
		t.Fatalf("checkin run did not stop within 30 s of SIGTERM\n%s", in.stderr)
	}
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// onboardPeople creates n people who finished onboarding, as /start would.
func onboardPeople(t *testing.T, dbPath string, n int) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Now().UTC()
	for i := 1; i <= n; i++ {
		id := fmt.Sprint(1000 + i)
		u := store.User{Platform: "telegram", PlatformID: id, ChatID: id, TZ: "UTC", CheckinTime: "03:00",
			SummaryTime: "18:00", QuietStart: "22:30", QuietEnd: "08:00", Country: "GB",
			ConsentAt: now, OnboardedAt: now, NextCheckin: now.Add(20 * time.Hour)}
		if err := db.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSIGTERMMidBurstLosesNothing runs the built binary against a fake Bot
// API, sends SIGTERM while a burst of replies is being handled, and checks
// that every reply the bot answered is stored, that a restart handles the
// rest, that the health and metrics endpoints work, and that no log line
// holds a token, a note or a score.
func TestSIGTERMMidBurstLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "checkin.db")
	const people = 120
	onboardPeople(t, dbPath, people)

	fake := tgfake.New(testToken)
	defer fake.Close()
	listen := freePort(t)
	config := filepath.Join(dir, "config.yaml")
	cfg := fmt.Sprintf(`database:
  path: %s
log:
  level: debug
  format: json
http:
  listen: %s
telegram:
  token: ${CHECKIN_TEST_TOKEN}
  api_url: %s
  poll_timeout: 1s
  rate:
    global: 12
    per_chat: 1
`, dbPath, listen, fake.URL)
	if err := os.WriteFile(config, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CHECKIN_TEST_TOKEN", testToken)

	const marker = "ZEBRA-7731"
	for i := 1; i <= people; i++ {
		p := tgfake.Person{ID: int64(1000 + i), Name: "P"}
		fake.Push(fake.Text(p, fmt.Sprintf("mood 7, slept 6.5h, quality 4, %s secret note %d", marker, i)))
	}

	run1 := startBinary(t, bin, config)
	waitHealthy(t, listen, run1)
	// Let part of the burst through (sends are paced at 12 a second), then
	// stop in the middle of it.
	fake.WaitCalls(20*time.Second, people/4, "sendMessage")
	metrics := httpBody(t, "http://"+listen+"/metrics")
	for _, want := range []string{`checkin_replies_received_total{platform="telegram"}`, `checkin_checkins_stored_total{platform="telegram"}`,
		`checkin_rate_limited_total{platform="telegram"}`, "checkin_sweep_duration_seconds"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// Labels carry platforms, kinds and rules only: never a person's id.
	for _, labels := range regexp.MustCompile(`\{[^}]*\}`).FindAllString(metrics, -1) {
		if regexp.MustCompile(`"1\d{3}"`).MatchString(labels) {
			t.Errorf("a metric label holds a user id: %s", labels)
		}
	}
	run1.stop(t)

	acked := map[string]bool{}
	for _, c := range fake.Calls("sendMessage") {
		if strings.Contains(c.Params["text"], "Got it: mood 7") {
			acked[c.Params["chat_id"]] = true
		}
	}
	if len(acked) == 0 {
		t.Fatal("no reply was acknowledged before SIGTERM")
	}
	stored := storedPeople(t, dbPath)
	for chat := range acked {
		if !stored[chat] {
			t.Errorf("person %s got \"Got it\" but their check-in is not in the database", chat)
		}
	}
	t.Logf("before SIGTERM: %d of %d replies acknowledged, %d stored", len(acked), people, len(stored))

	// After a restart, everything owed is handled: every person's reply is
	// stored and answered exactly once.
	run2 := startBinary(t, bin, config)
	waitHealthy(t, listen, run2)
	deadline := time.Now().Add(60 * time.Second)
	for len(storedPeople(t, dbPath)) < people && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	fake.WaitCalls(30*time.Second, people, "sendMessage")
	run2.stop(t)
	if got := len(storedPeople(t, dbPath)); got != people {
		t.Fatalf("after restart %d of %d check-ins stored", got, people)
	}
	answers := map[string]int{}
	for _, c := range fake.Calls("sendMessage") {
		if strings.Contains(c.Params["text"], "Got it: mood 7") {
			answers[c.Params["chat_id"]]++
		}
	}
	for chat, n := range answers {
		if n != 1 {
			t.Errorf("person %s was answered %d times", chat, n)
		}
	}
	if len(answers) != people {
		t.Errorf("%d of %d people answered", len(answers), people)
	}

	for _, logs := range []string{run1.stderr.String(), run2.stderr.String()} {
		for _, secret := range []string{marker, testToken, "secret note", "mood 7", `"mood":7`, "slept"} {
			if strings.Contains(logs, secret) {
				t.Errorf("a log line contains %q", secret)
			}
		}
		if !strings.Contains(logs, "stopped cleanly") {
			t.Errorf("no clean-stop line in the log:\n%s", logs)
		}
	}
}

// waitHealthy waits until /healthz answers 200 (the binary is up and
// connected), so signals reach a running process.
func waitHealthy(t *testing.T, listen string, in *instance) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get("http://" + listen + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("/healthz never answered 200\n%s", in.stderr)
}

func httpBody(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	return b.String()
}

// storedPeople is the set of platform ids with a mood stored.
func storedPeople(t *testing.T, dbPath string) map[string]bool {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	users, err := db.Users(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, u := range users {
		cs, err := db.Checkins(ctx, u.ID, "", "")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Mood != nil && *c.Mood == 7 {
				out[u.PlatformID] = true
			}
		}
	}
	return out
}
