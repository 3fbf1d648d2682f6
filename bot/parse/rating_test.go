package parse

import (
	"errors"
	"strings"
	"testing"
)

func TestRating(t *testing.T) {
	tests := []struct {
		in       string
		min, max int
		want     int
		err      error
	}{
		{"6", 0, 10, 6, nil},
		{" 6 ", 0, 10, 6, nil},
		{"6/10", 0, 10, 6, nil},
		{"6 / 10", 0, 10, 6, nil},
		{"6 out of 10", 0, 10, 6, nil},
		{"6 of 10", 0, 10, 6, nil},
		{"seven", 0, 10, 7, nil},
		{"Seven", 0, 10, 7, nil},
		{"zero", 0, 10, 0, nil},
		{"ten", 0, 10, 10, nil},
		{"about 6", 0, 10, 6, nil},
		{"~6", 0, 10, 6, nil},
		{"maybe 6", 0, 10, 6, nil},
		{"a 6", 0, 10, 6, nil},
		{"about a 6", 0, 10, 6, nil},
		{"around 6ish", 0, 10, 6, nil},
		{"6-ish", 0, 10, 6, nil},
		{"6️⃣", 0, 10, 6, nil},
		{"6⃣", 0, 10, 6, nil},
		{"🔟", 0, 10, 10, nil},
		{"６", 0, 10, 6, nil},
		{"１０", 0, 10, 10, nil},
		{"6.", 0, 10, 6, nil},
		{"6!", 0, 10, 6, nil},
		{"(6)", 0, 10, 6, nil},
		{"6.0", 0, 10, 6, nil},
		{"06", 0, 10, 6, nil},
		{"\u200b6\u200b", 0, 10, 6, nil},
		{"6\n", 0, 10, 6, nil},
		{"4/5", 1, 5, 4, nil},
		{"4 out of 5", 1, 5, 4, nil},
		{"1", 1, 5, 1, nil},
		{"mood 6", 0, 10, 0, ErrUnclear},
		{"5-6", 0, 10, 0, ErrUnclear},
		{"5–6", 0, 10, 0, ErrUnclear},
		{"5 to 6", 0, 10, 0, ErrUnclear},
		{"5 or 6", 0, 10, 0, ErrUnclear},
		{"5/6", 0, 10, 0, ErrUnclear},
		{"6.5", 0, 10, 0, ErrUnclear},
		{"6,5", 0, 10, 0, ErrUnclear},
		{"8/10", 1, 5, 0, ErrUnclear},
		{"6 7", 0, 10, 0, ErrUnclear},
		{"good", 0, 10, 0, ErrUnclear},
		{"six seven", 0, 10, 0, ErrUnclear},
		{"11", 0, 10, 0, ErrOutOfRange},
		{"11/10", 0, 10, 0, ErrOutOfRange},
		{"-1", 0, 10, 0, ErrOutOfRange},
		{"0", 1, 5, 0, ErrOutOfRange},
		{"6", 1, 5, 0, ErrOutOfRange},
		{"99999999999999999999", 0, 10, 0, ErrOutOfRange},
		{"", 0, 10, 0, ErrEmpty},
		{" . ", 0, 10, 0, ErrEmpty},
		{"\u200b", 0, 10, 0, ErrEmpty},
		{strings.Repeat("6", 200), 0, 10, 0, ErrUnclear},
		{"6 " + strings.Repeat(" ", 5000), 0, 10, 0, ErrUnclear},
		{"6", 10, 0, 0, ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Rating(tt.in, tt.min, tt.max)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Rating(%q, %d, %d) error = %v, want %v", tt.in, tt.min, tt.max, err, tt.err)
			}
			if err == nil && got != tt.want {
				t.Errorf("Rating(%q, %d, %d) = %d, want %d", tt.in, tt.min, tt.max, got, tt.want)
			}
		})
	}
}
