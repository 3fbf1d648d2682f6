package telegram

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
	"github.com/checkin-bot/checkin/store"
)

// newRealCoreEnv is newEnv with the real conversation core behind the
// adapter, configured by edit.
func newRealCoreEnv(t *testing.T, edit func(*bot.Config)) (*env, *bot.Bot) {
	t.Helper()
	e := newEnv(t, nil)
	cfg := bot.DefaultConfig()
	if edit != nil {
		edit(&cfg)
	}
	core := bot.New(e.db, cfg, slog.New(slog.DiscardHandler), time.Now)
	logger := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(context.Background(), e.a.cfg, core, e.db, core, logger)
	if err != nil {
		t.Fatal(err)
	}
	a.retryBase, a.pollRetry, a.emptyPoll = 10*time.Millisecond, 20*time.Millisecond, 20*time.Millisecond
	e.a = a
	return e, core
}

// TestAccessAllowList: with access.allow set, a stranger gets one polite
// line and nothing of theirs is stored; a listed person gets the welcome.
func TestAccessAllowList(t *testing.T) {
	e, _ := newRealCoreEnv(t, func(c *bot.Config) { c.Allow = []string{"telegram:501"} })
	stop := run(t, e.a)
	defer stop()

	stranger, friend := tgfake.Person{ID: 777, Name: "S"}, tgfake.Person{ID: 501, Name: "F"}
	e.fake.Push(e.fake.Text(stranger, "/start"))
	e.fake.Push(e.fake.Text(stranger, "yes"))
	e.fake.Push(e.fake.Text(friend, "/start"))
	e.fake.Push(e.fake.Text(friend, "yes"))
	calls := e.fake.WaitCalls(5*time.Second, 4, "sendMessage")
	var toStranger, toFriend []string
	for _, c := range calls {
		switch c.ChatID() {
		case stranger.ID:
			toStranger = append(toStranger, c.Params["text"])
		case friend.ID:
			toFriend = append(toFriend, c.Params["text"])
		}
	}
	if len(toStranger) != 2 || !strings.Contains(toStranger[0], "private") || strings.Contains(strings.Join(toStranger, ""), "time zone") {
		t.Errorf("stranger got %q, want only the polite private-deployment line", toStranger)
	}
	if len(toFriend) != 2 || !strings.Contains(toFriend[1], "time zone") {
		t.Errorf("listed person got %q, want the welcome and the time-zone question", toFriend)
	}
	ctx := context.Background()
	if _, err := e.db.UserByPlatform(ctx, bot.Telegram, "777"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("stranger stored: %v", err)
	}
	if _, err := e.db.UserByPlatform(ctx, bot.Telegram, "501"); err != nil {
		t.Errorf("listed person not stored after consent: %v", err)
	}
}
