package bot_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// writePlan walks through /plan with answers; "skip" skips a step.
func (c *conv) writePlan(answers ...string) {
	c.h.t.Helper()
	r := c.send("/plan")
	if !strings.Contains(text(r), "Step 1 of 6") {
		c.h.t.Fatalf("/plan did not start the walk-through:\n%s", dump(r))
	}
	for _, a := range answers {
		c.send(a)
	}
}

func (c *conv) planRows() []store.PlanStep {
	c.h.t.Helper()
	ps, err := c.h.db.Plan(c.h.ctx, c.mustUser().ID)
	if err != nil {
		c.h.t.Fatal(err)
	}
	return ps
}

// The walk-through asks six questions in Stanley and Brown's order, keeps
// what is written, skips what is skipped and ends with the whole plan.
func TestPlanWalkThrough(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("p1")
	c.onboard("UTC", "21:00", "GB")
	r := c.send("/plan")
	mustContain(t, r, "safety plan", "Step 1 of 6", "hard time might be starting")
	wants := []string{"Step 2 of 6", "Step 3 of 6", "Step 4 of 6", "Step 5 of 6", "Step 6 of 6", "Your safety plan:"}
	answers := []string{"I stop answering messages", "skip", "my sister's kitchen; the park", "Sam 0176 5550101", "Dr Weber, surgery 030 1234", "ask Sam to hold on to things for me"}
	for i, a := range answers {
		r = c.send(a)
		mustContain(t, r, wants[i])
	}
	mustContain(t, r, "Your plan is ready", "1. Warning signs\nI stop answering messages", "2. Things I can do on my own\n—")
	if _, ok := findButton(r, "Step 3"); !ok {
		t.Errorf("the plan has no edit buttons:\n%s", dump(r))
	}
	ps := c.planRows()
	if len(ps) != 5 || ps[0].Step != 1 || ps[1].Step != 3 || ps[4].Text != "ask Sam to hold on to things for me" {
		t.Fatalf("stored plan = %+v", ps)
	}
	// /plan again shows it, and a step can be changed and cleared.
	c.send("/plan")
	r = c.press("Step 2")
	mustContain(t, r, "Step 2 of 6")
	r = c.send("music, a cold shower, a walk")
	mustContain(t, r, "Saved.", "2. Things I can do on my own\nmusic, a cold shower, a walk")
	c.press("Step 1")
	r = c.press("Clear")
	mustContain(t, r, "1. Warning signs\n—")
	if ps := c.planRows(); len(ps) != 5 || ps[0].Step != 2 {
		t.Errorf("after edit and clear: %+v", ps)
	}
	// An old Clear button changes nothing.
	r = c.pressData("s:clear::1")
	if !r.Stale {
		t.Errorf("an old Clear press was taken: %+v", r)
	}
	if ps := c.planRows(); len(ps) != 5 {
		t.Errorf("an old press changed the plan: %+v", ps)
	}
}

// Stop keeps what was written; a repeated delivery is kept once, not as
// the next step's answer; a long answer is cut and said so.
func TestPlanStopRepeatAndLong(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("p2")
	c.onboard("UTC", "21:00", "GB")
	c.send("/plan")
	_, id := c.sendID("racing thoughts at night")
	r := c.handle(bot.Inbound{Text: "racing thoughts at night", MessageID: id})
	mustContain(t, r, "I have that message already")
	r = c.send(strings.Repeat("walk ", 300))
	mustContain(t, r, "I kept the first 500 characters", "Step 3 of 6")
	r = c.send("stop")
	mustContain(t, r, "kept what you wrote")
	ps := c.planRows()
	if len(ps) != 2 || ps[0].Text != "racing thoughts at night" || len([]rune(ps[1].Text)) != 501 {
		t.Fatalf("plan = %+v", ps)
	}
	// After stopping, words are no longer taken as plan steps.
	c.send("mood 5")
	if ps := c.planRows(); len(ps) != 2 {
		t.Errorf("a later message went into the plan: %+v", ps)
	}
}

// Every crisis reply starts with the person's own plan — what they can do,
// people and places, who to ask, professionals, in that order — and then
// the crisis lines; warning signs and the safer-surroundings words stay in /plan.
func TestPlanFirstInEveryCrisisReply(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("p3")
	c.onboard("UTC", "21:00", "GB")
	c.writePlan("I stop eating", "play guitar", "the library", "Sam 0176 5550101", "Dr Weber 030 1234", "keep things at Sam's")
	check := func(what string, r string) {
		t.Helper()
		order := []string{"Your plan says:", "play guitar", "the library", "Sam 0176 5550101", "Dr Weber 030 1234", "116 123"}
		at := -1
		for _, w := range order {
			i := strings.Index(r, w)
			if i <= at {
				t.Fatalf("%s: %q is missing or out of order in:\n%s", what, w, r)
			}
			at = i
		}
		for _, bad := range []string{"I stop eating", "keep things at Sam's"} {
			if strings.Contains(r, bad) {
				t.Errorf("%s shows %q:\n%s", what, bad, r)
			}
		}
	}
	check("acute", text(c.send("i can't do this anymore, i want to end my life")))
	check("/crisis", text(c.send("/crisis")))
	c.send("/phq9")
	var r string
	for i := 0; i < 9; i++ {
		r = text(c.send("2"))
	}
	check("PHQ-9 item 9", r)

	// Someone without a plan gets the crisis reply as before.
	d := h.person("p4")
	d.onboard("UTC", "21:00", "GB")
	if r := d.send("/crisis"); strings.Contains(text(r), "Your plan says") || !strings.Contains(text(r), "116 123") {
		t.Errorf("crisis reply without a plan:\n%s", dump(r))
	}
}

// Risk words typed as a plan answer get the crisis reply at once, and the
// words are kept in the plan, not lost.
func TestPlanAnswerWithRiskWords(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("p5")
	c.onboard("UTC", "21:00", "GB")
	c.send("/plan")
	r := c.send("when I start thinking I want to die")
	mustContain(t, r, "116 123", "kept what you wrote in your plan")
	if ps := c.planRows(); len(ps) != 1 || ps[0].Step != 1 {
		t.Fatalf("plan = %+v", ps)
	}
}

// /export json holds the plan; /delete erases it.
func TestPlanExportedAndErased(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("p6")
	c.onboard("UTC", "21:00", "GB")
	c.writePlan("skip", "breathe slowly")
	f := fileIn(t, c.send("/export json"))
	var doc struct {
		SafetyPlan []store.PlanStep `json:"safety_plan"`
	}
	if err := json.Unmarshal(f.Data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.SafetyPlan) != 1 || doc.SafetyPlan[0].Step != 2 || doc.SafetyPlan[0].Text != "breathe slowly" {
		t.Fatalf("exported plan = %+v", doc.SafetyPlan)
	}
	id := c.mustUser().ID
	c.send("/delete")
	c.press("Yes, erase everything")
	ps, err := h.db.Plan(h.ctx, id)
	if err != nil || len(ps) != 0 {
		t.Errorf("plan after /delete = %+v, %v", ps, err)
	}
}

// Editing the message that answered a step changes that step, during the
// walk-through and after it.
func TestPlanAnswerEdited(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("p7")
	c.onboard("UTC", "21:00", "GB")
	c.send("/plan")
	_, id := c.sendID("I stop eating")
	r := c.edit(id, "I stop replying to friends")
	mustContain(t, r, "Updated step 1")
	c.send("skip")
	c.send("skip")
	c.send("skip")
	c.send("skip")
	_, id = c.sendID("keep things at Sam's")
	r = c.edit(id, "ask Sam to keep things")
	mustContain(t, r, "Updated step 6")
	// The last answer delivered again after the walk-through: kept once, not offered as a note.
	r = c.handle(bot.Inbound{Text: "keep things at Sam's", MessageID: id})
	mustContain(t, r, "I have that message already")
	ps := c.planRows()
	if len(ps) != 2 || ps[0].Text != "I stop replying to friends" || ps[1].Text != "ask Sam to keep things" {
		t.Fatalf("plan = %+v", ps)
	}
	_ = h
}

// In a Discord server a private reply moves to the person's DMs, which may
// be closed: the plan goes private, and the crisis lines stay a reply of
// their own to be shown where the person asked.
func TestPlanInAServerKeepsCrisisLinesInPlace(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("g1")
	c.platform = bot.Discord
	c.onboard("UTC", "21:00", "GB")
	c.writePlan("skip", "play guitar", "the library", "Sam", "Dr Weber", "skip")
	for _, msg := range []string{"/crisis", "i want to die"} {
		r := c.handle(bot.Inbound{Text: msg, GuildID: "guild-1", MessageID: c.nextID()})
		var plan, lines *bot.Reply
		for i := range r.Replies {
			switch rp := &r.Replies[i]; {
			case strings.Contains(rp.Text, "Your plan says"):
				plan = rp
			case strings.Contains(rp.Text, "116 123"):
				lines = rp
			}
		}
		if plan == nil || lines == nil || plan == lines {
			t.Fatalf("%s in a server: want the plan and the crisis lines as two replies, got:\n%s", msg, dump(r))
		}
		if !plan.Private || lines.Private {
			t.Errorf("%s in a server: plan private=%v, lines private=%v; want the plan private and the lines in place", msg, plan.Private, lines.Private)
		}
	}
}
