package bot_test

import (
	"strings"
	"testing"
	"time"
)

// TestPromptKinds: what the scheduler gets for each kind.
func TestPromptKinds(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	h.clk.Set(time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC))
	u := c.mustUser()

	rs, err := h.b.Prompt(h.ctx, u, "checkin")
	if err != nil || len(rs) != 1 || !strings.HasPrefix(rs[0].Text, "Hi — time for today's check-in") || !rs[0].Private {
		t.Fatalf("checkin prompt = %v %s", err, dump(respOf(rs)))
	}
	if !asks(respOf(rs), qMood) || len(rs[0].Buttons) == 0 {
		t.Errorf("the prompt does not ask the mood with buttons: %s", dump(respOf(rs)))
	}
	// The prompt opened the dialogue: a bare number answers the mood.
	r := c.send("6")
	mustContain(t, r, "Got it: mood 6")
	rs, err = h.b.Prompt(h.ctx, u, "reminder")
	if err != nil || len(rs) != 0 {
		t.Errorf("reminder after the mood was answered = %v %s", err, dump(respOf(rs)))
	}
	rs, err = h.b.Prompt(h.ctx, u, "summary")
	if err != nil || len(rs) != 1 || rs[0].Text == "" {
		t.Errorf("summary = %v %s", err, dump(respOf(rs)))
	}
	rs, err = h.b.Prompt(h.ctx, u, "phq9")
	if err != nil || !asks(respOf(rs), "1/9.") {
		t.Errorf("phq9 = %v %s", err, dump(respOf(rs)))
	}
	r = c.send("0")
	if !asks(r, "2/9.") {
		t.Errorf("a typed 0 after the PHQ-9 prompt does not move on:\n%s", dump(r))
	}
	if _, err := h.b.Prompt(h.ctx, u, "bogus"); err == nil {
		t.Error("an unknown kind is not an error")
	}
}

// TestReminderBeforeAnswer: the reminder asks when nothing was answered.
func TestReminderBeforeAnswer(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	rs, err := h.b.Prompt(h.ctx, c.mustUser(), "reminder")
	if err != nil || len(rs) != 1 || !strings.Contains(rs[0].Text, "gentle reminder") || !asks(respOf(rs), qMood) {
		t.Errorf("reminder = %v %s", err, dump(respOf(rs)))
	}
}

// TestPromptDuringPHQ9: the daily prompt does not break an open PHQ-9.
func TestPromptDuringPHQ9(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("/phq9")
	c.send("1")
	if _, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin"); err != nil {
		t.Fatal(err)
	}
	r := c.send("2")
	if !asks(r, "3/9.") {
		t.Errorf("the PHQ-9 lost its place after the daily prompt:\n%s", dump(r))
	}
}

// TestStrayNote: a message that answers nothing is offered as a note.
func TestStrayNote(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		answer func(c *conv)
		saved  bool
	}{
		{"typed yes", func(c *conv) { c.send("yes") }, true},
		{"button yes", func(c *conv) { c.press("Save as note") }, true},
		{"typed no", func(c *conv) { c.send("no") }, false},
		{"button no", func(c *conv) { c.press("No, thanks") }, false},
		// Moving on without saying no keeps the words: nothing said is lost.
		{"something else", func(c *conv) { c.send("mood 5") }, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, c := onboarded(t)
			r := c.send("the neighbours were loud all night")
			if _, ok := findButton(r, "Save as note"); !ok {
				t.Fatalf("no offer:\n%s", dump(r))
			}
			tc.answer(c)
			got, _ := c.day(today)
			if saved := got.Note == "the neighbours were loud all night"; saved != tc.saved {
				t.Errorf("note = %q, want saved %v", got.Note, tc.saved)
			}
		})
	}
}

// TestStrayNoteOfferExpires: the offer's button from yesterday is stale.
func TestStrayNoteOfferExpires(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("the neighbours were loud all night")
	h.clk.Add(24 * time.Hour)
	r := c.press("Save as note")
	if !r.Stale {
		t.Errorf("yesterday's offer is not stale:\n%s", dump(r))
	}
	if cs := c.checkins(); len(cs) != 0 {
		t.Errorf("rows = %s", rows(cs))
	}
}

// TestMedication: /med records a timeline; bad dates are asked again.
func TestMedication(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	r := c.send("/med")
	mustContain(t, r, "No medication recorded yet")
	r = c.send("sertraline 50mg since 2026-09-01")
	mustContain(t, r, "Recorded: sertraline 50mg from 2026-09-01")
	r = c.send("/med sertraline 100mg")
	mustContain(t, r, "from 2026-11-25")
	for _, bad := range []string{"/med sertraline 50mg since 2099-01-01", "/med sertraline 50mg since someday"} {
		r = c.send(bad)
		mustContain(t, r, "couldn't read that date")
	}
	ms, err := h.db.Medications(h.ctx, c.mustUser().ID)
	if err != nil || len(ms) != 2 {
		t.Errorf("medications = %+v, %v", ms, err)
	}
	r = c.send("/med")
	mustContain(t, r, "2026-09-01", "100mg")
}

// TestReports: /report gives a PDF and a CSV; /summary a text.
func TestReports(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	for i := range 10 {
		c.send("/checkin " + itoa(3+i%5) + " " + itoa(5+i%3))
		h.clk.Add(24 * time.Hour)
	}
	for _, tc := range []struct{ send, name string }{{"/report", "14d"}, {"/report 28", "28d"}, {"/report 90d", "90d"}} {
		r := c.send(tc.send)
		var pdf, csvFile bool
		for _, x := range r.Replies {
			if x.File != nil && x.File.MIME == "application/pdf" && strings.HasPrefix(string(x.File.Data), "%PDF") {
				pdf = strings.Contains(x.File.Name, tc.name)
			}
			if x.File != nil && x.File.MIME == "text/csv" && strings.HasPrefix(string(x.File.Data), csvHeader) {
				csvFile = true
			}
			if !x.Private {
				t.Errorf("%s: a reply with health data is not private", tc.send)
			}
		}
		if !pdf || !csvFile {
			t.Errorf("%s: pdf %v csv %v\n%s", tc.send, pdf, csvFile, dump(r))
		}
	}
	for _, bad := range []string{"/report 7", "/report abc", "/report -14"} {
		mustContain(t, c.send(bad), "14, 28 or 90 days")
	}
	r := c.send("/summary")
	if len(r.Replies) != 1 || r.Replies[0].Text == "" || r.Replies[0].Image == nil {
		t.Errorf("/summary with a week of data: %s", dump(r))
	}
}

// TestQuietHours: /quiet sets the hours; nonsense is asked again.
func TestQuietHours(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	r := c.send("/quiet 23:00-07:30")
	mustContain(t, r, "23:00", "07:30")
	u := c.mustUser()
	if u.QuietStart != "23:00" || u.QuietEnd != "07:30" {
		t.Errorf("quiet = %s–%s", u.QuietStart, u.QuietEnd)
	}
	for _, bad := range []string{"/quiet 22:00-22:00", "/quiet 25:00-26:00", "/quiet soon"} {
		mustContain(t, c.send(bad), "two times")
	}
	c.send("stop")
	if u := c.mustUser(); u.QuietStart != "23:00" || u.QuietEnd != "07:30" {
		t.Errorf("quiet changed by nonsense: %s–%s", u.QuietStart, u.QuietEnd)
	}
}

// TestStrayNoteKeptOnItsDay: words offered as a note and left unanswered
// are kept on the day they were written, even when kept the next day.
func TestStrayNoteKeptOnItsDay(t *testing.T) {
	t.Parallel()
	for _, next := range []string{"prompt", "message"} {
		t.Run(next, func(t *testing.T) {
			t.Parallel()
			h, c := onboarded(t)
			c.send("the neighbours were loud all night")
			h.clk.Set(time.Date(2026, 11, 26, 21, 0, 0, 0, time.UTC))
			if next == "prompt" {
				if _, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin"); err != nil {
					t.Fatal(err)
				}
			} else {
				c.send("mood 5")
			}
			if d, ok := c.day(today); !ok || d.Note != "the neighbours were loud all night" {
				t.Errorf("the note is not on the day it was written:\n%s", rows(c.checkins()))
			}
		})
	}
}
