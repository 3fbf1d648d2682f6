package parse

import (
	"errors"
	"testing"
)

func TestClock(t *testing.T) {
	tests := []struct {
		in   string
		h, m int
		err  error
	}{
		{"21:00", 21, 0, nil},
		{"9:05", 9, 5, nil},
		{"09:05", 9, 5, nil},
		{"0930", 9, 30, nil},
		{"930", 9, 30, nil},
		{"2100", 21, 0, nil},
		{"9pm", 21, 0, nil},
		{"9 pm", 21, 0, nil},
		{"9PM", 21, 0, nil},
		{"9 p.m.", 21, 0, nil},
		{"9am", 9, 0, nil},
		{"9 a.m.", 9, 0, nil},
		{"9:30pm", 21, 30, nil},
		{"9.30pm", 21, 30, nil},
		{"9.30", 9, 30, nil},
		{"noon", 12, 0, nil},
		{"Midnight", 0, 0, nil},
		{"21h", 21, 0, nil},
		{"21h30", 21, 30, nil},
		{"12am", 0, 0, nil},
		{"12pm", 12, 0, nil},
		{"12:30am", 0, 30, nil},
		{"at 7pm", 19, 0, nil},
		{"9 o'clock pm", 21, 0, nil},
		{"21", 21, 0, nil},
		{"0", 0, 0, nil},
		{"00:00", 0, 0, nil},
		{"23:59", 23, 59, nil},
		{"２１：００", 21, 0, nil},
		{"25:00", 0, 0, ErrOutOfRange},
		{"9:75", 0, 0, ErrOutOfRange},
		{"13pm", 0, 0, ErrOutOfRange},
		{"0am", 0, 0, ErrOutOfRange},
		{"24:00", 0, 0, ErrOutOfRange},
		{"2500", 0, 0, ErrOutOfRange},
		{"9", 0, 0, ErrUnclear},
		{"9 o'clock", 0, 0, ErrUnclear},
		{"9:5", 0, 0, ErrUnclear},
		{"9.5", 0, 0, ErrUnclear},
		{"-5", 0, 0, ErrUnclear},
		{"evening", 0, 0, ErrUnclear},
		{"9pm tomorrow", 0, 0, ErrUnclear},
		{"", 0, 0, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			h, m, err := Clock(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Clock(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if err == nil && (h != tt.h || m != tt.m) {
				t.Errorf("Clock(%q) = %02d:%02d, want %02d:%02d", tt.in, h, m, tt.h, tt.m)
			}
		})
	}
}
