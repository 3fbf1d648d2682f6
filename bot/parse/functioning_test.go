package parse

import (
	"errors"
	"testing"
)

func TestFunctioning(t *testing.T) {
	tests := []struct {
		in   string
		want int
		err  error
	}{
		{"mostly", FunctioningMostly, nil},
		{"Mostly.", FunctioningMostly, nil},
		{"most of it", FunctioningMostly, nil},
		{"largely", FunctioningMostly, nil},
		{"yes", FunctioningMostly, nil},
		{"partly", FunctioningPartly, nil},
		{"partially", FunctioningPartly, nil},
		{"some of it", FunctioningPartly, nil},
		{"some", FunctioningPartly, nil},
		{"half", FunctioningPartly, nil},
		{"kinda", FunctioningPartly, nil},
		{"hardly", FunctioningHardly, nil},
		{"hardly anything", FunctioningHardly, nil},
		{"barely", FunctioningHardly, nil},
		{"not really", FunctioningHardly, nil},
		{"not much", FunctioningHardly, nil},
		{"nope", FunctioningHardly, nil},
		{"not at all", 0, nil},
		{"nothing", 0, nil},
		{"all of it", 10, nil},
		{"everything", 10, nil},
		{"I did most of it", FunctioningMostly, nil},
		{"did some of what I planned", FunctioningPartly, nil},
		{"got nothing done", 0, nil},
		{"managed some", FunctioningPartly, nil},
		{"hardly any of it", FunctioningHardly, nil},
		{"7", 7, nil},
		{"about a 7", 7, nil},
		{"6/10", 6, nil},
		{"three", 3, nil},
		{"11", 0, ErrOutOfRange},
		{"5 or 6", 0, ErrUnclear},
		{"pretty bad", 0, ErrUnclear},
		{"not", 0, ErrUnclear},
		{"went to work", 0, ErrUnclear},
		{"", 0, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Functioning(tt.in)
			if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
				t.Errorf("Functioning(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}
