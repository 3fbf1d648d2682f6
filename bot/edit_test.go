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
	for _, a := range []string{"5", "7", "3", "skip", "skip", "skip", "skip"} {
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
	for _, a := range []string{"6", "7", "3", "skip", "skip", "skip", "skip"} {
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
	for _, a := range []string{"6", "7", "3", "skip", "skip", "skip", "skip"} {
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
// crash before its update was confirmed, or a webhook retry) is handled
// again for the day it answered: its values land the same, a later
// correction still wins, and a note is never added twice.
func TestRepeatedDelivery(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		steps  func(c *conv) []bot.Inbound // what was delivered, in order
		mood   string
		note   string
		replay string // a reply to the replays must contain this
	}{
		{"a note answer", func(c *conv) []bot.Inbound {
			c.send("/checkin")
			for _, a := range []string{"5", "7", "3", "skip", "skip", "skip", "skip"} {
				c.send(a)
			}
			_, id := c.sendID("walked by the river")
			return []bot.Inbound{{Text: "walked by the river", MessageID: id}}
		}, "5", "walked by the river", "Noted"},
		{"a press, then a typed correction", func(c *conv) []bot.Inbound {
			c.send("/checkin")
			data, ok := findButton(c.buttons, "7")
			if !ok {
				t.Fatal("no mood button 7")
			}
			c.pressData(data)
			_, id := c.sendID("mood 6")
			return []bot.Inbound{{Data: data, MessageID: c.lastID[data]}, {Text: "mood 6", MessageID: id}}
		}, "6", "", "Updated: mood 7 → 6"},
		{"a one-line check-in with a note, then a correction", func(c *conv) []bot.Inbound {
			_, a := c.sendID("/checkin 6 7.5 walked by the river")
			_, b := c.sendID("mood 4")
			return []bot.Inbound{{Text: "/checkin 6 7.5 walked by the river", MessageID: a}, {Text: "mood 4", MessageID: b}}
		}, "4", "walked by the river", "Updated: mood 6 → 4"},
		{"a stray message kept when the person moved on", func(c *conv) []bot.Inbound {
			_, a := c.sendID("walked by the river")
			_, b := c.sendID("mood 5")
			return []bot.Inbound{{Text: "walked by the river", MessageID: a}, {Text: "mood 5", MessageID: b}}
		}, "5", "walked by the river", "mood 5"},
	}
	backends(t, func(t *testing.T, engine option) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, c := onboarded(t, engine)
				sent := tt.steps(c)
				var last bot.Response
				for _, in := range sent {
					last = c.handle(in)
				}
				mustContain(t, last, tt.replay)
				got, _ := c.day(today)
				if iv(got.Mood) != tt.mood || got.Note != tt.note {
					t.Errorf("after the replay: mood %s, note %q; want mood %s, note %q", iv(got.Mood), got.Note, tt.mood, tt.note)
				}
			})
		}
	})
}

// A replayed answer counts for the day it answered, even when it comes
// after midnight with the next day's check-in open.
func TestRepeatedDeliveryKeepsItsDay(t *testing.T) {
	t.Parallel()
	backends(t, func(t *testing.T, engine option) {
		_, c := onboarded(t, engine)
		c.send("/checkin")
		_, id := c.sendID("mood 3")
		c.h.clk.Add(24 * time.Hour)
		c.send("/checkin")
		c.handle(bot.Inbound{Text: "mood 3", MessageID: id})
		if got, _ := c.day("2026-11-26"); got.Mood != nil {
			t.Errorf("a replayed answer of the day before set today's mood to %s", iv(got.Mood))
		}
		if got, _ := c.day(today); iv(got.Mood) != "3" {
			t.Errorf("the day before: mood %s, want 3", iv(got.Mood))
		}
	})
}
