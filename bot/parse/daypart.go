package parse

// resolvePart puts an hour of 1–12 in the part of the day named.
func resolvePart(h int, p dayPart) int {
	switch p {
	case partAM:
		return from12(h, false)
	case partAfternoon:
		return from12(h, h == 12 || h <= 6)
	case partNight:
		return from12(h, h >= 5 && h != 12)
	}
	return from12(h, true)
}

// fits reports whether noon or midnight agrees with the part of the day named.
func fits(h int, p dayPart) bool {
	if h == 12 {
		return p == partPM || p == partAfternoon
	}
	return p == partNight || p == partAM
}

func samePart(a, b dayPart) bool {
	pm := func(p dayPart) bool { return p != partAM }
	return pm(a) == pm(b)
}

// dayPartAt reads am/pm or a phrase for a part of the day at toks[0]: "pm", "in the
// evening", "this morning", "at night", "tonight".
func dayPartAt(toks []token) (dayPart, int) {
	i := 0
	switch {
	case hasPrefixWords(toks, "in", "the"), hasPrefixWords(toks, "at", "the"):
		i = 2
	case hasPrefixWords(toks, "this"), hasPrefixWords(toks, "at"), hasPrefixWords(toks, "in"):
		i = 1
	}
	if i >= len(toks) {
		return partNone, 0
	}
	p := partNone
	switch toks[i].text {
	case "am", "morning", "mornings", "morn":
		p = partAM
	case "pm", "evening", "evenings", "eve", "eavning", "evning":
		p = partPM
	case "afternoon", "afternoons", "arvo":
		p = partAfternoon
	case "night", "nights", "tonight", "nite", "tonite":
		p = partNight
	default:
		return partNone, 0
	}
	if (toks[i].text == "am" || toks[i].text == "pm") && i > 0 && toks[0].text != "in" {
		return partNone, 0 // "at pm" is no phrase
	}
	return p, i + 1
}

// clockFillers are words around a time that do not change it.
var clockFillers = map[string]bool{
	"at": true, "@": true, "around": true, "about": true, "approx": true, "approximately": true,
	"roughly": true, "like": true, "maybe": true, "probably": true, "say": true, "by": true,
	"ish": true, "-": true, "~": true, "please": true, "pls": true, "every": true, "each": true,
	"day": true, "daily": true, "is": true, "good": true, "works": true, "fine": true,
	"let's": true, "lets": true, "ideally": true, "usually": true, "sharp": true, "on": true,
	"the": true, "dot": true, "circa": true, "abt": true, "arround": true, "i": true, "think": true,
	"would": true, "be": true, "best": true, "somewhere": true,
}

// dropClockFillers removes filler words at both ends of a time.
func dropClockFillers(toks []token) []token {
	for len(toks) > 0 && (clockFillers[toks[0].text] || toks[0].kind == tSep) && !(toks[0].text == "at" && startsDayPart(toks)) {
		toks = toks[1:]
	}
	for len(toks) > 0 && (clockFillers[toks[len(toks)-1].text] || toks[len(toks)-1].kind == tSep) {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// startsDayPart keeps the "at" of "at night".
func startsDayPart(toks []token) bool {
	_, k := dayPartAt(toks)
	return k > 0
}

// vagueWords name a time of day without an hour.
var vagueWords = map[string]bool{
	"dinner": true, "supper": true, "lunch": true, "lunchtime": true, "breakfast": true,
	"bed": true, "bedtime": true, "work": true, "tea": true, "teatime": true, "dinnertime": true,
	"evening": true, "evenings": true, "morning": true, "mornings": true, "night": true,
	"tonight": true, "afternoon": true, "sunset": true, "sundown": true, "school": true,
	"later": true, "early": true, "late": true, "brunch": true, "meal": true, "meals": true,
	"dusk": true, "dawn": true, "sunrise": true, "waking": true, "wake": true, "up": true,
}

var vagueGlue = map[string]bool{
	"after": true, "before": true, "in": true, "the": true, "this": true, "my": true, "at": true,
	"time": true, "around": true, "when": true, "i": true, "get": true, "go": true, "to": true,
	"from": true, "back": true, "home": true, "once": true, "done": true, "with": true,
	"right": true, "just": true, "during": true, "over": true, "till": true, "until": true,
	"finish": true, "finished": true, "or": true, "so": true, "having": true, "had": true,
}

// vagueOnly reports whether toks name only a moment of the day, with no number.
func vagueOnly(toks []token) bool {
	seen := false
	for _, t := range toks {
		switch {
		case vagueWords[t.text]:
			seen = true
		case vagueGlue[t.text], clockFillers[t.text], t.kind == tSep:
		default:
			return false
		}
	}
	return seen
}
