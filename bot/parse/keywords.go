package parse

// Keywords that name an item in free text, with the cheap typos people make on phones.
// Matching is exact on the lower-cased word; no fuzzy matching, so "sleepy" is not "sleep".
var (
	moodWords = map[string]bool{
		"mood": true, "mod": true, "moood": true, "mooood": true, "modd": true, "moods": true,
		"mood's": true, "mpod": true, "moof": true,
	}
	// feelWords name mood weakly: "feeling 5" is a mood, but "feeling 5 years older" is not,
	// so a value after them counts only when the clause ends there.
	feelWords  = map[string]bool{"feel": true, "feeling": true, "feelin": true, "feels": true, "felt": true}
	sleepWords = map[string]bool{
		"sleep": true, "slept": true, "sleeping": true, "sleeps": true, "slep": true, "sleeo": true,
		"sleept": true, "slpet": true, "sleap": true, "sleeped": true, "slepped": true, "sleep's": true,
		"slee": true, "selpt": true, "slpt": true,
	}
	qualityKeyWords = map[string]bool{"quality": true, "qual": true, "qualty": true, "quallity": true, "quaility": true}
	energyWords     = map[string]bool{
		"energy": true, "energie": true, "enery": true, "enegry": true, "energ": true,
		"energised": true, "energized": true, "nrg": true, "engery": true,
	}
	interestWords = map[string]bool{
		"interest": true, "interests": true, "interested": true, "enjoyment": true, "enjoy": true,
		"enjoying": true, "joy": true, "fun": true, "pleasure": true,
	}
	functioningWords = map[string]bool{
		"functioning": true, "function": true, "functioned": true, "func": true,
		"productivity": true, "productive": true, "functionning": true, "fuctioning": true,
	}
	medWords = map[string]bool{
		"meds": true, "med": true, "medication": true, "medications": true, "medicine": true,
		"pills": true, "pill": true, "tablets": true, "tablet": true, "antidepressant": true,
		"antidepressants": true, "medz": true, "💊": true,
	}
)

// fillers may stand between a keyword and its value: "mood is 6", "slept for 7h",
// "sleep: good", "mood today was a 6".
var fillers = map[string]bool{
	":": true, "=": true, "-": true, "is": true, "was": true, "at": true, "a": true, "an": true,
	"of": true, "for": true, "only": true, "just": true, "today": true, "tonight": true,
	"last": true, "night": true, "this": true, "morning": true, "score": true, "level": true,
	"rating": true, "been": true, "has": true, "overall": true, "were": true, "about": true,
	"around": true, "like": true,
}

// negators before a keyword turn what follows around ("didn't sleep well", "couldn't sleep
// 7 hours"); the keyword is then not read at all.
var negators = map[string]bool{
	"not": true, "didn't": true, "didnt": true, "couldn't": true, "couldnt": true, "can't": true,
	"cant": true, "cannot": true, "never": true, "wasn't": true, "wasnt": true, "isn't": true,
	"isnt": true, "don't": true, "dont": true, "no": true, "won't": true, "wont": true,
}

// afterWeak are words that may follow a weakly keyed value: "i'm a 5 today".
var afterWeak = map[string]bool{
	"today": true, "now": true, "tonight": true, "rn": true, "atm": true, "overall": true,
	"honestly": true, "tbh": true, "lol": true,
}

// connectors join clauses; at the edge of an unread part they carry no meaning of their own.
var connectors = map[string]bool{"and": true, "but": true, "also": true, "then": true, "plus": true, "&": true, "+": true}

// keyStarts holds every word a keyword can begin with, so keyAt dismisses most words with
// one lookup.
var keyStarts = func() map[string]bool {
	m := map[string]bool{"i'm": true, "im": true, "i": true}
	for _, set := range []map[string]bool{moodWords, feelWords, sleepWords, qualityKeyWords, energyWords, interestWords, functioningWords, hourUnits} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// keyAt reads an item keyword at toks[0]. n is the number of tokens it spans (0 for none);
// weak marks keywords that name the item only loosely.
func keyAt(toks []token) (item string, n int, weak bool) {
	if len(toks) == 0 || !keyStarts[toks[0].text] {
		return "", 0, false
	}
	w := toks[0].text
	switch {
	case sleepWords[w] && len(toks) > 1 && qualityKeyWords[toks[1].text]:
		return ItemQuality, 2, false
	case qualityKeyWords[w] && hasPrefixWords(toks[1:], "of") && len(toks) > 2 && sleepWords[toks[2].text]:
		return ItemQuality, 3, false
	case hourUnits[w] && len(toks) > 1 && (toks[1].text == "slept" || toks[1].text == "asleep"):
		return ItemSleep, 2, false
	case hourUnits[w] && hasPrefixWords(toks[1:], "of") && len(toks) > 2 && sleepWords[toks[2].text]:
		return ItemSleep, 3, false
	case (w == "i'm" || w == "im") && len(toks) > 1 && (toks[1].text == "a" || toks[1].text == "at"):
		return ItemMood, 2, true
	case w == "i" && hasPrefixWords(toks[1:], "am") && len(toks) > 2 && (toks[2].text == "a" || toks[2].text == "at"):
		return ItemMood, 3, true
	case moodWords[w]:
		return ItemMood, 1, false
	case feelWords[w]:
		return ItemMood, 1, true
	case sleepWords[w]:
		return ItemSleep, 1, false
	case qualityKeyWords[w]:
		return ItemQuality, 1, false
	case energyWords[w]:
		return ItemEnergy, 1, false
	case interestWords[w]:
		return ItemInterest, 1, false
	case functioningWords[w]:
		return ItemFunctioning, 1, false
	}
	return "", 0, false
}
