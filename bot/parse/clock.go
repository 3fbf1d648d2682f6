package parse

import "strings"

// Clock reads a local time of day on the 24-hour clock: "21:00", "9:05", "0930", "9pm",
// "9:30pm", "9.30", "noon", "midnight", "21h", "21h30", "at 7 a.m.", and the everyday forms
// ReadClock knows ("around 9 in the evening", "quarter to ten pm"). Times without am/pm
// in digits are read on the 24-hour clock. An hour from 1 to 12 with nothing to say morning
// or evening ("9", "half past eight") is ErrUnclear, as is a time without an hour
// (ErrVagueTime); impossible times ("25:00", "9:75", "13pm") are ErrOutOfRange.
func Clock(s string) (hour, minute int, err error) {
	c, err := ReadClock(s)
	if err != nil {
		return 0, 0, err
	}
	if c.Ambiguous {
		return 0, 0, ErrUnclear
	}
	return c.Hour, c.Minute, nil
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
