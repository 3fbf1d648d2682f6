package parse

import "errors"

// Answer is what a message typed at one question of a check-in says: the values it gives,
// keyed or not, each read on its own.
type Answer struct {
	Fields // the values read; Rest holds the words that gave none
	// Problems are the items given with a value that cannot be right ("26 hours of sleep")
	// or could not be read; at most one per item.
	Problems []*FieldError
	// Choice is set when the question's own value needs confirming: a hesitation ("3 or 4")
	// or words alone ("pretty bad").
	Choice *RatingRead
}

// ReadAnswer reads a message typed while step (one of the Item constants) is being asked.
// Keyed values count wherever they stand ("mood 6, slept 7h"); a part with no keyword
// answers step ("6/10 and about 8h" at the mood question is mood 6 and sleep 8), and a
// duration with a unit is sleep. A wrong value spoils only itself: the others are kept,
// and the wrong one is a Problem.
func ReadAnswer(s, step string) Answer {
	head, tail := splitFree(clean(s))
	r := newReader(head)
	r.each = true
	_ = r.readKeyed(0)
	// A whole unread run first ("between 3 and 4", "seven and a half"), then its parts.
	for _, run := range r.pieces(false) {
		if r.stepPiece(step, run[0], run[1]) {
			continue
		}
		for _, p := range r.piecesIn(run[0], run[1]) {
			if !r.stepPiece(step, p[0], p[1]) && !hasItem(r.f, step) {
				r.leading(step, p[0], p[1])
			}
		}
	}
	if r.choice != nil && (hasItem(r.f, step) || r.choice.Guess && (r.unreadWords() || tail != "")) {
		// Words of tone inside a longer sentence, or beside the value itself ("pretty
		// bad, a 3"), are kept as words for the note, not read as a rating.
		for i := r.choiceAt[0]; i < r.choiceAt[1]; i++ {
			r.used[i] = false
		}
		r.choice = nil
	}
	f, _ := r.finish(tail)
	a := Answer{Fields: f, Problems: r.errs}
	if r.choice != nil && !hasItem(f, step) {
		a.Choice = r.choice
	}
	return a
}

// stepPiece reads an unkeyed part of the message toks[a:b] as the answer to step, or as
// hours slept when it is a duration with a unit.
func (r *reader) stepPiece(step string, a, b int) bool {
	text := r.spanText(a, b)
	if step == ItemSleep || step == "" {
		// At the sleep question a bare number is hours; elsewhere a unit is needed.
		if h, err := readHours(r.toks[a:b]); h.n == b-a && (step == ItemSleep || h.unit) {
			r.take(a, b, ItemSleep, err, func() error { return setFloat(&r.f.Sleep, h.v, ItemSleep) })
			return true
		}
		if step == "" {
			return false
		}
	}
	switch step {
	case ItemMood, ItemEnergy, ItemInterest, ItemQuality:
		lo, hi := 0, 10
		if step == ItemQuality {
			lo, hi = 1, 5
		}
		v, err := ReadRating(text, lo, hi)
		switch {
		case err == nil && v.Exact():
			r.take(a, b, step, nil, func() error { return setInt(r.field(step), v.Lo, step) })
			return true
		case err == nil:
			if r.choice != nil {
				return false
			}
			if hasItem(r.f, step) {
				return false // words of tone beside the value stay words: "a 3, pretty bad"
			}
			r.choice, r.choiceAt = &v, [2]int{a, b}
			r.mark(a, b)
			return true
		case errors.Is(err, ErrOutOfRange):
			r.take(a, b, step, err, nil)
			return true
		}
		if step == ItemQuality {
			if q, n := qualityAt(r.toks[a:b]); n == b-a {
				r.take(a, b, step, nil, func() error { return setInt(&r.f.Quality, q, step) })
				return true
			}
			if q, n := qualityPhrase(r.toks[a:b]); n == b-a && q.Exact() {
				r.take(a, b, step, nil, func() error { return setInt(&r.f.Quality, q.Lo, step) })
				return true
			} else if n == b-a && r.choice == nil && !hasItem(r.f, step) {
				r.choice, r.choiceAt = &q, [2]int{a, b}
				r.mark(a, b)
				return true
			}
		}
	case ItemFunctioning:
		if v, err := Functioning(text); err == nil {
			r.take(a, b, step, nil, func() error { return setInt(&r.f.Functioning, v, step) })
			return true
		} else if errors.Is(err, ErrOutOfRange) {
			r.take(a, b, step, err, nil)
			return true
		}
	case ItemMed:
		if bareNegation(r.toks[a:b]) && b < len(r.toks) && r.toks[b].kind != tSep {
			// A "don't" or "never" leading a sentence ("i dont think i…",
			// "never mind") is not an answer about the medication.
			return false
		}
		if v, err := YesNo(text); err == nil {
			r.take(a, b, step, nil, func() error { return setBool(&r.f.Med, v, step) })
			return true
		}
	}
	// A duration with a unit is a night's sleep at any question, a wrong one included.
	if h, err := readHours(r.toks[a:b]); h.n == b-a && (h.unit || h.keyed || (err != nil && hasUnit(r.toks[a:b]))) {
		r.take(a, b, ItemSleep, err, func() error { return setFloat(&r.f.Sleep, h.v, ItemSleep) })
		return true
	}
	return false
}

// take marks toks[a:b] read as item: a wrong value (err) is set aside as a problem,
// otherwise set stores it.
func (r *reader) take(a, b int, item string, err error, set func() error) {
	if err == nil && set != nil {
		err = set()
	}
	if err == nil {
		r.mark(a, b)
		return
	}
	var fe *FieldError
	if !errors.As(err, &fe) {
		err = &FieldError{Item: item, Err: err}
	}
	r.setAside(a, err)
	r.mark(a, b)
}

func (r *reader) field(item string) **int {
	switch item {
	case ItemMood:
		return &r.f.Mood
	case ItemEnergy:
		return &r.f.Energy
	case ItemInterest:
		return &r.f.Interest
	case ItemQuality:
		return &r.f.Quality
	}
	return &r.f.Functioning
}

func hasItem(f Fields, item string) bool {
	switch item {
	case ItemMood:
		return f.Mood != nil
	case ItemSleep:
		return f.Sleep != nil
	case ItemQuality:
		return f.Quality != nil
	case ItemEnergy:
		return f.Energy != nil
	case ItemInterest:
		return f.Interest != nil
	case ItemMed:
		return f.Med != nil
	case ItemFunctioning:
		return f.Functioning != nil
	}
	return false
}

// hasUnit reports whether toks name hours or minutes ("26 hours", "26h of sleep").
func hasUnit(toks []token) bool {
	for _, t := range toks {
		if hourUnits[t.text] || minuteUnits[t.text] || sleepWords[t.text] {
			return true
		}
	}
	return false
}

// unreadWords reports whether any word or number is still unread.
func (r *reader) unreadWords() bool {
	for i, t := range r.toks {
		if !r.used[i] && (t.kind == tWord || t.kind == tNum) && !connectors[t.text] {
			return true
		}
	}
	return false
}

// leading reads the answer to step at the start of toks[a:b] when the whole part does not
// read: "6/10 8h" (mood 6, then 8 hours), "4 feeling tired" (mood 4; the words stay for the
// note), "barely got out of bed" at the functioning question. The value must end where a
// word that would change it cannot follow ("3 hours" is sleep, not mood 3).
func (r *reader) leading(step string, a, b int) {
	// The shortest value that reads, so the words after it stay as written.
	for k := a + 1; k < b; k++ {
		if bindsBefore(r.toks[k]) || r.toks[k-1].kind == tPunct && r.toks[k-1].text != "!" {
			continue
		}
		mark := len(r.errs)
		if !r.stepPiece(step, a, k) {
			continue
		}
		if len(r.errs) > mark || r.choice != nil && r.choiceAt == [2]int{a, k} {
			return // a wrong or hesitant value: the rest is left as it is
		}
		if !r.stepPiece("", k, b) && r.fillerOnly(k, b) {
			r.mark(k, b) // "6.5 hours I think"
		}
		return
	}
}

// bindsBefore reports whether t continues the value before it: a unit, a denominator, a
// range or a time ("6 hours", "6/10", "6 or 7", "6 pm"). A number does not: "6/10 8h" is
// two values.
func bindsBefore(t token) bool {
	switch t.text {
	case "/", "out", "of", "outta", "or", "to", "-", "ish", "am", "pm", "and", "&", ":", ".":
		return true
	}
	return hourUnits[t.text] || minuteUnits[t.text]
}

// fillerOnly reports whether toks[a:b] hold nothing but hedges and fillers ("I think").
func (r *reader) fillerOnly(a, b int) bool {
	for i := a; i < b; i++ {
		if t := r.toks[i]; t.kind != tSep && !ratingFillers[t.text] && !hedges[t.text] {
			return false
		}
	}
	return true
}

// bareNegation reports whether toks hold a negation and nothing that
// speaks of taking or missing a dose: "i dont", "never", but not "no",
// "didn't take" or "forgot".
func bareNegation(toks []token) bool {
	neg := false
	for _, t := range toks {
		w := t.text
		switch {
		case noWords[w] || yesWords[w] || didWords[w] || medWords[w] || lapseWords[w]:
			return false
		case w == "forgot" || w == "forget" || w == "forgotten" || w == "missed" || w == "miss" || w == "skipped" || w == "skip":
			return false
		case notWords[w]:
			neg = true
		}
	}
	return neg
}
