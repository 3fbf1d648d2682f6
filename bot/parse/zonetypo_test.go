package parse

import "testing"

func TestZoneTypo(t *testing.T) {
	for _, tc := range []struct {
		in, zone, place string
	}{
		{"berln", "Europe/Berlin", "Berlin"},
		{"Berlim", "Europe/Berlin", "Berlin"},
		{"lisboa", "Europe/Lisbon", "Lisbon"},
		{"new yrok", "America/New_York", "New York"},
		{"londn", "Europe/London", "London"},
		{"amsterdm", "Europe/Amsterdam", "Amsterdam"},
		{"Mars", "", ""},
		{"nowhere at all", "", ""},
		{"12345", "", ""},
		{"UTC+99", "", ""},
		{"xyzzyq", "", ""},
		{"Atlantis", "", ""}, // two edits from Atlanta: too far for eight letters
		{"philadelphai", "America/New_York", "Philadelphia"},
	} {
		zone, place, ok := ZoneTypo(tc.in)
		if zone != tc.zone || place != tc.place || ok != (tc.zone != "") {
			t.Errorf("ZoneTypo(%q) = %q, %q, %v; want %q, %q", tc.in, zone, place, ok, tc.zone, tc.place)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"berln", "berlin", 2, 1},
		{"nwe york", "new york", 2, 1},
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 1, 2},
		{"same", "same", 1, 0},
	} {
		if got := editDistance(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}
