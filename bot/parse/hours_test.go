package parse

import (
	"errors"
	"testing"
)

func TestHours(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		err  error
	}{
		{"7", 7, nil},
		{"7 or 8 hours", 7.5, nil},
		{"7 or 8", 7.5, nil},
		{"about 7 or 8", 7.5, nil},
		{"like 6ish hours", 6, nil},
		{"6ish hours", 6, nil},
		{"around 8 hours", 8, nil},
		{"6-7h", 6.5, nil},
		{"maybe five", 5, nil},
		{"roughly 6.5h", 6.5, nil},
		{"7.5", 7.5, nil},
		{"7,5", 7.5, nil},
		{"7h", 7, nil},
		{"7H", 7, nil},
		{"7h30", 7.5, nil},
		{"7h30m", 7.5, nil},
		{"7h 30m", 7.5, nil},
		{"7h 30", 7.5, nil},
		{"7:30", 7.5, nil},
		{"7:45h", 7.75, nil},
		{"7.5 hours", 7.5, nil},
		{"7 hrs", 7, nil},
		{"7 hours 30 minutes", 7.5, nil},
		{"7 hours and 30 minutes", 7.5, nil},
		{"seven", 7, nil},
		{"seven and a half", 7.5, nil},
		{"7 and a half hours", 7.5, nil},
		{"twenty-four", 24, nil},
		{"about 6", 6, nil},
		{"~6h", 6, nil},
		{"6ish", 6, nil},
		{"5-6", 5.5, nil},
		{"5–6 hours", 5.5, nil},
		{"5 to 6", 5.5, nil},
		{"5 or 6", 5.5, nil},
		{"between 5 and 6", 5.5, nil},
		{"90 min", 1.5, nil},
		{"90 minutes", 1.5, nil},
		{"90min", 1.5, nil},
		{"an hour", 1, nil},
		{"an hour and a half", 1.5, nil},
		{"half an hour", 0.5, nil},
		{"none", 0, nil},
		{"zero", 0, nil},
		{"0", 0, nil},
		{"didn't sleep", 0, nil},
		{"didn’t sleep at all", 0, nil},
		{"no sleep", 0, nil},
		{"８", 8, nil},
		{"８h", 8, nil},
		{"7½", 7.5, nil},
		{"7.25", 7.25, nil},
		{"7.75h", 7.75, nil},
		{"6.1", 6, nil},
		{"6.2", 6.25, nil},
		{"7h10", 7.25, nil},
		{"24", 24, nil},
		{"7 hours of sleep", 7, nil},
		{"25", 0, ErrOutOfRange},
		{"-3", 0, ErrOutOfRange},
		{"1500 min", 0, ErrOutOfRange},
		{"23-26", 0, ErrOutOfRange},
		{"7.30", 0, ErrUnclear},
		{"7.45", 0, ErrUnclear},
		{"7.333", 0, ErrUnclear},
		{"4-8", 0, ErrUnclear},
		{"6-5", 0, ErrUnclear},
		{"7:5", 0, ErrUnclear},
		{"7/10", 0, ErrUnclear},
		{"7 out of 10", 0, ErrUnclear},
		{"7:75", 0, ErrUnclear},
		{"7 3", 0, ErrUnclear},
		{"7 hours 3", 0, ErrUnclear},
		{"5-6h30", 0, ErrUnclear},
		{"didn't sleep well", 0, ErrUnclear},
		{"half past 7", 0, ErrUnclear},
		{"a lot", 0, ErrUnclear},
		{"", 0, ErrEmpty},
		{"?", 0, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Hours(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Hours(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if err == nil && got != tt.want {
				t.Errorf("Hours(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
