package risk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a word of the folded text: rs[start:end]. Words are rewritten in
// place (every rewrite keeps or shortens them), so normalising a message
// allocates the rune buffer, the span list and the result, nothing more.
type span struct{ start, end int32 }

// split turns folded text into words (steps 5, 6 and 8 of Normalize).
// Each word is letters and digits only, or one emoji (possibly doubled).
func split(rs []rune, words []span) []span {
	for i := 0; i < len(rs); {
		for i < len(rs) && rs[i] == ' ' {
			i++
		}
		end := i
		for end < len(rs) && rs[end] != ' ' {
			end++
		}
		if i < end {
			words = splitChunk(rs, i, end, words)
		}
		i = end
	}
	return words
}

// splitChunk splits one space-delimited chunk ("k!ll", "k.m.s",
// "tonight💊💊") into words.
func splitChunk(rs []rune, start, end int, words []span) []span {
	raw := rs[start:end]
	if n, ok := spelledOut(raw); ok {
		return append(words, span{int32(start), int32(start + finishWord(raw[:n]))})
	}
	cur := -1
	flush := func(i int) {
		if cur >= 0 {
			n := finishWord(raw[cur:i])
			words = append(words, span{int32(start + cur), int32(start + cur + n)})
			cur = -1
		}
	}
	for i, r := range raw {
		switch {
		case cur < 0 && r >= 0x80 && unicode.In(r, unicode.Mn, unicode.Mc):
			// a mark with no letter before it in this word: nothing to carry
		case r == '"':
			flush(i)
			words = append(words, span{int32(start + i), int32(start + i + 1)})
		case wordRune(r) || leetSymbol(raw, i):
			if cur < 0 {
				cur = i
			}
		case r >= 0x80 && unicode.Is(unicode.So, r):
			flush(i)
			if n := len(words); n > 0 && words[n-1].end == int32(start+i) && words[n-1].end-words[n-1].start == 1 &&
				rs[words[n-1].start] == r {
				words[n-1].end++ // "💊💊": a doubled emoji stays one word
				continue
			}
			if n := len(words); n > 0 && words[n-1].end-words[n-1].start == 2 && rs[words[n-1].start] == r &&
				rs[words[n-1].start+1] == r {
				continue // a third one adds nothing
			}
			words = append(words, span{int32(start + i), int32(start + i + 1)})
		default:
			flush(i)
		}
	}
	flush(len(raw))
	return words
}

func wordRune(r rune) bool {
	if r < 0x80 {
		return (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

func isLetter(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLetter(r)
}

// spelledOut recognises a word spelled as single letters with separators
// between them ("k.m.s", "s-h", "k*m*s."), gathers the letters at the
// front of raw and returns how many there are.
func spelledOut(raw []rune) (int, bool) {
	if len(raw) < 3 || !isLetter(raw[0]) || !strings.ContainsRune(".-_*/·•", raw[1]) {
		return 0, false
	}
	if len(raw) == 3 && raw[1] == '*' {
		return 0, false // one starred-out letter: "d*e" is "die", not "de"
	}
	for i, r := range raw {
		if i%2 == 0 && !isLetter(r) || i%2 == 1 && !strings.ContainsRune(".-_*/·•", r) {
			return 0, false
		}
	}
	n := 0
	for i := 0; i < len(raw); i += 2 {
		raw[n] = raw[i]
		n++
	}
	return n, n >= 2
}

// leetSymbol reports whether the symbol at raw[i] stands for a letter:
// '@' and '$' next to a letter ("h@te", "$uicide"), '!' between letters
// ("k!ll", but not "die!!!").
func leetSymbol(raw []rune, i int) bool {
	r := raw[i]
	prevLetter := i > 0 && isLetter(raw[i-1])
	switch r {
	case '@', '$':
		return prevLetter || (i+1 < len(raw) && isLetter(raw[i+1]))
	case '*':
		// a starred-out letter between letters: "d*e", "k*ll"
		return prevLetter && i+1 < len(raw) && isLetter(raw[i+1])
	case '!':
		if !prevLetter && (i == 0 || raw[i-1] != '!') {
			return false
		}
		j := i
		for j < len(raw) && raw[j] == '!' {
			j++
		}
		if j >= len(raw) {
			return false
		}
		_, digit := leet(raw[j])
		return isLetter(raw[j]) || (prevLetter && digit && raw[j] != '!')
	}
	return false
}

func leet(r rune) (rune, bool) {
	switch r {
	case '0':
		return 'o', true
	case '1', '!', '*':
		return 'i', true
	case '3':
		return 'e', true
	case '4', '@':
		return 'a', true
	case '5', '$':
		return 's', true
	case '7':
		return 't', true
	}
	return r, false
}

// finishWord undoes leetspeak and look-alike letters in w, in place, when w
// has letters in it, then collapses long runs; it returns the new length.
// Pure numbers and numbers with a unit ("3am", "2nd", "20mg") are left alone.
func finishWord(w []rune) int {
	letters, latin, hasLeet, other := 0, false, false, false
	for _, r := range w {
		switch _, isLeet := leet(r); {
		case isLetter(r):
			letters++
			latin = latin || (r >= 'a' && r <= 'z')
			other = other || r >= 0x80
		case isLeet:
			hasLeet = true
		}
	}
	if letters > 0 && hasLeet && !unitLike(w) {
		for i := 0; i < len(w); i++ {
			if w[i] == '1' && i+1 < len(w) && w[i+1] == '1' { // "ki11" → "kill"
				w[i], w[i+1] = 'l', 'l'
				i++
				continue
			}
			w[i], _ = leet(w[i])
		}
		latin = true
	}
	if latin && other {
		for i, r := range w {
			if m, ok := confusables[r]; ok {
				w[i] = m
			}
		}
	}
	return collapse(w)
}

// unitLike reports a number followed by a short unit or ordinal suffix.
func unitLike(w []rune) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i > 0 && i < len(w) && len(w)-i <= 4 && units[string(w[i:])]
}

var units = setOf("st nd rd th am pm h hr hrs min mins m mg ml g kg lb lbs k km mi x s yo y yr yrs " +
	"d w wk wks mo ft cm mm kcal cal ish p gb mb tb hz ghz v")

// confusables maps Cyrillic and Greek letters that look like Latin ones. It is
// applied only to words that also contain Latin letters, so Russian or Greek
// text is left as it is.
var confusables = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j',
	'ѕ': 's', 'һ': 'h', 'ԁ': 'd', 'ӏ': 'l', 'к': 'k', 'м': 'm', 'т': 't',
	'α': 'a', 'ο': 'o', 'ι': 'i', 'ε': 'e', 'κ': 'k', 'ν': 'v', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
}

// collapse shortens, in place, runs of three or more identical runes to two
// and returns the new length.
func collapse(w []rune) int {
	n := 0
	for i, r := range w {
		if i >= 2 && r == w[i-1] && r == w[i-2] {
			continue
		}
		w[n] = r
		n++
	}
	return n
}

// joinLetters joins runs of three or more single-letter words ("k m s" →
// "kms"), in place. A leading "i" in a longer run stays a word
// ("i k m s" → "i kms").
func joinLetters(rs []rune, words []span) []span {
	single := func(w span) bool { return w.end-w.start == 1 && isLetter(rs[w.start]) }
	out := words[:0]
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && single(words[j]) {
			j++
		}
		if j-i < 3 {
			if j == i {
				j++
			}
			out = append(out, words[i:j]...)
			i = j
			continue
		}
		if rs[words[i].start] == 'i' && j-i >= 4 {
			out = append(out, words[i])
			i++
		}
		// Gather the letters into the first word's place; the runes after
		// it belong to words already consumed, so this overwrites nothing
		// still needed.
		first := words[i].start
		for k := i; k < j; k++ {
			rs[first+int32(k-i)] = rs[words[k].start]
		}
		n := finishWord(rs[first : first+int32(j-i)])
		out = append(out, span{first, first + int32(n)})
		i = j
	}
	return out
}

// render joins words with single spaces, dropping whole words past maxRunes.
func render(rs []rune, words []span) string {
	b := make([]byte, 0, len(rs)+len(words))
	n := 0
	for _, w := range words {
		l := int(w.end - w.start)
		if n+l > maxRunes {
			break
		}
		if n > 0 {
			b = append(b, ' ')
			n++
		}
		for _, r := range rs[w.start:w.end] {
			b = utf8.AppendRune(b, r)
		}
		n += l
	}
	return string(b)
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
