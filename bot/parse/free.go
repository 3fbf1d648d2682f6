package parse

import (
	"strings"
	"unicode/utf8"
)

// Free reads a free-text message that may answer several items at once: "mood 6, slept 5h,
// woke at 3" gives Mood 6, Sleep 5 and Rest "woke at 3". An item is read only when a keyword
// names it ("mood", "slept", "energy", "meds" …) or, for sleep, when a clause is nothing but a
// duration with a unit ("4h"); a bare number is left in Rest, because only the caller knows
// which question it answers. A keyed value that is out of range or unclear ("mood 12",
// "mood 5-6") is a *FieldError naming the item. When nothing is recognised the Fields are
// Empty and Rest is the whole trimmed text; that is not an error. On an error the Fields are
// zero: the caller asks again rather than saving half of what was meant.
func Free(s string) (Fields, error) {
	head, tail := splitFree(clean(s))
	r := newReader(head)
	if err := r.readKeyed(0); err != nil {
		return Fields{}, err
	}
	return r.finish(tail)
}

// splitFree cuts cleaned text after maxFree runes, at a space where it can, so the unread
// tail can be passed through to Rest without splitting a word.
func splitFree(c string) (head, tail string) {
	head, tail = truncateRunes(c, maxFree)
	if tail != "" {
		if k := strings.LastIndexAny(head, " \n"); k > 0 {
			head, tail = c[:k], c[k:]
		}
	}
	return head, tail
}

// reader walks the tokens of one message, marking those it has understood.
type reader struct {
	text string
	toks []token
	used []bool
	f    Fields
	durs []duration // durations with a unit but no keyword, settled at the end
	// each makes a wrong value an entry in errs rather than the end of the reading, so
	// the values beside it still count (FreeEach).
	each     bool
	errs     []*FieldError
	choice   *RatingRead // ReadAnswer: the step's value, to confirm
	choiceAt [2]int      // the tokens choice was read from
}

type duration struct {
	a, b int // token span
	v    float64
}

func newReader(text string) *reader {
	toks := tokenize(text)
	return &reader{text: text, toks: toks, used: make([]bool, len(toks))}
}

// readKeyed walks the tokens from "from" once, left to right, reading keyed items, medication
// phrases and durations.
func (r *reader) readKeyed(from int) error {
	for i := from; i < len(r.toks); {
		if r.used[i] {
			i++
			continue
		}
		n, err := r.keyed(i)
		if err == nil && n == 0 {
			n, err = r.med(i)
		}
		if err == nil && n == 0 {
			n, err = r.duration(i)
		}
		if err != nil && r.each {
			n = r.setAside(i, err)
			err = nil
		}
		if err != nil {
			return err
		}
		i += max(n, 1)
	}
	return nil
}

// finish settles unkeyed durations and collects the unread text.
func (r *reader) finish(tail string) (Fields, error) {
	for _, d := range r.durs {
		if !r.alone(d.a, d.b) {
			continue
		}
		if err := setFloat(&r.f.Sleep, d.v, ItemSleep); err != nil {
			if r.each {
				r.setAside(d.a, err)
				continue
			}
			return Fields{}, err
		}
		r.mark(d.a, d.b)
	}
	r.f.Rest = r.rest(tail)
	return r.f, nil
}

func (r *reader) mark(a, b int) {
	for i := a; i < b; i++ {
		r.used[i] = true
	}
}

// duration reads a duration at toks[i] that carries no item keyword before it. "7h30 sleep"
// and "didn't sleep" name sleep themselves and are taken at once; "4h" waits for finish.
func (r *reader) duration(i int) (int, error) {
	if t := r.toks[i]; t.kind != tNum && !hoursStarts[t.text] {
		return 0, nil
	}
	h, err := readHours(r.toks[i:])
	if err != nil || h.n == 0 || (!h.keyed && !h.unit) || r.anyUsed(i, i+h.n) {
		return 0, nil
	}
	if !h.keyed {
		r.durs = append(r.durs, duration{a: i, b: i + h.n, v: h.v})
		return h.n, nil
	}
	if err := setFloat(&r.f.Sleep, h.v, ItemSleep); err != nil {
		return 0, err
	}
	r.mark(i, i+h.n)
	return h.n, nil
}

func (r *reader) anyUsed(a, b int) bool {
	for i := a; i < b && i < len(r.used); i++ {
		if r.used[i] {
			return true
		}
	}
	return false
}

// isClockTime reports whether toks[i] turns the number before it into a time of day ("at 11
// pm"), which must not be read as hours slept.
func (r *reader) isClockTime(i int) bool {
	if i >= len(r.toks) {
		return false
	}
	switch r.toks[i].text {
	case "am", "pm", "o'clock", "oclock":
		return true
	case "a", "p":
		return hasPrefixWords(r.toks[i+1:], ".", "m")
	}
	return false
}

// alone reports whether the clause around toks[a:b] holds nothing but that span, parts
// already read, connectors and symbols: "slept badly, 4h, mood 3" makes "4h" a night's sleep,
// "worked 9 hours" does not.
func (r *reader) alone(a, b int) bool {
	for i := a - 1; i >= 0 && r.toks[i].kind != tSep; i-- {
		if !r.quiet(i) {
			return false
		}
	}
	for i := b; i < len(r.toks) && r.toks[i].kind != tSep; i++ {
		if !r.quiet(i) {
			return false
		}
	}
	return true
}

func (r *reader) quiet(i int) bool {
	t := r.toks[i]
	return r.used[i] || connectors[t.text] || (t.kind == tPunct && !isSymbol(t))
}

// isSymbol reports whether a punctuation token is an emoji or other symbol rather than ASCII
// punctuation.
func isSymbol(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return r >= 0x2000
}

// rest joins the unread runs of tokens, trimming the separators and connectors that stood
// between them and the parts that were read, then adds the tail beyond maxFree.
func (r *reader) rest(tail string) string {
	var parts []string
	n := len(r.toks)
	for i := 0; i < n; {
		if r.used[i] {
			i++
			continue
		}
		j := i
		for j < n && !r.used[j] {
			j++
		}
		a, b := i, j
		if a > 0 {
			for a < b && edgeJunk(r.toks[a]) {
				a++
			}
		}
		if b < n {
			for b > a && edgeJunk(r.toks[b-1]) {
				b--
			}
		}
		if a < b {
			parts = append(parts, r.text[r.toks[a].start:r.toks[b-1].end])
		}
		i = j
	}
	rest := strings.Join(parts, ", ")
	if tail = strings.TrimSpace(tail); tail != "" {
		if rest != "" {
			rest += " "
		}
		rest += tail
	}
	return rest
}

func edgeJunk(t token) bool {
	return t.kind == tSep || connectors[t.text] || (t.kind == tPunct && strings.Contains(":-=/~", t.text))
}
