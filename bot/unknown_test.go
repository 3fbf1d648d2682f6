package bot_test

import (
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot"
)

// odd is text no one should be left in silence for.
var odd = []string{
	"", "   ", "\t\n", "/", "//", "/@@@", "/@", "/ checkin", "/unknowncommand", "/CHECKIN",
	"😀😀😀", "🙂", "👍🏽", "\u200b", "\u200b\u200c\u200d\ufeff", "\u202eevil\u202c", "مرحبا", "שלום עולם",
	"'; DROP TABLE users; --", "Robert'); DROP TABLE checkins;--", "%s%n%x%d%v", "{{.}}", "${HOME}",
	"-5", "1e308", "NaN", "Inf", "-0", "0x1F", "99999999999999999999999", "4.", ".5",
	"\x00", "mood\x00 5", "\xff\xfe\xfd", "mood \xff6",
	strings.Repeat("a", 64*1024), strings.Repeat("😀", 16*1024), strings.Repeat("mood 5 ", 9000),
	"<script>alert(1)</script>", "\r\n\r\n", "\u00a0", "?",
}

// TestNeverSilent: every message gets a non-empty reply, whatever it is
// and wherever the person is in the conversation.
func TestNeverSilent(t *testing.T) {
	t.Parallel()
	setups := []struct {
		name string
		do   func(c *conv)
	}{
		{"stranger", func(c *conv) {}},
		{"onboarding", func(c *conv) { c.send("/start"); c.send("yes") }},
		{"idle", func(c *conv) { c.onboard("UTC", "21:00", "GB") }},
		{"mid-check-in", func(c *conv) { c.onboard("UTC", "21:00", "GB"); c.send("/checkin"); c.send("5") }},
		{"phq9", func(c *conv) { c.onboard("UTC", "21:00", "GB"); c.send("/phq9") }},
		{"delete", func(c *conv) { c.onboard("UTC", "21:00", "GB"); c.send("/delete") }},
	}
	for _, s := range setups {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			for i, msg := range odd {
				c := h.person("900-" + s.name + "-" + itoa(i))
				s.do(c)
				r := c.send(msg)
				if !replied(r) {
					t.Errorf("%.40q: no reply:\n%s", msg, dump(r))
				}
				for _, x := range r.Replies {
					if len(x.Text) > 4096 {
						t.Errorf("%.40q: a reply of %d bytes (Telegram's limit is 4096)", msg, len(x.Text))
					}
				}
			}
			h.checkInvariants()
		})
	}
}

// replied reports whether a response says anything to the person.
func replied(r bot.Response) bool {
	if strings.TrimSpace(r.Ack) != "" {
		return true
	}
	for _, x := range r.Replies {
		if strings.TrimSpace(x.Text) != "" || x.File != nil || x.Image != nil {
			return true
		}
	}
	return false
}

// TestLongMessageNote: a 64 KB message during the note question is kept,
// cut to the note limit, and the person is told.
func TestLongMessageNote(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	for _, a := range []string{"5", "7", "3", "skip", "skip", "skip", "skip"} {
		c.send(a)
	}
	r := c.send(strings.Repeat("word ", 13000))
	mustContain(t, r, "first 1000 characters")
	got, _ := c.day(today)
	if n := len([]rune(got.Note)); n != 1000 {
		t.Errorf("note of %d runes", n)
	}
}
