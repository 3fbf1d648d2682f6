package telegram

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/internal/hostile"
	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
)

// TestHostileCorpusThroughTheFake sends the hostile corpus (bot/testdata/
// hostile.txt) as Telegram updates to the adapter with the real core:
// every message and press is answered, nothing panics, and the store's
// invariants hold afterwards.
func TestHostileCorpusThroughTheFake(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the whole corpus")
	}
	msgs, err := hostile.Load("../testdata/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	e, _ := newRealCoreEnv(t, nil)
	stop := run(t, e.a)
	defer stop()
	p := tgfake.Person{ID: 9090, Name: "H"}
	for _, s := range []string{"/start", "yes", "skip", "skip", "gb", "/checkin"} {
		e.fake.Push(e.fake.Text(p, s))
	}
	setup := len(e.fake.WaitCalls(10*time.Second, 6, "sendMessage"))

	rng := rand.New(rand.NewPCG(7, 7))
	rng.Shuffle(len(msgs), func(i, j int) { msgs[i], msgs[j] = msgs[j], msgs[i] })
	texts, presses := 0, 0
	for _, m := range msgs {
		switch {
		case m.IsData:
			e.fake.Push(e.fake.Press(p, 1, "prompt", m.Data))
			presses++
		case m.Text == "" || len(m.Text) > 4096:
			// Telegram delivers no empty messages and none over 4,096
			// characters; the core's own tests cover those.
		default:
			e.fake.Push(e.fake.Text(p, m.Text))
			texts++
		}
	}
	answers := e.fake.WaitCalls(120*time.Second, presses, "answerCallbackQuery")
	sends := e.fake.WaitCalls(120*time.Second, setup+texts, "sendMessage", "sendDocument", "sendPhoto")
	if len(answers) < presses {
		t.Errorf("%d of %d presses answered", len(answers), presses)
	}
	if got := len(sends) - setup; got < texts {
		t.Errorf("%d replies for %d messages: some message got no answer", got, texts)
	}

	ctx := context.Background()
	u, err := e.db.UserByPlatform(ctx, bot.Telegram, "9090")
	if err != nil {
		t.Fatalf("the person is gone (a /delete in the corpus?): %v", err)
	}
	cs, err := e.db.Checkins(ctx, u.ID, "", "")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if seen[c.Day] {
			t.Errorf("two rows for %s", c.Day)
		}
		seen[c.Day] = true
		if c.Mood != nil && (*c.Mood < 0 || *c.Mood > 10) || c.SleepHours != nil && (*c.SleepHours < 0 || *c.SleepHours > 24) ||
			c.SleepQuality != nil && (*c.SleepQuality < 1 || *c.SleepQuality > 5) {
			t.Errorf("value out of range on %s", c.Day)
		}
	}
}
