package parse

// keyed reads an item keyword at toks[i] and the value after it, skipping a few fillers
// ("mood is a 6"). It returns how many tokens it read, 0 when the keyword has no value.
func (r *reader) keyed(i int) (int, error) {
	item, kn, weak := keyAt(r.toks[i:])
	if kn == 0 || r.anyUsed(i, i+kn) || r.negated(i) {
		return 0, nil
	}
	if item == ItemSleep && i > 0 && r.toks[i-1].text == "to" {
		return 0, nil // "went to sleep at 11" gives a bedtime, not hours
	}
	for j, skipped := i+kn, 0; j < len(r.toks) && skipped <= 4; j, skipped = j+1, skipped+1 {
		if r.used[j] || r.toks[j].kind == tSep {
			break
		}
		n, err := r.value(item, j, weak)
		if err != nil {
			return 0, err
		}
		if n > 0 {
			r.mark(i, j+n)
			return j + n - i, nil
		}
		if !skippable(item, r.toks[j].text) {
			break
		}
	}
	return 0, nil
}

// skippable reports whether w may stand between the keyword for item and its value. For
// sleep, "at" is not skipped ("slept at 11" is a bedtime) and units are ("sleep hours: 7").
func skippable(item, w string) bool {
	if item == ItemSleep {
		return (fillers[w] && w != "at") || hourUnits[w]
	}
	return fillers[w]
}

// negated reports whether a negation stands right before toks[i] ("didn't sleep well").
func (r *reader) negated(i int) bool {
	return i > 0 && !r.used[i-1] && negators[r.toks[i-1].text]
}

// value reads the value of item at toks[j] and records it.
func (r *reader) value(item string, j int, weak bool) (int, error) {
	switch item {
	case ItemSleep:
		return r.sleepValue(j)
	case ItemQuality:
		if n, err := r.qualityWord(j); n > 0 || err != nil {
			return n, err
		}
		return r.rating(item, &r.f.Quality, j, 1, 5, weak)
	case ItemMood:
		return r.rating(item, &r.f.Mood, j, 0, 10, weak)
	case ItemEnergy:
		return r.rating(item, &r.f.Energy, j, 0, 10, weak)
	case ItemInterest:
		return r.rating(item, &r.f.Interest, j, 0, 10, weak)
	case ItemFunctioning:
		if v, n := functioningWordAt(r.toks[j:]); n > 0 {
			return n, setInt(&r.f.Functioning, v, item)
		}
		return r.rating(item, &r.f.Functioning, j, 0, 10, weak)
	}
	return 0, nil
}

// rating reads a rating for item. After a weak keyword a doubtful value is not an error but
// no value at all, and the clause must end with it: "i'm a 35 year old" says nothing of mood.
func (r *reader) rating(item string, dst **int, j, min, max int, weak bool) (int, error) {
	v, n, err := readRating(r.toks[j:], min, max)
	if n == 0 {
		return 0, nil
	}
	if e := j + n; err == nil && e < len(r.toks) && (hourUnits[r.toks[e].text] || minuteUnits[r.toks[e].text]) {
		err = ErrUnclear // "feel like 2 hours of sleep": the number is a duration
	}
	if weak {
		k, ok := r.weakEnd(j + n)
		if err != nil || !ok {
			return 0, nil
		}
		n += k
	} else if err != nil {
		return 0, &FieldError{Item: item, Err: err}
	} else if e := j + n; e < len(r.toks) && afterWeak[r.toks[e].text] {
		n++ // "mood is a 4 today"
	}
	return n, setInt(dst, v, item)
}

// weakEnd reports whether a weakly keyed value may end before toks[e], and how many trailing
// words ("today") belong to it.
func (r *reader) weakEnd(e int) (int, bool) {
	if e >= len(r.toks) {
		return 0, true
	}
	t := r.toks[e]
	switch {
	case afterWeak[t.text]:
		return 1, true
	case t.kind == tSep, t.kind == tPunct && isSymbol(t), medWords[t.text]:
		return 0, true
	}
	_, n, _ := keyAt(r.toks[e:])
	return 0, n > 0
}

// sleepValue reads what follows a sleep keyword: hours, a quality word, or both in either
// order ("slept badly 4h", "slept 7h, well" is only the hours).
func (r *reader) sleepValue(j int) (int, error) {
	if n, err := r.qualityWord(j); n > 0 || err != nil {
		if err != nil {
			return 0, err
		}
		k, err := r.follow(j+n, r.sleepHours)
		return n + k, err
	}
	n, err := r.sleepHours(j)
	if n == 0 || err != nil {
		return 0, err
	}
	k, err := r.follow(j+n, r.qualityWord)
	return n + k, err
}

// follow tries read at toks[e], then past up to two fillers or connectors.
func (r *reader) follow(e int, read func(int) (int, error)) (int, error) {
	for k := 0; k <= 2 && e+k < len(r.toks); k++ {
		t := r.toks[e+k]
		if t.kind == tSep || r.used[e+k] {
			return 0, nil
		}
		if n, err := read(e + k); n > 0 || err != nil {
			return k + n, err
		}
		if !fillers[t.text] && !connectors[t.text] {
			return 0, nil
		}
	}
	return 0, nil
}

func (r *reader) sleepHours(j int) (int, error) {
	h, err := readHours(r.toks[j:])
	if h.n == 0 || r.isClockTime(j+h.n) {
		return 0, nil
	}
	if err != nil {
		return 0, &FieldError{Item: ItemSleep, Err: err}
	}
	return h.n, setFloat(&r.f.Sleep, h.v, ItemSleep)
}

func (r *reader) qualityWord(j int) (int, error) {
	q, n := qualityAt(r.toks[j:])
	if n == 0 {
		return 0, nil
	}
	return n, setInt(&r.f.Quality, q, ItemQuality)
}

// med reads a medication phrase around a medication word at toks[i]: "took my meds", "meds
// yes", "forgot my pills", "didn't take my meds". Only yes/no vocabulary is looked at, a few
// words either side within the clause; no signal leaves the words unread ("my meds make me
// tired"), a mixed one ("yes, forgot my meds") is an error.
func (r *reader) med(i int) (int, error) {
	if !medWords[r.toks[i].text] {
		return 0, nil
	}
	a := i
	for a > 0 && i-a < 5 && r.medWord(a-1) {
		a--
	}
	b := i + 1
	for b < len(r.toks) && b-i <= 3 && r.medWord(b) {
		b++
	}
	ws := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		if k != i {
			ws = append(ws, unstretch(r.toks[k].text))
		}
	}
	var taken bool
	switch judgeYesNo(ws) {
	case ynNone:
		return 0, nil
	case ynConflict:
		return 0, &FieldError{Item: ItemMed, Err: ErrUnclear}
	case ynYes:
		taken = true
	}
	if err := setBool(&r.f.Med, taken, ItemMed); err != nil {
		return 0, err
	}
	r.mark(a, b)
	return b - i, nil
}

func (r *reader) medWord(k int) bool {
	t := r.toks[k]
	return !r.used[k] && t.kind != tSep && !medWords[t.text] && isYesNoWord(unstretch(t.text))
}
