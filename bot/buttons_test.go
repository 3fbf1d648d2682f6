package bot_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/checkin-bot/checkin/bot"
)

// forged is button data a client may send back that checkin never made,
// or made for another moment.
var forged = []struct {
	name, data string
}{
	{"one letter", "x"},
	{"65 bytes", "c:mood:20261125:" + strings.Repeat("5", 49)},
	{"invalid UTF-8", "c:mood:20261125:\xff\xfe"},
	{"mood 11", "c:mood:20261125:11"},
	{"mood -1", "c:mood:20261125:-1"},
	{"mood 05", "c:mood:20261125:05"},
	{"mood +5", "c:mood:20261125:+5"},
	{"mood 5.0", "c:mood:20261125:5.0"},
	{"short day", "c:mood:2026112:5"},
	{"day 20261340", "c:mood:20261340:5"},
	{"no day", "c:mood::5"},
	{"skip with no day", "c:energy::skip"},
	{"sleep with no day", "c:sleep::7"},
	{"unknown item", "c:bogus:20261125:5"},
	{"note with a value", "c:note:20261125:hello"},
	{"skip mood", "c:mood:20261125:skip"},
	{"sleep 25", "c:sleep:20261125:25"},
	{"sleep NaN", "c:sleep:20261125:NaN"},
	{"sleep Inf", "c:sleep:20261125:Inf"},
	{"sleep -0.5", "c:sleep:20261125:-0.5"},
	{"sleep 1e1", "c:sleep:20261125:1e1"},
	{"quality 0", "c:quality:20261125:0"},
	{"quality 6", "c:quality:20261125:6"},
	{"med maybe", "c:med:20261125:maybe"},
	{"phq item 12", "p:12:20261125:1"},
	{"phq without questionnaire", "p:1:20261125:1"},
	{"delete without asking", "x:delete::yes"},
	{"unknown confirmation", "x:drop::yes"},
	{"future day", "c:mood:20991231:5"},
	{"tomorrow", "c:mood:20261126:5"},
	{"three days ago", "c:mood:20261122:5"},
	{"note offer without offer", "n:save:20261125:yes"},
	{"unknown kind", "z:mood:20261125:5"},
	{"extra field", "c:mood:20261125:5:5"},
	{"empty field", "c::20261125:5"},
	{"colons", ":::"},
	{"consent maybe", "o:consent::maybe"},
	{"onboard unknown", "o:launch::missiles"},
	{"skip a step not asked", "o:skip::zone"},
	{"change unknown setting", "o:change::admin"},
	{"SQL", "c:mood:20261125:5'--"},
	{"NUL", "c:mood:20261125:5\x00"},
}

// TestForgedButtons: malformed, forged or stale data is answered kindly
// with Stale and an Ack, and changes nothing.
func TestForgedButtons(t *testing.T) {
	t.Parallel()
	for _, tc := range forged {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h, c := onboarded(t)
			c.send("/checkin")
			c.press("4") // mood answered; the sleep question is open
			before := rows(c.checkins())
			usersBefore := len(h.users())
			r := c.pressData(tc.data)
			if !r.Stale {
				t.Errorf("Stale = false:\n%s", dump(r))
			}
			if strings.TrimSpace(r.Ack) == "" {
				t.Errorf("no Ack:\n%s", dump(r))
			}
			if after := rows(c.checkins()); after != before {
				t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
			}
			if n := len(h.users()); n != usersBefore {
				t.Errorf("users %d → %d", usersBefore, n)
			}
			// The open question is still open.
			r = c.send("7")
			mustContain(t, r, "slept 7 h")
		})
	}
}

// TestForgedButtonsBeforeConsent: data from a stranger stores nothing.
func TestForgedButtonsBeforeConsent(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	for i, tc := range forged {
		c := h.person("stranger" + string(rune('a'+i)))
		r := c.pressData(tc.data)
		if !r.Stale || r.Ack == "" {
			t.Errorf("%s: stale %v ack %q", tc.name, r.Stale, r.Ack)
		}
	}
	if us := h.users(); len(us) != 0 {
		t.Errorf("%d users stored from forged buttons", len(us))
	}
}

// TestButtonRoundTrip: every button the core makes decodes and encodes
// back to the same data, within Telegram's 64 bytes.
func TestButtonRoundTrip(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	var seen []string
	collect := func(r bot.Response) {
		for _, x := range r.Replies {
			for _, row := range x.Buttons {
				for _, b := range row {
					seen = append(seen, b.Data)
				}
			}
		}
	}
	collect(c.send("/checkin"))
	for _, l := range []string{"4", "7 h", "3", "6", "5", "Partly", "Yes"} {
		collect(c.press(l))
	}
	collect(c.send("/start"))
	collect(c.send("/phq9"))
	collect(c.send("/delete"))
	collect(c.send("no"))
	collect(c.send("some stray words"))
	rs, _ := h.b.Prompt(h.ctx, c.mustUser(), "phq9")
	collect(respOf(rs))
	if len(seen) < 30 {
		t.Fatalf("only %d buttons seen", len(seen))
	}
	for _, data := range seen {
		if len(data) > 64 {
			t.Errorf("%q is %d bytes", data, len(data))
		}
		d, ok := bot.DecodeButton(data)
		if !ok {
			t.Errorf("DecodeButton(%q) failed", data)
			continue
		}
		if got := bot.EncodeButton(d); got != data {
			t.Errorf("EncodeButton(DecodeButton(%q)) = %q", data, got)
		}
	}
}

func TestDecodeButton(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		ok   bool
		want bot.ButtonData
	}{
		{"c:mood:20261125:6", true, bot.ButtonData{Kind: 'c', Field: "mood", Day: "2026-11-25", Value: "6"}},
		{"o:consent::yes", true, bot.ButtonData{Kind: 'o', Field: "consent", Value: "yes"}},
		{"p:3:20261125:2", true, bot.ButtonData{Kind: 'p', Field: "3", Day: "2026-11-25", Value: "2"}},
		{"x:delete::yes", true, bot.ButtonData{Kind: 'x', Field: "delete", Value: "yes"}},
		{"s:edit::3", true, bot.ButtonData{Kind: 's', Field: "edit", Value: "3"}},
		{"t:tell::K7QXM2PD", true, bot.ButtonData{Kind: 't', Field: "tell", Value: "K7QXM2PD"}},
		{"q:edit::3", false, bot.ButtonData{}},
		{"c:mood:20260230:6", false, bot.ButtonData{}},
		{"c:mood:2026-11-25:6", false, bot.ButtonData{}},
		{"c:mood:+2026112:6", false, bot.ButtonData{}},
		{"c:mood:-2026112:6", false, bot.ButtonData{}},
		{"cc:mood:20261125:6", false, bot.ButtonData{}},
		{"", false, bot.ButtonData{}},
		{"c:mood:20261125", false, bot.ButtonData{}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			got, ok := bot.DecodeButton(tc.in)
			if ok != tc.ok || got != tc.want {
				t.Errorf("DecodeButton(%q) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// FuzzDecodeButton: decoding never panics, and what decodes encodes back
// to the very same bytes, so nothing else can pass for valid data.
func FuzzDecodeButton(f *testing.F) {
	for _, s := range []string{"c:mood:20261125:6", "o:consent::yes", "p:10:20261125:3", "x:delete::no",
		"n:save:20261125:yes", "c:energy:20261125:skip", "c:sleep:20261125:7.5"} {
		f.Add(s)
	}
	for _, tc := range forged {
		f.Add(tc.data)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := bot.DecodeButton(s)
		if !ok {
			if d != (bot.ButtonData{}) {
				t.Errorf("DecodeButton(%q) = %+v with ok=false", s, d)
			}
			return
		}
		if len(s) > 64 || !utf8.ValidString(s) {
			t.Errorf("DecodeButton accepted %q (%d bytes)", s, len(s))
		}
		if got := bot.EncodeButton(d); got != s {
			t.Errorf("EncodeButton(DecodeButton(%q)) = %q", s, got)
		}
		if d.Day != "" {
			if _, err := time.Parse("2006-01-02", d.Day); err != nil {
				t.Errorf("decoded day %q of %q is not a date", d.Day, s)
			}
		}
	})
}
