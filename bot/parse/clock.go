package parse

import "strings"

// Clock reads a local time of day: "21:00", "9:05", "0930", "9pm", "9 pm", "9:30pm", "9.30",
// "noon", "midnight", "21h", "21h30", "at 7 a.m.". Times without am/pm are read on the 24-hour
// clock. A bare hour from 1 to 12 ("9") is ErrUnclear: morning or evening is the person's to
// say. Impossible times ("25:00", "9:75", "13pm") are ErrOutOfRange.
func Clock(s string) (hour, minute int, err error) {
	toks, err := shortTokens(s)
	if err != nil {
		return 0, 0, err
	}
	toks = joinMeridiem(toks)
	if hasPrefixWords(toks, "at") || hasPrefixWords(toks, "@") {
		toks = toks[1:]
	}
	switch len(toks) {
	case 0:
		return 0, 0, ErrEmpty
	case 1:
		switch toks[0].text {
		case "noon", "midday":
			return 12, 0, nil
		case "midnight":
			return 0, 0, nil
		}
	}
	h, m, n, err := clockDigits(toks)
	if err != nil {
		return 0, 0, err
	}
	toks = toks[n:]
	if hasPrefixWords(toks, "o'clock") || hasPrefixWords(toks, "oclock") {
		toks = toks[1:] // "9 o'clock" still needs am/pm: it is a bare hour
	}
	mer := ""
	if len(toks) > 0 && (toks[0].text == "am" || toks[0].text == "pm") {
		mer, toks = toks[0].text, toks[1:]
	}
	if len(toks) > 0 {
		return 0, 0, ErrUnclear
	}
	if m < 0 {
		// An hour alone: only 0 and 13–23 are unambiguous without am/pm.
		if mer == "" && h >= 1 && h <= 12 {
			return 0, 0, ErrUnclear
		}
		m = 0
	}
	if mer != "" {
		if h < 1 || h > 12 {
			return 0, 0, ErrOutOfRange
		}
		h %= 12
		if mer == "pm" {
			h += 12
		}
	}
	if h > 23 || m > 59 {
		return 0, 0, ErrOutOfRange
	}
	return h, m, nil
}

// joinMeridiem folds "a.m.", "a. m.", "a m" into one "am" token (and the same for pm).
func joinMeridiem(toks []token) []token {
	out := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if (t.text == "a" || t.text == "p") && i+1 < len(toks) {
			j := i + 1
			if toks[j].text == "." && j+1 < len(toks) {
				j++
			}
			if toks[j].text == "m" {
				t.text += "m"
				i = j
				if i+1 < len(toks) && toks[i+1].text == "." {
					i++
				}
			}
		}
		out = append(out, t)
	}
	return trimEnds(out)
}

// clockDigits reads the numeric part of a time: "21:00", "9.30", "0930", "21h30", "21h", "9".
// m is -1 when only an hour was written. n is the number of tokens read.
func clockDigits(toks []token) (h, m, n int, err error) {
	if toks[0].kind != tNum || strings.HasPrefix(toks[0].text, "-") {
		return 0, 0, 0, ErrUnclear
	}
	t := toks[0].text
	if hs, ms, ok := strings.Cut(strings.ReplaceAll(t, ",", "."), "."); ok {
		// "9.30": a decimal point between hour and minutes.
		if len(hs) > 2 || len(ms) != 2 {
			return 0, 0, 0, ErrUnclear
		}
		return atoi(hs), atoi(ms), 1, nil
	}
	switch len(t) {
	case 1, 2:
		h = atoi(t)
	case 3, 4:
		// "930", "0930": compact hour and minutes.
		return atoi(t[:len(t)-2]), atoi(t[len(t)-2:]), 1, nil
	default:
		return 0, 0, 0, ErrOutOfRange
	}
	rest := toks[1:]
	switch {
	case hasPrefixWords(rest, ":") && len(rest) > 1 && rest[1].kind == tNum && len(rest[1].text) == 2:
		return h, atoi(rest[1].text), 3, nil
	case hasPrefixWords(rest, ":"):
		return 0, 0, 0, ErrUnclear
	case hasPrefixWords(rest, "h"):
		if len(rest) > 1 && rest[1].kind == tNum {
			if len(rest[1].text) != 2 {
				return 0, 0, 0, ErrUnclear
			}
			return h, atoi(rest[1].text), 3, nil
		}
		return h, 0, 2, nil
	}
	return h, -1, 1, nil
}

// atoi reads a string of at most four ASCII digits; anything else gives a value no range
// accepts.
func atoi(s string) int {
	if s == "" || len(s) > 4 {
		return 1 << 20
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 1 << 20
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}
