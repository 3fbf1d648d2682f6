package parse

// toneRange is the part of a 0–10 scale that a word for how a day went suggests.
type toneRange struct{ lo, hi int }

// toneWords map words for how a day went onto a guessed part of the 0–10 scale. They are
// only ever offered back as a question ("about 2–3?"), never stored as they are.
var toneWords = map[string]toneRange{
	"terrible": {1, 2}, "awful": {1, 2}, "horrible": {1, 2}, "dreadful": {1, 2},
	"horrendous": {1, 2}, "atrocious": {1, 2}, "miserable": {1, 2}, "shit": {1, 2},
	"shitty": {1, 2}, "crap": {1, 2}, "crappy": {1, 2}, "hopeless": {1, 2}, "hell": {1, 2},
	"worst": {0, 1}, "😭": {1, 2}, "😞": {2, 3}, "😢": {2, 3}, "☹": {2, 3}, "🙁": {3, 4},
	"bad": {2, 3}, "rough": {2, 3}, "low": {2, 3}, "down": {2, 3}, "poor": {2, 3},
	"sad": {2, 3}, "lousy": {2, 3}, "rubbish": {2, 3}, "crummy": {2, 3}, "hard": {2, 3},
	"tough": {2, 3}, "blue": {2, 3}, "depressed": {2, 3}, "struggling": {2, 3}, "bleh": {3, 4},
	"meh": {4, 5}, "blah": {4, 5}, "flat": {3, 4}, "so-so": {4, 5}, "mediocre": {4, 5},
	"middling": {4, 5}, "mixed": {4, 5}, "😐": {4, 5}, "😕": {3, 4}, "😔": {2, 3},
	"nothing": {0, 1}, "none": {0, 1}, "much": {5, 6}, "ok": {5, 6}, "okay": {5, 6}, "k": {5, 6}, "fine": {5, 6}, "alright": {5, 6},
	"average": {5, 6}, "neutral": {5, 6}, "normal": {5, 6}, "decent": {6, 7}, "okish": {4, 5},
	"good": {6, 7}, "nice": {6, 7}, "better": {6, 7}, "well": {6, 7}, "happy": {7, 8},
	"🙂": {6, 7}, "😊": {7, 8}, "😀": {7, 8}, "😃": {8, 9}, "👍": {6, 7}, "👎": {2, 3},
	"great": {8, 9}, "excellent": {8, 9}, "awesome": {8, 9}, "lovely": {7, 8},
	"amazing": {9, 10}, "fantastic": {9, 10}, "wonderful": {9, 10}, "perfect": {9, 10},
	"brilliant": {9, 10}, "best": {9, 10}, "superb": {9, 10}, "😁": {8, 9}, "🥰": {8, 9},
}

var (
	intensifiers = map[string]bool{
		"very": true, "really": true, "super": true, "so": true, "extremely": true,
		"incredibly": true, "absolutely": true, "totally": true, "truly": true, "real": true,
		"properly": true, "seriously": true, "damn": true, "bloody": true,
	}
	toneNegators = map[string]bool{
		"not": true, "isn't": true, "isnt": true, "wasn't": true, "wasnt": true, "no": true,
		"never": true, "hardly": true, "don't": true, "dont": true,
	}
	// toneSofteners may stand before a tone without changing it: "pretty bad", "a bit
	// low", "not too bad".
	toneSofteners = map[string]bool{
		"too": true, "that": true, "all": true, "particularly": true, "especially": true,
	}
)

// isToneWord reports whether w may stand beside a number as colour ("meh 4", "bad, a 3").
func isToneWord(w string) bool {
	_, ok := toneWords[w]
	return ok || intensifiers[w] || toneNegators[w] || w == "so" || w == "could" || w == "better" ||
		w == "but" || w == "and" || w == "not" || w == "too"
}

// toneGuess reads words alone as a guessed part of the 0–10 scale: "pretty bad" 2–3, "not
// great" 3–4, "meh" 4–5, "fine" 5–6, "good" 6–7, "really good" 7–8, "awful" 1–2. Words
// that are not about how the day went, or tones that disagree ("good but awful"), are
// ErrUnclear: that is a sentence, not a rating.
func toneGuess(toks []token) (RatingRead, error) {
	var base *toneRange
	intense, negated := false, false
	for i := 0; i < len(toks); i++ {
		w := toks[i].text
		switch {
		case w == "so" && i+2 < len(toks) && toks[i+1].text == "-" && toks[i+2].text == "so",
			w == "so" && i+1 < len(toks) && toks[i+1].text == "so":
			r := toneWords["so-so"]
			if base != nil && *base != r {
				return RatingRead{}, ErrUnclear
			}
			base = &r
			if toks[i+1].text == "-" {
				i++
			}
			i++
		case w == "could" && hasPrefixWords(toks[i+1:], "be", "better"):
			r := toneRange{4, 5}
			base = &r
			i += 2
		case w == "could" && hasPrefixWords(toks[i+1:], "be", "worse"):
			r := toneRange{5, 6}
			base = &r
			i += 2
		case w == "not" && hasPrefixWords(toks[i+1:], "at", "all"):
			r := toneRange{0, 1} // "not at all" (interested, energetic)
			base = &r
			i += 2
		case w == "all" && hasPrefixWords(toks[i+1:], "right"):
			r := toneRange{5, 6}
			base = &r
			i++
		case toneNegators[w]:
			negated = true
		case intensifiers[w]:
			intense = true
		case toneSofteners[w], ratingFillers[w], connectors[w]:
		default:
			r, ok := toneWords[w]
			if !ok || (base != nil && *base != r) {
				return RatingRead{}, ErrUnclear
			}
			base = &r
		}
	}
	if base == nil {
		return RatingRead{}, ErrUnclear
	}
	r := *base
	switch {
	case negated && r.lo >= 5 && r.hi <= 6:
		r = toneRange{2, 3} // "not okay"
	case negated && r.lo >= 5:
		r = toneRange{3, 4} // "not good", "not great"
	case negated && r.hi <= 2:
		r = toneRange{4, 5} // "not terrible"
	case negated && r.hi <= 4:
		r = toneRange{5, 6} // "not bad", "not too bad"
	case negated:
		return RatingRead{}, ErrUnclear // "not meh"
	case intense && r.hi <= 4 && r.lo > 0:
		r = toneRange{r.lo - 1, r.hi - 1}
	case intense && r.lo >= 6 && r.hi < 10:
		r = toneRange{r.lo + 1, r.hi + 1}
	}
	return RatingRead{Lo: r.lo, Hi: r.hi, Guess: true}, nil
}
