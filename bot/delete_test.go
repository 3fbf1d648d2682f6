package bot_test

import (
	"testing"
	"time"
)

// TestDelete: /delete asks; "no" keeps; "yes" erases every row.
func TestDelete(t *testing.T) {
	t.Parallel()
	fill := func(h *harness, c *conv) {
		c.send("mood 6, slept 7h, a note")
		h.clk.Add(24 * time.Hour)
		c.send("/checkin 5 6")
		c.send("/med sertraline 50mg")
		c.send("i want to die")
		c.send("/phq9")
		for range 10 {
			c.send("1")
		}
	}
	counts := func(h *harness, id int64) [4]int {
		cs, _ := h.db.Checkins(h.ctx, id, "", "")
		fs, _ := h.db.Flags(h.ctx, id, time.Time{})
		qs, _ := h.db.Questionnaires(h.ctx, id, time.Time{})
		ms, _ := h.db.Medications(h.ctx, id)
		return [4]int{len(cs), len(fs), len(qs), len(ms)}
	}
	tests := []struct {
		name   string
		answer func(c *conv) // after /delete
		erased bool
	}{
		{"typed yes", func(c *conv) { c.send("yes") }, true},
		{"button yes", func(c *conv) { c.press("Yes, erase everything") }, true},
		{"typed no", func(c *conv) { c.send("no") }, false},
		{"button no", func(c *conv) { c.press("No, keep it") }, false},
		{"unclear then no", func(c *conv) { c.send("hmm"); c.send("no") }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h, c := onboarded(t)
			other := h.person("other")
			other.onboard("UTC", "20:00", "US")
			other.send("/checkin 7 8")
			fill(h, c)
			id := c.mustUser().ID
			before := counts(h, id)
			if before[0] != 2 || before[1] < 2 || before[2] != 1 || before[3] != 1 {
				t.Fatalf("setup rows = %v", before)
			}
			r := c.send("/delete")
			mustContain(t, r, "erases everything", "2 days")
			if got := counts(h, id); got != before {
				t.Fatalf("/delete alone changed rows: %v → %v", before, got)
			}
			tc.answer(c)
			_, stored := c.user()
			if stored == tc.erased {
				t.Errorf("person stored = %v after %s", stored, tc.name)
			}
			got := counts(h, id)
			if tc.erased && got != [4]int{} {
				t.Errorf("rows left after erasing: %v", got)
			}
			if us := h.users(); tc.erased && (len(us) != 1 || us[0].PlatformID != "other") {
				t.Errorf("users after erasing: %+v", us)
			}
			if !tc.erased && got != before {
				t.Errorf("rows changed after keeping: %v → %v", before, got)
			}
			if dlg, err := h.db.Dialogue(h.ctx, id); tc.erased && err == nil && len(dlg) > 0 {
				t.Errorf("dialogue state left after erasing: %s", dlg)
			}
			if cs := other.checkins(); len(cs) != 1 {
				t.Errorf("the other person's rows: %s", rows(cs))
			}
			if tc.erased {
				// Erased means a stranger again: a message gets the welcome.
				r := c.send("mood 5")
				if _, ok := findButton(r, "Yes, that's okay"); !ok {
					t.Errorf("after erasing, not welcomed as new:\n%s", dump(r))
				}
				if _, ok := c.user(); ok {
					t.Error("a message after erasing re-created the person")
				}
			}
		})
	}
}

// TestDeleteConfirmationIsOneShot: a second press of the old "yes" does
// nothing.
func TestDeleteConfirmationIsOneShot(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	c.send("/delete")
	yes, _ := findButton(c.last, "Yes, erase everything")
	c.press("No, keep it")
	r := c.pressData(yes)
	if !r.Stale {
		t.Errorf("old yes not stale:\n%s", dump(r))
	}
	if _, ok := c.user(); !ok || len(h.users()) != 1 {
		t.Error("an old confirmation erased the person")
	}
}

// TestAbandonedDeleteNeverFires: a /delete left unanswered must not be
// confirmed days later by an "ok" typed in answer to the daily prompt
// ("ok" reads as yes to a yes/no question, and as a mood word too).
func TestAbandonedDeleteNeverFires(t *testing.T) {
	t.Parallel()
	for _, answer := range []string{"ok", "yes", "👍", "sure"} {
		t.Run(answer, func(t *testing.T) {
			t.Parallel()
			h, c := onboarded(t)
			c.send("/checkin 6 7")
			c.send("/delete") // and then nothing: they changed their mind
			h.clk.Set(time.Date(2026, 11, 27, 21, 0, 0, 0, time.UTC))
			rs, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin")
			if err != nil || !asks(respOf(rs), qMood) {
				t.Fatalf("prompt = %v %s", err, dump(respOf(rs)))
			}
			r := c.send(answer)
			if _, ok := c.user(); !ok {
				t.Fatalf("%q typed to the mood prompt two days later erased everything:\n%s", answer, dump(r))
			}
			if n := len(c.checkins()); n < 1 {
				t.Errorf("rows lost")
			}
		})
	}
}

// TestLateThumbsUpDoesNotErase: the typed confirmation of /delete is
// meant for the moment it is asked. Hours later, the same day, a "👍" or a
// "k" sent for another reason must not erase everything.
func TestLateThumbsUpDoesNotErase(t *testing.T) {
	t.Parallel()
	for _, answer := range []string{"👍", "k", "ok"} {
		t.Run(answer, func(t *testing.T) {
			t.Parallel()
			h, c := onboarded(t)
			h.clk.Set(time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC))
			c.send("/checkin 6 7")
			c.send("/delete") // left unanswered
			h.clk.Set(time.Date(2026, 11, 25, 17, 0, 0, 0, time.UTC))
			r := c.send(answer)
			if _, ok := c.user(); !ok {
				t.Errorf("%q eight hours after /delete erased everything:\n%s", answer, dump(r))
			}
		})
	}
}
