package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

const day = 24 * time.Hour

// A low check-in offers the plan once, gently; the offer rests for the
// configured days; a mood above the floor offers nothing.
func TestPlanOfferedAfterLowCheckin(t *testing.T) {
	t.Parallel()
	h := newHarness(t, withConfig(func(c *bot.Config) { c.SafetyPlan.OfferBelow = 3 }))
	c := h.person("o1")
	c.onboard("UTC", "21:00", "GB")
	if r := c.send("/checkin 4 7"); strings.Contains(text(r), "safety plan") {
		t.Errorf("mood 4, above the floor, offered the plan:\n%s", dump(r))
	}
	h.clk.Add(day)
	r := c.send("/checkin 3 7")
	mustContain(t, r, "short safety plan", "Would you like to make one?")
	h.clk.Add(day)
	if r := c.send("/checkin 2 6"); strings.Contains(text(r), "safety plan") {
		t.Errorf("the plan was offered again the next day:\n%s", dump(r))
	}
	r = c.press("Not now") // the earlier offer's button still answers kindly
	mustContain(t, r, "/plan is there")
	h.clk.Add(14 * day)
	r = c.send("/checkin 2 6")
	mustContain(t, r, "Would you like to make one?")
	r = c.press("Make my plan")
	mustContain(t, r, "Step 1 of 6")
	c.send("skip")
	c.send("call my sister")
	c.send("stop")
	// With a plan, a later offer is to look at it.
	h.clk.Add(15 * day)
	r = c.send("/checkin 1 5")
	mustContain(t, r, "Your safety plan is there whenever you want it")
	r = c.press("Show my plan")
	mustContain(t, r, "call my sister")
}

// The floor is configurable, and -1 turns the low-day offer off.
func TestPlanOfferFloorConfigurable(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		floor, mood int
		offer       bool
	}{{5, 5, true}, {5, 6, false}, {-1, 0, false}, {0, 0, true}} {
		h := newHarness(t, withConfig(func(c *bot.Config) { c.SafetyPlan.OfferBelow = tc.floor }))
		c := h.person("o2")
		c.onboard("UTC", "21:00", "GB")
		r := c.send("/checkin " + itoa(tc.mood) + " 7")
		if got := strings.Contains(text(r), "safety plan"); got != tc.offer {
			t.Errorf("floor %d, mood %d: offered = %v, want %v:\n%s", tc.floor, tc.mood, got, tc.offer, dump(r))
		}
	}
	bad := bot.DefaultConfig()
	bad.SafetyPlan.OfferBelow = 11
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "safety_plan.offer_below") {
		t.Errorf("Validate = %v, want it to name safety_plan.offer_below", err)
	}
}

// The weekly summary mentions /plan to someone without a plan, at most
// once a month, and never once they have one.
func TestWeeklySummaryMentionsPlanMonthly(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("w1")
	c.onboard("UTC", "21:00", "GB")
	c.send("/checkin 6 7")
	summary := func() string {
		t.Helper()
		rs, err := h.b.Prompt(h.ctx, c.mustUser(), "summary")
		if err != nil || len(rs) != 1 {
			t.Fatalf("summary = %v, %v", rs, err)
		}
		return rs[0].Text
	}
	var mentions []int
	for week := 0; week < 9; week++ {
		if strings.Contains(summary(), "/plan") {
			mentions = append(mentions, week)
		}
		h.clk.Add(7 * day)
	}
	// Weekly summaries on days 0, 7, … 56: the first after 30 days is day 35.
	if len(mentions) != 2 || mentions[0] != 0 || mentions[1] != 5 {
		t.Errorf("mentioned in weeks %v, want weeks 0 and 5: at most once a month", mentions)
	}
	c.writePlan("skip", "walk")
	h.clk.Add(60 * day)
	if s := summary(); strings.Contains(s, "/plan") {
		t.Errorf("summary mentions /plan to someone with a plan:\n%s", s)
	}
}

// A low that persists (three low days in a week) asks whether to let the
// trusted person know; still nothing is sent without Yes.
func TestPersistingLowOffersTrustedPerson(t *testing.T) {
	t.Parallel()
	h, ana, sam, s := trustedPair(t)
	link(t, ana, sam)
	for i, mood := range []string{"2", "3"} {
		r := ana.send("/checkin " + mood + " 6")
		if _, ok := findButton(r, "Yes, let Sam know"); ok {
			t.Errorf("low day %d already asked about Sam:\n%s", i+1, dump(r))
		}
		h.clk.Add(day)
	}
	r := ana.send("/checkin 2 5")
	if _, ok := findButton(r, "Yes, let Sam know"); !ok {
		t.Fatalf("a third low day did not ask about Sam:\n%s", dump(r))
	}
	if got := s.to("chat-s1"); len(got) != 0 {
		t.Errorf("Sam got %q without a Yes", got)
	}
	h.clk.Add(day)
	if r := ana.send("/checkin 1 5"); strings.Contains(text(r), "let Sam know") {
		t.Errorf("asked about Sam again the next day:\n%s", dump(r))
	}
}

// A trend flag offers the plan even when the day's mood is above the floor;
// a rule firing again later counts as a trend that persists, and asks
// about the trusted person.
func TestTrendFlagOffersPlan(t *testing.T) {
	t.Parallel()
	h, ana, sam, s := trustedPair(t)
	link(t, ana, sam)
	id := ana.mustUser().ID
	seed := func(from, n int) {
		t.Helper()
		for i := from; i < from+n; i++ {
			mood, sleep := 6, 4.0
			d := h.clk.Now().AddDate(0, 0, -i).Format("2006-01-02")
			if err := h.db.SaveCheckin(h.ctx, &store.Checkin{UserID: id, Day: d, Mood: &mood, SleepHours: &sleep}); err != nil {
				t.Fatal(err)
			}
		}
	}
	seed(1, 10)
	r := ana.send("/checkin 6 4")
	if fs := ana.flags(); len(fs) == 0 {
		t.Fatalf("no trend flag fired; replies:\n%s", dump(r))
	}
	mustContain(t, r, "short safety plan")
	if _, ok := findButton(r, "Yes, let Sam know"); ok {
		t.Errorf("a first flag asked about Sam:\n%s", dump(r))
	}
	// Good nights clear the rule; weeks later it fires again: it persists.
	for range 9 {
		h.clk.Add(day)
		ana.send("/checkin 6 8")
	}
	h.clk.Add(20 * day)
	seed(1, 10)
	r = ana.send("/checkin 6 4")
	if _, ok := findButton(r, "Yes, let Sam know"); !ok {
		t.Errorf("a rule firing again did not ask about Sam (flags %q):\n%s", ana.flags(), dump(r))
	}
	if got := s.to("chat-s1"); len(got) != 0 {
		t.Errorf("Sam got %q without a Yes", got)
	}
}

// Every button of the plan and the trusted-person flow fits Telegram's
// 64 bytes and decodes back to itself.
func TestPlanAndTrustedButtonsRoundTrip(t *testing.T) {
	t.Parallel()
	_, ana, sam, _ := trustedPair(t)
	var rs []bot.Response
	rs = append(rs, ana.send("/plan"))
	for range 6 {
		rs = append(rs, ana.send("words"))
	}
	rs = append(rs, ana.press("Step 4"), ana.send("/trusted Sam"))
	link(t, ana, sam)
	rs = append(rs, ana.send("/trusted"), ana.send("i want to die"), sam.last)
	n := 0
	for _, r := range rs {
		for _, rp := range r.Replies {
			for _, row := range rp.Buttons {
				for _, b := range row {
					n++
					d, ok := bot.DecodeButton(b.Data)
					if len(b.Data) > 64 || !ok || bot.EncodeButton(d) != b.Data {
						t.Errorf("button %q (%s): %d bytes, decodes %v", b.Label, b.Data, len(b.Data), ok)
					}
				}
			}
		}
	}
	if n < 12 {
		t.Errorf("only %d buttons seen", n)
	}
}

// Risk words that also complete a low check-in get the crisis reply and
// its offer only: the later offers neither appear nor spend their rest,
// and the Yes shown stays the one that works.
func TestRiskWordsWithALowCheckinOfferOnce(t *testing.T) {
	t.Parallel()
	h, ana, sam, s := trustedPair(t)
	link(t, ana, sam)
	for range 2 {
		ana.send("/checkin 2 6")
		h.clk.Add(day)
	}
	r := ana.send("/checkin 1 5 i want to die")
	mustContain(t, r, "116 123", "Would you like me to let Sam know")
	if strings.Contains(text(r), "short safety plan") || strings.Count(text(r), "let Sam know you could") != 1 {
		t.Errorf("more than the crisis reply and its offer:\n%s", dump(r))
	}
	r = ana.press("Yes, let Sam know")
	mustContain(t, r, "I've let Sam know")
	if got := s.to("chat-s1"); len(got) != 1 {
		t.Errorf("Sam got %q", got)
	}
}
