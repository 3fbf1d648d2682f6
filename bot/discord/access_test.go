package discord

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/discord/dcfake"
	"github.com/checkin-bot/checkin/store"
)

// TestAccessAllowList runs the real core with access.allow set: a listed
// person and a member of a listed guild get in; anyone else gets one polite
// line and nothing of theirs is stored.
func TestAccessAllowList(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg := bot.DefaultConfig()
	cfg.Allow = []string{"discord:111", "discord-guild:900"}
	core := bot.New(db, cfg, slog.New(slog.DiscardHandler), time.Now)
	h := start(t, core, core, nil)
	defer h.stop()
	fake := h.fake

	lastDM := func(user string) string {
		ms := fake.Messages(fake.DMChannel(user))
		if len(ms) == 0 {
			return ""
		}
		return ms[len(ms)-1].Content
	}
	// A stranger in DMs.
	fake.UserSays("222", "yes")
	waitFor(t, fake, "the stranger's answer", func() bool { return lastDM("222") != "" })
	if got := lastDM("222"); !strings.Contains(got, "private") {
		t.Errorf("stranger got %q, want the polite private-deployment line", got)
	}
	// A stranger's slash command in a guild that is not listed.
	id := fake.Slash("333", "901", "chan-1", "start")
	waitFor(t, fake, "the slash answer", func() bool { in, _ := fake.Interaction(id); return len(in.Callbacks) > 0 })
	// The listed person and a member of the listed guild get the welcome.
	fake.UserSays("111", "hello")
	waitFor(t, fake, "the listed person's welcome", func() bool { return strings.Contains(lastDM("111"), "checkin") })
	id = fake.Slash("444", "900", "chan-2", "start")
	waitFor(t, fake, "the guild member's welcome", func() bool {
		in, _ := fake.Interaction(id)
		return len(in.Callbacks) > 0 && in.Callbacks[0].Ephemeral
	})

	for _, stranger := range []string{"222", "333"} {
		if _, err := db.UserByPlatform(ctx, bot.Discord, stranger); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("stranger %s: err = %v, want nothing stored", stranger, err)
		}
	}
	if users, _ := db.Users(ctx); len(users) != 0 {
		t.Errorf("no one consented yet, but %d people are stored", len(users))
	}
	_ = dcfake.Options{}
}
