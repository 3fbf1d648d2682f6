package telegram

import (
	"context"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
)

// Through the fake Bot API and the real core: risk words in a check-in
// answer that carries values, in an edit of an earlier answer, and in a
// command's arguments each get the crisis reply first; the values are
// stored, and the edit adds no second flag for its message.
func TestRiskOnEveryTelegramPath(t *testing.T) {
	e, _ := newRealCoreEnv(t, nil)
	stop := run(t, e.a)
	defer stop()
	p := tgfake.Person{ID: 9191, Name: "R"}
	for _, s := range []string{"/start", "yes", "UTC", "skip", "gb", "/checkin"} {
		e.fake.Push(e.fake.Text(p, s))
	}
	n := len(e.fake.WaitCalls(10*time.Second, 6, "sendMessage"))

	risky := e.fake.Text(p, "4, slept 5 hours, i want to die")
	steps := []struct {
		name string
		u    tgbotapi.Update
	}{
		{"values and risk at the mood question", risky},
		{"the same message edited", e.fake.Edited(p, risky.Message.MessageID, "4, slept 5 hours, i really want to die")},
		{"a command's argument", e.fake.Text(p, "/name i want to die")},
	}
	for _, s := range steps {
		e.fake.Push(s.u)
		// Two replies each: the crisis reply, then the echo of the values
		// or the word that the command was left undone.
		calls := e.fake.WaitCalls(10*time.Second, n+2, "sendMessage")
		if len(calls) < n+2 {
			t.Fatalf("%s: %d replies, want 2", s.name, len(calls)-n)
		}
		if got := calls[n].Params["text"]; !strings.Contains(got, "You matter") || !strings.Contains(got, "116 123") {
			t.Errorf("%s: the first reply is not the crisis reply:\n%s", s.name, got)
		}
		if got := calls[n+1].Params["text"]; !strings.Contains(got, "mood 4, slept 5 h") && !strings.Contains(got, "nothing changed") {
			t.Errorf("%s: the second reply is neither the echo nor the command's note: %q", s.name, got)
		}
		n += 2
	}
	ctx := context.Background()
	u, err := e.db.UserByPlatform(ctx, bot.Telegram, "9191")
	if err != nil {
		t.Fatal(err)
	}
	c, err := e.db.Checkin(ctx, u.ID, time.Now().UTC().Format("2006-01-02"))
	if err != nil || c.Mood == nil || *c.Mood != 4 || c.SleepHours == nil || *c.SleepHours != 5 {
		t.Errorf("stored %+v, %v; want mood 4 and 5 h", c, err)
	}
	if u.Name == "i want to die" {
		t.Error("a command with risk words was run")
	}
	flags, err := e.db.Flags(ctx, u.ID, time.Time{})
	if err != nil || len(flags) != 2 {
		t.Errorf("flags = %+v, %v; want one for the message and its edit, one for the command", flags, err)
	}
}
