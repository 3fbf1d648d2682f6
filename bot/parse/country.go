package parse

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed countries.txt
var countriesTxt string

// Country reads a country as an ISO 3166-1 alpha-2 code ("de", "US") or a name in any case,
// with or without accents, including common other names ("USA", "UK", "England",
// "Deutschland", "Holland", "España", "Korea"). It returns the upper-case code; the crisis
// lines are keyed by it. Anything else is ErrUnclear.
func Country(s string) (code string, err error) {
	if len(s) > 8*maxShort {
		return "", ErrUnclear
	}
	c := clean(s)
	if utf8.RuneCountInString(c) > maxShort {
		return "", ErrUnclear
	}
	k := countryKey(strings.Trim(c, " .,;:!?\"'()"))
	if k == "" {
		return "", ErrEmpty
	}
	idx := countryIndex()
	if len(k) == 2 {
		if up := strings.ToUpper(k); idx.names[up] != "" {
			return up, nil
		}
	}
	if code, ok := idx.byName[k]; ok {
		return code, nil
	}
	return "", ErrUnclear
}

// CountryName returns the English display name for an ISO code ("DE" → "Germany"), or "" for
// a code it does not know.
func CountryName(code string) string {
	return countryIndex().names[strings.ToUpper(code)]
}

type countryIdx struct {
	names  map[string]string // code → display name
	byName map[string]string // country key of a name or alias → code
}

var countryIndex = sync.OnceValue(func() countryIdx {
	idx := countryIdx{names: map[string]string{}, byName: map[string]string{}}
	for line := range strings.Lines(countriesTxt) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if len(fs) < 2 {
			continue
		}
		code := fs[0]
		idx.names[code] = fs[1]
		idx.byName[countryKey(fs[1])] = code
		if len(fs) > 2 && fs[2] != "" {
			for _, a := range strings.Split(fs[2], "|") {
				idx.byName[countryKey(a)] = code
			}
		}
	}
	return idx
})

// countryKey folds a country name for lookup: "St Kitts & Nevis", "Saint Kitts and Nevis"
// and "the Netherlands" match their plainer spellings.
func countryKey(s string) string {
	s = strings.NewReplacer("&", " and ", "(", " ", ")", " ").Replace(s)
	ws := strings.Fields(fold(s))
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	for i, w := range ws {
		if w == "st" && len(ws) > 1 {
			ws[i] = "saint"
		}
	}
	return strings.Join(ws, " ")
}
