package parse

import (
	"errors"
	"testing"
)

func TestConsent(t *testing.T) {
	tests := []struct {
		in   string
		want bool
		err  error
	}{
		{"yes", true, nil},
		{"Yes.", true, nil},
		{"y", true, nil},
		{"Y", true, nil},
		{"yse", true, nil},
		{"yeas", true, nil},
		{"yesss", true, nil},
		{"yes please", true, nil},
		{"Yes, please!", true, nil},
		{"ok", true, nil},
		{"OK!", true, nil},
		{"okay", true, nil},
		{"okat", true, nil},
		{"okey", true, nil},
		{"sure", true, nil},
		{"sur", true, nil},
		{"sure thing", true, nil},
		{"sounds good", true, nil},
		{"Sounds good to me", true, nil},
		{"👍", true, nil},
		{"👍🏼", true, nil},
		{"✅", true, nil},
		{"agree", true, nil},
		{"I agree", true, nil},
		{"agre", true, nil},
		{"agreed", true, nil},
		{"that's fine", true, nil},
		{"that’s okay with me", true, nil},
		{"fine by me", true, nil},
		{"go ahead", true, nil},
		{"let's go", true, nil},
		{"yeah sure", true, nil},
		{"yep", true, nil},
		{"of course", true, nil},
		{"absolutely", true, nil},
		{"alright", true, nil},
		{"all right", true, nil},
		{"no problem", true, nil},
		{"ok thanks", true, nil},
		{"yes, that's okay", true, nil},
		{"no", false, nil},
		{"No.", false, nil},
		{"n", false, nil},
		{"nope", false, nil},
		{"nah", false, nil},
		{"no thanks", false, nil},
		{"no thank you", false, nil},
		{"not really", false, nil},
		{"I don't agree", false, nil},
		{"i disagree", false, nil},
		{"I'd rather not", false, nil},
		{"rather not", false, nil},
		{"👎", false, nil},
		{"❌", false, nil},
		{"nooo", false, nil},
		{"not now", false, nil},
		{"maybe", false, ErrUnclear},
		{"what is this", false, ErrUnclear},
		{"yes no", false, ErrUnclear},
		{"not sure", false, ErrUnclear},
		{"yes but what do you store", false, ErrUnclear},
		{"hi", false, ErrUnclear},
		{"mood 5", false, ErrUnclear},
		{"nine", false, ErrUnclear},
		{"pure", false, ErrUnclear},
		{"yet", false, ErrUnclear},
		{"", false, ErrEmpty},
		{"...", false, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Consent(tt.in)
			if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
				t.Errorf("Consent(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}
