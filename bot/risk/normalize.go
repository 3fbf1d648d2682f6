package risk

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxRunes bounds the work done per message. Acute language sits in what a
// person types, not in a pasted log, and the detector runs on the ingest path
// for every message, so only the first maxRunes runes are read and the
// normalised text never grows past maxRunes either.
const maxRunes = 4000

// Normalize reduces text to the form the detector matches against: lower case
// words separated by single spaces, with the tricks people use (on purpose or
// not) to dodge a keyword filter undone. It is idempotent, so
// Detect(Normalize(s)) == Detect(s). In order:
//
//  1. invalid UTF-8 is dropped and only the first maxRunes runes are read;
//  2. Unicode compatibility decomposition (NFKC then NFD, i.e. NFKD), so
//     full-width, mathematical and circled letters become plain letters;
//  3. invisible and format characters (zero-width, bidi marks, variation
//     selectors, tags, fillers) and apostrophes are removed ("don't" → "dont");
//  4. lower case, and accents on Latin, Greek and Cyrillic letters are dropped
//     ("möchte" → "mochte", "ß" → "ss");
//  5. inside words, leetspeak is undone ("k!ll", "su1cidal", "unal1ve", "$h"),
//     and look-alike Cyrillic or Greek letters mixed into a Latin word become
//     Latin; numbers and units ("3 months", "3am") are left alone;
//  6. runs of three or more of the same character become two ("kiiill" → "kiill");
//  7. letters spelled out singly are joined ("k m s", "k.m.s" → "kms");
//  8. quotation marks become the word `"` (a single quote only at the edge
//     of a word, never in "don't"); all other punctuation becomes a space;
//     emoji stay, each its own word.
func Normalize(s string) string {
	out := normalizeOnce(s)
	// Dropping a character can bring combining marks together that Unicode
	// orders differently; a second pass settles them. ASCII never needs it.
	for i := 0; i < 3 && !isASCII(out); i++ {
		again := normalizeOnce(out)
		if again == out {
			break
		}
		out = again
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func normalizeOnce(s string) string {
	s = clip(s)
	if strings.Contains(s, "\u00b4") {
		// U+00B4 ACUTE ACCENT used as an apostrophe decomposes to a space
		// plus a combining mark; treat it as the apostrophe it stands for.
		s = strings.ReplaceAll(s, "\u00b4", "'")
	}
	s = norm.NFKD.String(s)
	var rbuf [512]rune
	var wbuf [128]span
	rs := fold(s, rbuf[:0])
	words := split(rs, wbuf[:0])
	words = joinLetters(rs, words)
	return render(rs, words)
}

// clip drops invalid UTF-8 and keeps at most maxRunes runes. It returns s
// unchanged, without allocating, in the common case.
func clip(s string) string {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size <= 1) || n >= maxRunes {
			return clipSlow(s)
		}
		n++
		i += size
	}
	return s
}

func clipSlow(s string) string {
	var b strings.Builder
	b.Grow(min(len(s), maxRunes*4))
	n := 0
	for i := 0; i < len(s) && n < maxRunes; {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			continue
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// lowerBefore reports whether s[i] follows a lower-case ASCII letter, or a
// run of capital I after one ("kiII").
func lowerBefore(s string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch c := s[j]; {
		case c >= 'a' && c <= 'z':
			return true
		case c != 'I':
			return false
		}
	}
	return false
}

// fold applies steps 3 and 4 of Normalize to decomposed text. Separators
// become a single space; everything else that survives is kept for split.
func fold(s string, out []rune) []rune {
	base := ' ' // the last base character, to decide whether a mark is an accent
	for i, r := range s {
		if (r == '"' || r == '\'' || r >= 0xAB) && quoteMark(s, i, r, out) {
			base = '"'
			out = append(out, '"')
			continue
		}
		if r < 0x80 {
			switch {
			case r == 'I' && lowerBefore(s, i):
				r = 'l' // a capital I inside a lower-case word stands for l: "kiII"
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			case r == '\'' || r == '`':
				continue
			case r <= ' ' || r == 0x7F:
				r = ' '
			}
			base = r
			out = append(out, r)
			continue
		}
		switch {
		case r == utf8.RuneError || invisible(r) || apostrophe(r):
			continue
		case unicode.In(r, unicode.Mn, unicode.Me):
			if foldsMarks(base) {
				continue
			}
			out = append(out, r)
			continue
		case r == '\u2800' || unicode.IsSpace(r) || unicode.IsControl(r):
			r = ' '
		default:
			r = unicode.ToLower(r)
			if m, ok := foldSpecial[r]; ok {
				out = append(out, []rune(m)...)
				base = r
				continue
			}
		}
		base = r
		out = append(out, r)
	}
	return out
}

// quoteMark reports whether r at s[i] opens or closes a quotation: a
// double quote of any kind, or a single one at the edge of a word ("the
// song 'i want to die'"), never inside one ("don't"). out is the text
// folded so far.
func quoteMark(s string, i int, r rune, out []rune) bool {
	switch r {
	case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\uFF02':
		return true
	case '\'', '\u2018', '\u2019':
	default:
		return false
	}
	end := len(out) > 0 && out[len(out)-1] != ' ' && out[len(out)-1] != '"' // r ends a word
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	start := unicode.IsLetter(next) || unicode.IsDigit(next) // r starts one
	return end != start
}

// invisible reports characters that render as nothing (or as blank space
// inside a word) and are used to split a word so a filter misses it.
func invisible(r rune) bool {
	switch {
	case r < 0x80:
		return false
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF: // variation selectors
		return true
	case r == 0x034F, r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFFA0: // CGJ, Hangul fillers
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // emoji skin tones
		return true
	}
	return unicode.Is(unicode.Cf, r) // zero-width, bidi, soft hyphen, tags, BOM
}

func apostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u2018', '\u2019', '\u201B', '\u2032', '\u02BC', '\u02BB', '\u02B9', '\uFF07':
		return true
	}
	return false
}

// foldsMarks reports whether combining marks after base are accents to drop.
// Marks after other scripts (Devanagari vowel signs, Thai tones) carry the
// letters themselves and are kept.
func foldsMarks(base rune) bool {
	return base < 0x0530 || (base >= 0x1E00 && base <= 0x1FFF)
}

// foldSpecial covers letters that do not decompose into a base and a mark.
var foldSpecial = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d",
	'þ': "th", 'ı': "i", 'ŀ': "l", 'ħ': "h", 'ŧ': "t",
	// small capitals, used as a font: "ɪ ᴡᴀɴᴛ ᴛᴏ ᴅɪᴇ"
	'ᴀ': "a", 'ʙ': "b", 'ᴄ': "c", 'ᴅ': "d", 'ᴇ': "e", 'ꜰ': "f", 'ɢ': "g", 'ʜ': "h", 'ɪ': "i",
	'ᴊ': "j", 'ᴋ': "k", 'ʟ': "l", 'ᴍ': "m", 'ɴ': "n", 'ᴏ': "o", 'ᴘ': "p", 'ʀ': "r", 'ꜱ': "s",
	'ᴛ': "t", 'ᴜ': "u", 'ᴠ': "v", 'ᴡ': "w", 'ʏ': "y", 'ᴢ': "z",
}
