package parse

import (
	"errors"
	"testing"
)

// TestReadClock covers times of day as people write them. amb marks an hour that needs am
// or pm; its h is then on the 12-hour clock.
func TestReadClock(t *testing.T) {
	tests := []struct {
		in   string
		h, m int
		amb  bool
		err  error
	}{
		{"around 9 in the evening", 21, 0, false, nil},
		{"9 in the morning", 9, 0, false, nil},
		{"about 7 in the morning", 7, 0, false, nil},
		{"8 in the evening", 20, 0, false, nil},
		{"half past eight", 8, 30, true, nil},
		{"half past eight pm", 20, 30, false, nil},
		{"half past 8 in the evening", 20, 30, false, nil},
		{"half eight", 8, 30, true, nil},
		{"quarter to ten pm", 21, 45, false, nil},
		{"a quarter to ten pm", 21, 45, false, nil},
		{"quarter past nine in the evening", 21, 15, false, nil},
		{"quarter past 7am", 7, 15, false, nil},
		{"quarter to one", 12, 45, true, nil},
		{"ten past nine pm", 21, 10, false, nil},
		{"twenty to six in the evening", 17, 40, false, nil},
		{"5 to 10 pm", 21, 55, false, nil},
		{"noon", 12, 0, false, nil},
		{"Noon.", 12, 0, false, nil},
		{"12 noon", 12, 0, false, nil},
		{"midday", 12, 0, false, nil},
		{"around midday", 12, 0, false, nil},
		{"midnight", 0, 0, false, nil},
		{"8ish", 8, 0, true, nil},
		{"8 ish", 8, 0, true, nil},
		{"8pm-ish", 20, 0, false, nil},
		{"9 pm-ish", 21, 0, false, nil},
		{"9pm ish", 21, 0, false, nil},
		{"21h", 21, 0, false, nil},
		{"21h30", 21, 30, false, nil},
		{"21.30", 21, 30, false, nil},
		{"21:30", 21, 30, false, nil},
		{"around 21:00", 21, 0, false, nil},
		{"9", 9, 0, true, nil},
		{"at 9", 9, 0, true, nil},
		{"nine", 9, 0, true, nil},
		{"nine o'clock", 9, 0, true, nil},
		{"9 o clock", 9, 0, true, nil},
		{"nine pm", 21, 0, false, nil},
		{"nine thirty", 9, 30, true, nil},
		{"nine thirty pm", 21, 30, false, nil},
		{"seven forty-five in the evening", 19, 45, false, nil},
		{"eight fifteen pm", 20, 15, false, nil},
		{"9 30 pm", 21, 30, false, nil},
		{"10 at night", 22, 0, false, nil},
		{"2 at night", 2, 0, false, nil},
		{"11 tonight", 23, 0, false, nil},
		{"tonight at 9", 21, 0, false, nil},
		{"in the evening at 8", 20, 0, false, nil},
		{"evening, around 9", 21, 0, false, nil},
		{"3 in the afternoon", 15, 0, false, nil},
		{"12 in the afternoon", 12, 0, false, nil},
		{"like 9pm", 21, 0, false, nil},
		{"maybe 8 pm", 20, 0, false, nil},
		{"9pm every day", 21, 0, false, nil},
		{"21 in the evening", 21, 0, false, nil},
		{"twenty one hundred", 0, 0, false, ErrUnclear},
		{"7am", 7, 0, false, nil},
		{"7 a.m.", 7, 0, false, nil},
		{"12am", 0, 0, false, nil},
		{"12:30 pm", 12, 30, false, nil},
		{"8:30", 8, 30, false, nil},
		{"9ish in the evening", 21, 0, false, nil},
		{"around nine pm", 21, 0, false, nil},
		{"nine in the evening", 21, 0, false, nil},
		{"9 o'clock in the evening", 21, 0, false, nil},
		{"at 9 at night", 21, 0, false, nil},
		{"8:30 in the evening", 20, 30, false, nil},
		{"half 9 at night", 21, 30, false, nil},
		{"twenty past eight pm", 20, 20, false, nil},
		{"8.15pm", 20, 15, false, nil},
		{"19h30", 19, 30, false, nil},
		{"7 P.M.", 19, 0, false, nil},
		{"7PM-ish", 19, 0, false, nil},
		{"7 in the eve", 19, 0, false, nil},
		{"noonish", 12, 0, false, nil},
		{"midday-ish", 12, 0, false, nil},
		{"9:00", 9, 0, false, nil},
		{"21:00h", 21, 0, false, nil},
		{"2100h", 21, 0, false, nil},
		{"21.00", 21, 0, false, nil},
		{"quarter to 10", 9, 45, true, nil},
		{"10 to 9 pm", 20, 50, false, nil},
		{"9 tonight", 21, 0, false, nil},
		{"9 pm tonight", 21, 0, false, nil},
		{"nine-ish", 9, 0, true, nil},
		{"at around 9 pm", 21, 0, false, nil},
		{"let's say 9pm", 21, 0, false, nil},
		{"every day at 9pm", 21, 0, false, nil},
		{"9pm works", 21, 0, false, nil},
		{"at nine", 9, 0, true, nil},
		{"after supper", 0, 0, false, ErrVagueTime},
		{"at bedtime", 0, 0, false, ErrVagueTime},
		{"early evening", 0, 0, false, ErrVagueTime},
		{"8 or 9 pm", 0, 0, false, ErrUnclear},
		{"after dinner", 0, 0, false, ErrVagueTime},
		{"before bed", 0, 0, false, ErrVagueTime},
		{"in the evening", 0, 0, false, ErrVagueTime},
		{"at night", 0, 0, false, ErrVagueTime},
		{"lunchtime", 0, 0, false, ErrVagueTime},
		{"after work", 0, 0, false, ErrVagueTime},
		{"when I get home from work", 0, 0, false, ErrVagueTime},
		{"morning", 0, 0, false, ErrVagueTime},
		{"13pm", 0, 0, false, ErrOutOfRange},
		{"0am", 0, 0, false, ErrOutOfRange},
		{"25:00", 0, 0, false, ErrOutOfRange},
		{"14 in the morning", 0, 0, false, ErrOutOfRange},
		{"9pm in the morning", 0, 0, false, ErrUnclear},
		{"noon at night", 0, 0, false, ErrUnclear},
		{"tonight at 9am", 0, 0, false, ErrUnclear},
		{"half past", 0, 0, false, ErrUnclear},
		{"quarter to", 0, 0, false, ErrUnclear},
		{"whenever", 0, 0, false, ErrUnclear},
		{"9pm tomorrow", 0, 0, false, ErrUnclear},
		{"", 0, 0, false, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ReadClock(tt.in)
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("ReadClock(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if tt.err == ErrUnclear && errors.Is(err, ErrVagueTime) {
				t.Fatalf("ReadClock(%q) = ErrVagueTime, want a plain ErrUnclear", tt.in)
			}
			if err == nil && (got.Hour != tt.h || got.Minute != tt.m || got.Ambiguous != tt.amb) {
				t.Errorf("ReadClock(%q) = %+v, want %02d:%02d ambiguous=%v", tt.in, got, tt.h, tt.m, tt.amb)
			}
		})
	}
}

func TestClockTimeAt(t *testing.T) {
	tests := []struct {
		c        ClockTime
		pm       bool
		wantH, m int
	}{
		{ClockTime{Hour: 9, Ambiguous: true}, true, 21, 0},
		{ClockTime{Hour: 9, Ambiguous: true}, false, 9, 0},
		{ClockTime{Hour: 12, Minute: 45, Ambiguous: true}, false, 0, 45},
		{ClockTime{Hour: 12, Minute: 45, Ambiguous: true}, true, 12, 45},
		{ClockTime{Hour: 21, Minute: 5}, false, 21, 5},
	}
	for _, tt := range tests {
		if h, m := tt.c.At(tt.pm); h != tt.wantH || m != tt.m {
			t.Errorf("%+v.At(%v) = %02d:%02d, want %02d:%02d", tt.c, tt.pm, h, m, tt.wantH, tt.m)
		}
	}
}
