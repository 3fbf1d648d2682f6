package parse

import (
	"errors"
	"testing"
)

func TestYesNo(t *testing.T) {
	tests := []struct {
		in   string
		want bool
		err  error
	}{
		{"yes", true, nil},
		{"Yes!", true, nil},
		{"y", true, nil},
		{"yeah", true, nil},
		{"yep", true, nil},
		{"yup", true, nil},
		{"sure", true, nil},
		{"ok", true, nil},
		{"okay", true, nil},
		{"yesss", true, nil},
		{"✅", true, nil},
		{"👍", true, nil},
		{"👍🏽", true, nil},
		{"✔️", true, nil},
		{"took it", true, nil},
		{"i did", true, nil},
		{"yes i took them", true, nil},
		{"of course", true, nil},
		{"didn't forget", true, nil},
		{"no", false, nil},
		{"NO.", false, nil},
		{"n", false, nil},
		{"nope", false, nil},
		{"nah", false, nil},
		{"nooo", false, nil},
		{"❌", false, nil},
		{"👎", false, nil},
		{"forgot", false, nil},
		{"i forgot", false, nil},
		{"missed it", false, nil},
		{"didn't", false, nil},
		{"didn’t", false, nil},
		{"did not", false, nil},
		{"not yet", false, nil},
		{"no, not today", false, nil},
		{"maybe", false, ErrUnclear},
		{"not sure", false, ErrUnclear},
		{"yes i forgot", false, ErrUnclear},
		{"no, i took it", false, ErrUnclear},
		{"take", false, ErrUnclear},
		{"my meds", false, ErrUnclear},
		{"💊", false, ErrUnclear},
		{"yes but only half", false, ErrUnclear},
		{"6", false, ErrUnclear},
		{"", false, ErrEmpty},
		{"!!", false, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := YesNo(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("YesNo(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if err == nil && got != tt.want {
				t.Errorf("YesNo(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestQualityWord(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"terrible", 1, true},
		{"Awful", 1, true},
		{"horrible", 1, true},
		{"bad", 2, true},
		{"badly", 2, true},
		{"poor", 2, true},
		{"poorly", 2, true},
		{"rough", 2, true},
		{"restless", 2, true},
		{"ok", 3, true},
		{"okay", 3, true},
		{"fine", 3, true},
		{"so-so", 3, true},
		{"so so", 3, true},
		{"average", 3, true},
		{"good", 4, true},
		{"well", 4, true},
		{"decent", 4, true},
		{"great", 5, true},
		{"excellent", 5, true},
		{"amazing", 5, true},
		{"deep", 5, true},
		{"Great!", 5, true},
		{"very good", 0, false},
		{"not good", 0, false},
		{"4", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := QualityWord(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("QualityWord(%q) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
