package parse

import "strings"

// RatingRead is a rating read from what someone typed: one value (Lo == Hi), two or three
// neighbouring values they hesitated between ("3 or 4", "6.5" on a whole-number scale), or
// a guess from words alone ("pretty bad"). Only a single value that is not a Guess may be
// stored as it is; the rest are for the person to confirm.
type RatingRead struct {
	Lo, Hi int
	Guess  bool // read from words alone: confirm before storing
}

// Exact reports whether the reading is one value the person gave.
func (r RatingRead) Exact() bool { return r.Lo == r.Hi && !r.Guess }

// ratingFillers are words around a rating that do not change it: "like a 4", "a solid 6",
// "6 today", "I'd say 5", "mood is a 6", "probably a 7 honestly".
var ratingFillers = map[string]bool{
	"a": true, "an": true, "solid": true, "strong": true, "firm": true, "weak": true,
	"today": true, "tonight": true, "now": true, "rn": true, "atm": true, "overall": true,
	"honestly": true, "tbh": true, "lol": true, "i'd": true, "id": true, "say": true, "i": true,
	"guess": true, "think": true, "would": true, "feeling": true, "feel": true, "felt": true,
	"i'm": true, "im": true, "am": true, "at": true, "mood": true, "is": true, "it's": true,
	"its": true, "it": true, "was": true, "been": true, "my": true, "ish": true, "points": true,
	"pts": true, "on": true, "the": true, "scale": true, "just": true, "day": true, "-": true,
	"~": true, "≈": true, "so": true, "far": true, "right": true, "um": true, "hmm": true,
	"uh": true, "well": true, "like": true, "about": true, "around": true, "maybe": true,
	"perhaps": true, "probably": true, "prob": true, "prolly": true, "roughly": true,
	"approx": true, "approximately": true, "circa": true, "ca": true, "abt": true,
	"arround": true, "kinda": true, "sorta": true, "this": true, "morning": true,
	"evening": true, "afternoon": true, "overall,": true, "i've": true, "ive": true,
	"energy": true, "interest": true, "enjoyment": true, "level": true, "score": true,
	"rating": true, "give": true, "it'd": true, "be": true, "call": true, "let's": true,
	"lets": true, "bit": true, "of": true, "kind": true, "sort": true, "fairly": true,
	"pretty": true, "quite": true, "rather": true, "somewhat": true, "little": true,
	"idk": true, "dunno": true, "hmmm": true, "er": true, "erm": true,
}

// ReadRating reads a rating on the scale [min,max] in everyday words: "6", "like a 4",
// "meh 4", "4ish", "a solid 6", "4 out of 10", "6/10", "four", "6 today", "about a five".
// Hesitation between neighbours ("3 or 4", "3-4", "3 to 4", "between 3 and 4", "6.5")
// returns both ends, at most three values apart; on a 0–10 scale words alone ("pretty bad",
// "not great", "meh", "good") return a Guess. A number outside the scale is ErrOutOfRange;
// anything else, including words beside the number that are not about it ("I'm 35 years
// old"), is ErrUnclear.
func ReadRating(s string, min, max int) (RatingRead, error) {
	toks, err := shortTokens(s)
	if err != nil {
		return RatingRead{}, err
	}
	var kept []token
	var tone []token
	hasNum := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if w, ok := strings.CutSuffix(t.text, "ish"); ok && smallNumbers[w] != 0 {
			t.text = w // "sixish"
		}
		switch {
		case t.kind == tSep:
		case t.text == "or" && hasPrefixWords(toks[i+1:], "so"):
			i++ // "3 or so": a hedge, not a range
		case t.text == "-" && i > 0 && i+1 < len(toks) && toks[i+1].kind == tNum && toks[i-1].kind == tNum:
			kept = append(kept, t) // "3-4"
		case t.kind == tNum || smallNumbers[t.text] != 0 || t.text == "zero" || t.text == "twenty":
			hasNum = true
			kept = append(kept, t)
		case t.text == "of" && i > 0 && toks[i-1].text == "out",
			t.text == "out" || t.text == "outta" || t.text == "/" || t.text == "or" || t.text == "to" ||
				t.text == "between" || t.text == "and" || t.text == "&":
			kept = append(kept, t)
		case t.text == "of" && i+1 < len(toks) && toks[i+1].kind == tNum && i > 0 && (toks[i-1].kind == tNum || smallNumbers[toks[i-1].text] != 0):
			kept = append(kept, t) // "4 of 10"
		default:
			tone = append(tone, t) // fillers, and words that may shade a tone ("pretty bad")
		}
	}
	if !hasNum {
		if min != 0 || max != 10 {
			return RatingRead{}, ErrUnclear
		}
		return toneGuess(tone)
	}
	// Beside a number, only fillers and words of tone may stand ("meh 4", "pretty bad, a 3").
	for _, t := range tone {
		if !ratingFillers[t.text] && !isToneWord(t.text) {
			return RatingRead{}, ErrUnclear
		}
	}
	return numberRating(trimConnectors(kept), min, max)
}

// trimConnectors drops an "and" or "or" left at the start once fillers are gone ("meh and
// 4"); one at the end stays, since "3 or" was going to say more.
func trimConnectors(toks []token) []token {
	for len(toks) > 0 && (connectors[toks[0].text] || toks[0].text == "or") {
		toks = toks[1:]
	}
	return toks
}

// numberRating reads the numeric part of a rating: a value, a value over the scale's top,
// or a narrow range.
func numberRating(toks []token, min, max int) (RatingRead, error) {
	between := hasPrefixWords(toks, "between")
	if between {
		toks = toks[1:]
	}
	a, k, ok := readNumber(toks)
	if k == 0 || !ok {
		return RatingRead{}, ErrUnclear
	}
	rest := toks[k:]
	if d, dk := readDenominator(rest); dk > 0 {
		if !d.isInt || d.v != float64(max) || between {
			return RatingRead{}, ErrUnclear
		}
		rest = rest[dk:]
	}
	if len(rest) == 0 {
		if between {
			return RatingRead{}, ErrUnclear
		}
		return singleRating(a, min, max)
	}
	if len(rest) < 2 {
		return RatingRead{}, ErrUnclear
	}
	sep := rest[0].text
	if between != (sep == "and" || sep == "&") || (!between && sep != "or" && sep != "to" && sep != "-" && sep != "/") {
		return RatingRead{}, ErrUnclear
	}
	b, bk, ok := readNumber(rest[1:])
	if bk == 0 || !ok {
		return RatingRead{}, ErrUnclear
	}
	tail := rest[1+bk:]
	if d, dk := readDenominator(tail); dk > 0 && d.isInt && d.v == float64(max) {
		tail = tail[dk:] // "3-4/10"
	}
	if len(tail) > 0 || !a.isInt || !b.isInt {
		return RatingRead{}, ErrUnclear
	}
	lo, hi := int(a.v), int(b.v)
	if a.v < float64(min) || b.v > float64(max) || a.v > float64(max) || b.v < float64(min) {
		return RatingRead{}, ErrOutOfRange
	}
	if hi <= lo || hi-lo > 2 {
		return RatingRead{}, ErrUnclear
	}
	return RatingRead{Lo: lo, Hi: hi}, nil
}

// singleRating checks one number against the scale; a half ("6.5") is the two values beside
// it, since the scale has whole numbers only.
func singleRating(n number, min, max int) (RatingRead, error) {
	if n.v < float64(min) || n.v > float64(max) {
		return RatingRead{}, ErrOutOfRange
	}
	if n.isInt {
		return RatingRead{Lo: int(n.v), Hi: int(n.v)}, nil
	}
	if n.frac == "5" {
		return RatingRead{Lo: int(n.v), Hi: int(n.v) + 1}, nil
	}
	return RatingRead{}, ErrUnclear
}
