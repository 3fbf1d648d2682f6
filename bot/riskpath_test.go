package bot_test

import (
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// risky is one risk sentence the detector catches, used on every path so
// the test is about the paths, not the phrase.
const risky = "i want to die"

// TestRiskOnEveryPath drives every way a text reaches the core with the
// same risk sentence: the crisis reply comes first on each, no routine
// question rides along, and where the message also carries check-in
// values they are stored and echoed after the crisis reply.
func TestRiskOnEveryPath(t *testing.T) {
	t.Parallel()
	toNote := []string{"/checkin", "5", "7", "3", "skip", "skip", "skip", "skip"}
	tests := []struct {
		name    string
		setup   bool     // onboard first (country GB)
		before  []string // messages sent first
		send    string   // the risk message
		edit    bool     // send it as an edit of the last message before
		replay  bool     // deliver it twice with the same message id
		want    string   // what the stored day must show ("" = nothing stored)
		echo    string   // the echo that must follow the crisis reply
		unasked string   // a question that must not be asked with it
	}{
		{name: "stranger", send: risky},
		{name: "welcome", before: []string{"/start"}, send: risky},
		{name: "onboarding zone", before: []string{"/start", "yes"}, send: "Europe/Berlin, " + risky},
		{name: "onboarding time", before: []string{"/start", "yes", "UTC"}, send: "21:00 " + risky},
		{name: "onboarding country", before: []string{"/start", "yes", "UTC", "21:00"}, send: "GB and " + risky},
		{name: "idle", setup: true, send: risky},
		{name: "mood step, bare", setup: true, before: []string{"/checkin"}, send: risky, unasked: qSleep},
		{name: "mood step, mood and sleep", setup: true, before: []string{"/checkin"},
			send: "4, slept 5 hours, " + risky, want: "mood=4 sleep=5", echo: "mood 4, slept 5 h", unasked: qQuality},
		{name: "mood step, mood only", setup: true, before: []string{"/checkin"},
			send: "3 and honestly " + risky, want: "mood=3", echo: "mood 3", unasked: qSleep},
		{name: "sleep step", setup: true, before: []string{"/checkin", "5"},
			send: "6, " + risky, want: "mood=5 sleep=6", echo: "slept 6 h", unasked: qQuality},
		{name: "quality step", setup: true, before: []string{"/checkin", "5", "7"},
			send: "2. " + risky, want: "mood=5 sleep=7 quality=2", echo: "sleep quality 2/5", unasked: qEnergy},
		{name: "energy step", setup: true, before: []string{"/checkin", "5", "7", "3"},
			send: "1, " + risky, want: "energy=1", echo: "energy 1", unasked: qInterest},
		{name: "interest step", setup: true, before: []string{"/checkin", "5", "7", "3", "skip"},
			send: "0; " + risky, want: "interest=0", echo: "interest 0", unasked: qMed},
		{name: "medication step", setup: true, before: []string{"/checkin", "5", "7", "3", "skip", "skip", "skip"},
			send: risky, unasked: qNote},
		{name: "note step", setup: true, before: toNote, send: "rough day, " + risky, want: "note", echo: "Noted."},
		{name: "one-line check-in", setup: true, send: "/checkin 6 7.5 " + risky,
			want: "mood=6 sleep=7.5", echo: "mood 6, slept 7.5 h"},
		{name: "free text with values", setup: true, send: "mood 2, slept 4h, " + risky,
			want: "mood=2 sleep=4", echo: "mood 2, slept 4 h"},
		{name: "note offer pending", setup: true, before: []string{"the bus was late again"}, send: risky},
		{name: "PHQ-9", setup: true, before: []string{"/phq9", "1"}, send: risky},
		{name: "delete pending", setup: true, before: []string{"/delete"}, send: risky},
		{name: "medication log", setup: true, before: []string{"/med"}, send: risky},
		{name: "/name", setup: true, send: "/name " + risky, echo: "nothing changed"},
		{name: "/med", setup: true, send: "/med sertraline 50mg " + risky, echo: "nothing changed"},
		{name: "/time", setup: true, send: "/time 21:00 " + risky, echo: "nothing changed"},
		{name: "/country", setup: true, send: "/country " + risky, echo: "nothing changed"},
		{name: "/crisis", setup: true, send: "/crisis " + risky},
		{name: "edit of a value", setup: true, before: []string{"mood 6"}, edit: true,
			send: "mood 3, " + risky, want: "mood=3", echo: "mood 6 → 3"},
		{name: "edit of a note", setup: true, before: append(toNote[:len(toNote):len(toNote)], "slept badly"), edit: true, send: "long day, " + risky, want: "note", echo: "Updated your note."},
		{name: "edit of a stray message", setup: true, before: []string{"the bus was late"}, edit: true, send: risky},
		{name: "replay", setup: true, before: []string{"/checkin"}, replay: true,
			send: "4, slept 5 hours, " + risky, want: "mood=4 sleep=5", echo: "mood 4, slept 5 h"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("750")
			if tc.setup {
				c.onboard("UTC", "21:00", "GB")
			}
			var id string
			for _, s := range tc.before {
				_, id = c.sendID(s)
			}
			var r bot.Response
			switch {
			case tc.edit:
				r = c.edit(id, tc.send)
			case tc.replay:
				var rid string
				r, rid = c.sendID(tc.send)
				checkRiskReply(t, c, r, tc.setup, tc.echo, tc.unasked)
				r = c.handle(bot.Inbound{Text: tc.send, MessageID: rid})
			default:
				r = c.send(tc.send)
			}
			checkRiskReply(t, c, r, tc.setup, tc.echo, tc.unasked)
			got, ok := c.day(today)
			switch {
			case tc.want == "" && ok && (got.Mood != nil || got.SleepHours != nil) && !strings.Contains(strings.Join(tc.before, " "), "checkin"):
				t.Errorf("stored values from a message that carried none: %s", row(got))
			case tc.want != "" && !ok:
				t.Fatalf("nothing stored; want %s\n%s", tc.want, dump(r))
			case tc.want != "":
				if s := stored(got); !strings.Contains(s, tc.want) {
					t.Errorf("stored %s, want %s", s, tc.want)
				}
			}
			if len(tc.before) < 2 && !tc.setup {
				if n := len(h.users()); n != 0 {
					t.Errorf("%d people stored from a crisis before consent", n)
				}
			}
		})
	}
}

// checkRiskReply: the crisis reply first, the echo after it, no question.
func checkRiskReply(t *testing.T, c *conv, r bot.Response, setup bool, echo, unasked string) {
	t.Helper()
	if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, "You matter") {
		t.Fatalf("no crisis reply first:\n%s", dump(r))
	}
	if setup && !strings.Contains(r.Replies[0].Text, "116 123") {
		t.Errorf("the crisis reply lacks the person's country's line:\n%s", r.Replies[0].Text)
	}
	if echo != "" {
		rest := respOf(r.Replies[1:])
		if !strings.Contains(text(rest), echo) {
			t.Errorf("no %q after the crisis reply:\n%s", echo, dump(r))
		}
	}
	for _, q := range []string{unasked, qMood} {
		if q != "" && asks(r, q) {
			t.Errorf("a routine question (%q) came with the crisis reply:\n%s", q, dump(r))
		}
	}
	if strings.Contains(text(r), "Save as note") {
		t.Errorf("the risk message was offered as a note:\n%s", dump(r))
	}
}

// stored describes the values of a day for comparison.
func stored(c store.Checkin) string {
	var parts []string
	add := func(k, v string) {
		if v != "" && v != "-" {
			parts = append(parts, k+"="+v)
		}
	}
	add("mood", iv(c.Mood))
	add("sleep", fv(c.SleepHours))
	add("quality", iv(c.SleepQuality))
	add("energy", iv(c.Energy))
	add("interest", iv(c.Interest))
	if c.Note != "" {
		parts = append(parts, "note")
	}
	return strings.Join(parts, " ")
}

// TestRiskReplayAndEditFlagOnce: a risk message delivered again, or
// edited, is answered again every time, but its level is flagged once for
// that message; an edit that says something more urgent is flagged at the
// new level, and a new message with the same words is a new flag.
func TestRiskReplayAndEditFlagOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("751")
	c.onboard("UTC", "21:00", "GB")
	const urgent = "i am going to kill myself tonight"
	steps := []struct {
		what  string
		send  func(id string) bot.Response
		flags int
	}{
		{"first", func(id string) bot.Response { return c.handle(bot.Inbound{Text: risky, MessageID: id}) }, 1},
		{"delivered again", func(id string) bot.Response { return c.handle(bot.Inbound{Text: risky, MessageID: id}) }, 1},
		{"edited, same words", func(id string) bot.Response { return c.edit(id, risky+".") }, 1},
		{"edited, more urgent", func(id string) bot.Response { return c.edit(id, urgent) }, 2},
		{"that edit again", func(id string) bot.Response { return c.edit(id, urgent) }, 2},
		{"a new message", func(string) bot.Response { return c.send(risky) }, 3},
	}
	const id = "751-risk"
	for _, s := range steps {
		r := s.send(id)
		if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, "116 123") {
			t.Errorf("%s: no crisis reply first:\n%s", s.what, dump(r))
		}
		if n := len(c.flagRows()); n != s.flags {
			t.Errorf("%s: %d flag rows, want %d: %q", s.what, n, s.flags, c.flags())
		}
	}
	for _, f := range c.flagRows() {
		if f.Message == "" || strings.Contains(f.Message, "kill") {
			t.Errorf("flag %+v: want the message id as its key, never words", f)
		}
	}
}

// TestRiskFromSomeoneNotAdmitted: with access.allow set, someone outside
// it gets the polite refusal, but risk words still get the crisis reply
// first; nothing about them is stored.
func TestRiskFromSomeoneNotAdmitted(t *testing.T) {
	t.Parallel()
	h := newHarness(t, withConfig(func(c *bot.Config) { c.Allow = []string{"telegram:in"} }))
	out := h.person("out")
	r := out.handle(bot.Inbound{Text: risky, MessageID: "out-1", Locale: "de"})
	if len(r.Replies) < 2 || !strings.Contains(r.Replies[0].Text, "You matter") || !strings.Contains(r.Replies[0].Text, "TelefonSeelsorge") {
		t.Fatalf("no crisis reply first for someone not admitted:\n%s", dump(r))
	}
	if !r.Replies[0].Urgent || !strings.Contains(r.Replies[1].Text, "invited") {
		t.Errorf("want the urgent crisis reply, then the refusal:\n%s", dump(r))
	}
	if r := out.send("hello"); strings.Contains(text(r), "You matter") {
		t.Errorf("a crisis reply for routine words:\n%s", dump(r))
	}
	if n := len(h.users()); n != 0 {
		t.Errorf("%d people stored", n)
	}
}

// A risk message outside a check-in that carries a good value and a wrong
// one keeps the good one after the crisis reply.
func TestRiskMessageKeepsTheGoodValueBesideAWrongOne(t *testing.T) {
	_, c := onboarded(t)
	r := c.send("mood 3, slept 26 hours, i want to die")
	if !strings.Contains(text(r), "You matter") {
		t.Fatalf("no crisis reply:\n%s", dump(r))
	}
	day, ok := c.day("2026-11-25")
	if !ok || day.Mood == nil || *day.Mood != 3 || day.SleepHours != nil {
		t.Errorf("stored %+v, want mood 3 and no sleep", day)
	}
}
