package parse

import "fmt"

// ErrVagueTime means a time of day was named without an hour ("after dinner", "in the
// evening"): the caller asks which hour. It is also ErrUnclear.
var ErrVagueTime = fmt.Errorf("%w: a time of day without an hour", ErrUnclear)

// ClockTime is a time of day read from what someone typed.
type ClockTime struct {
	Hour, Minute int // 0–23 and 0–59; with Ambiguous, Hour is on the 12-hour clock (1–12)
	// Ambiguous is set for an hour of 1–12 given without am/pm, a part of the day or minutes
	// in digits ("9", "half past eight", "nine o'clock"): morning or evening is the
	// person's to say.
	Ambiguous bool
}

// At returns the time on the 24-hour clock, taking pm for an ambiguous one when pm is true.
func (c ClockTime) At(pm bool) (hour, minute int) {
	if !c.Ambiguous {
		return c.Hour, c.Minute
	}
	return from12(c.Hour, pm), c.Minute
}

func from12(h int, pm bool) int {
	h %= 12
	if pm {
		h += 12
	}
	return h
}

// part of the day a phrase names, which settles am or pm.
type dayPart uint8

const (
	partNone dayPart = iota
	partAM
	partPM
	partAfternoon // 12 and 1–6 are pm
	partNight     // 12 is midnight, 1–4 am, 5–11 pm
)

// ReadClock reads a local time of day as people write it: "21:00", "9pm", "21h", "21.30",
// "noon", "midday", "midnight", "around 9 in the evening", "9 in the morning", "half past
// eight", "quarter to ten pm", "ten past nine", "nine thirty", "8ish", "9 pm-ish",
// "tonight at 9". Hedges ("about", "around", "-ish") are dropped: the hour stands. An hour of
// 1–12 with nothing to say morning or evening is returned Ambiguous; a meal or a part of the
// day alone ("after dinner") is ErrVagueTime; impossible times ("25:00", "13pm") are
// ErrOutOfRange; anything else is ErrUnclear.
func ReadClock(s string) (ClockTime, error) {
	toks, err := shortTokens(s)
	if err != nil {
		return ClockTime{}, err
	}
	toks = dropClockFillers(joinMeridiem(toks))
	if len(toks) == 0 {
		return ClockTime{}, ErrUnclear
	}
	if vagueOnly(toks) {
		return ClockTime{}, ErrVagueTime
	}
	part, strict := partNone, false
	if p, k := dayPartAt(toks); k > 0 {
		part, toks = p, toks[k:] // "tonight at 9"
		toks = dropClockFillers(toks)
	}
	h, m, fixed, words, n, err := clockCore(toks)
	if err != nil {
		return ClockTime{}, err
	}
	toks = toks[n:]
	// "9 o'clock" still needs am or pm: it is a bare hour.
	if hasPrefixWords(toks, "o'clock") || hasPrefixWords(toks, "oclock") {
		toks = toks[1:]
	} else if hasPrefixWords(toks, "o", "clock") {
		toks = toks[2:]
	}
	if m >= 0 && (hasPrefixWords(toks, "h") || hasPrefixWords(toks, "hrs") || hasPrefixWords(toks, "uhr")) {
		toks = toks[1:] // "21:00h", "2100h"
	}
	toks = dropClockFillers(toks)
	// At most two words for the part of the day, agreeing: "9 pm tonight".
	for k := 0; k < 2; k++ {
		p, n := dayPartAt(toks)
		if n == 0 {
			break
		}
		if part != partNone && !samePart(part, p) {
			return ClockTime{}, ErrUnclear // "tonight at 9 am"
		}
		if toks[n-1].text == "am" || toks[n-1].text == "pm" {
			strict = true
		}
		if part == partNone || p == partAM || p == partPM && part != partNight {
			part = p
		}
		toks = dropClockFillers(toks[n:])
	}
	if len(toks) > 0 {
		return ClockTime{}, ErrUnclear
	}
	if fixed {
		if part != partNone && !fits(h, part) {
			return ClockTime{}, ErrUnclear // "noon in the evening"
		}
		return ClockTime{Hour: h, Minute: m}, nil
	}
	if part != partNone {
		if h < 1 || h > 12 {
			if h >= 13 && h <= 23 && m <= 59 && part != partAM && !strict {
				return ClockTime{Hour: h, Minute: max(m, 0)}, nil // "21 in the evening"
			}
			return ClockTime{}, ErrOutOfRange
		}
		if m > 59 {
			return ClockTime{}, ErrOutOfRange
		}
		return ClockTime{Hour: resolvePart(h, part), Minute: max(m, 0)}, nil
	}
	if h > 23 || m > 59 {
		return ClockTime{}, ErrOutOfRange
	}
	// Digits with minutes ("8:30") are read on the 24-hour clock; a bare hour or one in
	// words needs am or pm.
	if h >= 1 && h <= 12 && (m < 0 || words) {
		return ClockTime{Hour: h, Minute: max(m, 0), Ambiguous: true}, nil
	}
	return ClockTime{Hour: h, Minute: max(m, 0)}, nil
}

// clockCore reads the hour and minutes at toks[0]. fixed is set for noon and midnight;
// words for an hour written in words or with "past"/"to"; m is -1 when only an hour was
// given; n is the number of tokens read.
func clockCore(toks []token) (h, m int, fixed, words bool, n int, err error) {
	if hasPrefixWords(toks, "12") && len(toks) > 1 && (toks[1].text == "noon" || toks[1].text == "midnight") {
		toks, n = toks[1:], 1
	}
	if len(toks) == 0 {
		return 0, 0, false, false, 0, ErrUnclear
	}
	switch toks[0].text {
	case "noon", "midday", "noonish", "middayish", "lunchtime-ish":
		return 12, 0, true, false, n + 1, nil
	case "midnight":
		return 0, 0, true, false, n + 1, nil
	}
	if h, m, k, ok := pastTo(toks); ok {
		return h, m, false, true, k, nil
	}
	if toks[0].kind == tNum {
		h, m, k, err := clockDigits(toks)
		if err != nil {
			return 0, 0, false, false, 0, err
		}
		// "nine thirty" in digits and words: "9 thirty".
		if m < 0 && k == 1 {
			if mm, mk := minuteWords(toks[1:]); mk > 0 {
				return h, mm, false, true, 1 + mk, nil
			}
		}
		return h, m, false, false, k, nil
	}
	num, k, ok := readNumber(toks)
	if k == 0 || !ok || !num.isInt || num.v < 0 || num.v > 23 {
		return 0, 0, false, false, 0, ErrUnclear
	}
	h = int(num.v)
	if mm, mk := minuteWords(toks[k:]); mk > 0 {
		return h, mm, false, true, k + mk, nil
	}
	return h, -1, false, true, k, nil
}

// minuteWords reads the minutes after an hour: "thirty", "fifteen", "forty-five", "oh
// five", "30" (only two digits).
func minuteWords(toks []token) (int, int) {
	if len(toks) == 0 {
		return 0, 0
	}
	if toks[0].kind == tNum {
		if m, ok := twoDigitMinutes(toks[0]); ok {
			return int(m*60 + 0.5), 1
		}
		return 0, 0
	}
	if (toks[0].text == "oh" || toks[0].text == "o") && len(toks) > 1 {
		if v, ok := smallNumbers[toks[1].text]; ok && v >= 1 && v <= 9 {
			return v, 2
		}
		return 0, 0
	}
	tens := map[string]int{"thirty": 30, "forty": 40, "fifty": 50, "twenty": 20}
	if t, ok := tens[toks[0].text]; ok {
		rest, k := toks[1:], 1
		if hasPrefixWords(rest, "-") {
			rest, k = rest[1:], 2
		}
		if len(rest) > 0 {
			if v, ok := smallNumbers[rest[0].text]; ok && v >= 1 && v <= 9 {
				return t + v, k + 1
			}
		}
		return t, 1
	}
	if v, ok := smallNumbers[toks[0].text]; ok && v >= 10 && v <= 19 {
		return v, 1 // "eight fifteen"
	}
	return 0, 0
}

// pastTo reads "half past eight", "half eight", "quarter past nine", "quarter to ten", "ten
// past nine", "twenty to six", "5 to 10". The hour is on the 12-hour clock.
func pastTo(toks []token) (h, m, n int, ok bool) {
	i := 0
	if hasPrefixWords(toks, "a") {
		i = 1
	}
	var mins int
	switch {
	case hasPrefixWords(toks[i:], "half"):
		mins, i = 30, i+1
	case hasPrefixWords(toks[i:], "quarter"):
		mins, i = 15, i+1
	default:
		num, k, good := readNumber(toks[i:])
		if k == 0 || !good || !num.isInt || num.v < 1 || num.v > 29 {
			return 0, 0, 0, false
		}
		mins, i = int(num.v), i+k
		if i < len(toks) && minuteUnits[toks[i].text] {
			i++
		}
	}
	before := false
	switch {
	case i < len(toks) && (toks[i].text == "past" || toks[i].text == "after"):
		i++
	case i < len(toks) && (toks[i].text == "to" || toks[i].text == "till" || toks[i].text == "til" || toks[i].text == "before"):
		before = true
		i++
	case mins == 30 && toks[i-1].text == "half":
		// British "half eight": half past eight.
	default:
		return 0, 0, 0, false
	}
	num, k, good := readNumber(toks[i:])
	if k == 0 || !good || !num.isInt || num.v < 1 || num.v > 12 {
		return 0, 0, 0, false
	}
	h = int(num.v)
	if before {
		h, mins = h-1, 60-mins
		if h == 0 {
			h = 12
		}
	}
	return h, mins, i + k, true
}
