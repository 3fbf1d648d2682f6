package discord

import (
	"context"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/discord/dcfake"
	"github.com/checkin-bot/checkin/store"
)

var inviteCode = regexp.MustCompile(`/accept ([A-Z2-9]{4}-[A-Z2-9]{4})`)

// botSaid lists what the bot wrote in a DM channel, in order.
func botSaid(fake *dcfake.Server, dm, user string) []dcfake.Message {
	var out []dcfake.Message
	for _, m := range fake.Messages(dm) {
		if m.AuthorID != user {
			out = append(out, m)
		}
	}
	return out
}

// waitSaid waits for a bot message in dm containing substr, after the
// first from messages, and returns it.
func waitSaid(t *testing.T, fake *dcfake.Server, dm, user string, from int, substr string) (dcfake.Message, int) {
	t.Helper()
	var got dcfake.Message
	n := 0
	waitFor(t, fake, "a message with "+substr, func() bool {
		ms := botSaid(fake, dm, user)
		for i := from; i < len(ms); i++ {
			if strings.Contains(ms[i].Content, substr) {
				got, n = ms[i], i
				return true
			}
		}
		return false
	})
	return got, n
}

func buttonData(m dcfake.Message, label string) (string, bool) {
	for _, row := range m.Buttons {
		for _, b := range row {
			if b.Label == label {
				return b.CustomID, true
			}
		}
	}
	return "", false
}

// On Discord, through the real core: the plan comes first in the crisis
// reply; Sam accepts by DM without being set up; nothing reaches Sam
// without Ana's Yes; a Yes pressed twice sends one message; every message
// Sam gets is free of health data; /delete ends the link.
func TestRealCoreSafetyPlanAndTrustedPerson(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	fake := dcfake.New(dcfake.Options{})
	defer fake.Close()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), time.Now)
	a, logs := newAdapter(t, fake, core, core, nil)
	core.SetSenders(map[string]bot.Sender{bot.Discord: a})
	stop := run(t, fake, a)
	defer func() {
		if err := stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
		assertCleanLogs(t, logs.String(), fake.Token())
	}()
	const ana, sam = "424242", "515151"
	fake.AddUser(dcfake.User{ID: sam, Username: "sam", GlobalName: "Sam S"})
	anaDM, samDM := fake.DMChannel(ana), fake.DMChannel(sam)
	press := func(m dcfake.Message, label string) {
		t.Helper()
		data, ok := buttonData(m, label)
		if !ok {
			t.Fatalf("no button %q on %q", label, m.Content)
		}
		if _, err := fake.Press(ana, m.ID, data); err != nil {
			t.Fatal(err)
		}
	}

	fake.UserSays(ana, "hello")
	m, i := waitSaid(t, fake, anaDM, ana, 0, "Is that okay")
	press(m, "Yes, that's okay")
	for _, answer := range []string{"UTC", "21:00", "GB"} {
		_, i = waitSaid(t, fake, anaDM, ana, i+1, "")
		fake.UserSays(ana, answer)
	}
	_, i = waitSaid(t, fake, anaDM, ana, i, "All set")

	fake.UserSays(ana, "/plan")
	for _, answer := range []string{"skip", "play guitar", "the library", "Mum", "Dr Weber", "skip"} {
		_, i = waitSaid(t, fake, anaDM, ana, i+1, "of 6")
		fake.UserSays(ana, answer)
	}
	_, i = waitSaid(t, fake, anaDM, ana, i+1, "Your plan is ready")

	fake.UserSays(ana, "/trusted Sam")
	invite, i := waitSaid(t, fake, anaDM, ana, i+1, "invitation for Sam")
	code := inviteCode.FindStringSubmatch(invite.Content)
	if code == nil {
		t.Fatalf("no code in %q", invite.Content)
	}
	fake.UserSays(sam, "/accept "+code[1])
	waitSaid(t, fake, samDM, sam, 0, "chosen you")
	_, i = waitSaid(t, fake, anaDM, ana, i+1, "accepted your invitation")

	fake.UserSays(ana, "i want to die")
	crisis, i := waitSaid(t, fake, anaDM, ana, i+1, "Your plan says")
	if p, l := strings.Index(crisis.Content, "play guitar"), strings.Index(crisis.Content, "116 123"); p < 0 || l < p {
		t.Errorf("the plan does not come before the crisis lines: %q", crisis.Content)
	}
	offer, i := waitSaid(t, fake, anaDM, ana, i, "let Sam know")
	press(offer, "No, thanks")
	_, i = waitSaid(t, fake, anaDM, ana, i+1, "I won't")
	if n := len(botSaid(fake, samDM, sam)); n != 1 {
		t.Fatalf("Sam got %d messages after a No, want only the welcome", n)
	}

	fake.UserSays(ana, "i cant go on, i want to end my life")
	offer, i = waitSaid(t, fake, anaDM, ana, i+1, "Would you like me to let Sam know")
	yes, _ := buttonData(offer, "Yes, let Sam know")
	press(offer, "Yes, let Sam know")
	waitSaid(t, fake, samDM, sam, 1, "could use some support")
	// The same press again (a replayed interaction) sends nothing more.
	if _, err := fake.Press(ana, offer.ID, yes); err != nil {
		t.Fatal(err)
	}
	_, i = waitSaid(t, fake, anaDM, ana, i+1, "already let Sam know")

	fake.UserSays(ana, "/delete")
	confirm, _ := waitSaid(t, fake, anaDM, ana, i+1, "erases everything")
	press(confirm, "Yes, erase everything")
	waitSaid(t, fake, samDM, sam, 2, "has ended")
	said := botSaid(fake, samDM, sam)
	if len(said) != 3 {
		t.Errorf("Sam got %d messages, want welcome, one message, the end", len(said))
	}
	for _, m := range said {
		low := strings.ToLower(m.Content)
		for _, bad := range []string{"mood", "sleep", "note", "score", "116 123", "samaritans", "guitar", "library"} {
			if strings.Contains(low, bad) {
				t.Errorf("Sam received %q, which mentions %q", m.Content, bad)
			}
		}
		if strings.ContainsAny(m.Content, "0123456789") {
			t.Errorf("Sam received %q, which holds a digit", m.Content)
		}
	}
	if us, _ := db.Users(ctx); len(us) != 0 {
		t.Errorf("people stored after Ana's /delete: %+v (Sam must never be one)", us)
	}
}
