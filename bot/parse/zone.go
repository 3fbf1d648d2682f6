package parse

//go:generate go run gen_zones.go -o zones.txt

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

//go:embed zones.txt
var zonesTxt string

// Zone reads a time zone as people name it: an IANA name in any case ("europe/berlin"), a
// city ("new york", "São Paulo", "NYC", "Berlin, Germany"), a country whose zones all keep one offset
// ("Germany", "Nepal"), "UTC" or "GMT", or a UTC offset ("UTC+5:30", "utc-3", "+05:45").
// It returns the name to store and the loaded location: an IANA name, or for an offset the
// canonical "UTC+05:30", which LoadZone reads back. Abbreviations such as "EST" or "IST" and
// names shared by places in different zones ("Georgia", "Portland") are ErrUnclear, as is a
// country spanning several zones ("USA"): the person is asked for their city.
func Zone(s string) (name string, loc *time.Location, err error) {
	if len(s) > 8*maxShort {
		return "", nil, ErrUnclear
	}
	c := clean(s)
	if utf8.RuneCountInString(c) > maxShort {
		return "", nil, ErrUnclear
	}
	f := fold(strings.Trim(c, " .,;:!?\"'()"))
	if f == "" {
		return "", nil, ErrEmpty
	}
	if name, off, ok, err := readOffset(c); ok || err != nil {
		if err != nil {
			return "", nil, err
		}
		if off == 0 {
			return "UTC", time.UTC, nil
		}
		return name, time.FixedZone(name, off), nil
	}
	name = lookupZone(f)
	if name == "" {
		name = lookupPlaceInCountry(c)
	}
	if name == "" {
		return "", nil, ErrUnclear
	}
	loc, err = time.LoadLocation(name)
	if err != nil {
		return "", nil, fmt.Errorf("parse: load zone %s: %w", name, err)
	}
	return name, loc, nil
}

// LoadZone loads a zone name that Zone returned: an IANA name or a canonical "UTC+05:30".
// "" and "Local" are refused, since time.LoadLocation would quietly give UTC or the server's
// own zone.
func LoadZone(name string) (*time.Location, error) {
	if off, ok := canonicalOffset(name); ok {
		return time.FixedZone(name, off), nil
	}
	if name == "" || name == "Local" {
		return nil, fmt.Errorf("parse: load zone %q: %w", name, ErrUnclear)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("parse: load zone %q: %w", name, err)
	}
	return loc, nil
}

// lookupZone finds the IANA zone for a folded name, in order: names shared by places in
// different zones (refused), the hand table of cities and nicknames, full IANA names, country
// names, then the last element of IANA names ("kathmandu").
func lookupZone(f string) string {
	if ambiguousPlaces[f] {
		return ""
	}
	if z := cityZones[f]; z != "" {
		return z
	}
	idx := zoneIndex()
	if strings.Contains(f, "/") {
		return idx.full[f]
	}
	if len(f) > 2 {
		if code, ok := countryIndex().byName[countryKey(f)]; ok {
			return idx.country[code] // "" for a country spanning several offsets
		}
	}
	return idx.city[f]
}

// lookupPlaceInCountry reads "Berlin, Germany" or "Vancouver, Canada": the place must be
// known and its zone must serve the country, so "Paris, Texas" or "London, Ontario" are not
// taken for Paris or London.
func lookupPlaceInCountry(c string) string {
	i := strings.LastIndexByte(c, ',')
	if i < 0 {
		return ""
	}
	zone := lookupZone(fold(c[:i]))
	code, err := Country(c[i+1:])
	if zone == "" || err != nil {
		return ""
	}
	for _, served := range strings.Split(zoneIndex().served[zone], ",") {
		if served == code {
			return zone
		}
	}
	return ""
}

// zoneIdx holds the embedded zone names, folded for lookup.
type zoneIdx struct {
	full    map[string]string // folded IANA name (or alias) → zone name to store
	city    map[string]string // folded last element of an IANA name → zone name
	country map[string]string // ISO code → zone, for countries with one offset
	served  map[string]string // zone → comma-separated ISO codes of the countries it serves
}

var zoneIndex = sync.OnceValue(func() zoneIdx {
	idx := zoneIdx{
		full: map[string]string{}, city: map[string]string{},
		country: map[string]string{}, served: map[string]string{},
	}
	for line := range strings.Lines(zonesTxt) {
		fs := strings.Fields(line)
		switch {
		case len(fs) == 2 && fs[0] == "Z":
			idx.add(fs[1], fs[1])
		case len(fs) == 3 && fs[0] == "L":
			idx.add(fs[1], fs[2])
		case len(fs) == 3 && fs[0] == "C":
			idx.country[fs[1]] = fs[2]
		case len(fs) == 3 && fs[0] == "T":
			idx.served[fs[1]] = fs[2]
		}
	}
	return idx
})

// cityAreas are the IANA areas whose last element is a place name. Legacy areas such as
// "US/" or "Canada/" end in words like "Eastern" that are not places.
var cityAreas = map[string]bool{
	"Africa": true, "America": true, "Antarctica": true, "Arctic": true, "Asia": true,
	"Atlantic": true, "Australia": true, "Europe": true, "Indian": true, "Pacific": true,
}

func (idx zoneIdx) add(name, target string) {
	idx.full[fold(name)] = target
	area, _, _ := strings.Cut(name, "/")
	last := name[strings.LastIndexByte(name, '/')+1:]
	if !cityAreas[area] || last == strings.ToUpper(last) {
		return // "Australia/NSW", "Australia/ACT"
	}
	switch last {
	case "North", "South", "West", "East", "Samoa":
		return // "Australia/North", and "Pacific/Samoa" is American Samoa, not Samoa
	}
	idx.city[fold(last)] = target
}

// readOffset reads a UTC offset: "UTC+5:30", "utc-3", "GMT+1", "+05:45", "UTC+0530", "UTC",
// "GMT". ok is false when the text is not an offset at all; err is set when it is one but
// impossible ("UTC+25"). name is canonical ("UTC+05:30").
func readOffset(c string) (name string, off int, ok bool, err error) {
	s := strings.ToLower(strings.ReplaceAll(c, " ", ""))
	for _, p := range []string{"utc", "gmt", "z"} {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			if s == "" || s == "+0" || s == "-0" {
				return "UTC", 0, true, nil
			}
			break
		}
	}
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return "", 0, false, nil
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	h, m, valid := splitOffset(s[1:])
	if !valid {
		if strings.Trim(s[1:], "0123456789:.h") == "" {
			return "", 0, true, ErrUnclear
		}
		return "", 0, false, nil
	}
	if m%15 != 0 || m >= 60 || h > 14 || (sign < 0 && h > 12) || (h == 14 && m > 0) {
		return "", 0, true, ErrOutOfRange
	}
	off = sign * (h*3600 + m*60)
	return offsetName(off), off, true, nil
}

// splitOffset reads "5", "05", "5:30", "05:30", "0530", "530", "5.5"-free forms only.
func splitOffset(s string) (h, m int, ok bool) {
	hs, ms, colon := strings.Cut(s, ":")
	switch {
	case colon && len(hs) >= 1 && len(hs) <= 2 && len(ms) == 2:
	case !colon && len(s) >= 1 && len(s) <= 2:
		hs, ms = s, "00"
	case !colon && (len(s) == 3 || len(s) == 4):
		hs, ms = s[:len(s)-2], s[len(s)-2:]
	default:
		return 0, 0, false
	}
	h, m = atoi(hs), atoi(ms)
	return h, m, h < 1<<20 && m < 1<<20
}

func offsetName(off int) string {
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("UTC%c%02d:%02d", sign, off/3600, off%3600/60)
}

// canonicalOffset reads back a name made by offsetName, and nothing looser.
func canonicalOffset(name string) (int, bool) {
	if len(name) != 9 || !strings.HasPrefix(name, "UTC") || name[6] != ':' {
		return 0, false
	}
	_, off, ok, err := readOffset(name)
	if !ok || err != nil || off == 0 || offsetName(off) != name {
		return 0, false
	}
	return off, true
}
