package discord

import (
	"errors"
	"log/slog"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
	"github.com/gorilla/websocket"

	"github.com/checkin-bot/checkin/bot"
)

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	valid := DefaultConfig()
	valid.Token = "MTIz.abc.def"
	tests := []struct {
		name string
		edit func(*Config)
		want []string // keys named in the error; none for valid
	}{
		{"default with token", func(*Config) {}, nil},
		{"Bot prefix tolerated", func(c *Config) { c.Token = "Bot MTIz.abc.def" }, nil},
		{"guilds and app id", func(c *Config) { c.GuildIDs = []string{"123456789012345678"}; c.ApplicationID = "42" }, nil},
		{"no token", func(c *Config) { c.Token = "" }, []string{"discord.token", "DISCORD_BOT_TOKEN"}},
		{"token with newline", func(c *Config) { c.Token = "abc\n" }, []string{"discord.token"}},
		{"token not expanded", func(c *Config) { c.Token = "${DISCORD_BOT_TOKEN}" }, []string{"discord.token", "environment"}},
		{"rate zero", func(c *Config) { c.Rate = 0 }, []string{"discord.rate"}},
		{"rate over Discord's limit", func(c *Config) { c.Rate = 51 }, []string{"discord.rate", "50"}},
		{"guild id by name", func(c *Config) { c.GuildIDs = []string{"1", "my server"} }, []string{"discord.guild_ids[1]"}},
		{"app id", func(c *Config) { c.ApplicationID = "checkin" }, []string{"discord.application_id"}},
		{"api url", func(c *Config) { c.APIURL = "discord.com" }, []string{"discord.api_url"}},
		{"second of three shards", func(c *Config) { c.ShardID, c.ShardCount = 1, 3 }, nil},
		{"no shards", func(c *Config) { c.ShardCount = 0 }, []string{"discord.shard_count"}},
		{"too many shards", func(c *Config) { c.ShardCount = 5000 }, []string{"discord.shard_count"}},
		{"shard id past the count", func(c *Config) { c.ShardID, c.ShardCount = 3, 3 }, []string{"discord.shard_id", "0 to 2"}},
		{"negative shard id", func(c *Config) { c.ShardID, c.ShardCount = -1, 2 }, []string{"discord.shard_id"}},
		{"all at once", func(c *Config) { c.Token = ""; c.Rate = -1 }, []string{"discord.token", "discord.rate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := valid
			tt.edit(&c)
			err := c.Validate()
			if (err == nil) != (tt.want == nil) {
				t.Fatalf("Validate() = %v, want error naming %v", err, tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
		})
	}
}

func buttons(n int) []bot.Button {
	out := make([]bot.Button, n)
	for i := range out {
		out[i] = bot.Button{Label: string(rune('a' + i)), Data: string(rune('a' + i))}
	}
	return out
}

func TestComponentsLayout(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		rows    [][]bot.Button
		want    []int // buttons per row
		wantErr bool
	}{
		{"none", nil, nil, false},
		{"one short row", [][]bot.Button{buttons(3)}, []int{3}, false},
		{"0-10 rating wraps evenly", [][]bot.Button{buttons(11)}, []int{4, 4, 3}, false},
		{"six in two rows", [][]bot.Button{buttons(6), buttons(5)}, []int{3, 3, 5}, false},
		{"rows kept", [][]bot.Button{buttons(2), buttons(4)}, []int{2, 4}, false},
		{"too many rows repacked", [][]bot.Button{buttons(2), buttons(2), buttons(2), buttons(2), buttons(2), buttons(2)}, []int{5, 5, 2}, false},
		{"25 fit", [][]bot.Button{buttons(25)}, []int{5, 5, 5, 5, 5}, false},
		{"26 do not", [][]bot.Button{buttons(20), buttons(6)}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := components(tt.rows)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			var sizes []int
			for _, c := range got {
				row := c.(discordgo.ActionsRow)
				sizes = append(sizes, len(row.Components))
				for _, b := range row.Components {
					if b.(discordgo.Button).CustomID == "" {
						t.Error("button without custom id")
					}
				}
			}
			if diff := cmp.Diff(tt.want, sizes); diff != "" {
				t.Errorf("row sizes (-want +got):\n%s", diff)
			}
		})
	}
	long, _ := components([][]bot.Button{{{Label: strings.Repeat("é", 100), Data: "x"}}})
	if l := long[0].(discordgo.ActionsRow).Components[0].(discordgo.Button).Label; utf8.RuneCountInString(l) != maxButtonLabel {
		t.Errorf("label of %d characters, want cut to %d", utf8.RuneCountInString(l), maxButtonLabel)
	}
}

func TestSplit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{"empty", "", 10, nil},
		{"fits", "short", 10, []string{"short"}},
		{"at a line break", "line one\nline two\nline three", 20, []string{"line one\nline two", "line three"}},
		{"at a space", "word word word word", 10, []string{"word word", "word word"}},
		{"hard cut", "abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"emoji count twice", "😀😀😀", 4, []string{"😀😀", "😀"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, split(tt.text, tt.limit)); diff != "" {
				t.Errorf("split (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCommandText(t *testing.T) {
	t.Parallel()
	cmds := []bot.Command{
		{Name: "checkin", Args: []bot.Arg{{Name: "mood", Kind: bot.ArgInt}, {Name: "sleep", Kind: bot.ArgNumber}, {Name: "quality", Kind: bot.ArgInt}}},
		{Name: "time", Args: []bot.Arg{{Name: "time", Kind: bot.ArgString}}},
	}
	opt := func(name string, typ discordgo.ApplicationCommandOptionType, v any) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: typ, Value: v}
	}
	tests := []struct {
		name    string
		data    discordgo.ApplicationCommandInteractionData
		want    string
		wantGap bool
	}{
		{"bare", discordgo.ApplicationCommandInteractionData{Name: "checkin"}, "/checkin", false},
		{"declared order", discordgo.ApplicationCommandInteractionData{Name: "checkin", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			opt("sleep", discordgo.ApplicationCommandOptionNumber, 7.5), opt("mood", discordgo.ApplicationCommandOptionInteger, 6.0)}}, "/checkin 6 7.5", false},
		{"whole hours", discordgo.ApplicationCommandInteractionData{Name: "checkin", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			opt("mood", discordgo.ApplicationCommandOptionInteger, 0.0), opt("sleep", discordgo.ApplicationCommandOptionNumber, 8.0)}}, "/checkin 0 8", false},
		{"string trimmed", discordgo.ApplicationCommandInteractionData{Name: "time", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			opt("time", discordgo.ApplicationCommandOptionString, " 21:00 ")}}, "/time 21:00", false},
		{"gap", discordgo.ApplicationCommandInteractionData{Name: "checkin", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			opt("sleep", discordgo.ApplicationCommandOptionNumber, 7.5)}}, "", true},
		{"unknown command", discordgo.ApplicationCommandInteractionData{Name: "gone"}, "/gone", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := commandText(cmds, tt.data)
			var gap *gapError
			if errors.As(err, &gap) != tt.wantGap {
				t.Fatalf("err = %v, want gap %v", err, tt.wantGap)
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestScrubAndLibraryLog(t *testing.T) { // not parallel: it routes the library's global logger
	const token = "MTE5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123"
	tests := []struct{ in, secret string }{
		{"Post \"https://discord.com/api/v9/interactions/123/aW50ZXJhY3Rpb246MTIz/callback\": EOF", "aW50ZXJhY3Rpb246MTIz"},
		{"PATCH https://discord.com/api/v9/webhooks/42/tok-en_1/messages/@original", "tok-en_1"},
		{"authorization: Bot " + token, token},
		{`{"op":2,"d":{"token":"secret-value"}}`, "secret-value"},
		{"bare " + token, token},
	}
	for _, tt := range tests {
		if got := scrub(tt.in); strings.Contains(got, tt.secret) {
			t.Errorf("scrub(%q) = %q, still has the secret", tt.in, got)
		}
	}
	logs := &syncBuffer{}
	routeLibraryLog(slog.New(slog.NewTextHandler(logs, nil)))
	libraryLog(discordgo.LogError, 1, "error sending identify %s, %s", "Bot "+token, strings.Repeat("x", 1000))
	if out := logs.String(); !strings.Contains(out, "discord: library") || strings.Contains(out, token) || len(out) > 2*maxLibraryLog {
		t.Errorf("library log not scrubbed or not cut: %q", out)
	}
}

func TestFatalGatewayCodes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err  error
		want bool
	}{
		{&websocket.CloseError{Code: 4004}, true},
		{&websocket.CloseError{Code: 4014}, true},
		{&websocket.CloseError{Code: 4000}, false},
		{errors.New("dial tcp: connection refused"), false},
	}
	for _, tt := range tests {
		if got := fatalGateway(tt.err); got != tt.want {
			t.Errorf("fatalGateway(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

func TestEveryCommandFitsDiscord(t *testing.T) {
	t.Parallel()
	cmds, err := applicationCommands(bot.Commands)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cmds {
		if n := utf8.RuneCountInString(c.Description); n == 0 || n > 100 {
			t.Errorf("/%s description has %d characters, Discord takes 1 to 100", c.Name, n)
		}
		for _, o := range c.Options {
			if n := utf8.RuneCountInString(o.Description); n == 0 || n > 100 {
				t.Errorf("/%s %s description has %d characters", c.Name, o.Name, n)
			}
		}
	}
}
