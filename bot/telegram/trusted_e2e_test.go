package telegram

import (
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

var inviteCode = regexp.MustCompile(`/accept ([A-Z2-9]{4}-[A-Z2-9]{4})`)

// inChat lists the bot's messages to one chat.
func inChat(h []botMessage, chat string) []botMessage {
	var out []botMessage
	for _, m := range h {
		if m.ChatID == chat {
			out = append(out, m)
		}
	}
	return out
}

// On Telegram, against the emulator, with the real core: the plan comes
// first in the crisis reply; Bea accepts through the invitation link
// (/start trust-CODE) without being set up; nothing reaches her without
// Ann's Yes; the Yes pressed again sends nothing more; every message Bea
// gets is free of health data; Bea can end the link, and Ann is told.
func TestEmulatorSafetyPlanAndTrustedPerson(t *testing.T) {
	emu := startEmulator(t, testToken)
	db := openStore(t)
	logs := &logBuffer{}
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.NewTextHandler(logs, nil)), time.Now)
	a := emuAdapter(t, emu, core, db, core, logs)
	core.SetSenders(map[string]bot.Sender{bot.Telegram: a})
	ann, bea := emu.person(4711, "Ann"), emu.person(4712, "Bea")

	ann.say(t, "/start")
	welcome, i := emu.waitText(t, 0, "checkin")
	ann.press(t, welcome, welcome.labels()[0])
	for _, step := range []struct{ wait, answer string }{{"time zone", "UTC"}, {"What time", "21:00"}, {"country", "GB"}} {
		_, i = emu.waitText(t, i+1, step.wait)
		ann.say(t, step.answer)
	}
	_, i = emu.waitText(t, i+1, "All set")

	ann.say(t, "/plan")
	for _, answer := range []string{"I stop replying to friends", "play guitar", "the library", "Mum", "Dr Weber", "skip"} {
		_, i = emu.waitText(t, i+1, "of 6")
		ann.say(t, answer)
	}
	_, i = emu.waitText(t, i+1, "Your plan is ready")
	ann.say(t, "/crisis")
	crisis, i := emu.waitText(t, i+1, "Your plan says")
	order := []string{"play guitar", "the library", "Mum", "Dr Weber", "116 123"}
	for n := 1; n < len(order); n++ {
		if strings.Index(crisis.Text, order[n-1]) > strings.Index(crisis.Text, order[n]) || !strings.Contains(crisis.Text, order[n-1]) {
			t.Errorf("crisis reply out of order at %q: %q", order[n-1], crisis.Text)
		}
	}
	if strings.Contains(crisis.Text, "I stop replying") {
		t.Errorf("the crisis reply shows the warning signs: %q", crisis.Text)
	}

	ann.say(t, "/trusted Bea")
	invite, i := emu.waitText(t, i+1, "invitation for Bea")
	code := inviteCode.FindStringSubmatch(invite.Text)
	if code == nil {
		t.Fatalf("no code in %q", invite.Text)
	}
	bea.say(t, "/start trust-"+strings.ReplaceAll(code[1], "-", ""))
	// Ann's notice is sent while Bea's answer is made: either may come first.
	_, j := emu.waitText(t, i+1, "chosen you")
	_, k := emu.waitText(t, i+1, "accepted your invitation")
	i = max(j, k)

	ann.say(t, "i just want to disappear forever")
	offer, i := emu.waitText(t, i+1, "let Bea know")
	ann.press(t, offer, "No, thanks")
	_, i = emu.waitText(t, i+1, "I won't")
	if got := inChat(emu.history(t), "4712"); len(got) != 1 {
		t.Fatalf("Bea got %d messages after a No, want only the welcome", len(got))
	}

	ann.say(t, "i want to kill myself")
	offer, i = emu.waitText(t, i+1, "Would you like me to let Bea know")
	ann.press(t, offer, "Yes, let Bea know")
	_, i = emu.waitText(t, i+1, "could use some support right now")
	// The same callback again (a replayed update, or a second tap).
	ann.press(t, offer, "Yes, let Bea know")
	_, i = emu.waitText(t, i+1, "already let Bea know")

	bea.say(t, "/untrust")
	emu.waitText(t, i+1, "The link has ended")
	emu.waitText(t, i+1, "Bea has ended the trusted-person link")

	said := inChat(emu.history(t), "4712")
	if len(said) != 3 {
		t.Errorf("Bea got %d messages, want the welcome, one message, the end: %+v", len(said), said)
	}
	for _, m := range said {
		low := strings.ToLower(m.Text)
		for _, bad := range []string{"mood", "sleep", "note", "score", "116 123", "samaritans", "guitar", "library", "weber"} {
			if strings.Contains(low, bad) {
				t.Errorf("Bea received %q, which mentions %q", m.Text, bad)
			}
		}
		if strings.ContainsAny(m.Text, "0123456789") {
			t.Errorf("Bea received %q, which holds a digit", m.Text)
		}
	}
	if _, err := db.UserByPlatform(t.Context(), bot.Telegram, "4712"); err == nil {
		t.Errorf("Bea became a tracked user by accepting")
	}
}
