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

// realCore starts the adapter on the fake with the real core over a
// SQLite file.
func realCore(t *testing.T) *harness {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clock := time.Date(2026, 11, 25, 19, 30, 0, 0, time.UTC)
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), func() time.Time { return clock })
	return start(t, core, core, nil)
}

// TestRiskInEveryDiscordPathGetsTheCrisisReply: risk words in a DM, in
// an edited DM, and in a slash command's text option (in a server and in
// DMs) are answered with the crisis reply; with no country known, the
// interaction's locale picks a likely country, shown as a guess beside the
// international directory.
func TestRiskInEveryDiscordPathGetsTheCrisisReply(t *testing.T) {
	t.Parallel()
	h := realCore(t)
	opt := func(name string) dcfake.Option {
		return dcfake.Option{Name: name, Type: dcfake.OptionString, Value: "honestly i want to die"}
	}
	tests := []struct {
		name   string
		user   dcfake.User
		send   func(t *testing.T, user string) func() string // what the person does; returns a reader of the answer
		want   []string
		unwant []string
	}{
		{"slash in a server, pt-BR", dcfake.User{ID: "6101", Username: "ana", Locale: "pt-BR"},
			func(t *testing.T, u string) func() string {
				return h.answerOf(t, h.fake.Slash(u, guild, channel, "name", opt("name")))
			},
			[]string{"You matter", "CVV", "Brazil", "findahelpline", "/country"}, nil},
		{"slash in DMs, de", dcfake.User{ID: "6102", Username: "jo", Locale: "de"},
			func(t *testing.T, u string) func() string {
				return h.answerOf(t, h.fake.Slash(u, "", "", "med", opt("details")))
			},
			[]string{"You matter", "TelefonSeelsorge", "Germany", "findahelpline"}, nil},
		{"slash, a language of many countries", dcfake.User{ID: "6103", Username: "al", Locale: "es-419"},
			func(t *testing.T, u string) func() string {
				return h.answerOf(t, h.fake.Slash(u, guild, channel, "name", opt("name")))
			},
			[]string{"You matter", "findahelpline"}, []string{"guessed"}},
		{"DM", dcfake.User{ID: "6104", Username: "bo"},
			func(t *testing.T, u string) func() string {
				h.fake.UserSays(u, "i want to die")
				return h.dmText(u, 0)
			}, []string{"You matter", "findahelpline"}, nil},
		{"edited DM", dcfake.User{ID: "6105", Username: "cy"},
			func(t *testing.T, u string) func() string {
				id := h.fake.UserSays(u, "hello there")
				welcome := h.dmText(u, 0)
				waitFor(t, h.fake, "the welcome", func() bool { return welcome() != "" })
				h.fake.UserEdits(id, "i want to die")
				return h.dmText(u, 0)
			}, []string{"You matter", "findahelpline"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h.fake.AddUser(tc.user)
			read := tc.send(t, tc.user.ID)
			var got string
			waitFor(t, h.fake, "the crisis reply", func() bool { got = read(); return strings.Contains(got, "You matter") })
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tc.unwant {
				if strings.Contains(got, w) {
					t.Errorf("reply has %q:\n%s", w, got)
				}
			}
		})
	}
}

// answerOf reads the in-place answer of an interaction.
func (h *harness) answerOf(t *testing.T, id string) func() string {
	return func() string {
		in, ok := h.fake.Interaction(id)
		if !ok || in.Original == "" {
			return ""
		}
		m, _ := h.fake.Message(in.Original)
		return m.Content
	}
}

// dmText reads the bot's DMs to a user from the index'th message on.
func (h *harness) dmText(user string, from int) func() string {
	return func() string {
		var b strings.Builder
		for i, m := range h.fake.Messages(h.fake.DMChannel(user)) {
			if i >= from && m.AuthorID == h.fake.BotID {
				b.WriteString(m.Content + "\n")
			}
		}
		return b.String()
	}
}
