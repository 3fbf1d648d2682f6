package bot_test

import (
	"strconv"
	"testing"

	"github.com/checkin-bot/checkin/bot"
)

// FuzzHandle sends arbitrary text or button data, as new messages or as
// edits, from one onboarded person: Handle never fails, never leaves the
// person in silence, and the store keeps its invariants.
//
// The person lives on across inputs, so sequences are explored (a note
// that grows over many edits, a confirmation pending from an earlier
// input). A failure may therefore depend on earlier inputs and not
// reproduce from the saved one alone: turn it into a plain test.
func FuzzHandle(f *testing.F) {
	seeds := []struct {
		text, data string
		edited     bool
	}{
		{"/checkin", "", false}, {"5", "", false}, {"mood 6, slept 5h, woke at 3", "", false},
		{"/checkin 6 7.5", "", false}, {"", "c:mood:20261125:6", false}, {"", "c:sleep:20261125:7", false},
		{"mood 4", "", true}, {"/delete", "", false}, {"yes", "", false}, {"/phq9", "", false},
		{"i want to die", "", false}, {"/pause 3", "", false}, {"/export json", "", false},
		{"\xff\x00", "", false}, {"", "x:delete::yes", false}, {"stop", "", false}, {"skip", "", false},
		{"/timezone Mars", "", false}, {"/med sertraline 50mg", "", false}, {"", "c:mood::5", false},
	}
	for _, s := range seeds {
		f.Add(s.text, s.data, s.edited)
	}
	h := newHarness(f)
	c := h.person("fuzz")
	c.onboard("Europe/Berlin", "21:00", "DE")
	msg := 0
	f.Fuzz(func(t *testing.T, text, data string, edited bool) {
		msg++
		in := bot.Inbound{Platform: bot.Telegram, UserID: "fuzz", ChatID: "chat-fuzz",
			Text: text, Data: data, Edited: edited, MessageID: strconv.Itoa(msg % 8)}
		resp, err := h.b.Handle(h.ctx, in)
		if err != nil {
			t.Fatalf("Handle(%q, %q): %v", text, data, err)
		}
		if !replied(resp) {
			t.Errorf("Handle(%q, %q): no reply and no Ack", text, data)
		}
		checkStore(t, h.ctx, h.db)
		if _, err := h.db.UserByPlatform(h.ctx, bot.Telegram, "fuzz"); err != nil {
			// Erased by /delete and yes: set up again for the next input.
			for _, s := range []string{"/start", "yes", "skip", "skip", "skip"} {
				if _, err := h.b.Handle(h.ctx, bot.Inbound{Platform: bot.Telegram, UserID: "fuzz", ChatID: "chat-fuzz", Text: s}); err != nil {
					t.Fatalf("re-onboard: %v", err)
				}
			}
		}
	})
}
