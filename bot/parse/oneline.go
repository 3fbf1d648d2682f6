package parse

import "strings"

// OneLine reads the arguments of a one-line check-in command. Leading values without keywords
// are positional, in the order the command's help gives them: mood, hours slept, sleep quality
// ("6 7.5", "6 7h30 3", "6, 7.5"). After them, keyed items are read as in Free ("mood 6 sleep
// 7.5"); a value after a keyword is never positional. A leading "/checkin" (or any "/command")
// is skipped, so callers may pass the whole message. An empty string is ErrEmpty.
func OneLine(args string) (Fields, error) {
	c := clean(args)
	if strings.HasPrefix(c, "/") {
		_, c, _ = strings.Cut(c, " ")
	}
	head, tail := splitFree(c)
	r := newReader(head)
	if len(trimEnds(r.toks)) == 0 && strings.TrimSpace(tail) == "" {
		return Fields{}, ErrEmpty
	}
	i, err := r.positional()
	if err != nil {
		return Fields{}, err
	}
	if err := r.readKeyed(i); err != nil {
		return Fields{}, err
	}
	return r.finish(tail)
}

// positional reads mood, sleep hours and sleep quality from the leading tokens, stopping at
// the first keyword or the first token that is not the value expected next. It returns the
// index where it stopped.
func (r *reader) positional() (int, error) {
	i := 0
	for slot := 0; slot < 3 && i < len(r.toks); {
		if r.toks[i].kind == tSep {
			i++
			continue
		}
		if _, n, _ := keyAt(r.toks[i:]); n > 0 || medWords[r.toks[i].text] {
			break
		}
		var n int
		var err error
		switch slot {
		case 0:
			n, err = r.rating(ItemMood, &r.f.Mood, i, 0, 10, false)
		case 1:
			n, err = r.sleepHours(i)
		case 2:
			if n, err = r.qualityWord(i); n == 0 && err == nil {
				n, err = r.rating(ItemQuality, &r.f.Quality, i, 1, 5, false)
			}
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			break
		}
		r.mark(i, i+n)
		i += n
		slot++
	}
	return i, nil
}
