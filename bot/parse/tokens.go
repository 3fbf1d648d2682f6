package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota // letters, with inner apostrophes: "didn't", "i'm"
	tNum                  // digits with an optional sign and decimal point or comma: "6", "-1", "7,5"
	tSep                  // a clause separator: , ; . ! ? or a line break
	tPunct                // any other single symbol: / : ~ - = and emoji
)

// token is one unit of cleaned text. text is lower-cased; start and end are byte offsets into
// the cleaned text so Free can hand unread parts back in their original case.
type token struct {
	text       string
	start, end int
	kind       tokKind
}

// tokenize splits cleaned text into words, numbers, separators and symbols. Letters and
// digits part ways ("7h30" is 7, h, 30), so units and keywords glued to numbers are seen.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/3+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		start := i
		switch {
		case r == ' ':
			i += size
			continue
		case isDigit(r) || (r == '-' && startsNumber(s, i)):
			i = scanNumber(s, i+size)
			toks = append(toks, token{text: s[start:i], start: start, end: i, kind: tNum})
			continue
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			i = scanWord(s, i+size)
			toks = append(toks, token{text: strings.ToLower(s[start:i]), start: start, end: i, kind: tWord})
			continue
		}
		i += size
		kind := tPunct
		if strings.ContainsRune(",;.!?\n", r) {
			kind = tSep
		}
		toks = append(toks, token{text: s[start:i], start: start, end: i, kind: kind})
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// startsNumber reports whether the '-' at s[i] is a minus sign: directly before a digit and not
// directly after a letter or digit ("-1" and "mood -1", but not the range in "5-6").
func startsNumber(s string, i int) bool {
	if i+1 >= len(s) || !isDigit(rune(s[i+1])) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isDigit(prev) && !unicode.IsLetter(prev)
}

// scanNumber consumes digits and any decimal point or comma that sits between digits.
func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == '.' || c == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && i > 0 && s[i-1] >= '0' && s[i-1] <= '9':
			i++
		default:
			return i
		}
	}
	return i
}

// scanWord consumes letters, combining marks and apostrophes between letters.
func scanWord(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			i += size
			continue
		}
		if r == '\'' && i+size < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if unicode.IsLetter(next) {
				i += size
				continue
			}
		}
		return i
	}
	return i
}

// trimEnds drops separators and quoting punctuation at both ends of a single answer.
func trimEnds(toks []token) []token {
	for len(toks) > 0 && isTrimmable(toks[0]) {
		toks = toks[1:]
	}
	for len(toks) > 0 && isTrimmable(toks[len(toks)-1]) {
		toks = toks[:len(toks)-1]
	}
	return toks
}

func isTrimmable(t token) bool {
	if t.kind == tSep {
		return true
	}
	return t.kind == tPunct && strings.Contains("\"'()[]{}*_:-<>«»#", t.text)
}

// number is a numeric reading of one token or of spelled-out words.
type number struct {
	v       float64
	isInt   bool
	frac    string // digits after the decimal point, as written
	written string // the token text, for checks such as "exactly two digits"
}

// maxDigits caps the digits read from one token; longer numbers are far out of every range.
const maxDigits = 9

// parseNumToken reads a tNum token. ok is false for malformed numbers such as "6,7.5".
func parseNumToken(t token) (number, bool) {
	s := t.text
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac := s, ""
	if k := strings.IndexAny(s, ".,"); k >= 0 {
		intPart, frac = s[:k], s[k+1:]
		if strings.ContainsAny(frac, ".,") {
			return number{}, false
		}
	}
	intPart = strings.TrimLeft(intPart, "0")
	sign := 1.0
	if neg {
		sign = -1
	}
	if len(intPart) > maxDigits {
		return number{v: sign * 1e12, isInt: true, written: t.text}, true
	}
	fracDigits := frac[:min(len(frac), maxDigits)]
	whole, part, scale := 0, 0, 1
	for i := 0; i < len(intPart); i++ {
		whole = whole*10 + int(intPart[i]-'0')
	}
	for i := 0; i < len(fracDigits); i++ {
		part = part*10 + int(fracDigits[i]-'0')
		scale *= 10
	}
	v := sign * (float64(whole) + float64(part)/float64(scale))
	return number{v: v, isInt: part == 0, frac: frac, written: t.text}, true
}

var smallNumbers = map[string]int{
	"zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19,
}

// readNumber reads a number at toks[0]: a numeric token or an English number word up to
// twenty-nine ("seven", "twenty-four", "twenty four"). n is 0 when there is none.
func readNumber(toks []token) (num number, n int, ok bool) {
	if len(toks) == 0 {
		return number{}, 0, false
	}
	t := toks[0]
	if t.kind == tNum {
		num, ok := parseNumToken(t)
		if !ok {
			return number{}, 1, false
		}
		return num, 1, true
	}
	if v, found := smallNumbers[t.text]; found {
		return number{v: float64(v), isInt: true, written: t.text}, 1, true
	}
	if t.text != "twenty" {
		return number{}, 0, false
	}
	n = 1
	rest := toks[1:]
	if len(rest) >= 2 && rest[0].text == "-" {
		rest = rest[1:]
		n++
	}
	if len(rest) > 0 {
		if v, found := smallNumbers[rest[0].text]; found && v >= 1 && v <= 9 {
			return number{v: float64(20 + v), isInt: true, written: "twenty"}, n + 1, true
		}
	}
	return number{v: 20, isInt: true, written: "twenty"}, 1, true
}

// hasPrefixWords reports whether toks starts with the given words.
func hasPrefixWords(toks []token, ws ...string) bool {
	if len(toks) < len(ws) {
		return false
	}
	for i, w := range ws {
		if toks[i].text != w {
			return false
		}
	}
	return true
}
