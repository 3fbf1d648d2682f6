package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

// TestEditedAnswer: editing the message that answered the mood amends the
// mood, and the open question stays where it was.
func TestEditedAnswer(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		answer   string
		edit     string
		wantMood string
		wantSay  string
	}{
		{"typed number", "4", "6", "6", "mood 4 → 6"},
		{"keyed value", "mood 4", "mood 3", "3", "mood 4 → 3"},
		{"words", "4", "a 7", "7", "mood 4 → 7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, c := onboarded(t)
			c.send("/checkin")
			_, id := c.sendID(tc.answer)
			c.send("7") // sleep
			r := c.edit(id, tc.edit)
			mustContain(t, r, tc.wantSay)
			got, _ := c.day(today)
			if iv(got.Mood) != tc.wantMood || fv(got.SleepHours) != "7" {
				t.Errorf("row = %s", row(got))
			}
			// The quality question is still the open one.
			r = c.send("3")
			mustContain(t, r, "sleep quality 3/5")
			if n := len(c.checkins()); n != 1 {
				t.Errorf("%d rows", n)
			}
		})
	}
}

// TestEditedOneLine: editing a one-line check-in amends both values.
func TestEditedOneLine(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	_, id := c.sendID("mood 5, slept 6h")
	r := c.edit(id, "mood 4, slept 8h")
	mustContain(t, r, "mood 5 → 4", "6 h → 8 h")
	got, _ := c.day(today)
	if iv(got.Mood) != "4" || fv(got.SleepHours) != "8" {
		t.Errorf("row = %s", row(got))
	}
}

// TestEditedNote: editing the note replaces it.
func TestEditedNote(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	for _, a := range []string{"5", "7", "3", "skip", "skip", "skip"} {
		c.send(a)
	}
	_, id := c.sendID("a hard day at wrok")
	r := c.edit(id, "a hard day at work")
	mustContain(t, r, "note")
	got, _ := c.day(today)
	if got.Note != "a hard day at work" {
		t.Errorf("note = %q", got.Note)
	}
}

// TestEditedUnknownMessage: an edit of a message that answered nothing
// changes nothing and says so.
func TestEditedUnknownMessage(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, id, text string }{
		{"never seen", "no-such-message", "mood 2"},
		{"empty id", "", "mood 2"},
		{"unreadable edit", "", "banana"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, c := onboarded(t)
			c.send("/checkin 6 7")
			before := rows(c.checkins())
			r := c.edit(tc.id, tc.text)
			mustContain(t, r, "nothing changed")
			if after := rows(c.checkins()); after != before {
				t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// TestEditedUnreadable: an edit the core cannot read keeps the earlier
// answer.
func TestEditedUnreadable(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	_, id := c.sendID("4")
	before := rows(c.checkins())
	r := c.edit(id, "banana")
	mustContain(t, r, "kept the earlier one")
	if after := rows(c.checkins()); after != before {
		t.Errorf("store changed:\nbefore %s\nafter  %s", before, after)
	}
	r = c.edit(id, "12")
	if after := rows(c.checkins()); after != before {
		t.Errorf("an out-of-range edit changed the store:\nbefore %s\nafter  %s\n%s", before, after, dump(r))
	}
}

// TestRestartMidCheckin: the dialogue state survives a new core on the
// same database file.
func TestRestartMidCheckin(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("/checkin")
	_, moodID := c.sendID("5")
	h.restart()
	r := c.send("6.5")
	mustContain(t, r, "slept 6.5 h")
	if !asks(r, qQuality) {
		t.Errorf("quality not asked after the restart:\n%s", dump(r))
	}
	got, _ := c.day(today)
	if iv(got.Mood) != "5" || fv(got.SleepHours) != "6.5" {
		t.Errorf("row = %s", row(got))
	}
	// A button from before the restart still works.
	h.restart()
	r = c.press("4")
	if r.Stale {
		t.Fatalf("button from before the restart is stale:\n%s", dump(r))
	}
	got, _ = c.day(today)
	if iv(got.SleepQuality) != "4" {
		t.Errorf("row = %s", row(got))
	}
	// An edit after a restart still finds the answer it amends.
	h.restart()
	r = c.edit(moodID, "3")
	mustContain(t, r, "mood 5 → 3")
	got, _ = c.day(today)
	if iv(got.Mood) != "3" {
		t.Errorf("row = %s", row(got))
	}
}

// TestEditedOneLineCommandNextDay: editing yesterday's "/checkin 6 7"
// amends yesterday, as editing "mood 4, slept 8h" does; it does not make
// a new check-in for today.
func TestEditedOneLineCommandNextDay(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	_, id := c.sendID("/checkin 6 7")
	h.clk.Add(19 * time.Hour) // 13:00 the next day
	r := c.edit(id, "/checkin 5 7")
	cs := c.checkins()
	if len(cs) != 1 || cs[0].Day != today || iv(cs[0].Mood) != "5" {
		t.Errorf("rows after editing yesterday's one-line check-in:\n%s\n%s", rows(cs), dump(r))
	}
	mustContain(t, r, "mood 6 → 5")
}

// TestEditedNoteKeepsOtherParts: a note built from several messages keeps
// the other messages' words when one of them is edited.
func TestEditedNoteKeepsOtherParts(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	for _, a := range []string{"6", "7", "3", "skip", "skip", "skip"} {
		c.send(a)
	}
	_, id := c.sendID("walked the dgo")
	c.send("mood 5, woke at 3")
	if got, _ := c.day(today); got.Note != "walked the dgo; woke at 3" {
		t.Fatalf("note = %q", got.Note)
	}
	c.edit(id, "walked the dog")
	if got, _ := c.day(today); got.Note != "walked the dog; woke at 3" {
		t.Errorf("note after the edit = %q, want %q", got.Note, "walked the dog; woke at 3")
	}
}

// TestEditedNoteStaysBounded: an edit that makes the note longer keeps it
// within the note limit, as a new message would.
func TestEditedNoteStaysBounded(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	for _, a := range []string{"6", "7", "3", "skip", "skip", "skip"} {
		c.send(a)
	}
	_, id := c.sendID("short")
	c.edit(id, strings.Repeat("longer words ", 250))
	got, _ := c.day(today)
	if n := len([]rune(got.Note)); n > 1000 {
		t.Errorf("note of %d runes after an edit; the limit is 1000", n)
	}
}

// TestRepeatedDelivery: a message the platform delivers again (after a
// crash before it was confirmed, or a webhook retry) is not recorded
// twice; the person hears what it recorded (they may have missed the first
// answer), and the check-in carries on.
func TestRepeatedDelivery(t *testing.T) {
	t.Parallel()
	_, c := onboarded(t)
	c.send("/checkin")
	for _, a := range []string{"5", "7", "3", "skip", "skip", "skip"} {
		c.send(a)
	}
	_, id := c.sendID("walked by the river")
	again := c.handle(bot.Inbound{Text: "walked by the river", MessageID: id})
	mustContain(t, again, "Noted")
	if got, _ := c.day(today); got.Note != "walked by the river" {
		t.Errorf("note = %q after a repeated delivery, want it once", got.Note)
	}

	// Mid check-in: the repeat re-asks the open question.
	c.h.clk.Add(24 * time.Hour)
	c.send("/checkin")
	_, id = c.sendID("mood 6")
	again = c.handle(bot.Inbound{Text: "mood 6", MessageID: id})
	mustContain(t, again, "Got it: mood 6", "sleep")
	c.send("7")
	if got, _ := c.day("2026-11-26"); iv(got.Mood) != "6" || fv(got.SleepHours) != "7" {
		t.Errorf("row after the repeat = %s, want mood 6 and sleep 7", row(got))
	}
}
