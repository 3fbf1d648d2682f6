package bot_test

import (
	"bytes"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the logger's concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestLogsHoldNoHealthData drives a whole conversation with the logger at
// Debug, as text and as JSON, and checks that no line holds what the
// person wrote, a note, or a score.
func TestLogsHoldNoHealthData(t *testing.T) {
	t.Parallel()
	const marker = "ZEBRA-7731"
	said := []string{
		"/start", "yes", "Europe/Berlin", "9pm", "GB",
		"/checkin", "6", "7.5", "4", "5", "3", "yes", "walked the dog " + marker,
		"mood 4, slept 5h, woke at 3 " + marker + "-free",
		"i want to kill myself " + marker + "-risk",
		"my cat QUOKKA-5150 knocked over a plant",
		"yes",
		"/med sertraline 50mg since 2026-09-01",
		"/phq9", "1", "2", "0", "1", "0", "0", "1", "0", "1", "0",
		"/name Okapi Nakamura-Quist",
		"/history", "/summary", "/report", "/export", "/export json",
		"/pause 3", "/resume", "/time 21:30", "/timezone Tokyo",
		"/delete", "yes",
	}
	secrets := []string{marker, "QUOKKA", "walked the dog", "woke at 3", "kill myself", "sertraline",
		"knocked over", "Europe/Berlin", "Tokyo", "Okapi", "Nakamura"}
	scores := regexp.MustCompile(`(?i)\b(mood|sleep|sleep_hours|quality|energy|interest|score|total|phq9?)\b["=: ]+\d`)
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			t.Parallel()
			var buf syncBuffer
			opts := &slog.HandlerOptions{Level: slog.LevelDebug}
			var handler slog.Handler = slog.NewTextHandler(&buf, opts)
			if format == "json" {
				handler = slog.NewJSONHandler(&buf, opts)
			}
			h := newHarness(t, withLogger(slog.New(handler)))
			c := h.person("800")
			for _, s := range said {
				c.send(s)
				h.clk.Add(time.Minute)
			}
			// A prompt and a summary through the scheduler's door.
			d := h.person("801")
			d.onboard("UTC", "21:00", "US")
			d.send("mood 3, slept 4h " + marker)
			for _, kind := range []string{"checkin", "reminder", "summary", "phq9"} {
				if _, err := h.b.Prompt(h.ctx, d.mustUser(), kind); err != nil {
					t.Fatalf("Prompt %s: %v", kind, err)
				}
			}
			logs := buf.String()
			if !strings.Contains(logs, "acute") {
				t.Errorf("the acute event was not logged at all (is the logger wired?):\n%s", logs)
			}
			for _, line := range strings.Split(logs, "\n") {
				low := strings.ToLower(line)
				for _, s := range secrets {
					if strings.Contains(low, strings.ToLower(s)) {
						t.Errorf("log line holds %q: %s", s, line)
					}
				}
				for _, s := range said {
					if len(s) > 8 && !strings.HasPrefix(s, "/") && strings.Contains(line, s) {
						t.Errorf("log line holds a message: %s", line)
					}
				}
				if m := scores.FindString(line); m != "" {
					t.Errorf("log line holds a score %q: %s", m, line)
				}
			}
		})
	}
}
