package parse

// qualityPhrase reads a worded sleep quality with a modifier, on the 1–5 scale whose ends
// are "very badly" and "very well": "very bad" and "really well" are the ends themselves,
// "pretty bad" and "quite good" the plain word. A negation is a guess between two steps
// ("not great" 2–3, "not bad" 3–4), to be confirmed. n is 0 when toks are not such a phrase.
func qualityPhrase(toks []token) (r RatingRead, n int) {
	i := 0
	intense, negated := false, false
	for i < len(toks) && i < 3 {
		w := toks[i].text
		switch {
		case intensifiers[w]:
			intense = true
		case toneNegators[w]:
			negated = true
		case w == "pretty" || w == "quite" || w == "fairly" || w == "kinda" || w == "rather" ||
			w == "somewhat" || w == "too" || w == "that" || w == "a" || w == "bit":
		default:
			q, k := qualityAt(toks[i:])
			if k == 0 || i == 0 {
				return RatingRead{}, 0 // a plain word is qualityAt's
			}
			switch {
			case negated && q >= 3:
				return RatingRead{Lo: 2, Hi: 3, Guess: true}, i + k
			case negated:
				return RatingRead{Lo: 3, Hi: 4, Guess: true}, i + k
			case intense && q <= 2:
				return RatingRead{Lo: 1, Hi: 1}, i + k
			case intense && q >= 4:
				return RatingRead{Lo: 5, Hi: 5}, i + k
			}
			return RatingRead{Lo: q, Hi: q}, i + k
		}
		i++
	}
	return RatingRead{}, 0
}
