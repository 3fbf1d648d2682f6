package parse

import "math"

var (
	hourUnits   = map[string]bool{"h": true, "hr": true, "hrs": true, "hour": true, "hours": true, "hs": true, "hrz": true, "hous": true, "horus": true}
	minuteUnits = map[string]bool{"m": true, "min": true, "mins": true, "minute": true, "minutes": true, "mn": true}
)

// hoursStarts holds every word a duration can begin with besides a digit, so Free dismisses
// most words with one lookup.
var hoursStarts = func() map[string]bool {
	m := map[string]bool{
		"none": true, "nothing": true, "not": true, "no": true, "didn't": true, "didnt": true,
		"did": true, "half": true, "an": true, "a": true, "between": true, "twenty": true,
	}
	for w := range hedges {
		m[w] = true
	}
	for w := range smallNumbers {
		m[w] = true
	}
	return m
}()

// Hours reads hours slept in [0,24], rounded to a quarter hour: "7", "7.5", "7,5", "7h30",
// "7h 30m", "7:30", "7.5 hours", "seven and a half", "about 6", "90 min", "none", "didn't
// sleep". A narrow range ("5-6", "5 to 6") reads as its middle, since people give ranges for
// a night they did not time; a wide one ("4-8") is ErrUnclear. "7.30" is ErrUnclear: it may
// mean 7.3 hours or 7 hours 30 minutes.
func Hours(s string) (float64, error) {
	toks, err := shortTokens(s)
	if err != nil {
		return 0, err
	}
	r, err := readHours(toks)
	if err != nil {
		return 0, err
	}
	if r.n == 0 || r.n != len(toks) {
		return 0, ErrUnclear
	}
	return r.v, nil
}

// hoursRead is a duration read at the start of some tokens.
type hoursRead struct {
	v     float64
	n     int  // tokens used; 0 when the tokens do not start with a duration
	unit  bool // written with a unit ("7h", "90 min"), so it reads as a duration on its own
	keyed bool // followed by a sleep word ("7h sleep", "6 hours of sleep", "didn't sleep")
}

// readHours reads a duration at the start of toks. Once a number is seen, anything that makes
// it doubtful is an error.
func readHours(toks []token) (hoursRead, error) {
	i := skipHedges(toks)
	if k, keyed := zeroPhrase(toks[i:]); k > 0 {
		return hoursRead{n: i + k, keyed: keyed, unit: keyed}, nil
	}
	if k, v := hourPhrase(toks[i:]); k > 0 {
		return finishHours(toks, hoursRead{v: v, n: i + k, unit: true})
	}
	between := hasPrefixWords(toks[i:], "between")
	if between {
		i++
	}
	a, k, ok := readNumber(toks[i:])
	if k == 0 {
		return hoursRead{}, nil
	}
	i += k
	if !ok || !plainFraction(a) {
		return hoursRead{n: i}, ErrUnclear
	}
	v, clock := a.v, false
	if m, k := clockMinutes(toks[i:]); k > 0 && a.isInt && !between {
		v, clock, i = v+m, true, i+k
	} else if k := andAHalf(toks[i:]); k > 0 && a.isInt {
		v, i = v+0.5, i+k
	} else if hasPrefixWords(toks[i:], ":") {
		return hoursRead{n: i + 1}, ErrUnclear // "7:5", "7:300": not a clear h:mm
	}
	if hasPrefixWords(toks[i:], "/") || hasPrefixWords(toks[i:], "out", "of") {
		return hoursRead{n: i + 1}, ErrUnclear // "sleep 7/10" rates the night, it is not hours
	}
	ranged := false
	if k, b, err := hoursRangeEnd(toks[i:], v, between); k > 0 || err != nil {
		if err != nil {
			return hoursRead{n: i + k}, err
		}
		v, i, ranged = b, i+k, true
	} else if between {
		return hoursRead{n: i}, ErrUnclear
	}
	i += skipIsh(toks[i:]) // "6ish hours"
	r := hoursRead{v: v, n: i}
	switch {
	case i < len(toks) && hourUnits[toks[i].text]:
		r.unit = true
		r.n++
		if a.isInt && !clock && !ranged {
			m, k := unitMinutes(toks[r.n:])
			r.v += m
			r.n += k
		}
	case i < len(toks) && minuteUnits[toks[i].text] && !clock:
		r.v /= 60
		r.unit = true
		r.n++
	}
	return finishHours(toks, r)
}

// finishHours reads what may follow a duration ("ish", "of sleep") and checks its range.
func finishHours(toks []token, r hoursRead) (hoursRead, error) {
	r.n += skipIsh(toks[r.n:])
	if hasPrefixWords(toks[r.n:], "of") && r.n+1 < len(toks) && sleepWords[toks[r.n+1].text] {
		r.n += 2
		r.keyed = true
	} else if r.n < len(toks) && sleepWords[toks[r.n].text] {
		r.n++
		r.keyed = true
	}
	if r.v < 0 || r.v > 24 {
		return hoursRead{n: r.n}, ErrOutOfRange
	}
	r.v = math.Round(r.v*4) / 4
	return r, nil
}

// plainFraction reports whether a decimal is clearly a decimal: one digit after the point, or
// a quarter (".25", ".75"). "7.30" or "7.45" are refused because people write minutes that way.
func plainFraction(n number) bool {
	switch n.frac {
	case "", "25", "75", "00":
		return true
	}
	return len(n.frac) == 1
}

// zeroPhrase matches the ways of saying no sleep at all. keyed is true when the phrase itself
// names sleep ("didn't sleep"), so Free may take it without a keyword.
func zeroPhrase(toks []token) (k int, keyed bool) {
	switch {
	case hasPrefixWords(toks, "none"), hasPrefixWords(toks, "nothing"):
		return 1, false
	case hasPrefixWords(toks, "not", "at", "all"):
		return 3, false
	case hasPrefixWords(toks, "no", "sleep"):
		k = 2
	case hasPrefixWords(toks, "didn't", "sleep"), hasPrefixWords(toks, "didnt", "sleep"):
		k = 2
	case hasPrefixWords(toks, "did", "not", "sleep"):
		k = 3
	default:
		return 0, false
	}
	// "didn't sleep well" is about quality, not hours: only a bare phrase means zero.
	switch {
	case hasPrefixWords(toks[k:], "at", "all"), hasPrefixWords(toks[k:], "last", "night"):
		k += 2
	case hasPrefixWords(toks[k:], "tonight"):
		k++
	}
	if len(toks) > k && toks[k].kind == tWord && !connectors[toks[k].text] {
		return 0, false
	}
	return k, true
}

// hourPhrase reads "an hour", "an hour and a half", "half an hour", "half hour".
func hourPhrase(toks []token) (k int, v float64) {
	switch {
	case hasPrefixWords(toks, "half", "an", "hour"), hasPrefixWords(toks, "half", "a", "hour"):
		return 3, 0.5
	case hasPrefixWords(toks, "half", "hour"):
		return 2, 0.5
	case len(toks) >= 2 && (toks[0].text == "an" || toks[0].text == "a") && (toks[1].text == "hour"):
		if k := andAHalf(toks[2:]); k > 0 {
			return 2 + k, 1.5
		}
		return 2, 1
	}
	return 0, 0
}

// andAHalf matches "and a half", "and half" and "& a half" after a whole number.
func andAHalf(toks []token) int {
	if len(toks) < 2 || (toks[0].text != "and" && toks[0].text != "&") {
		return 0
	}
	if toks[1].text == "half" {
		return 2
	}
	if len(toks) >= 3 && toks[1].text == "a" && toks[2].text == "half" {
		return 3
	}
	return 0
}

// clockMinutes reads ":30" after an hour count: exactly two digits, below 60.
func clockMinutes(toks []token) (float64, int) {
	if len(toks) < 2 || toks[0].text != ":" {
		return 0, 0
	}
	if m, ok := twoDigitMinutes(toks[1]); ok {
		return m, 2
	}
	return 0, 0
}

func twoDigitMinutes(t token) (float64, bool) {
	if t.kind != tNum || len(t.text) != 2 || !isDigit(rune(t.text[0])) || !isDigit(rune(t.text[1])) {
		return 0, false
	}
	m := int(t.text[0]-'0')*10 + int(t.text[1]-'0')
	if m >= 60 {
		return 0, false
	}
	return float64(m) / 60, true
}

// unitMinutes reads the minutes after "7h": "30", "30m", "and 30 minutes". Without a unit
// the minutes must be two digits ("7h30"), so "7 hours 3" does not become 7h03.
func unitMinutes(toks []token) (float64, int) {
	i := 0
	if hasPrefixWords(toks, "and") {
		i = 1
	}
	if i >= len(toks) || toks[i].kind != tNum {
		return 0, 0
	}
	if i+1 < len(toks) && minuteUnits[toks[i+1].text] {
		n, ok := parseNumToken(toks[i])
		if !ok || !n.isInt || n.v < 0 || n.v >= 60 {
			return 0, 0
		}
		return n.v / 60, i + 2
	}
	if m, ok := twoDigitMinutes(toks[i]); ok && i == 0 {
		return m, 1
	}
	return 0, 0
}

// hoursRangeEnd reads the second half of "5-6", "5 to 6", "5 or 6", "between 5 and 6" and
// returns the middle. Only a range of up to two hours is read; a wider one is ErrUnclear.
func hoursRangeEnd(toks []token, a float64, between bool) (int, float64, error) {
	if len(toks) < 2 {
		return 0, 0, nil
	}
	switch toks[0].text {
	case "-", "to", "or":
		if between {
			return 0, 0, nil
		}
	case "and", "&":
		if !between || andAHalf(toks) > 0 {
			return 0, 0, nil
		}
	default:
		return 0, 0, nil
	}
	b, k, ok := readNumber(toks[1:])
	if k == 0 {
		return 0, 0, nil
	}
	k++
	if !ok || !plainFraction(b) {
		return k, 0, ErrUnclear
	}
	bv := b.v
	if h := andAHalf(toks[k:]); h > 0 && b.isInt {
		bv += 0.5
		k += h
	}
	if bv <= a || bv-a > 2 {
		if bv > 24 {
			return k, 0, ErrOutOfRange
		}
		return k, 0, ErrUnclear
	}
	return k, (a + bv) / 2, nil
}
