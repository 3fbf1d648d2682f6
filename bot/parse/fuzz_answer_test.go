package parse

import (
	"testing"
	"unicode/utf8"
)

// FuzzReadAnswer: whatever is typed at whichever question, the values read are in range,
// every problem names an item, a choice is a narrow part of its scale, and nothing panics.
func FuzzReadAnswer(f *testing.F) {
	for _, s := range []string{
		"6/10 and about 8h", "mood 6, slept 26 hours", "rough day, cancelled dinner again", "3 or 4",
		"pretty bad", "meh, like a 4", "6/10 8h", "4 feeling tired", "barely got out of bed", "not great",
		"between 3 and 4", "mood 6 mood 3", "\xff 6", "6\x00/10", "½", "mostly, but skipped the gym",
	} {
		f.Add(s)
	}
	steps := []string{ItemMood, ItemSleep, ItemQuality, ItemEnergy, ItemInterest, ItemFunctioning, ItemMed, ""}
	f.Fuzz(func(t *testing.T, s string) {
		for _, step := range steps {
			a := ReadAnswer(s, step)
			checkFieldsInRange(t, a.Fields, nil)
			if a.Functioning != nil && (*a.Functioning < 0 || *a.Functioning > 10) {
				t.Fatalf("functioning = %d out of 0–10", *a.Functioning)
			}
			for _, p := range a.Problems {
				if p.Item == "" || !isSentinel(p.Err) || !utf8.ValidString(p.Value) {
					t.Fatalf("problem %+v", p)
				}
			}
			if c := a.Choice; c != nil && (c.Lo < 0 || c.Hi > 10 || c.Hi <= c.Lo && !c.Guess || c.Hi-c.Lo > 2) {
				t.Fatalf("choice %+v at %s", c, step)
			}
		}
	})
}

// FuzzReadClock: a time read is a real time of day, an ambiguous one an hour of 1–12.
func FuzzReadClock(f *testing.F) {
	for _, s := range []string{"around 9 in the evening", "quarter to ten pm", "half past eight", "noon", "21.30", "9", "after dinner", "12:60", "\xff9pm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ReadClock(s)
		if !isSentinel(err) {
			t.Fatalf("unexpected error %v", err)
		}
		if err != nil {
			return
		}
		if c.Ambiguous && (c.Hour < 1 || c.Hour > 12) || c.Hour < 0 || c.Hour > 23 || c.Minute < 0 || c.Minute > 59 {
			t.Fatalf("ReadClock(%q) = %+v", s, c)
		}
	})
}

// FuzzReadRating: a rating read lies on its scale.
func FuzzReadRating(f *testing.F) {
	for _, s := range []string{"like a 4", "3 or 4", "pretty bad", "6.5", "4 out of 10", "sixish", "between 2 and 9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sc := range [][2]int{{0, 10}, {1, 5}} {
			r, err := ReadRating(s, sc[0], sc[1])
			if !isSentinel(err) {
				t.Fatalf("unexpected error %v", err)
			}
			if err == nil && (r.Lo < sc[0] || r.Hi > sc[1] || r.Hi < r.Lo || r.Hi-r.Lo > 2) {
				t.Fatalf("ReadRating(%q, %d, %d) = %+v", s, sc[0], sc[1], r)
			}
		}
		if _, err := Consent(s); !isSentinel(err) {
			t.Fatalf("Consent: unexpected error %v", err)
		}
	})
}
