package parse

import (
	"errors"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the tests must pass on machines without system zoneinfo
)

func TestZone(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"europe/berlin", "Europe/Berlin", nil},
		{"America/New_York", "America/New_York", nil},
		{"AMERICA/NEW YORK", "America/New_York", nil},
		{"US/Eastern", "America/New_York", nil},
		{"Asia/Calcutta", "Asia/Kolkata", nil},
		{"Berlin", "Europe/Berlin", nil},
		{"new york", "America/New_York", nil},
		{"Sao Paulo", "America/Sao_Paulo", nil},
		{"são paulo", "America/Sao_Paulo", nil},
		{"Kathmandu", "Asia/Kathmandu", nil},
		{"Katmandu", "Asia/Kathmandu", nil},
		{"NYC", "America/New_York", nil},
		{"LA", "America/Los_Angeles", nil},
		{"L.A.", "America/Los_Angeles", nil},
		{"London", "Europe/London", nil},
		{"Zürich", "Europe/Zurich", nil},
		{"St. John's", "America/St_Johns", nil},
		{"port au prince", "America/Port-au-Prince", nil},
		{"Buenos Aires", "America/Argentina/Buenos_Aires", nil},
		{"calcutta", "Asia/Kolkata", nil},
		{"Kiev", "Europe/Kyiv", nil},
		{"San Francisco", "America/Los_Angeles", nil},
		{"Seattle", "America/Los_Angeles", nil},
		{"Munich", "Europe/Berlin", nil},
		{"Frankfurt", "Europe/Berlin", nil},
		{"Mumbai", "Asia/Kolkata", nil},
		{"Delhi", "Asia/Kolkata", nil},
		{"Bangalore", "Asia/Kolkata", nil},
		{"Beijing", "Asia/Shanghai", nil},
		{"Washington", "America/New_York", nil},
		{"Washington D.C.", "America/New_York", nil},
		{"Boston", "America/New_York", nil},
		{"Chicago", "America/Chicago", nil},
		{"Denver", "America/Denver", nil},
		{"Phoenix", "America/Phoenix", nil},
		{"Toronto", "America/Toronto", nil},
		{"Montreal", "America/Toronto", nil},
		{"Vancouver", "America/Vancouver", nil},
		{"Sydney", "Australia/Sydney", nil},
		{"Perth", "Australia/Perth", nil},
		{"Auckland", "Pacific/Auckland", nil},
		{"Wellington", "Pacific/Auckland", nil},
		{"Dublin", "Europe/Dublin", nil},
		{"Edinburgh", "Europe/London", nil},
		{"Barcelona", "Europe/Madrid", nil},
		{"Milan", "Europe/Rome", nil},
		{"Vienna", "Europe/Vienna", nil},
		{"Amsterdam", "Europe/Amsterdam", nil},
		{"Cape Town", "Africa/Johannesburg", nil},
		{"Johannesburg", "Africa/Johannesburg", nil},
		{"Rio", "America/Sao_Paulo", nil},
		{"Tokyo", "Asia/Tokyo", nil},
		{"Osaka", "Asia/Tokyo", nil},
		{"Germany", "Europe/Berlin", nil},
		{"Deutschland", "Europe/Berlin", nil},
		{"Nepal", "Asia/Kathmandu", nil},
		{"UK", "Europe/London", nil},
		{"The Netherlands", "Europe/Amsterdam", nil},
		{"Samoa", "Pacific/Apia", nil},
		{"American Samoa", "Pacific/Pago_Pago", nil},
		{"UTC", "UTC", nil},
		{"GMT", "UTC", nil},
		{"utc+0", "UTC", nil},
		{"UTC+5:30", "UTC+05:30", nil},
		{"utc-3", "UTC-03:00", nil},
		{"UTC−3", "UTC-03:00", nil},
		{"GMT+1", "UTC+01:00", nil},
		{"+05:45", "UTC+05:45", nil},
		{"UTC+0530", "UTC+05:30", nil},
		{"UTC +14", "UTC+14:00", nil},
		{"UTC-12", "UTC-12:00", nil},
		{"Berlin, Germany", "Europe/Berlin", nil},
		{"Oslo, Norway", "Europe/Oslo", nil},
		{"new york, usa", "America/New_York", nil},
		{"Munich, Germany", "Europe/Berlin", nil},
		{"Vancouver, Canada", "America/Vancouver", nil},
		{"London, UK", "Europe/London", nil},
		{"Paris, Texas", "", ErrUnclear},
		{"London, Ontario", "", ErrUnclear},
		{"Paris, Germany", "", ErrUnclear},
		{"Portland, USA", "", ErrUnclear},
		{"USA", "", ErrUnclear},
		{"Australia", "", ErrUnclear},
		{"EST", "", ErrUnclear},
		{"IST", "", ErrUnclear},
		{"Georgia", "", ErrUnclear},
		{"Portland", "", ErrUnclear},
		{"Etc/GMT-3", "", ErrUnclear},
		{"Local", "", ErrUnclear},
		{"Eastern", "", ErrUnclear},
		{"north", "", ErrUnclear},
		{"Atlantis", "", ErrUnclear},
		{"UTC 5", "", ErrUnclear},
		{"UTC+5.5", "", ErrUnclear},
		{"UTC+25", "", ErrOutOfRange},
		{"UTC+5:20", "", ErrOutOfRange},
		{"UTC-13", "", ErrOutOfRange},
		{"", "", ErrEmpty},
		{" ,", "", ErrEmpty},
		{strings.Repeat("berlin ", 100), "", ErrUnclear},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			name, loc, err := Zone(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Zone(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if err != nil {
				return
			}
			if name != tt.want || loc == nil {
				t.Fatalf("Zone(%q) = %q, %v, want %q", tt.in, name, loc, tt.want)
			}
			// What Zone returns must load back to the same clock.
			back, err := LoadZone(name)
			if err != nil {
				t.Fatalf("LoadZone(%q) error = %v", name, err)
			}
			at := time.Date(2025, 7, 1, 12, 0, 0, 0, time.UTC)
			_, off1 := at.In(loc).Zone()
			_, off2 := at.In(back).Zone()
			if off1 != off2 {
				t.Errorf("LoadZone(%q) offset %d, Zone gave %d", name, off2, off1)
			}
		})
	}
}

func TestZoneOffsetNameIsNotAnIANAName(t *testing.T) {
	name, loc, err := Zone("UTC+5:30")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := time.LoadLocation(name); err == nil {
		t.Errorf("time.LoadLocation(%q) succeeded; an offset name must not pass for an IANA name", name)
	}
	if _, off := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).In(loc).Zone(); off != 5*3600+30*60 {
		t.Errorf("offset = %d, want 19800", off)
	}
}

func TestLoadZone(t *testing.T) {
	for _, name := range []string{"Europe/Berlin", "UTC", "UTC+05:30", "UTC-03:00", "UTC+14:00"} {
		if _, err := LoadZone(name); err != nil {
			t.Errorf("LoadZone(%q) error = %v", name, err)
		}
	}
	for _, name := range []string{"", "Local", "Mars/Olympus", "UTC+5:30", "UTC+05:31", "UTC+00:00", "utc+05:30"} {
		if _, err := LoadZone(name); err == nil {
			t.Errorf("LoadZone(%q) succeeded, want an error", name)
		}
	}
}

// TestEmbeddedZonesLoad checks every name in zones.txt loads, so nothing Zone returns is
// unusable.
func TestEmbeddedZonesLoad(t *testing.T) {
	idx := zoneIndex()
	if len(idx.full) < 400 || len(idx.city) < 350 || len(idx.country) < 150 || len(idx.served) < 350 {
		t.Fatalf("zones.txt looks truncated: %d names, %d cities, %d countries, %d served",
			len(idx.full), len(idx.city), len(idx.country), len(idx.served))
	}
	for place, z := range cityZones {
		if idx.served[z] == "" {
			t.Errorf("cityZones[%q] = %q, which zones.txt does not place in any country", place, z)
		}
	}
	seen := map[string]bool{}
	for _, m := range []map[string]string{idx.full, idx.city, idx.country, cityZones} {
		for _, z := range m {
			if seen[z] {
				continue
			}
			seen[z] = true
			if _, err := LoadZone(z); err != nil {
				t.Errorf("LoadZone(%q) error = %v", z, err)
			}
		}
	}
}
