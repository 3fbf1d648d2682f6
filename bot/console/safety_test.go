package console

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// TestAcuteReplyInTheTerminal: words of self-harm typed at the terminal,
// in the middle of a check-in, get the crisis lines for the person's
// country first, and the check-in question is not asked in that answer.
func TestAcuteReplyInTheTerminal(t *testing.T) {
	tests := []struct{ country, line string }{{"gb", "116 123"}, {"united states", "988"}, {"skip", "findahelpline.com"}}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			ctx := context.Background()
			db, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			core := bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), time.Now)
			var out bytes.Buffer
			script := strings.Join([]string{"/start", "yes", "skip", "skip", tt.country, "/checkin", "4", "i just want to disappear forever"}, "\n")
			if err := New(core, strings.NewReader(script), &out, "ana", t.TempDir()).Run(ctx); err != nil {
				t.Fatal(err)
			}
			// Everything printed after the mood answer's question about sleep.
			all := out.String()
			last := all[strings.LastIndex(all, "How many hours")+len("How many hours"):]
			if !strings.Contains(last, tt.line) {
				t.Fatalf("the acute reply lacks %q:\n%s", tt.line, last)
			}
			if strings.Contains(last, "How well did you sleep") || strings.Contains(last, "How many hours") {
				t.Errorf("the check-in question was asked alongside the acute reply:\n%s", last)
			}
			u, _ := db.Users(ctx)
			flags, _ := db.Flags(ctx, u[0].ID, time.Time{})
			if len(flags) != 1 || flags[0].Severity != "acute" {
				t.Errorf("flags = %+v, want one acute flag", flags)
			}
		})
	}
}

// TestRiskWithValuesInTheTerminal: at the mood question, an answer that
// carries mood and sleep and ends with a wish to die gets the crisis reply
// first, then the echo of the values, which are stored.
func TestRiskWithValuesInTheTerminal(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), time.Now)
	var out bytes.Buffer
	script := strings.Join([]string{"/start", "yes", "UTC", "skip", "gb", "/checkin", "4, slept 5 hours, i want to die"}, "\n")
	if err := New(core, strings.NewReader(script), &out, "ana", t.TempDir()).Run(ctx); err != nil {
		t.Fatal(err)
	}
	all := out.String()
	last := all[strings.LastIndex(all, "How is your mood"):]
	crisis, echo := strings.Index(last, "116 123"), strings.Index(last, "Got it: mood 4, slept 5 h")
	if crisis < 0 || echo < 0 || echo < crisis {
		t.Fatalf("want the crisis reply, then the echo of mood and sleep:\n%s", last)
	}
	if strings.Contains(last[crisis:], "How well did you sleep") {
		t.Errorf("the next question was asked with the crisis reply:\n%s", last)
	}
	u, _ := db.Users(ctx)
	c, err := db.Checkin(ctx, u[0].ID, time.Now().UTC().Format("2006-01-02"))
	if err != nil || c.Mood == nil || *c.Mood != 4 || c.SleepHours == nil || *c.SleepHours != 5 {
		t.Errorf("stored %+v, %v; want mood 4 and 5 h", c, err)
	}
}
