package discord

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/discord/dcfake"
)

func TestConnectsWithTheDMIntentOnly(t *testing.T) {
	t.Parallel()
	h := start(t, &fakeCore{}, nil, nil)
	gw := h.fake.Gateway()
	if gw.Intents != int(discordgo.IntentsDirectMessages) {
		t.Errorf("intents = %d, want only DIRECT_MESSAGES (%d)", gw.Intents, discordgo.IntentsDirectMessages)
	}
	privileged := discordgo.IntentsMessageContent | discordgo.IntentsGuildMembers | discordgo.IntentsGuildPresences
	if gw.Intents&int(privileged) != 0 {
		t.Errorf("privileged intents requested: %d", gw.Intents&int(privileged))
	}
	if gw.Identifies != 1 {
		t.Errorf("identifies = %d, want 1", gw.Identifies)
	}
	waitFor(t, h.fake, "a heartbeat", func() bool { return h.fake.Gateway().Heartbeats > 0 })
	if err := h.stop(); err != nil {
		t.Fatalf("Run returned %v, want nil after cancel", err)
	}
	if h.a.Connected() {
		t.Error("Connected() after Run returned")
	}
}

// A session configured as one shard of several identifies as that shard;
// an unsharded one sends no shard at all.
func TestIdentifiesAsItsShard(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		id, count int
		want      []int
	}{{0, 1, nil}, {0, 2, []int{0, 2}}, {2, 3, []int{2, 3}}} {
		h := start(t, &fakeCore{}, nil, func(c *Config) { c.ShardID, c.ShardCount = tt.id, tt.count })
		if got := h.fake.Gateway().Shard; !slices.Equal(got, tt.want) {
			t.Errorf("shard %d of %d identified with %v, want %v", tt.id, tt.count, got, tt.want)
		}
		if err := h.stop(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCommandsRegisteredTypedAndIdempotent(t *testing.T) {
	t.Parallel()
	fake := dcfake.New(dcfake.Options{})
	defer fake.Close()
	a, _ := newAdapter(t, fake, &fakeCore{}, nil, nil)
	stop := run(t, fake, a)
	first := fake.Commands("")
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	// A restart registers again: the same commands, the same ids, no duplicates.
	b, _ := newAdapter(t, fake, &fakeCore{}, nil, nil)
	if err := run(t, fake, b)(); err != nil {
		t.Fatal(err)
	}
	again := fake.Commands("")
	if len(again) != len(bot.Commands) || len(first) != len(again) {
		t.Fatalf("registered %d then %d commands, want %d", len(first), len(again), len(bot.Commands))
	}
	for i, c := range again {
		if c.Name != bot.Commands[i].Name || c.ID != first[i].ID {
			t.Errorf("command %d = %s (%s), want %s (%s)", i, c.Name, c.ID, bot.Commands[i].Name, first[i].ID)
		}
		if !slices.Equal(c.Contexts, []int{0, 1}) {
			t.Errorf("/%s contexts = %v, want servers and bot DMs", c.Name, c.Contexts)
		}
	}
	byName := map[string]dcfake.Command{}
	for _, c := range again {
		byName[c.Name] = c
	}
	tests := []struct {
		cmd, opt string
		typ      int
		choices  []any
	}{
		{"checkin", "mood", dcfake.OptionInteger, nil},
		{"checkin", "sleep", dcfake.OptionNumber, nil},
		{"checkin", "quality", dcfake.OptionInteger, nil},
		{"time", "time", dcfake.OptionString, nil},
		{"pause", "days", dcfake.OptionInteger, nil},
		{"report", "days", dcfake.OptionString, []any{"14", "28", "90"}},
		{"export", "format", dcfake.OptionString, []any{"csv", "json"}},
	}
	for _, tt := range tests {
		t.Run(tt.cmd+"/"+tt.opt, func(t *testing.T) {
			i := slices.IndexFunc(byName[tt.cmd].Options, func(o dcfake.CommandOption) bool { return o.Name == tt.opt })
			if i < 0 {
				t.Fatalf("/%s has no option %s", tt.cmd, tt.opt)
			}
			o := byName[tt.cmd].Options[i]
			if o.Type != tt.typ {
				t.Errorf("type = %d, want %d", o.Type, tt.typ)
			}
			var got []any
			for _, c := range o.Choices {
				got = append(got, c.Value)
			}
			if !slices.Equal(got, tt.choices) {
				t.Errorf("choices = %v, want %v", got, tt.choices)
			}
		})
	}
}

func TestCommandsRegisteredInConfiguredGuilds(t *testing.T) {
	t.Parallel()
	h := start(t, &fakeCore{}, nil, func(c *Config) { c.GuildIDs = []string{"111", "222"} })
	waitFor(t, h.fake, "both guilds", func() bool { return len(h.fake.Commands("222")) > 0 })
	for _, g := range []string{"111", "222"} {
		if n := len(h.fake.Commands(g)); n != len(bot.Commands) {
			t.Errorf("guild %s has %d commands, want %d", g, n, len(bot.Commands))
		}
	}
	if n := len(h.fake.Commands("")); n != 0 {
		t.Errorf("%d global commands, want none when guild_ids is set", n)
	}
}

func TestWrongTokenIsFinal(t *testing.T) {
	t.Parallel()
	fake := dcfake.New(dcfake.Options{})
	defer fake.Close()
	a, _ := newAdapter(t, fake, &fakeCore{}, nil, func(c *Config) { c.Token = "not-the-token" })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := a.Run(ctx); err == nil || ctx.Err() != nil {
		t.Fatal("Run with a wrong token returned nil, want an error naming discord.token")
	}
}

func TestResumesAfterDroppedConnection(t *testing.T) {
	t.Parallel()
	core := &fakeCore{}
	h := start(t, core, nil, nil)
	const user = "4001"
	h.fake.UserSays(user, "before the drop")
	waitFor(t, h.fake, "first message handled", func() bool { return len(core.inbound()) == 1 })

	if err := h.fake.DropConnection(); err != nil {
		t.Fatal(err)
	}
	// Sent while the bot is away: Discord replays it on RESUME.
	h.fake.UserSays(user, "during the outage")
	waitFor(t, h.fake, "resume", func() bool { return h.fake.Gateway().Resumes == 1 && h.a.Connected() })
	h.fake.UserSays(user, "after the resume")
	waitFor(t, h.fake, "all messages handled", func() bool { return len(core.inbound()) == 3 })

	var texts []string
	for _, in := range core.inbound() {
		texts = append(texts, in.Text)
	}
	want := []string{"before the drop", "during the outage", "after the resume"}
	if !slices.Equal(texts, want) {
		t.Errorf("core got %q, want %q", texts, want)
	}
	if logs := h.logs.String(); !strings.Contains(logs, "connection lost") || !strings.Contains(logs, "gateway reconnected") {
		t.Errorf("the drop and the resume are not both logged:\n%s", logs)
	}
	if gw := h.fake.Gateway(); gw.Identifies != 1 || gw.Connections != 2 {
		t.Errorf("identifies = %d, connections = %d; want one session resumed on a second connection", gw.Identifies, gw.Connections)
	}
}
