package parse

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// ZoneTypo reads a place name typed with a slip ("berln", "lisboa", "new
// yrok") as the one known place it is closest to: one edit away for names
// of up to eight letters, two for longer ones (an edit is a letter added,
// dropped, changed, or two neighbours swapped). It returns the zone and the
// place as the zone names it ("Berlin"), so the answer can say what it
// took; false when no place is that close, or when two places in different
// zones are equally close. Names shorter than five letters are never
// guessed ("Mars" is not "Mary").
func ZoneTypo(s string) (zone, place string, ok bool) {
	f := fold(strings.Trim(clean(s), " .,;:!?\"'()"))
	n := utf8.RuneCountInString(f)
	if n < 5 || n > 40 || strings.ContainsAny(f, "/0123456789+") {
		return "", "", false
	}
	limit := 1
	if n > 8 {
		limit = 2
	}
	// A slip more often drops a letter than adds one, so at the same
	// distance a longer name ("berln": Berlin) goes before a shorter one
	// (Bern).
	worst := 2*limit + 1
	best, bestZone, bestName := worst+1, "", ""
	for _, p := range placeNames() {
		m := utf8.RuneCountInString(p.name)
		if abs(m-n) > limit {
			continue
		}
		d := editDistance(f, p.name, limit)
		if d > limit {
			continue
		}
		score := 2 * d
		if m < n {
			score++
		}
		switch {
		case score < best:
			best, bestZone, bestName = score, p.zone, p.name
		case score == best && p.zone != bestZone:
			bestZone = "" // as close to two zones: no guess
		}
	}
	if best > worst || bestZone == "" {
		return "", "", false
	}
	return bestZone, placeTitle(bestZone, bestName), true
}

type placeName struct{ name, zone string }

// placeNames lists every place name Zone knows, folded, with its zone.
var placeNames = sync.OnceValue(func() []placeName {
	seen := map[string]bool{}
	var out []placeName
	add := func(name, zone string) {
		if zone == "" || seen[name] || ambiguousPlaces[name] || utf8.RuneCountInString(name) < 4 {
			return
		}
		seen[name] = true
		out = append(out, placeName{name, zone})
	}
	for name, zone := range cityZones {
		add(name, zone)
	}
	for name, zone := range zoneIndex().city {
		add(name, zone)
	}
	return out
})

// placeTitle names the place for the answer: the zone's own last element
// when it is that place ("Europe/Lisbon" → "Lisbon"), else the name in
// title case ("munich").
func placeTitle(zone, name string) string {
	last := zone[strings.LastIndexByte(zone, '/')+1:]
	if fold(strings.ReplaceAll(last, "_", " ")) == name {
		return strings.ReplaceAll(last, "_", " ")
	}
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// editDistance is the optimal string alignment distance between a and b,
// or limit+1 once it must exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
