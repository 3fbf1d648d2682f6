package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// chatSender records what the core sends to other chats itself.
type chatSender struct {
	mu   sync.Mutex
	sent map[string][]string // chat → texts
	fail error
}

func (s *chatSender) Send(_ context.Context, chat string, r bot.Reply) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return "", s.fail
	}
	if s.sent == nil {
		s.sent = map[string][]string{}
	}
	s.sent[chat] = append(s.sent[chat], r.Text)
	return "m" + itoa(len(s.sent[chat])), nil
}

func (s *chatSender) to(chat string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.sent[chat]...)
}

var inviteCode = regexp.MustCompile(`/accept ([A-Z2-9]{4}-[A-Z2-9]{4})`)

// healthFree fails the test when a text meant for a trusted person holds
// anything about the person's health: a digit, mood, sleep, a note, a
// score, or the crisis reply.
func healthFree(t *testing.T, who string, texts []string) {
	t.Helper()
	for _, s := range texts {
		low := strings.ToLower(s)
		for _, bad := range []string{"mood", "sleep", "note", "score", "phq", "check-in", "116 123", "samaritans", "you matter", "crisis"} {
			if strings.Contains(low, bad) {
				t.Errorf("%s received %q, which mentions %q", who, s, bad)
			}
		}
		if strings.ContainsAny(s, "0123456789") {
			t.Errorf("%s received %q, which holds a digit", who, s)
		}
	}
}

// trustedPair is Ana, set up on Discord, and Sam, who is not.
func trustedPair(t *testing.T) (*harness, *conv, *conv, *chatSender) {
	h := newHarness(t)
	s := &chatSender{}
	h.b.SetSenders(map[string]bot.Sender{bot.Discord: s})
	ana, sam := h.person("a1"), h.person("s1")
	ana.platform, sam.platform = bot.Discord, bot.Discord
	ana.onboard("UTC", "21:00", "GB")
	return h, ana, sam, s
}

// link invites Sam and has him accept; it returns everything Sam was sent in replies.
func link(t *testing.T, ana, sam *conv) []string {
	t.Helper()
	r := ana.handle(bot.Inbound{Text: "/trusted Sam", Name: "Ana K.", MessageID: ana.nextID()})
	m := inviteCode.FindStringSubmatch(text(r))
	if m == nil {
		t.Fatalf("no invitation code in:\n%s", dump(r))
	}
	got := sam.handle(bot.Inbound{Text: "/accept " + strings.ToLower(m[1]), Name: "Sam S", MessageID: sam.nextID()})
	if !strings.Contains(text(got), "Ana K. has chosen you") {
		t.Fatalf("Sam's acceptance answer:\n%s", dump(got))
	}
	var texts []string
	for _, rp := range got.Replies {
		texts = append(texts, rp.Text)
	}
	return texts
}

// The whole consent flow: an invitation Sam accepts without being set up;
// nothing reaches Sam without Ana's Yes; one Yes sends one fixed message,
// however often it is pressed; old and forged answers send nothing.
func TestTrustedPersonToldOnlyOnYes(t *testing.T) {
	t.Parallel()
	h, ana, sam, s := trustedPair(t)
	samSaw := link(t, ana, sam)
	if _, err := h.db.UserByPlatform(h.ctx, bot.Discord, "s1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("accepting made Sam a tracked user: %v", err)
	}
	if got := s.to("chat-a1"); len(got) != 1 || !strings.Contains(got[0], "Sam (as \"Sam S\") accepted") {
		t.Errorf("Ana was told %q", got)
	}
	if got := s.to("chat-s1"); len(got) != 0 {
		t.Fatalf("Sam got %q before any Yes", got)
	}

	r := ana.send("i want to die")
	mustContain(t, r, "116 123", "Would you like me to let Sam know")
	if !strings.Contains(r.Replies[0].Text, "116 123") {
		t.Errorf("the offer came before the crisis reply:\n%s", dump(r))
	}
	ana.press("No, thanks")
	if got := s.to("chat-s1"); len(got) != 0 {
		t.Fatalf("Sam got %q after a No", got)
	}
	ana.send("/crisis") // the crisis command shows the lines; no offer, nothing sent
	r = ana.send("honestly i want to end it all")
	yes, ok := findButton(r, "Yes, let Sam know")
	if !ok {
		t.Fatalf("no Yes button:\n%s", dump(r))
	}
	// A forged key and the No of the earlier question send nothing.
	for _, d := range []string{"t:tell::zzzz", "t:tell::", "t:tell:x:1"} {
		if r := ana.pressData(d); !r.Stale {
			t.Errorf("press %q was taken: %s", d, dump(r))
		}
	}
	r = ana.pressData(yes)
	mustContain(t, r, "I've let Sam know")
	for range 3 { // pressed again, or the update delivered again
		r = ana.pressData(yes)
		mustContain(t, r, "already let Sam know")
	}
	got := s.to("chat-s1")
	if len(got) != 1 || !strings.Contains(got[0], "Ana K. asked me to let you know they could use some support") ||
		!strings.Contains(got[0], "automated") {
		t.Fatalf("Sam got %q, want the one fixed message", got)
	}
	// A new offer makes the old Yes stale.
	r = ana.send("i dont want to wake up tomorrow")
	if _, ok := findButton(r, "Yes, let Sam know"); !ok {
		t.Fatalf("no second offer:\n%s", dump(r))
	}
	if r := ana.pressData(yes); !r.Stale {
		t.Errorf("the old Yes was taken after a new question: %s", dump(r))
	}
	if got := s.to("chat-s1"); len(got) != 1 {
		t.Errorf("Sam got %d messages, want 1", len(got))
	}
	healthFree(t, "Sam", append(samSaw, s.to("chat-s1")...))
}

// Ending the link from either side, and /delete, tell the other side only
// that it ended; nothing is sent after.
func TestTrustedLinkEnds(t *testing.T) {
	t.Parallel()
	h, ana, sam, s := trustedPair(t)
	seen := link(t, ana, sam)

	// Ana ends it.
	ana.send("/trusted")
	r := ana.press("End link")
	mustContain(t, r, "has ended")
	if got := s.to("chat-s1"); len(got) != 1 || !strings.Contains(got[0], "has ended") {
		t.Fatalf("Sam was told %q", got)
	}
	r = ana.send("i want to die")
	if _, ok := findButton(r, "Yes, let Sam know"); ok {
		t.Errorf("an offer after the link ended:\n%s", dump(r))
	}

	// Sam ends it.
	seen = append(seen, link(t, ana, sam)...)
	r = sam.send("/untrust")
	mustContain(t, r, "The link has ended")
	seen = append(seen, text(r))
	if got := s.to("chat-a1"); !strings.Contains(got[len(got)-1], "Sam has ended the trusted-person link") {
		t.Errorf("Ana was told %q", got)
	}
	if r := sam.send("/untrust"); !strings.Contains(text(r), "aren't anyone's trusted person") {
		t.Errorf("second /untrust:\n%s", dump(r))
	}

	// /delete ends it and erases the link.
	seen = append(seen, link(t, ana, sam)...)
	id := ana.mustUser().ID
	ana.send("/delete")
	ana.press("Yes, erase everything")
	if _, err := h.db.TrustedLink(h.ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("link after /delete: %v", err)
	}
	got := s.to("chat-s1")
	if len(got) != 2 || !strings.Contains(got[1], "has ended") {
		t.Errorf("Sam got %q", got)
	}
	healthFree(t, "Sam", append(seen, got...))
}

// Codes: wrong, expired, used twice, one's own, or from a group chat do nothing.
func TestTrustedInvitationRules(t *testing.T) {
	t.Parallel()
	h, ana, sam, s := trustedPair(t)
	r := ana.send("/trusted")
	mustContain(t, r, "first name")
	r = ana.send("Sam 🙂 1234")
	m := inviteCode.FindStringSubmatch(text(r))
	if m == nil || !strings.Contains(text(r), "invitation for Sam.") {
		t.Fatalf("invitation:\n%s", dump(r))
	}
	for _, bad := range []string{"/accept", "/accept 1234", "/accept ABCD-EFG!"} {
		mustContain(t, sam.send(bad), "doesn't look like an invitation code")
	}
	mustContain(t, sam.send("/accept ABCD-EFGH"), "couldn't find that invitation")
	mustContain(t, ana.send("/accept "+m[1]), "your own invitation")
	tg := h.person("s2") // Telegram: another platform than Ana's
	mustContain(t, tg.send("/accept "+m[1]), "private chat")
	h.clk.Add(8 * 24 * 3600e9)
	mustContain(t, sam.send("/accept "+m[1]), "couldn't find that invitation")
	// A fresh code works once.
	r = ana.send("/trusted")
	r = ana.press("New code")
	m = inviteCode.FindStringSubmatch(text(r))
	mustContain(t, sam.send("/start trust-"+strings.ReplaceAll(m[1], "-", "")), "has chosen you")
	// The same acceptance again (a repeated update) changes nothing and tells Ana nothing more.
	mustContain(t, sam.send("/accept "+m[1]), "already accepted this invitation")
	if got := s.to("chat-a1"); len(got) != 1 {
		t.Errorf("Ana was told %d times about one acceptance: %q", len(got), got)
	}
	eve := h.person("e1")
	eve.platform = bot.Discord
	mustContain(t, eve.send("/accept "+m[1]), "couldn't find that invitation")
}

// A failed delivery says so, and a later Yes to a new question may try again.
func TestTrustedSendFailure(t *testing.T) {
	t.Parallel()
	_, ana, sam, s := trustedPair(t)
	link(t, ana, sam)
	s.mu.Lock()
	s.fail = bot.ErrUnreachable
	s.mu.Unlock()
	ana.send("/trusted")
	ana.press("Let Sam know now")
	r := ana.press("Yes, let Sam know")
	mustContain(t, r, "couldn't reach Sam")
	s.mu.Lock()
	s.fail = nil
	s.mu.Unlock()
	r = ana.press("Yes, let Sam know")
	mustContain(t, r, "I've let Sam know")
	if got := s.to("chat-s1"); len(got) != 1 {
		t.Errorf("Sam got %q", got)
	}
}

// Buttons of an earlier invitation or link cannot cancel or end the one
// that replaced it; a trusted person's own /delete ends their links too.
func TestTrustedOldButtonsAndTrustedPersonsDelete(t *testing.T) {
	t.Parallel()
	h, ana, sam, s := trustedPair(t)
	ana.send("/trusted Sam")
	oldCancel, _ := findButton(ana.buttons, "Cancel invitation")
	ana.press("New code")
	if r := ana.pressData(oldCancel); !r.Stale {
		t.Errorf("an old Cancel was taken: %s", dump(r))
	}
	if l, err := h.db.TrustedLink(h.ctx, ana.mustUser().ID); err != nil || l.Code == "" {
		t.Fatalf("the new invitation is gone: %+v, %v", l, err)
	}
	link(t, ana, sam)
	ana.send("/trusted")
	oldEnd, _ := findButton(ana.buttons, "End link")
	ana.press("End link")
	h.clk.Add(2e9)
	link(t, ana, sam)
	if r := ana.pressData(oldEnd); !r.Stale {
		t.Errorf("the first link's End link ended the second: %s", dump(r))
	}
	// Sam sets checkin up for himself, then erases everything: the link goes too.
	sam.onboard("UTC", "21:00", "GB")
	sam.send("/delete")
	sam.press("Yes, erase everything")
	if _, err := h.db.TrustedLink(h.ctx, ana.mustUser().ID); err == nil {
		t.Errorf("Ana's link to Sam outlived Sam's /delete")
	}
	if got := s.to("chat-a1"); !strings.Contains(got[len(got)-1], "Sam has ended the trusted-person link") {
		t.Errorf("Ana was told %q", got)
	}
}

// A message to a trusted person that a crash left claimed in the ledger is
// never sent again: the scheduler's retry finds nothing to send.
func TestTrustedNeverResentByTheScheduler(t *testing.T) {
	t.Parallel()
	h, ana, _, _ := trustedPair(t)
	rs, err := h.b.Prompt(h.ctx, ana.mustUser(), "trusted")
	if err != nil || len(rs) != 0 {
		t.Errorf("Prompt(trusted) = %v, %v; want nothing to send", rs, err)
	}
}

// /export json says a trusted person is linked and by what name, and
// holds nothing of theirs: no platform id, no chat, no display name.
func TestTrustedInExport(t *testing.T) {
	t.Parallel()
	_, ana, sam, _ := trustedPair(t)
	link(t, ana, sam)
	f := fileIn(t, ana.send("/export json"))
	var doc struct {
		TrustedPerson *struct{ Name, Status string } `json:"trusted_person"`
	}
	if err := json.Unmarshal(f.Data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.TrustedPerson == nil || doc.TrustedPerson.Name != "Sam" || doc.TrustedPerson.Status != "linked" {
		t.Fatalf("trusted_person = %+v", doc.TrustedPerson)
	}
	for _, theirs := range []string{`"s1"`, "chat-s1", "Sam S"} {
		if strings.Contains(string(f.Data), theirs) {
			t.Errorf("the export holds the trusted person's %s", theirs)
		}
	}
}
