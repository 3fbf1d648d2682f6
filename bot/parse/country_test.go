package parse

import (
	"errors"
	"testing"
)

func TestCountry(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"de", "DE", nil},
		{"US", "US", nil},
		{"gb", "GB", nil},
		{"USA", "US", nil},
		{"U.S.A.", "US", nil},
		{"United States", "US", nil},
		{"united states of america", "US", nil},
		{"America", "US", nil},
		{"UK", "GB", nil},
		{"Britain", "GB", nil},
		{"Great Britain", "GB", nil},
		{"England", "GB", nil},
		{"Scotland", "GB", nil},
		{"Wales", "GB", nil},
		{"Germany", "DE", nil},
		{"GERMANY", "DE", nil},
		{"Deutschland", "DE", nil},
		{"Holland", "NL", nil},
		{"the Netherlands", "NL", nil},
		{"España", "ES", nil},
		{"Espana", "ES", nil},
		{"Brasil", "BR", nil},
		{"South Korea", "KR", nil},
		{"Korea", "KR", nil},
		{"North Korea", "KP", nil},
		{"Ireland", "IE", nil},
		{"Côte d'Ivoire", "CI", nil},
		{"Ivory Coast", "CI", nil},
		{"Turkey", "TR", nil},
		{"St Kitts & Nevis", "KN", nil},
		{"Saint Lucia", "LC", nil},
		{"Czech Republic", "CZ", nil},
		{"Bosnia & Herzegovina", "BA", nil},
		{"Åland Islands", "AX", nil},
		{"new zealand.", "NZ", nil},
		{"India", "IN", nil},
		{"Congo", "", ErrUnclear},
		{"xx", "", ErrUnclear},
		{"Narnia", "", ErrUnclear},
		{"", "", ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Country(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Country(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if got != tt.want {
				t.Errorf("Country(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCountryName(t *testing.T) {
	tests := map[string]string{"DE": "Germany", "de": "Germany", "GB": "United Kingdom", "US": "United States", "XX": "", "": ""}
	for code, want := range tests {
		if got := CountryName(code); got != want {
			t.Errorf("CountryName(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestCountryListComplete checks the embedded list holds every ISO 3166-1 alpha-2 code once,
// each readable back from its own display name.
func TestCountryListComplete(t *testing.T) {
	idx := countryIndex()
	if len(idx.names) != 249 {
		t.Errorf("countries.txt has %d codes, want 249", len(idx.names))
	}
	for code, name := range idx.names {
		if got, err := Country(name); err != nil || got != code {
			t.Errorf("Country(%q) = %q, %v, want %q", name, got, err, code)
		}
		if got, err := Country(code); err != nil || got != code {
			t.Errorf("Country(%q) = %q, %v, want itself", code, got, err)
		}
	}
}
