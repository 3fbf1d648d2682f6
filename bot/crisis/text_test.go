package crisis

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// codes is every default country plus an unknown and an empty code.
func codes(t *testing.T) []string {
	t.Helper()
	var out []string
	for code := range Default().Countries {
		out = append(out, code)
	}
	slices.Sort(out)
	return append(out, "XX", "")
}

// banned are things the acute reply must never say (safe messaging: no
// methods, no diagnosis, no false promises, no "I understand exactly").
var banned = []string{"confidential", "understand exactly", "i know how you feel", "diagnos", "depression",
	"method", "pill", "overdose", "rope", "kill", "suicide is", "selfish", "calm down", "cheer up", "promise"}

func TestAcute(t *testing.T) {
	d := Default()
	for _, code := range codes(t) {
		for _, urgent := range []bool{false, true} {
			name := code + map[bool]string{false: "/not-urgent", true: "/urgent"}[urgent]
			t.Run(name, func(t *testing.T) {
				msg := d.Acute(code, urgent)
				if n := utf8.RuneCountInString(msg); n > 900 {
					t.Errorf("%d runes, want at most 900:\n%s", n, msg)
				}
				lower := strings.ToLower(msg)
				for _, b := range banned {
					if strings.Contains(lower, b) {
						t.Errorf("contains %q:\n%s", b, msg)
					}
				}
				emergency := localEmergency
				if c, ok := d.For(code); ok {
					emergency = c.Emergency
				}
				lines := d.Lines(code)
				mustOrder(t, msg, "Thank you for telling me", lines, "doctor", "automated program", "/checkin")
				if !strings.Contains(msg, "You matter") || !strings.Contains(msg, "don't have to face it alone") {
					t.Errorf("does not say the person matters and is not alone:\n%s", msg)
				}
				if urgent {
					if !strings.HasPrefix(msg, "If you might act on these thoughts or are in danger now, call "+emergency+" now.") {
						t.Errorf("urgent reply does not lead with the emergency number:\n%s", msg)
					}
				} else {
					if !strings.HasPrefix(msg, "Thank you for telling me.") {
						t.Errorf("reply does not open with the acknowledgement:\n%s", msg)
					}
					mustOrder(t, msg, lines, "If you are in danger, call "+emergency, "doctor")
				}
			})
		}
	}
}

func TestAcuteListsEveryLine(t *testing.T) {
	d := Default()
	for code, c := range d.Countries {
		msg := d.Acute(code, false)
		for _, l := range c.Lines {
			if !strings.Contains(msg, l.Name) {
				t.Errorf("%s: %q missing from the acute reply", code, l.Name)
			}
		}
	}
}

func TestHelp(t *testing.T) {
	d := Default()
	for _, code := range codes(t) {
		msg := d.Help(code)
		for _, want := range []string{d.Lines(code), "not an emergency service", "https://findahelpline.com", "In an emergency, call "} {
			if !strings.Contains(msg, want) {
				t.Errorf("Help(%q) lacks %q:\n%s", code, want, msg)
			}
		}
	}
	if got := d.Help("gb"); !strings.Contains(got, "In an emergency, call 999.") || !strings.Contains(got, "Abroad? Find A Helpline") {
		t.Errorf("Help(gb):\n%s", got)
	}
	// Where the directory is already beside the lines it is not repeated.
	for _, code := range []string{"PT", "TR", "XX"} {
		if got := d.Help(code); strings.Count(got, "https://findahelpline.com") != 1 || strings.Contains(got, "Abroad?") {
			t.Errorf("Help(%s) shows the directory other than once:\n%s", code, got)
		}
	}
}

func TestLines(t *testing.T) {
	d := Default()
	tests := []struct{ code, want string }{
		{"US", "• 988 Suicide & Crisis Lifeline: call or text 988, chat https://988lifeline.org (24/7)"},
		{"de", "• TelefonSeelsorge: call 0800 111 0 111 or 0800 111 0 222, chat https://www.telefonseelsorge.de (24/7)"},
		{"IT", "• Telefono Amico Italia: call 02 2327 2327, WhatsApp 324 011 7252 (10:00-24:00, not 24/7)\n" +
			"These numbers could not be checked recently and may have changed. If one doesn't work, Find A Helpline lists other helplines: https://findahelpline.com"},
		{"PT", "• Linha Nacional de Prevenção do Suicídio: call 1411 (24/7)\n" +
			"• SOS Voz Amiga: call 213 544 545 or 912 802 669 or 963 524 660 (15:30-00:30)\n" +
			"These numbers could not be checked recently and may have changed. If one doesn't work, Find A Helpline lists other helplines: https://findahelpline.com"},
		{"TR", "Find A Helpline lists helplines in many countries: https://findahelpline.com"},
		{"XX", "Find A Helpline lists helplines in many countries: https://findahelpline.com"},
		{"", "Find A Helpline lists helplines in many countries: https://findahelpline.com"},
	}
	for _, tt := range tests {
		if got := d.Lines(tt.code); got != tt.want {
			t.Errorf("Lines(%q) =\n%s\nwant\n%s", tt.code, got, tt.want)
		}
	}
}

func TestFormatLine(t *testing.T) {
	tests := []struct {
		l    Line
		want string
	}{
		{Line{Name: "A", Call: []string{"1"}, Text: "1"}, "A: call or text 1"},
		{Line{Name: "A", Call: []string{"1"}, Text: "HELLO to 2"}, "A: call 1, text HELLO to 2"},
		{Line{Name: "A", Call: []string{"1", "2"}, Hours: "24/7"}, "A: call 1 or 2 (24/7)"},
		{Line{Name: "A", Chat: "https://a.example"}, "A: chat https://a.example"},
		{Line{Name: "A", WhatsApp: "3", Hours: "9-5"}, "A: WhatsApp 3 (9-5)"},
	}
	for _, tt := range tests {
		if got := formatLine(tt.l); got != tt.want {
			t.Errorf("formatLine(%+v) = %q, want %q", tt.l, got, tt.want)
		}
	}
}

// mustOrder checks that each part appears in s, in the given order.
func mustOrder(t *testing.T, s string, parts ...string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		i := strings.Index(s[at:], p)
		if i < 0 {
			t.Errorf("%q missing or out of order in:\n%s", p, s)
			return
		}
		at += i + len(p)
	}
}

// TestSafetyDocShowsTheReply keeps the example in docs/SAFETY.md true.
func TestSafetyDocShowsTheReply(t *testing.T) {
	doc, err := os.ReadFile("../../docs/SAFETY.md")
	if err != nil {
		t.Skip("docs/SAFETY.md not found:", err)
	}
	if !strings.Contains(string(doc), Default().Acute("US", true)) {
		t.Error("docs/SAFETY.md no longer shows the urgent reply for the US as Acute builds it; update the example")
	}
}
