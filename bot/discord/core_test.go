package discord

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/discord/dcfake"
	"github.com/checkin-bot/checkin/store"
)

// dmButtons finds, newest first, a live button in the person's DMs whose
// data starts with prefix and ends with suffix.
func dmButtons(fake *dcfake.Server, dm, prefix, suffix string) (msgID, data string, ok bool) {
	ms := fake.Messages(dm)
	for i := len(ms) - 1; i >= 0; i-- {
		for _, row := range ms[i].Buttons {
			for _, b := range row {
				if strings.HasPrefix(b.CustomID, prefix) && strings.HasSuffix(b.CustomID, suffix) {
					return ms[i].ID, b.CustomID, true
				}
			}
		}
	}
	return "", "", false
}

// TestRealCoreCheckinSurvivesRestart runs the adapter with the real core
// on a SQLite file: onboarding and a check-in by buttons and text, with
// the process restarted between the first and second answer.
func TestRealCoreCheckinSurvivesRestart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "checkin.db")
	fake := dcfake.New(dcfake.Options{})
	defer fake.Close()
	clock := time.Date(2026, 11, 25, 19, 30, 0, 0, time.UTC)
	now := func() time.Time { return clock }

	boot := func() (*store.DB, func()) {
		t.Helper()
		db, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		core := bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), now)
		a, logs := newAdapter(t, fake, core, core, nil)
		stop := run(t, fake, a)
		return db, func() {
			t.Helper()
			if err := stop(); err != nil {
				t.Errorf("Run: %v", err)
			}
			if err := db.Close(); err != nil {
				t.Errorf("close store: %v", err)
			}
			assertCleanLogs(t, logs.String(), fake.Token())
		}
	}
	const user = "424242"
	dm := fake.DMChannel(user)
	press := func(prefix, suffix string) {
		t.Helper()
		var msg, data string
		waitFor(t, fake, "a button "+prefix+"…"+suffix, func() bool {
			var ok bool
			msg, data, ok = dmButtons(fake, dm, prefix, suffix)
			return ok
		})
		id, err := fake.Press(user, msg, data)
		if err != nil {
			t.Fatal(err)
		}
		waitFor(t, fake, "the press answered", func() bool {
			in, _ := fake.Interaction(id)
			return len(in.Callbacks) > 0 && len(message(t, fake, msg).Buttons) == 0
		})
	}

	db, stop := boot()
	fake.UserSays(user, "hello")
	press("o:consent::", "yes")
	for _, step := range []string{"zone", "time", "country"} {
		press("o:skip::"+step, "")
	}
	fake.Slash(user, "", "", "checkin")
	press("c:mood:20261125:", ":6")
	waitFor(t, fake, "the sleep question", func() bool { _, _, ok := dmButtons(fake, dm, "c:sleep:", ""); return ok })

	// A restart mid check-in: the dialogue lives in the store, not here.
	stop()
	db, stop = boot()
	defer stop()
	fake.UserSays(user, "6.75")
	press("c:quality:20261125:", ":4")

	u, err := db.UserByPlatform(ctx, bot.Discord, user)
	if err != nil {
		t.Fatal(err)
	}
	if u.ChatID != dm {
		t.Errorf("stored chat id = %q, want the DM channel %q", u.ChatID, dm)
	}
	c, err := db.Checkin(ctx, u.ID, "2026-11-25")
	if err != nil {
		t.Fatal(err)
	}
	if c.Mood == nil || *c.Mood != 6 || c.SleepHours == nil || *c.SleepHours != 6.75 || c.SleepQuality == nil || *c.SleepQuality != 4 {
		t.Errorf("stored check-in = mood %v sleep %v quality %v, want 6, 6.75, 4", c.Mood, c.SleepHours, c.SleepQuality)
	}
}

// TestRealCoreScheduledPromptAndUnreachable sends the core's daily prompt
// through Send and lets a refused DM reach the core's MarkUnreachable.
func TestRealCoreScheduledPromptAndUnreachable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	clock := time.Date(2026, 11, 25, 19, 30, 0, 0, time.UTC)
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), func() time.Time { return clock })
	h := start(t, core, core, nil)
	const user = "515151"
	dm := h.fake.DMChannel(user)
	h.fake.UserSays(user, "hello")
	waitFor(t, h.fake, "the welcome", func() bool { _, _, ok := dmButtons(h.fake, dm, "o:consent::", "yes"); return ok })
	msg, data, _ := dmButtons(h.fake, dm, "o:consent::", "yes")
	if _, err := h.fake.Press(user, msg, data); err != nil {
		t.Fatal(err)
	}
	waitFor(t, h.fake, "onboarding", func() bool { _, _, ok := dmButtons(h.fake, dm, "o:skip::zone", ""); return ok })

	u, err := db.UserByPlatform(ctx, bot.Discord, user)
	if err != nil {
		t.Fatal(err)
	}
	replies, err := core.Prompt(ctx, u, "checkin")
	if err != nil || len(replies) == 0 {
		t.Fatalf("Prompt: %v, %d replies", err, len(replies))
	}
	id, err := h.a.Send(ctx, u.ChatID, replies[0])
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if m := message(t, h.fake, id); len(m.Buttons) == 0 || m.ChannelID != dm {
		t.Errorf("prompt = %+v, want buttons in the DM", m)
	}

	h.fake.CloseDMs(user)
	h.fake.UserSays(user, "slept badly")
	waitFor(t, h.fake, "the person marked", func() bool {
		u, err := db.UserByPlatform(ctx, bot.Discord, user)
		return err == nil && u.Inactive
	})
}
