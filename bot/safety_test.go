package bot_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// flags lists the person's flags.
func (c *conv) flags() []string {
	c.h.t.Helper()
	u, ok := c.user()
	if !ok {
		return nil
	}
	fs, err := c.h.db.Flags(c.h.ctx, u.ID, time.Time{})
	if err != nil {
		c.h.t.Fatalf("Flags: %v", err)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.Severity+"|"+f.Rule+"|"+f.Detail)
	}
	return out
}

func (c *conv) flagRows() []store.Flag {
	c.h.t.Helper()
	u := c.mustUser()
	fs, err := c.h.db.Flags(c.h.ctx, u.ID, time.Time{})
	if err != nil {
		c.h.t.Fatalf("Flags: %v", err)
	}
	return fs
}

// TestAcuteCrisisLines: risk words get the person's country's crisis
// line in the very first reply, and a flag without the words.
func TestAcuteCrisisLines(t *testing.T) {
	t.Parallel()
	tests := []struct {
		country string
		want    string
	}{
		{"GB", "116 123"},
		{"US", "988"},
		{"skip", "findahelpline"},
	}
	const words = "i want to kill myself"
	for _, tc := range tests {
		t.Run(tc.country, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("700")
			c.onboard("UTC", "21:00", tc.country)
			r := c.send(words)
			if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, tc.want) {
				t.Fatalf("first reply lacks %q:\n%s", tc.want, dump(r))
			}
			if asks(r, qMood) {
				t.Errorf("the routine question is asked with the crisis reply:\n%s", dump(r))
			}
			fs := c.flagRows()
			if len(fs) != 1 || fs[0].Severity != "acute" || fs[0].Rule == "" {
				t.Fatalf("flags = %+v", fs)
			}
			for _, w := range []string{"kill", "myself", words} {
				if strings.Contains(strings.ToLower(fs[0].Detail), w) {
					t.Errorf("flag detail %q holds the person's words (%q)", fs[0].Detail, w)
				}
			}
			// No cooldown: the same words again get the same reply and a flag.
			r = c.send(words)
			if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, tc.want) {
				t.Errorf("second time: first reply lacks %q:\n%s", tc.want, dump(r))
			}
			if n := len(c.flags()); n != 2 {
				t.Errorf("%d flags after twice, want 2", n)
			}
		})
	}
}

// TestAcuteEverywhere: risk words are answered first wherever they come:
// before consent, mid-onboarding, mid-check-in, in a note, in a command.
func TestAcuteEverywhere(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		before []string
		send   string
	}{
		{"stranger", nil, "i don't want to wake up tomorrow"},
		{"before consent", []string{"/start"}, "i want to die"},
		{"at the note", []string{"/checkin", "5", "7", "3", "skip", "skip", "skip", "skip"}, "thinking of ending it all"},
		{"in a one-line check-in", nil, "/checkin 2 4 i want to kill myself"},
		{"during the PHQ-9", []string{"/phq9", "1"}, "i want to die"},
		{"during delete", []string{"/delete"}, "i want to die"},
		{"typo", nil, "i wnat to kill myslef"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("701")
			if tc.name != "stranger" && tc.name != "before consent" {
				c.onboard("UTC", "21:00", "GB")
			}
			for _, s := range tc.before {
				c.send(s)
			}
			r := c.send(tc.send)
			if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, "You matter") {
				t.Fatalf("no crisis reply first:\n%s", dump(r))
			}
			if tc.name == "stranger" || tc.name == "before consent" {
				if n := len(h.users()); n != 0 {
					t.Errorf("a stranger's crisis stored %d users", n)
				}
				return
			}
			if !strings.Contains(r.Replies[0].Text, "116 123") {
				t.Errorf("GB line missing:\n%s", r.Replies[0].Text)
			}
			if n := len(c.flags()); n < 1 {
				t.Errorf("no flag stored")
			}
		})
	}
}

// TestAcuteDuringCheckin: "mood 2, i want to die" stores the mood and
// answers with the crisis lines first.
func TestAcuteDuringCheckin(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("704")
	c.onboard("UTC", "21:00", "GB")
	c.send("/checkin")
	r := c.send("mood 2, i want to die")
	if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, "116 123") {
		t.Fatalf("crisis lines not first:\n%s", dump(r))
	}
	got, _ := c.day(today)
	if iv(got.Mood) != "2" {
		t.Errorf("mood not stored: %s", row(got))
	}
	if asks(r, qSleep) {
		t.Errorf("the next routine question came with the crisis reply:\n%s", dump(r))
	}
	// The check-in goes on when the person wants.
	r = c.send("/checkin")
	if !asks(r, qSleep) {
		t.Errorf("/checkin does not continue at sleep:\n%s", dump(r))
	}
}

// TestPHQ9Item9: answering item 9 with 1 or more brings the crisis reply
// at once; the crisis reply says the questions pause, so the questionnaire
// ends there: the nine scored answers are kept and no difficulty question
// follows.
func TestPHQ9Item9(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("702")
	c.onboard("UTC", "21:00", "US")
	r := c.send("/phq9")
	if _, ok := findButton(r, "0 · Not at all"); !ok {
		t.Fatalf("no PHQ-9 buttons:\n%s", dump(r))
	}
	for i := 1; i <= 8; i++ {
		r = c.press("0 · Not at all")
		if strings.Contains(text(r), "You matter") {
			t.Fatalf("crisis reply after item %d answered 0", i)
		}
	}
	r = c.press("1 · Several days")
	if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, "988") {
		t.Fatalf("item 9 = 1: no crisis reply first:\n%s", dump(r))
	}
	if fs := c.flags(); len(fs) != 1 || !strings.Contains(fs[0], "phq9") {
		t.Errorf("flags = %q", fs)
	}
	mustContain(t, r, "PHQ-9 total is 1")
	if _, ok := findButton(r, "0 · Not difficult at all"); ok || strings.Contains(text(r), "how difficult") {
		t.Errorf("a question follows the crisis reply that says the questions pause:\n%s", dump(r))
	}
	qs, _ := h.db.Questionnaires(h.ctx, c.mustUser().ID, time.Time{})
	if len(qs) != 1 || qs[0].Total != 1 || qs[0].Items[8] != 1 || qs[0].Difficulty != -1 {
		t.Errorf("questionnaires = %+v, want total 1, item 9 = 1, difficulty not asked (-1)", qs)
	}
}

// TestPHQ9Typed: typed answers work, "stop" saves nothing, and a typed 1
// at item 9 triggers the crisis reply too and ends the questionnaire.
func TestPHQ9Typed(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("/phq9")
	for range 8 {
		c.send("0")
	}
	c.send("stop")
	qs, _ := h.db.Questionnaires(h.ctx, c.mustUser().ID, time.Time{})
	if len(qs) != 0 {
		t.Errorf("stopped PHQ-9 saved: %+v", qs)
	}
	c.send("/phq9")
	for range 8 {
		c.send("0")
	}
	r := c.send("several days")
	if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, "You matter") {
		t.Fatalf("typed item 9: no crisis reply first:\n%s", dump(r))
	}
	qs, _ = h.db.Questionnaires(h.ctx, c.mustUser().ID, time.Time{})
	if len(qs) != 1 || qs[0].Total != 1 {
		t.Errorf("questionnaires after item 9 = %+v, want one with total 1", qs)
	}
	r = c.send("2")
	if strings.Contains(text(r), "0 (not at all)") || strings.Contains(text(r), "difficult") {
		t.Errorf("the questionnaire is still open after item 9:\n%s", dump(r))
	}
}

// TestCrisisCommand: /crisis works for anyone, at any time.
func TestCrisisCommand(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("703")
	r := c.send("/crisis")
	mustContain(t, r, "findahelpline")
	c.onboard("UTC", "21:00", "GB")
	c.send("/checkin")
	r = c.send("/crisis")
	mustContain(t, r, "116 123")
	r = c.send("5")
	mustContain(t, r, "mood 5")
}

// TestAcuteAtTheEndOfALongMessage: risk words at the end of a message as
// long as Telegram allows (4096 characters) are still answered: reading
// only the start of long messages must not skip the safety check.
func TestAcuteAtTheEndOfALongMessage(t *testing.T) {
	t.Parallel()
	tail := " and honestly i want to kill myself"
	for _, n := range []int{3900, 4096, 64 * 1024} {
		t.Run(itoa(n), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("705")
			c.onboard("UTC", "21:00", "GB")
			msg := strings.Repeat("today was long. ", n)[:n-len(tail)] + tail
			r := c.send(msg)
			if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, "116 123") {
				t.Errorf("%d-byte message ending in risk words: no crisis reply first:\n%.300s", n, dump(r))
			}
		})
	}
}

// TestAcuteDuringSetupKeepsSetup: risk words in the middle of setup get the
// crisis reply, and the setup question is still the open one afterwards.
func TestAcuteDuringSetupKeepsSetup(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("706")
	c.send("/start")
	c.send("yes")
	r := c.send("i want to die")
	mustContain(t, r, "You matter")
	for _, a := range []string{"Europe/Berlin", "21:00", "GB"} {
		c.send(a)
	}
	u := c.mustUser()
	if u.TZ != "Europe/Berlin" || u.CheckinTime != "21:00" || u.Country != "GB" || u.OnboardedAt.IsZero() {
		t.Errorf("setup lost after the crisis reply: %q %q %q onboarded %v; last:\n%s",
			u.TZ, u.CheckinTime, u.Country, u.OnboardedAt, dump(c.last))
	}
}

// TestAcuteLeavesNoHiddenQuestion: after the crisis reply, nothing is
// pending that the person was not asked: a following "yes" must not save
// the risk words as a note behind their back.
func TestAcuteLeavesNoHiddenQuestion(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	r := c.send("i want to die")
	mustContain(t, r, "You matter")
	if _, ok := findButton(r, "Save as note"); ok {
		return // asked openly: then a yes may save it
	}
	r = c.send("yes")
	if got, ok := c.day(today); ok && strings.Contains(got.Note, "die") {
		t.Errorf("a later \"yes\" saved the risk words as a note without asking: %q\n%s", got.Note, dump(r))
	}
}

// TestAcuteThroughControlBytes: the risk check reads the same words the
// rest of the core reads. The core drops NUL bytes before parsing, so a
// NUL inside a word must not hide the word from the risk check.
func TestAcuteThroughControlBytes(t *testing.T) {
	t.Parallel()
	for _, msg := range []string{
		"i want to ki\x00ll myself",
		"i want to d\x00ie",
		"i want to kill mys\xffelf",
		"i want to k\u200bill myself",
	} {
		t.Run(strconv.Quote(msg), func(t *testing.T) {
			t.Parallel()
			_, c := onboarded(t)
			r := c.send(msg)
			if len(r.Replies) == 0 || !strings.Contains(r.Replies[0].Text, "You matter") {
				t.Errorf("%q: no crisis reply first:\n%s", msg, dump(r))
			}
		})
	}
}

// Someone who has not set up checkin has no daily questions: their crisis
// reply does not say the questions are paused.
func TestCrisisReplyBeforeSetupSaysNothingOfPausedQuestions(t *testing.T) {
	h := newHarness(t)
	c := h.person("new-1")
	r := text(c.send("i want to kill myself"))
	if !strings.Contains(r, "You matter") || strings.Contains(r, "paused") {
		t.Errorf("crisis reply before setup: want the reply without the pause line, got:\n%s", r)
	}
	d := h.person("set-1")
	d.onboard("UTC", "21:00", "GB")
	if r := text(d.send("i want to kill myself")); !strings.Contains(r, "paused") {
		t.Errorf("crisis reply after setup: want the pause line, got:\n%s", r)
	}
}
