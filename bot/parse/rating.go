package parse

// hedges are words before a value that soften it without changing it: "about 6", "~6",
// "maybe 6". They are skipped; the value stands.
var hedges = map[string]bool{
	"about": true, "around": true, "approx": true, "approximately": true, "roughly": true,
	"maybe": true, "perhaps": true, "probably": true, "prob": true, "prolly": true,
	"like": true, "~": true, "≈": true, "circa": true, "ca": true, "abt": true, "arround": true,
	"barely": true, "only": true, "just": true, "nearly": true, "almost": true,
}

func skipHedges(toks []token) int {
	i := 0
	for i < len(toks) && i < 3 && hedges[toks[i].text] {
		i++
	}
	return i
}

// skipIsh consumes an "ish" after a value ("6ish", "6-ish", "6 ish").
func skipIsh(toks []token) int {
	if len(toks) > 0 && toks[0].text == "ish" {
		return 1
	}
	if len(toks) > 1 && toks[0].text == "-" && toks[1].text == "ish" {
		return 2
	}
	return 0
}

// Rating reads an integer rating in [min,max]: "6", "6/10", "6 out of 10", "seven", "about 6",
// "6️⃣", "🔟", "６". A range ("5-6") or a fraction ("6.5") is ErrUnclear, because choosing for
// the person would store a value they did not give; a number outside [min,max] is
// ErrOutOfRange so the re-ask can state the range.
func Rating(s string, min, max int) (int, error) {
	if min > max {
		return 0, ErrOutOfRange
	}
	toks, err := shortTokens(s)
	if err != nil {
		return 0, err
	}
	v, n, err := readRating(toks, min, max)
	if err != nil {
		return 0, err
	}
	if n == 0 || n != len(toks) {
		return 0, ErrUnclear
	}
	return v, nil
}

// readRating reads a rating at the start of toks and reports how many tokens it used.
// n is 0, with a nil error, when toks does not start with a number at all. Once a number is
// seen, anything that makes it doubtful is an error, with n covering the doubtful part.
func readRating(toks []token, min, max int) (v, n int, err error) {
	i := skipHedges(toks)
	if hasPrefixWords(toks[i:], "a") {
		i++ // "a 6", "about a 6"
	}
	num, k, ok := readNumber(toks[i:])
	if k == 0 {
		return 0, 0, nil
	}
	i += k
	if !ok {
		return 0, i, ErrUnclear
	}
	i += skipIsh(toks[i:])
	// A denominator must be the scale's own top: "6/10" on 0–10, "4/5" on 1–5. "8/10" on 1–5
	// would need rescaling, which is a guess.
	if d, k := readDenominator(toks[i:]); k > 0 {
		i += k
		if !d.isInt || d.v != float64(max) {
			return 0, i, ErrUnclear
		}
	}
	if k := rangeTail(toks[i:]); k > 0 {
		return 0, i + k, ErrUnclear
	}
	if !num.isInt {
		return 0, i, ErrUnclear
	}
	if num.v < float64(min) || num.v > float64(max) {
		return 0, i, ErrOutOfRange
	}
	return int(num.v), i, nil
}

// readDenominator reads "/10", "out of 10", "outta 10" or "of 10" after a value.
func readDenominator(toks []token) (number, int) {
	i := 0
	switch {
	case hasPrefixWords(toks, "/"):
		i = 1
	case hasPrefixWords(toks, "out", "of"):
		i = 2
	case hasPrefixWords(toks, "outta"), hasPrefixWords(toks, "of"):
		i = 1
	default:
		return number{}, 0
	}
	d, k, ok := readNumber(toks[i:])
	if k == 0 || !ok {
		return number{}, 0
	}
	return d, i + k
}

// rangeTail reports the length of a second value that turns a single value into a range:
// "-6", "to 6", "or 6", "/6". Zero when there is none.
func rangeTail(toks []token) int {
	if len(toks) < 2 {
		return 0
	}
	switch toks[0].text {
	case "-", "to", "or", "/":
	default:
		return 0
	}
	if _, k, _ := readNumber(toks[1:]); k > 0 {
		return 1 + k
	}
	return 0
}
