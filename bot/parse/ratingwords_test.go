package parse

import (
	"errors"
	"fmt"
	"testing"
)

func TestReadRating(t *testing.T) {
	exact := func(v int) RatingRead { return RatingRead{Lo: v, Hi: v} }
	span := func(lo, hi int) RatingRead { return RatingRead{Lo: lo, Hi: hi} }
	guess := func(lo, hi int) RatingRead { return RatingRead{Lo: lo, Hi: hi, Guess: true} }
	tests := []struct {
		in       string
		min, max int
		want     RatingRead
		err      error
	}{
		{"6", 0, 10, exact(6), nil},
		{"like a 4", 0, 10, exact(4), nil},
		{"meh 4", 0, 10, exact(4), nil},
		{"meh, like a 4", 0, 10, exact(4), nil},
		{"4ish", 0, 10, exact(4), nil},
		{"4-ish", 0, 10, exact(4), nil},
		{"a solid 6", 0, 10, exact(6), nil},
		{"4 out of 10", 0, 10, exact(4), nil},
		{"4 of 10", 0, 10, exact(4), nil},
		{"6/10", 0, 10, exact(6), nil},
		{"four", 0, 10, exact(4), nil},
		{"Four.", 0, 10, exact(4), nil},
		{"6 today", 0, 10, exact(6), nil},
		{"about a five", 0, 10, exact(5), nil},
		{"maybe a 6", 0, 10, exact(6), nil},
		{"probably 7 honestly", 0, 10, exact(7), nil},
		{"I'd say 5", 0, 10, exact(5), nil},
		{"i'm at a 3 today", 0, 10, exact(3), nil},
		{"feeling like a 2", 0, 10, exact(2), nil},
		{"pretty bad, a 3", 0, 10, exact(3), nil},
		{"not great, maybe 4", 0, 10, exact(4), nil},
		{"good, 7", 0, 10, exact(7), nil},
		{"0", 0, 10, exact(0), nil},
		{"zero", 0, 10, exact(0), nil},
		{"ten", 0, 10, exact(10), nil},
		{"10/10", 0, 10, exact(10), nil},
		{"roughly 8", 0, 10, exact(8), nil},
		{"~5", 0, 10, exact(5), nil},
		{"6️⃣", 0, 10, exact(6), nil},
		{"３", 0, 10, exact(3), nil},
		{"3 or 4", 0, 10, span(3, 4), nil},
		{"3-4", 0, 10, span(3, 4), nil},
		{"3 to 4", 0, 10, span(3, 4), nil},
		{"between 3 and 4", 0, 10, span(3, 4), nil},
		{"three or four", 0, 10, span(3, 4), nil},
		{"like a 3 or 4", 0, 10, span(3, 4), nil},
		{"5-6/10", 0, 10, span(5, 6), nil},
		{"4-6", 0, 10, span(4, 6), nil},
		{"6.5", 0, 10, span(6, 7), nil},
		{"6,5", 0, 10, span(6, 7), nil},
		{"about 4.5", 0, 10, span(4, 5), nil},
		{"2 or 3", 1, 5, span(2, 3), nil},
		{"4/5", 1, 5, exact(4), nil},
		{"pretty bad", 0, 10, guess(2, 3), nil},
		{"bad", 0, 10, guess(2, 3), nil},
		{"really bad", 0, 10, guess(1, 2), nil},
		{"very low", 0, 10, guess(1, 2), nil},
		{"not great", 0, 10, guess(3, 4), nil},
		{"not good", 0, 10, guess(3, 4), nil},
		{"not bad", 0, 10, guess(5, 6), nil},
		{"not too bad", 0, 10, guess(5, 6), nil},
		{"not okay", 0, 10, guess(2, 3), nil},
		{"not terrible", 0, 10, guess(4, 5), nil},
		{"awful", 0, 10, guess(1, 2), nil},
		{"terrible day", 0, 10, guess(1, 2), nil},
		{"the worst", 0, 10, guess(0, 1), nil},
		{"meh", 0, 10, guess(4, 5), nil},
		{"Meh.", 0, 10, guess(4, 5), nil},
		{"so-so", 0, 10, guess(4, 5), nil},
		{"so so", 0, 10, guess(4, 5), nil},
		{"could be better", 0, 10, guess(4, 5), nil},
		{"fine", 0, 10, guess(5, 6), nil},
		{"ok", 0, 10, guess(5, 6), nil},
		{"all right", 0, 10, guess(5, 6), nil},
		{"good", 0, 10, guess(6, 7), nil},
		{"pretty good", 0, 10, guess(6, 7), nil},
		{"really good", 0, 10, guess(7, 8), nil},
		{"great", 0, 10, guess(8, 9), nil},
		{"amazing", 0, 10, guess(9, 10), nil},
		{"feeling low today", 0, 10, guess(2, 3), nil},
		{"a bit down", 0, 10, guess(2, 3), nil},
		{"rough", 0, 10, guess(2, 3), nil},
		{"😐", 0, 10, guess(4, 5), nil},
		{"🙂", 0, 10, guess(6, 7), nil},
		{"like a 4 today", 0, 10, exact(4), nil},
		{"4 maybe", 0, 10, exact(4), nil},
		{"I guess 5", 0, 10, exact(5), nil},
		{"6 out of ten", 0, 10, exact(6), nil},
		{"a 6/10", 0, 10, exact(6), nil},
		{"six-ish", 0, 10, exact(6), nil},
		{"sixish", 0, 10, exact(6), nil},
		{"meh... 5?", 0, 10, exact(5), nil},
		{"idk 5", 0, 10, exact(5), nil},
		{"5, i think", 0, 10, exact(5), nil},
		{"i'd give it a 4", 0, 10, exact(4), nil},
		{"an 8", 0, 10, exact(8), nil},
		{"a weak 5", 0, 10, exact(5), nil},
		{"3 or so", 0, 10, exact(3), nil},
		{"7 outta 10", 0, 10, exact(7), nil},
		{"around 3 or 4", 0, 10, span(3, 4), nil},
		{"3–4", 0, 10, span(3, 4), nil},
		{"three to four", 0, 10, span(3, 4), nil},
		{"6.5/10", 0, 10, span(6, 7), nil},
		{"pretty low", 0, 10, guess(2, 3), nil},
		{"very good", 0, 10, guess(7, 8), nil},
		{"kinda meh", 0, 10, guess(4, 5), nil},
		{"alright i guess", 0, 10, guess(5, 6), nil},
		{"pretty shit", 0, 10, guess(1, 2), nil},
		{"not the best", 0, 10, guess(3, 4), nil},
		{"okay-ish", 0, 10, guess(5, 6), nil},
		{"could be worse", 0, 10, guess(5, 6), nil},
		{"😔", 0, 10, guess(2, 3), nil},
		{"2 on 10", 0, 10, RatingRead{}, ErrUnclear},
		{"N/A", 0, 10, RatingRead{}, ErrUnclear},
		{"not much", 0, 10, guess(2, 3), nil},
		{"nothing", 0, 10, guess(0, 1), nil},
		{"nothing really", 0, 10, guess(0, 1), nil},
		{"really amazing", 0, 10, guess(9, 10), nil},
		{"bad", 1, 5, RatingRead{}, ErrUnclear},
		{"11", 0, 10, RatingRead{}, ErrOutOfRange},
		{"-1", 0, 10, RatingRead{}, ErrOutOfRange},
		{"12/10", 0, 10, RatingRead{}, ErrOutOfRange},
		{"6 or 12", 0, 10, RatingRead{}, ErrOutOfRange},
		{"0", 1, 5, RatingRead{}, ErrOutOfRange},
		{"8/10", 1, 5, RatingRead{}, ErrUnclear},
		{"2-8", 0, 10, RatingRead{}, ErrUnclear},
		{"4-3", 0, 10, RatingRead{}, ErrUnclear},
		{"6.3", 0, 10, RatingRead{}, ErrUnclear},
		{"I'm 35 years old", 0, 10, RatingRead{}, ErrUnclear},
		{"6 hours", 0, 10, RatingRead{}, ErrUnclear},
		{"good but awful", 0, 10, RatingRead{}, ErrUnclear},
		{"rough day, cancelled dinner again", 0, 10, RatingRead{}, ErrUnclear},
		{"not meh", 0, 10, RatingRead{}, ErrUnclear},
		{"banana", 0, 10, RatingRead{}, ErrUnclear},
		{"between 3", 0, 10, RatingRead{}, ErrUnclear},
		{"3 or", 0, 10, RatingRead{}, ErrUnclear},
		{"", 0, 10, RatingRead{}, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d-%d", tt.in, tt.min, tt.max), func(t *testing.T) {
			got, err := ReadRating(tt.in, tt.min, tt.max)
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("ReadRating(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if err == nil && got != tt.want {
				t.Errorf("ReadRating(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}
