package bot_test

import (
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot"
)

// TestCrisisLocaleGuess: with no country known (a stranger, a skipped
// country) the crisis reply and /crisis use the app's language to guess
// one, say so and how to set it, and keep the directory beside it; a
// country the person set always wins, and a language with no clear
// country gives the directory.
func TestCrisisLocaleGuess(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		country string // "" = no onboarding
		locale  string
		send    string
		want    []string
		not     []string
	}{
		{"stranger, de", "", "de", risky, []string{"TelefonSeelsorge", "guessed from your app's language: Germany", "findahelpline", "/country"}, nil},
		{"stranger, pt-BR", "", "pt-BR", risky, []string{"CVV", "Brazil", "findahelpline", "192"}, nil},
		{"skipped country, en-US", "skip", "en-US", risky, []string{"988", "United States", "findahelpline", "/country"}, nil},
		{"skipped country, /crisis", "skip", "de", "/crisis", []string{"TelefonSeelsorge", "Germany", "findahelpline", "/country"}, nil},
		{"country set wins", "GB", "de", risky, []string{"116 123"}, []string{"TelefonSeelsorge", "guessed"}},
		{"language of many countries", "", "en", risky, []string{"findahelpline", "your local emergency number"}, []string{"guessed", "988"}},
		{"no hint", "skip", "", risky, []string{"findahelpline"}, []string{"guessed"}},
		{"a guess with no lines yet", "", "xx-ZZ", risky, []string{"findahelpline", "your local emergency number", "/country"}, []string{"988", "116 123"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("760")
			if tc.country != "" {
				c.onboard("UTC", "21:00", tc.country)
			}
			r := c.handle(bot.Inbound{Text: tc.send, MessageID: c.nextID(), Locale: tc.locale})
			if len(r.Replies) == 0 {
				t.Fatal("no reply")
			}
			first := r.Replies[0].Text
			for _, w := range tc.want {
				if !strings.Contains(first, w) {
					t.Errorf("first reply lacks %q:\n%s", w, first)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(first, w) {
					t.Errorf("first reply has %q:\n%s", w, first)
				}
			}
		})
	}
}
