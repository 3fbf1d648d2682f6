package crisis

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCountryForLocale(t *testing.T) {
	tests := []struct {
		locale string
		want   string
		ok     bool
	}{
		{"en-US", "US", true},
		{"en-GB", "GB", true},
		{"en_gb", "GB", true},
		{"en-UK", "GB", true},
		{"pt-BR", "BR", true},
		{"pt-br", "BR", true},
		{"pt-PT", "PT", true}, // a country the table may not have: callers fall back
		{"es-MX", "MX", true},
		{"es-ES", "ES", true},
		{"sv-SE", "SE", true},
		{"zh-Hant-TW", "TW", true},
		{"zh-CN", "CN", true},
		{"de", "DE", true},
		{"DE", "DE", true},
		{" fr ", "FR", true},
		{"pt", "BR", true},
		{"ja", "JP", true},
		{"nb", "NO", true},
		{"en", "", false}, // spoken natively in many countries, none a clear majority
		{"es", "", false},
		{"es-419", "", false}, // Latin America: a region, not a country
		{"ar", "", false},
		{"zh-Hant", "", false},
		{"", "", false},
		{"-", "", false},
		{"xx-", "", false},
		{"1234", "", false},
		{"klingon", "", false},
		{"en-US\x00", "", false},
		{strings.Repeat("a-", 100), "", false},
	}
	for _, tt := range tests {
		got, ok := CountryForLocale(tt.locale)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CountryForLocale(%q) = %q, %v; want %q, %v", tt.locale, got, ok, tt.want, tt.ok)
		}
	}
}

// TestAcuteGuess: a guessed country's reply shows its lines and its
// emergency number, says plainly that it guessed and how to set the
// country, and puts the international directory beside the lines. A guess
// the table has no lines for falls back to the directory, visibly.
func TestAcuteGuess(t *testing.T) {
	d := Default()
	only := Table{Fallback: d.Fallback, Countries: map[string]Country{"DE": d.Countries["DE"]}}
	tests := []struct {
		name  string
		table Table
		code  string
		want  []string // in this order
	}{
		{"with lines", d, "DE", []string{"Thank you for telling me", "TelefonSeelsorge", "Country guessed from your app's language: Germany",
			"https://findahelpline.com", "If you are in danger, call 112, or your local emergency number", "/country", "doctor"}},
		{"not in the table", only, "PT", []string{"Thank you for telling me", "Find A Helpline lists helplines in many countries: https://findahelpline.com",
			"If you are in danger, call your local emergency number", "/country", "doctor"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, urgent := range []bool{false, true} {
				msg := tt.table.AcuteGuess(tt.code, urgent)
				want := tt.want
				if urgent {
					emergency := "your local emergency number"
					if tt.code == "DE" {
						emergency = "112, or your local emergency number"
					}
					if !strings.HasPrefix(msg, "If you might act on these thoughts or are in danger now, call "+emergency+" now.") {
						t.Errorf("urgent guess does not lead with the emergency number:\n%s", msg)
					}
					want = removeDanger(want)
				}
				mustOrder(t, msg, want...)
				if n := utf8.RuneCountInString(msg); n > 1100 {
					t.Errorf("%d runes, want at most 1100:\n%s", n, msg)
				}
				lower := strings.ToLower(msg)
				for _, b := range banned {
					if strings.Contains(lower, b) {
						t.Errorf("contains %q:\n%s", b, msg)
					}
				}
			}
			help := tt.table.HelpGuess(tt.code)
			for _, w := range []string{"https://findahelpline.com", "/country", "not an emergency service", "In an emergency, call "} {
				if !strings.Contains(help, w) {
					t.Errorf("HelpGuess(%q) lacks %q:\n%s", tt.code, w, help)
				}
			}
		})
	}
	if a, b := d.Acute("DE", false), d.AcuteGuess("DE", false); a == b || strings.Contains(a, "guessed") {
		t.Errorf("a country the person set is shown as a guess, or a guess is not:\n%s", a)
	}
}

func removeDanger(parts []string) []string {
	var out []string
	for _, p := range parts {
		if !strings.HasPrefix(p, "If you are in danger") {
			out = append(out, p)
		}
	}
	return out
}
