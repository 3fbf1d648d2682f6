package bot_test

import (
	"strings"
	"testing"
)

// TestConsentEverydayWords: plain yeses and noes, typos included, are
// understood; anything else gets one short line with the buttons, never
// the whole welcome twice in a row, and nothing is stored before a yes.
func TestConsentEverydayWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		answers []string
		stored  bool
	}{
		{[]string{"yse"}, true},
		{[]string{"yes please"}, true},
		{[]string{"sounds good"}, true},
		{[]string{"👍"}, true},
		{[]string{"I agree"}, true},
		{[]string{"sure"}, true},
		{[]string{"hmm what is this", "okay"}, true},
		{[]string{"no thanks"}, false},
		{[]string{"I'd rather not"}, false},
		{[]string{"what do you store?", "maybe later", "nope"}, false},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.answers, "|"), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("150")
			c.send("/start")
			prev := text(c.last)
			for _, a := range tc.answers {
				r := c.send(a)
				got := text(r)
				if got == prev && strings.Count(got, "\n") > 1 {
					t.Errorf("%q met with the same long text again:\n%s", a, got)
				}
				prev = got
			}
			if got := len(h.users()) == 1; got != tc.stored {
				t.Fatalf("stored = %v, want %v; last:\n%s", got, tc.stored, dump(c.last))
			}
		})
	}
}

// TestConsentReaskIsShort: an unclear first answer is asked again in one
// short line, with the buttons, and the welcome is not repeated.
func TestConsentReaskIsShort(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("151")
	r := c.send("hello there")
	mustContain(t, r, "I'm checkin")
	for _, a := range []string{"yes but what do you keep", "idk", "??", "mood 5"} {
		r = c.send(a)
		if n := strings.Count(text(r), "\n") + 1; n > 2 {
			t.Errorf("%q: re-ask has %d lines:\n%s", a, n, dump(r))
		}
		mustContain(t, r, "Just a yes or no for now: is that okay with you?")
		mustNotContain(t, r, "I'm checkin")
		if _, ok := findButton(r, "Yes, that's okay"); !ok {
			t.Errorf("%q: re-ask without the buttons:\n%s", a, dump(r))
		}
	}
	if n := len(h.users()); n != 0 {
		t.Fatalf("%d people stored before consent", n)
	}
	c.press("Yes, that's okay")
	if n := len(h.users()); n != 1 {
		t.Fatalf("%d people stored after yes", n)
	}
}

// TestWelcomeAfterDeclineOrDelete: someone who said no, or erased
// everything, and writes again is introduced afresh.
func TestWelcomeAfterDeclineOrDelete(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("152")
	c.send("/start")
	c.send("no")
	mustContain(t, c.send("hello"), "I'm checkin")
	c.send("yes")
	c.send("/delete")
	c.press("Yes, erase everything")
	if n := len(h.users()); n != 0 {
		t.Fatalf("%d people after /delete", n)
	}
	mustContain(t, c.send("hi again"), "I'm checkin")
}
