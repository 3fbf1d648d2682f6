package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// waitText waits for a bot message at index from or later whose text
// contains substr, and returns it with its index.
func (e *emulator) waitText(t *testing.T, from int, substr string) (botMessage, int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		h := e.history(t)
		for i := from; i < len(h); i++ {
			if strings.Contains(h[i].Text, substr) {
				return h[i], i
			}
		}
		if time.Now().After(deadline) {
			var texts []string
			for _, m := range h[min(from, len(h)):] {
				texts = append(texts, m.Text)
			}
			t.Fatalf("no bot message containing %q after #%d; got %q", substr, from, texts)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A person sets checkin up, checks in by buttons, amends it in free text,
// and asks for their history, an export and crisis lines: the real core behind
// the adapter behind the emulator, and the rows that land in the store.
func TestEmulatorEndToEnd(t *testing.T) {
	emu := startEmulator(t, testToken)
	db := openStore(t)
	logs := &logBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, nil))
	core := bot.New(db, bot.DefaultConfig(), logger, time.Now)
	emuAdapter(t, emu, core, db, core, logs)
	ann := emu.person(4711, "Ann")

	// Onboarding.
	ann.say(t, "/start")
	welcome, i := emu.waitText(t, 0, "checkin")
	if len(welcome.labels()) == 0 {
		t.Fatalf("welcome %q has no consent buttons", welcome.Text)
	}
	ann.press(t, welcome, welcome.labels()[0]) // the "yes" button comes first
	_, i = emu.waitText(t, i+1, "time zone")
	if h := emu.history(t); !strings.Contains(h[0].Text, "\n✓ ") || len(h[0].labels()) != 0 {
		t.Errorf("the consent prompt was not marked chosen: %q, buttons %v", h[0].Text, h[0].labels())
	}
	ann.say(t, "Europe/Berlin")
	_, i = emu.waitText(t, i+1, "What time")
	ann.say(t, "21:00")
	_, i = emu.waitText(t, i+1, "country")
	ann.say(t, "DE")
	_, i = emu.waitText(t, i+1, "All set")

	// A check-in by buttons: every question answered with a tap.
	ann.say(t, "/checkin")
	steps := []struct{ prompt, label string }{
		{"mood", "7"},
		{"How many hours", "7 h"},
		{"How well did you sleep", "4"},
		{"energy", "6"},
		{"enjoy", "5"},
		{"what you meant to", "Mostly"},
		{"medication", "Yes"},
		{"note", "Skip"},
	}
	var moodPrompt int
	for n, s := range steps {
		var m botMessage
		m, i = emu.waitText(t, i+1, s.prompt)
		if n == 0 {
			moodPrompt = i
		}
		ann.press(t, m, s.label)
	}
	_, i = emu.waitText(t, i+1, "Thanks for checking in")
	if m := emu.history(t)[moodPrompt]; !strings.Contains(m.Text, "\n✓ ") || len(m.labels()) != 0 {
		t.Errorf("the mood prompt still takes presses: %q, buttons %v", m.Text, m.labels())
	}

	// The same day amended in free text.
	ann.say(t, "mood 5, slept 6h")
	_, i = emu.waitText(t, i+1, "") // any answer

	ann.say(t, "/history")
	_, i = emu.waitText(t, i+1, "mood 5")
	ann.say(t, "/export") // a CSV document: the emulator refuses it, the words still come
	_, i = emu.waitText(t, i+1, "CSV")
	ann.say(t, "/crisis")
	crisis, i := emu.waitText(t, i+1, "0800 111 0 111")
	if !strings.Contains(crisis.Text, "112") {
		t.Errorf("crisis lines for Germany lack the emergency number: %q", crisis.Text)
	}

	// Words of self-harm get the acute reply at once, with Germany's line.
	ann.say(t, "honestly i dont want to wake up tomorrow")
	acute, _ := emu.waitText(t, i+1, "TelefonSeelsorge")
	for _, want := range []string{"0800 111 0 111", "112", "automated program"} {
		if !strings.Contains(acute.Text, want) {
			t.Errorf("acute reply lacks %q: %q", want, acute.Text)
		}
	}

	// The rows, read from the store file the bot writes.
	check, err := store.Open(context.Background(), db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	u, err := check.UserByPlatform(context.Background(), "telegram", "4711")
	if err != nil {
		t.Fatalf("no person stored: %v", err)
	}
	if u.ChatID != "4711" || u.TZ != "Europe/Berlin" || u.CheckinTime != "21:00" || u.Country != "DE" || u.ConsentAt.IsZero() {
		t.Errorf("stored person %+v", u)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	c, err := check.Checkin(context.Background(), u.ID, time.Now().In(berlin).Format("2006-01-02"))
	if err != nil {
		t.Fatalf("no check-in stored for today: %v", err)
	}
	if c.Mood == nil || *c.Mood != 5 || c.SleepHours == nil || *c.SleepHours != 6 || c.SleepQuality == nil || *c.SleepQuality != 4 ||
		c.Energy == nil || *c.Energy != 6 || c.Interest == nil || *c.Interest != 5 || c.MedTaken == nil || !*c.MedTaken ||
		c.Functioning == nil || *c.Functioning != 8 {
		t.Errorf("stored check-in %s", describe(c))
	}
	flags, err := check.Flags(context.Background(), u.ID, time.Time{})
	if err != nil || len(flags) == 0 || flags[len(flags)-1].Severity != "acute" ||
		strings.Contains(flags[len(flags)-1].Detail, "wake up") {
		t.Errorf("acute flag: %+v, %v; want one with the rule and no words", flags, err)
	}
	cur, err := check.Cursor(context.Background(), cursorName)
	if err != nil || cur == 0 {
		t.Errorf("update cursor %d (%v), want it advanced", cur, err)
	}
}

func describe(c store.Checkin) string {
	val := func(p any) string {
		switch v := p.(type) {
		case *int:
			if v != nil {
				return fmt.Sprint(*v)
			}
		case *float64:
			if v != nil {
				return fmt.Sprint(*v)
			}
		case *bool:
			if v != nil {
				return fmt.Sprint(*v)
			}
		}
		return "nil"
	}
	return fmt.Sprintf("mood=%s sleep=%s quality=%s energy=%s interest=%s functioning=%s med=%s",
		val(c.Mood), val(c.SleepHours), val(c.SleepQuality), val(c.Energy), val(c.Interest), val(c.Functioning), val(c.MedTaken))
}
