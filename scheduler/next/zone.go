package next

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zones still resolve on machines without a zoneinfo database
)

// loadZone resolves a stored zone name: an IANA name or a fixed offset.
// It accepts every spelling bot/parse.Zone stores ("UTC+05:30") and a few
// looser ones, so names written by hand in the database still resolve.
// The core and the scheduler both resolve stored names through Location.
var loadZone = loadLocation

// zones caches resolved locations: time.LoadLocation reads the zoneinfo
// database on every call, and a sweep resolves one zone per due person.
// Locations are immutable, so sharing them is safe.
var zones sync.Map // string → *time.Location

// Location resolves a person's stored zone name (IANA, or a fixed offset
// such as "UTC+05:30" or "UTC-3"), cached.
func Location(name string) (*time.Location, error) {
	if l, ok := zones.Load(name); ok {
		return l.(*time.Location), nil
	}
	l, err := loadZone(name)
	if err != nil {
		return nil, err
	}
	zones.Store(name, l)
	return l, nil
}

func loadLocation(name string) (*time.Location, error) {
	if off, ok := fixedOffset(name); ok {
		return time.FixedZone(name, off), nil
	}
	if name == "" || strings.EqualFold(name, "local") {
		// "Local" would follow the server's zone, never the person's.
		return nil, fmt.Errorf("next: time zone %q: give an IANA name such as Europe/London or an offset such as UTC+05:30", name)
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("next: time zone %q: %w", name, err)
	}
	return l, nil
}

// fixedOffset parses "UTC±H", "UTC±HH", "UTC±HH:MM" (also with "GMT")
// into seconds east of UTC, within ±14 hours.
func fixedOffset(name string) (int, bool) {
	up := strings.ToUpper(name)
	rest, ok := strings.CutPrefix(up, "UTC")
	if !ok {
		if rest, ok = strings.CutPrefix(up, "GMT"); !ok {
			return 0, false
		}
	}
	if len(rest) < 2 || (rest[0] != '+' && rest[0] != '-') {
		return 0, false
	}
	sign := 1
	if rest[0] == '-' {
		sign = -1
	}
	hs, ms, hasMin := strings.Cut(rest[1:], ":")
	if len(hs) == 0 || len(hs) > 2 || (hasMin && len(ms) != 2) {
		return 0, false
	}
	h, err := strconv.Atoi(hs)
	if err != nil || h < 0 {
		return 0, false
	}
	m := 0
	if hasMin {
		if m, err = strconv.Atoi(ms); err != nil || m < 0 || m > 59 {
			return 0, false
		}
	}
	off := h*3600 + m*60
	if off > 14*3600 {
		return 0, false
	}
	return sign * off, true
}
