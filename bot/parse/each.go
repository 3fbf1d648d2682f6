package parse

import (
	"errors"
	"strings"
)

// FreeEach reads a free-text message like Free, but a wrong value does not spoil the
// others: "mood 6, slept 26 hours" gives Mood 6 and a *FieldError for sleep. Each item
// appears at most once among the errors, and the words of a wrong value are not in Rest,
// since they will be asked about again.
func FreeEach(s string) (Fields, []*FieldError) {
	head, tail := splitFree(clean(s))
	r := newReader(head)
	r.each = true
	_ = r.readKeyed(0) // with each set, errors are collected in r.errs
	f, _ := r.finish(tail)
	return f, r.errs
}

// setAside records err for the item whose value starts at toks[i] and marks the words of
// that value read, up to the next clause, connector or keyword. It returns how many tokens
// it marked.
func (r *reader) setAside(i int, err error) int {
	var fe *FieldError
	if !errors.As(err, &fe) {
		fe = &FieldError{Item: "", Err: err}
	}
	j := i + 1
	for j < len(r.toks) && r.toks[j].kind != tSep && !connectors[r.toks[j].text] && !r.used[j] {
		if item, n, _ := keyAt(r.toks[j:]); n > 0 && item != fe.Item && !hourUnits[r.toks[j].text] {
			break
		}
		if medWords[r.toks[j].text] {
			break
		}
		j++
	}
	if fe.Value == "" {
		for k := i; k < j; k++ {
			if r.toks[k].kind == tNum {
				fe.Value = r.toks[k].text
				break
			}
		}
	}
	r.mark(i, j)
	r.clearItem(fe.Item)
	for _, e := range r.errs {
		if e.Item == fe.Item {
			return j - i
		}
	}
	r.errs = append(r.errs, fe)
	return j - i
}

// clearItem forgets a value read for item before a second, different one made it unclear:
// "mood 6 … mood 3" asks again rather than keep either.
func (r *reader) clearItem(item string) {
	switch item {
	case ItemMood:
		r.f.Mood = nil
	case ItemSleep:
		r.f.Sleep = nil
	case ItemQuality:
		r.f.Quality = nil
	case ItemEnergy:
		r.f.Energy = nil
	case ItemInterest:
		r.f.Interest = nil
	case ItemMed:
		r.f.Med = nil
	case ItemFunctioning:
		r.f.Functioning = nil
	}
}

// pieces are the unread runs of tokens as spans, cut at separators and, with byConnector,
// at connectors too ("6/10 and about 8h").
func (r *reader) pieces(byConnector bool) [][2]int {
	return r.cut(0, len(r.toks), byConnector)
}

// piecesIn cuts toks[a:b] at connectors.
func (r *reader) piecesIn(a, b int) [][2]int { return r.cut(a, b, true) }

func (r *reader) cut(from, to int, byConnector bool) [][2]int {
	var out [][2]int
	a := -1
	flush := func(b int) {
		if a >= 0 && b > a {
			out = append(out, [2]int{a, b})
		}
		a = -1
	}
	for i := from; i < to; i++ {
		t := r.toks[i]
		if r.used[i] || t.kind == tSep || (byConnector && connectors[t.text]) {
			flush(i)
			continue
		}
		if a < 0 {
			a = i
		}
	}
	flush(to)
	return out
}

func (r *reader) spanText(a, b int) string {
	return strings.TrimSpace(r.text[r.toks[a].start:r.toks[b-1].end])
}
