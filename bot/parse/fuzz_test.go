package parse

import (
	"errors"
	"math"
	"testing"
	"unicode/utf8"
)

// isSentinel reports whether err is nil or one of the errors callers are told to expect.
func isSentinel(err error) bool {
	return err == nil || errors.Is(err, ErrEmpty) || errors.Is(err, ErrUnclear) || errors.Is(err, ErrOutOfRange)
}

func quarter(v float64) bool { return v*4 == math.Trunc(v*4) }

func checkFieldsInRange(t *testing.T, f Fields, err error) {
	t.Helper()
	if !isSentinel(err) {
		t.Fatalf("unexpected error %v", err)
	}
	var fe *FieldError
	if err != nil && !errors.Is(err, ErrEmpty) && !errors.As(err, &fe) {
		t.Fatalf("error %v is not a *FieldError", err)
	}
	if err != nil && !f.Empty() {
		t.Fatalf("fields %s returned with error %v", describe(f), err)
	}
	if !utf8.ValidString(f.Rest) {
		t.Fatalf("Rest %q is not valid UTF-8", f.Rest)
	}
	for name, p := range map[string]*int{"mood": f.Mood, "energy": f.Energy, "interest": f.Interest} {
		if p != nil && (*p < 0 || *p > 10) {
			t.Fatalf("%s = %d out of 0–10", name, *p)
		}
	}
	if f.Quality != nil && (*f.Quality < 1 || *f.Quality > 5) {
		t.Fatalf("quality = %d out of 1–5", *f.Quality)
	}
	if f.Sleep != nil && (*f.Sleep < 0 || *f.Sleep > 24 || !quarter(*f.Sleep)) {
		t.Fatalf("sleep = %v out of 0–24 or not a quarter hour", *f.Sleep)
	}
}

func FuzzFree(f *testing.F) {
	for _, s := range []string{
		"mood 6, slept 5h, woke at 3", "slept badly, 4h, mood 3", "mood: 4/10 sleep 7.5 hours quality 4",
		"energy 3 interest 2", "took my meds", "forgot my meds", "i'm a 5 today", "7h30 sleep",
		"mood ６", "\xff\xfe mood 6", "mood\x006", "6 7.5 3", "/checkin 6, 7h30", "didn't sleep, mood 2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Free(s)
		checkFieldsInRange(t, got, err)
		got, err = OneLine(s)
		checkFieldsInRange(t, got, err)
	})
}

func FuzzHours(f *testing.F) {
	for _, s := range []string{"7", "7h30", "7:30", "5-6", "seven and a half", "90 min", "８h", "-3", "7.30", "between 5 and 6"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Hours(s)
		if !isSentinel(err) {
			t.Fatalf("Hours(%q) error %v", s, err)
		}
		if err == nil && (v < 0 || v > 24 || !quarter(v)) {
			t.Fatalf("Hours(%q) = %v, out of 0–24 or not a quarter hour", s, v)
		}
	})
}

func FuzzRating(f *testing.F) {
	for _, s := range []string{"6", "6/10", "6 out of 10", "seven", "6️⃣", "🔟", "５-6", "-1", "11/10"} {
		f.Add(s, 0, 10)
	}
	f.Add("4/5", 1, 5)
	f.Fuzz(func(t *testing.T, s string, min, max int) {
		v, err := Rating(s, min, max)
		if !isSentinel(err) {
			t.Fatalf("Rating(%q, %d, %d) error %v", s, min, max, err)
		}
		if err == nil && (v < min || v > max) {
			t.Fatalf("Rating(%q, %d, %d) = %d, out of range", s, min, max, v)
		}
	})
}

func FuzzClock(f *testing.F) {
	for _, s := range []string{"21:00", "9:05", "0930", "9pm", "9:30 p.m.", "9.30", "noon", "21h30", "25:00", "13pm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, m, err := Clock(s)
		if !isSentinel(err) {
			t.Fatalf("Clock(%q) error %v", s, err)
		}
		if err == nil && (h < 0 || h > 23 || m < 0 || m > 59) {
			t.Fatalf("Clock(%q) = %d:%d, not a time of day", s, h, m)
		}
	})
}

// FuzzZone also covers the other one-answer readers, which share the cleaning.
func FuzzZone(f *testing.F) {
	for _, s := range []string{"Berlin", "são paulo", "UTC+5:30", "+05:45", "utc-3", "America/New_York", "yes", "Deutschland"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, loc, err := Zone(s)
		if err == nil {
			if loc == nil || name == "" {
				t.Fatalf("Zone(%q) = %q, %v with no error", s, name, loc)
			}
			if _, err := LoadZone(name); err != nil {
				t.Fatalf("Zone(%q) = %q, which LoadZone refuses: %v", s, name, err)
			}
		}
		if code, err := Country(s); err == nil && CountryName(code) == "" {
			t.Fatalf("Country(%q) = %q, which has no name", s, code)
		}
		if _, err := YesNo(s); !isSentinel(err) {
			t.Fatalf("YesNo(%q) error %v", s, err)
		}
		if q, ok := QualityWord(s); ok && (q < 1 || q > 5) {
			t.Fatalf("QualityWord(%q) = %d", s, q)
		}
	})
}
