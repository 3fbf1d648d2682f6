package bot_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

// TestDeleteDuringOnboarding: "/delete" then "no" in the middle of setup
// goes back to the setup, so the person ends up scheduled.
func TestDeleteDuringOnboarding(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("1000")
	c.send("/start")
	c.send("yes")
	r := c.send("/delete")
	mustContain(t, r, "erases everything")
	c.send("no")
	for _, a := range []string{"Europe/Berlin", "21:00", "DE"} {
		c.send(a)
	}
	u := c.mustUser()
	if u.OnboardedAt.IsZero() || u.NextCheckin.IsZero() {
		t.Errorf("after /delete, no and the three answers: onboarded %v, next check-in %v; last:\n%s",
			u.OnboardedAt, u.NextCheckin, dump(c.last))
	}
	if u.TZ != "Europe/Berlin" || u.CheckinTime != "21:00" || u.Country != "DE" {
		t.Errorf("settings = %q %q %q", u.TZ, u.CheckinTime, u.Country)
	}
}

// TestAllowList: with access.allow set, others get one polite line and
// nothing is stored about them.
func TestAllowList(t *testing.T) {
	t.Parallel()
	h := newHarness(t, withConfig(func(c *bot.Config) { c.Allow = []string{"telegram:in", "discord-guild:g1"} }))
	in, out := h.person("in"), h.person("out")
	in.onboard("UTC", "21:00", "GB")
	for _, s := range []string{"/start", "yes", "i want to die"} {
		r := out.send(s)
		mustContain(t, r, "only open to people its operator has invited")
	}
	r := out.pressData("o:consent::yes")
	if !r.Stale || r.Ack == "" {
		t.Errorf("a press from outside: %s", dump(r))
	}
	g := h.person("guest")
	g.platform = bot.Discord
	resp, err := h.b.Handle(h.ctx, bot.Inbound{Platform: bot.Discord, UserID: "guest", ChatID: "dm", Text: "/start", GuildID: "g1"})
	if err != nil || !strings.Contains(text(resp), "checkin") || strings.Contains(text(resp), "invited") {
		t.Errorf("guild member refused: %v %s", err, dump(resp))
	}
	if us := h.users(); len(us) != 1 || us[0].PlatformID != "in" {
		t.Errorf("users = %+v", us)
	}
}

// TestMarkUnreachable: a refused person is inactive until they write again.
func TestMarkUnreachable(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	if err := h.b.MarkUnreachable(h.ctx, bot.Telegram, c.id); err != nil {
		t.Fatal(err)
	}
	if !c.mustUser().Inactive {
		t.Fatal("not inactive")
	}
	if err := h.b.MarkUnreachable(h.ctx, bot.Telegram, "nobody"); err != nil {
		t.Errorf("unknown person: %v", err)
	}
	c.send("hi")
	if c.mustUser().Inactive {
		t.Error("still inactive after writing")
	}
}

// TestAckOnlyForPresses: Response.Ack is for button presses; a typed
// message leaves it empty (its echo is in the replies), as the Response
// contract says, so an adapter never shows the echo twice.
func TestAckOnlyForPresses(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	for _, s := range []string{"5", "7", "skip", "mood 6", "/checkin 6 7"} {
		if r := c.send(s); r.Ack != "" {
			t.Errorf("%q: Ack = %q for a typed message", s, r.Ack)
		}
	}
}

// TestConcurrentPeople: Handle is safe for concurrent use, for different
// people and for one person sending fast.
func TestConcurrentPeople(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ids := []string{"c1", "c2", "c3", "c1", "c2", "c3"}
	for _, id := range ids[:3] {
		h.person(id).onboard("UTC", "21:00", "GB")
	}
	ctx, cancel := context.WithTimeout(h.ctx, time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	for g, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, s := range []string{"/checkin", "5", "7", "3", "mood 4", "/history", "/export", "hi", "yes", "stop"} {
				in := bot.Inbound{Platform: bot.Telegram, UserID: id, ChatID: "chat-" + id, Text: s, MessageID: itoa(g*100 + i)}
				if _, err := h.b.Handle(ctx, in); err != nil {
					errs <- err
				}
			}
		}()
	}
	// The scheduler prompts at the same time.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, kind := range []string{"checkin", "reminder", "summary", "checkin", "phq9", "reminder"} {
			u, err := h.db.UserByPlatform(ctx, bot.Telegram, "c1")
			if err != nil {
				errs <- err
				return
			}
			if _, err := h.b.Prompt(ctx, u, kind); err != nil {
				errs <- err
			}
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("Handle: %v", err)
	}
	h.checkInvariants()
	// c1's answers may have gone to the questionnaire the scheduler opened;
	// the others' are all stored.
	for _, id := range ids[1:3] {
		if cs := h.person(id).checkins(); len(cs) != 1 || cs[0].Mood == nil {
			t.Errorf("%s: rows %s", id, rows(cs))
		}
	}
}
