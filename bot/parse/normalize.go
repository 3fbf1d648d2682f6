package parse

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The sentinel errors callers test with errors.Is to choose the wording of a re-ask.
var (
	// ErrEmpty means the text held nothing usable (only spaces, punctuation or invisible characters).
	ErrEmpty = errors.New("parse: empty answer")
	// ErrUnclear means no single value could be read with confidence.
	ErrUnclear = errors.New("parse: unclear answer")
	// ErrOutOfRange means a number was read but lies outside what the question allows.
	ErrOutOfRange = errors.New("parse: number out of range")
)

const (
	// maxShort is the most runes a single-value answer (Rating, Hours, Clock, YesNo) may have:
	// anything longer is not a bare value, and refusing it bounds the work on hostile input.
	maxShort = 100
	// maxFree is how many runes of a free-text message Free and OneLine read; the remainder is
	// passed through to Rest untouched so nothing said is lost.
	maxFree = 2000
)

// clean prepares text for reading without changing what it says: invalid UTF-8 and control
// characters become spaces (line breaks stay line breaks, they separate clauses), invisible
// format characters and emoji modifiers vanish, keycap emoji become their digit, vulgar
// fractions become decimals, NFKC folds full-width and other compatibility forms to ASCII,
// typographic quotes and dashes become ASCII, and runs of space collapse. Case is kept because
// Free hands unread parts back verbatim.
func clean(s string) string {
	s = strings.ToValidUTF8(s, " ")
	if strings.ContainsAny(s, "½¼¾") {
		s = fractions(s)
	}
	if !isASCII(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space or line break is pending
	brk := false   // the pending gap holds a line break
	for _, r := range s {
		switch {
		case r > ' ' && r < 0x7f && r != '`':
			// Printable ASCII, the common case, needs no mapping.
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			space, brk = true, true
			continue
		case unicode.IsControl(r) || unicode.IsSpace(r):
			space = true
			continue
		case r == '\uFE0E' || r == '\uFE0F' || r == '\u20E3' || (r >= 0x1F3FB && r <= 0x1F3FF):
			continue // variation selectors, keycap frame, skin tones
		case unicode.Is(unicode.Cf, r):
			continue // zero-width and bidi characters
		}
		if space && b.Len() > 0 {
			if brk {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		space, brk = false, false
		if r < 0x7f && r != '`' {
			b.WriteByte(byte(r))
			continue
		}
		switch r {
		case '\U0001F51F': // 🔟
			b.WriteString("10")
		case '‘', '’', 'ʼ', '′', '`', '´':
			b.WriteByte('\'')
		case '“', '”', '„', '″':
			b.WriteByte('"')
		case '–', '—', '−', '‐', '‑', '‒':
			b.WriteByte('-')
		case '⁄', '∕':
			b.WriteByte('/')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fractions turns ½, ¼ and ¾ into decimals before NFKC would turn "7½" into the misleading "71⁄2".
func fractions(s string) string {
	var b strings.Builder
	prevDigit := false
	for _, r := range s {
		var frac string
		switch r {
		case '½':
			frac = ".5"
		case '¼':
			frac = ".25"
		case '¾':
			frac = ".75"
		}
		if frac == "" {
			b.WriteRune(r)
			prevDigit = r >= '0' && r <= '9'
			continue
		}
		if !prevDigit {
			b.WriteByte('0')
		}
		b.WriteString(frac)
		prevDigit = false
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// shortTokens cleans and tokenises a single-value answer, refusing overlong input and
// dropping punctuation at both ends ("6.", "6!", "(7h)").
func shortTokens(s string) ([]token, error) {
	if len(s) > 8*maxShort {
		return nil, ErrUnclear
	}
	c := clean(s)
	if utf8.RuneCountInString(c) > maxShort {
		return nil, ErrUnclear
	}
	toks := trimEnds(tokenize(c))
	if len(toks) == 0 {
		return nil, ErrEmpty
	}
	return toks, nil
}

// truncateRunes returns the first n runes of s and the remainder.
func truncateRunes(s string, n int) (head, tail string) {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos], s[pos:]
		}
		i++
	}
	return s, ""
}
