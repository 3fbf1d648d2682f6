package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

const today = "2026-11-25"

// onboarded is a person set up in UTC with a check-in at 21:00.
func onboarded(t *testing.T, opts ...option) (*harness, *conv) {
	t.Helper()
	h := newHarness(t, opts...)
	c := h.person("300")
	c.onboard("UTC", "21:00", "skip")
	return h, c
}

// TestCheckinByButtons answers every question by tapping.
func TestCheckinByButtons(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	steps := []struct {
		label, wantAck, nextQ string
	}{
		{"4", "mood 4", qSleep},
		{"7 h", "slept 7 h", qQuality},
		{"3", "sleep quality 3/5", qEnergy},
		{"6", "energy 6", qInterest},
		{"5", "interest 5", qFunctioning},
		{"Mostly", "functioning 8", qMed},
		{"Yes", "took medication", qNote},
	}
	r := c.send("/checkin")
	if !asks(r, qMood) {
		t.Fatalf("/checkin does not ask the mood:\n%s", dump(r))
	}
	for _, s := range steps {
		r = c.press(s.label)
		if r.Stale || !strings.Contains(r.Ack, s.wantAck) {
			t.Errorf("press %q: ack %q stale %v, want %q", s.label, r.Ack, r.Stale, s.wantAck)
		}
		if !asks(r, s.nextQ) {
			t.Fatalf("press %q: next question %q not asked:\n%s", s.label, s.nextQ, dump(r))
		}
	}
	r = c.press("Skip")
	mustContain(t, r, "Thanks for checking in")
	got, ok := c.day(today)
	if !ok {
		t.Fatal("no row stored")
	}
	want := today + ` mood=4 sleep=7 q=3 e=6 i=5 med=true note=""`
	if row(got) != want || iv(got.Functioning) != "8" {
		t.Errorf("row = %s functioning=%s\nwant  %s functioning=8", row(got), iv(got.Functioning), want)
	}
}

// TestCheckinByTyping answers every question by typing, with echoes.
func TestCheckinByTyping(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	steps := []struct {
		send, echo, nextQ string
	}{
		{"4", "Got it: mood 4", qSleep},
		{"6.5", "Got it: slept 6.5 h", qQuality},
		{"badly", "Got it: sleep quality", qEnergy},
		{"skip", "", qInterest},
		{"7", "Got it: interest 7", qFunctioning},
		{"partly", "Got it: functioning 5", qMed},
		{"no", "Got it: medication missed", qNote},
		{"walked by the river", "Noted", "Thanks for checking in"},
	}
	c.send("/checkin")
	for _, s := range steps {
		r := c.send(s.send)
		if s.echo != "" {
			mustContain(t, r, s.echo)
		}
		if !asks(r, s.nextQ) && !strings.Contains(text(r), s.nextQ) {
			t.Fatalf("%q: %q not asked:\n%s", s.send, s.nextQ, dump(r))
		}
	}
	got, _ := c.day(today)
	want := today + ` mood=4 sleep=6.5 q=2 e=nil i=7 med=false note="walked by the river"`
	if row(got) != want || iv(got.Functioning) != "5" {
		t.Errorf("row = %s functioning=%s\nwant  %s functioning=5", row(got), iv(got.Functioning), want)
	}
}

// TestAmendSameDay: a later answer the same day says what changed.
func TestAmendSameDay(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	c.send("6")
	c.send("stop")
	c.h.clk.Add(2 * time.Hour)
	r := c.send("mood 5")
	mustContain(t, r, "mood 6 → 5")
	r = c.send("slept 7h")
	mustContain(t, r, "Got it: slept 7 h")
	r = c.send("slept 6")
	mustContain(t, r, "slept 7 h → 6 h")
	got, _ := c.day(today)
	if iv(got.Mood) != "5" || fv(got.SleepHours) != "6" {
		t.Errorf("row = %s", row(got))
	}
	if n := len(c.checkins()); n != 1 {
		t.Errorf("%d rows, want one for the day", n)
	}
}

// TestOneLineAndFreeText: the short forms of a check-in.
func TestOneLineAndFreeText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		send string
		want string
		echo []string
	}{
		{"/checkin 6 7.5", `mood=6 sleep=7.5 q=nil e=nil i=nil med=nil note=""`, []string{"mood 6", "slept 7.5 h"}},
		{"/checkin mood 6 sleep 7.5", `mood=6 sleep=7.5 q=nil e=nil i=nil med=nil note=""`, []string{"mood 6", "slept 7.5 h"}},
		{"mood 6, slept 5h, woke at 3", `mood=6 sleep=5 q=nil e=nil i=nil med=nil note="woke at 3"`, []string{"mood 6", "slept 5 h", "Noted"}},
		{"/checkin 6 7.5 3", `mood=6 sleep=7.5 q=3 e=nil i=nil med=nil note=""`, []string{"sleep quality 3/5"}},
	}
	for _, tc := range tests {
		t.Run(tc.send, func(t *testing.T) {
			t.Parallel()
			_, c := onboarded(t)
			r := c.send(tc.send)
			mustContain(t, r, tc.echo...)
			got, ok := c.day(today)
			if !ok {
				t.Fatalf("nothing stored:\n%s", dump(r))
			}
			if row(got) != today+" "+tc.want {
				t.Errorf("row = %s\nwant  %s %s", row(got), today, tc.want)
			}
		})
	}
}

// TestOutOfRange: values outside their scale are asked again and nothing
// is stored.
func TestOutOfRange(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		before []string
		send   string
		want   string
	}{
		{"mood 12 keyed", nil, "mood 12", "12 is off the scale for mood — please send a number from 0 to 10"},
		{"25 hours keyed", nil, "slept 25 hours", "25 hours of sleep can't be right for one night — how many hours did you sleep?"},
		{"mood 12 typed at the question", []string{"/checkin"}, "12", "from 0 to 10"},
		{"25 hours at the question", []string{"/checkin", "5"}, "25 hours", "how many hours did you sleep?"},
		{"quality 9 at the question", []string{"/checkin", "5", "7"}, "9", "from 1 to 5"},
		{"energy -3", []string{"/checkin", "5", "7", "3"}, "-3", "0 to 10"},
		{"one line mood 11", nil, "/checkin 11 7", "couldn't read"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, c := onboarded(t)
			for _, s := range tc.before {
				c.send(s)
			}
			before := rows(c.checkins())
			r := c.send(tc.send)
			mustContain(t, r, tc.want)
			if after := rows(c.checkins()); after != before {
				t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// TestStopKeepsAnswers: "stop" mid-check-in keeps what was answered, and a
// later /checkin picks up at the first unanswered question.
func TestStopKeepsAnswers(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	c.send("3")
	c.send("8")
	r := c.send("stop")
	mustContain(t, r, "Everything you answered is saved")
	got, _ := c.day(today)
	if iv(got.Mood) != "3" || fv(got.SleepHours) != "8" || got.SleepQuality != nil {
		t.Errorf("row = %s", row(got))
	}
	// A number now is not an answer to anything open.
	c.send("4")
	got, _ = c.day(today)
	if iv(got.SleepQuality) != "nil" || iv(got.Mood) != "3" {
		t.Errorf("a stray number changed the row after stop: %s", row(got))
	}
	r = c.send("/checkin")
	if !asks(r, qQuality) {
		t.Errorf("/checkin does not resume at quality:\n%s", dump(r))
	}
}

// TestMissedDayStaysEmpty: a day without answers has no row, and no later
// answer fills it in.
func TestMissedDayStaysEmpty(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("/checkin 5 7")
	h.clk.Add(48 * time.Hour)
	c.send("/checkin 6 8")
	cs := c.checkins()
	if len(cs) != 2 {
		t.Fatalf("rows:\n%s", rows(cs))
	}
	if cs[0].Day != "2026-11-25" || cs[1].Day != "2026-11-27" {
		t.Errorf("days = %s, %s; the 26th must stay empty", cs[0].Day, cs[1].Day)
	}
	r := c.send("/history")
	mustContain(t, r, "Thu 26 Nov  —")
}

// TestCheckinTwiceSameDay: /checkin after a complete check-in says so.
// A day with skipped optional items is done too: neither /checkin nor the
// evening prompt asks the skipped ones again.
func TestCheckinTwiceSameDay(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("/checkin")
	for _, a := range []string{"5", "7", "3", "skip", "skip", "skip", "skip", "skip"} {
		c.send(a)
	}
	mustContain(t, c.last, "Thanks for checking in")
	h.clk.Set(time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC))
	rs, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin")
	if err != nil || len(rs) != 0 {
		t.Errorf("Prompt after a complete check-in = %v, %s", err, dump(respOf(rs)))
	}
	r := c.send("/checkin")
	mustContain(t, r, "already checked in")
}

// TestCheckinFullyAnsweredNoPrompt: a day answered in full gets no prompt.
func TestCheckinFullyAnsweredNoPrompt(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("/checkin")
	for _, a := range []string{"5", "7", "3", "4", "4", "mostly", "yes", "fine day"} {
		c.send(a)
	}
	rs, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin")
	if err != nil || len(rs) != 0 {
		t.Errorf("Prompt after a complete check-in = %v, %s", err, dump(respOf(rs)))
	}
	r := c.send("/checkin")
	mustContain(t, r, "already checked in")
}

// TestOptionalItemsOff: with the optional items switched off a check-in is
// mood, sleep and quality, and their buttons are refused.
func TestOptionalItemsOff(t *testing.T) {
	t.Parallel()
	h := newHarness(t, withConfig(func(c *bot.Config) { c.Items = bot.Items{} }))
	c := h.person("310")
	c.onboard("UTC", "21:00", "skip")
	c.send("/checkin")
	c.press("5")
	c.press("7 h")
	r := c.press("3")
	mustContain(t, r, "Thanks for checking in")
	for _, data := range []string{"c:energy:20261125:5", "c:interest:20261125:5", "c:functioning:20261125:5", "c:med:20261125:yes", "c:note:20261125:skip"} {
		if r := c.pressData(data); !r.Stale {
			t.Errorf("%s accepted with the item off:\n%s", data, dump(r))
		}
	}
	got, _ := c.day(today)
	if want := today + ` mood=5 sleep=7 q=3 e=nil i=nil med=nil note=""`; row(got) != want {
		t.Errorf("row = %s\nwant  %s", row(got), want)
	}
	rs, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin")
	if err != nil || len(rs) != 0 {
		t.Errorf("prompt after a complete check-in: %v %s", err, dump(respOf(rs)))
	}
}

// /checkin while a check-in is still open (an optional question waiting)
// carries on where it stopped, rather than saying the day is done.
func TestCheckinCommandCarriesOnAnOpenCheckin(t *testing.T) {
	_, c := onboarded(t)
	c.send("/checkin")
	c.send("6")
	c.send("7")
	r := c.send("3")
	if !strings.Contains(strings.ToLower(text(r)), "energy") {
		t.Fatalf("after mood, sleep and quality the energy question should follow:\n%s", dump(r))
	}
	r = c.send("/checkin")
	if strings.Contains(text(r), "already checked in") || !strings.Contains(strings.ToLower(text(r)), "energy") {
		t.Errorf("/checkin with the energy question open: want it asked again, got:\n%s", dump(r))
	}
}
