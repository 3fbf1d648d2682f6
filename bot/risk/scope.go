package risk

// The checks below decide how far a phrase reaches: what a negation, a
// third person, a topic or a quotation next to it does to it.

// tokFlag marks words that matter to the checks run after matching.
type tokFlag uint16

const (
	fNeg       tokFlag = 1 << iota // not, never
	fNegSkip                       // may stand between a negation and what it negates ("not really")
	fNegBreak                      // before "not", voids it: "can not", "why not"
	fThird                         // a third-person subject
	fThirdSkip                     // may stand between that subject and the phrase ("she said she is")
	fFirst                         // i, me, my, myself
	fTopic                         // a topic or work of fiction (article, documentary, character)
	fNegVoid                       // a few words before a negation, undoes it ("pretending i don't want to die")
	fNoSkip                        // may stand between "no" and what it negates ("no thoughts of")
)

var flagWords = map[tokFlag]string{
	fNeg: "not never",
	fNegSkip: "really actually even ever just am is are be being been feel feeling felt think thinking " +
		"i that so at all any more longer want going to would will planning plan trying like truly " +
		"honestly literally seriously necessarily currently do did was were had have having any of about " +
		"wanted wanting wants tried planned once thought considered",
	fNegBreak: "can could why",
	fNegVoid:  "pretend pretending pretended act acting fake faking lie lying say saying claim claiming tell telling told",
	fThird: "he she they his her their hers him them friend friends bff bestie brother bro sister sis mom mum " +
		"mother dad father parent parents son daughter wife husband partner boyfriend girlfriend cousin aunt " +
		"uncle grandma grandpa grandmother grandfather coworker colleague roommate flatmate neighbor neighbour " +
		"kid kids child children patient patients client clients student students character characters guy " +
		"girl man woman person people teen teenager nobody somebody someone classmate boss team",
	fThirdSkip: "is was are were seems seemed feels felt said says told been has had have always often sometimes " +
		"probably just really also even still keeps kept would will might may could does did do apparently " +
		"actually literally who that admitted thinks thought",
	fFirst:  "i me my myself mine",
	fNoSkip: "thoughts thought plans plan intention intentions intent urge urges desire wish wishes of to about any real more",
	fTopic: "documentary article articles movie film book novel show series episode podcast song lyrics awareness " +
		"prevention research study statistics stats course training lecture class essay paper news headline " +
		"campaign fundraiser charity volunteer volunteering seminar webinar workshop anime manga poem story " +
		"fiction author chapter season tv game video report survey rates rate question questions questionnaire screening",
}

func buildFlags(l *lexicon) {
	for f, words := range flagWords {
		for w := range setOf(words) {
			l.entry(squeeze(w)).flags |= f
		}
	}
}

// negated reports whether a negation governs the phrase starting at start:
// "not", "never" or "no longer" right before it, with only softeners between
// ("i'm not really suicidal", "i don't think i want to die").
func negated(toks []token, start int) bool {
	for j := start - 1; j >= max(0, start-5); j-- {
		if (toks[j].key == "no" || toks[j].key == "zero") && noGoverns(toks, j, start) {
			return true
		}
	}
	for j, n := start-1, 0; j >= 0 && n < 5; j, n = j-1, n+1 {
		t := &toks[j]
		if t.key == "i" && j > 0 && !reportVerbs[toks[j-1].key] && !inverted(toks, j) {
			return false // a new clause: "not really, i just want to die"
		}
		if t.flags&fNeg != 0 {
			if t.key == "not" && j > 0 && toks[j-1].flags&fNegBreak != 0 {
				return false
			}
			for v := j - 1; v >= max(0, j-3); v-- {
				if toks[v].flags&fNegVoid != 0 {
					return false
				}
			}
			return true
		}
		if t.key == "longer" && j > 0 && toks[j-1].key == "no" {
			return true
		}
		if t.flags&fNegSkip == 0 {
			return false
		}
	}
	return false
}

// inverted reports whether the "i" at toks[j] follows an auxiliary put
// first after a negation ("never once have i thought about it", "not once
// did i want to"), so the negation still governs what follows.
func inverted(toks []token, j int) bool {
	if j < 2 || !invertAux[toks[j-1].key] {
		return false
	}
	p := &toks[j-2]
	return p.flags&fNeg != 0 || p.key == "once" || p.key == "ever"
}

var invertAux = setOfKeys("have had did do would will could am was")

func setOfKeys(words string) map[string]bool {
	m := map[string]bool{}
	for w := range setOf(words) {
		m[squeeze(w)] = true
	}
	return m
}

// reportVerbs may carry a negation over "i" into the clause after them
// ("i don't think i want to die").
var reportVerbs = func() map[string]bool {
	m := map[string]bool{}
	for w := range setOf("think thinking thought feel feeling felt believe know knew sure suppose guess reckon mean meant say saying said that") {
		m[squeeze(w)] = true
	}
	return m
}()

// noGoverns reports whether "no" at toks[j] negates the phrase at start:
// only words like "thoughts of" or "plans to" stand between ("no suicidal
// thoughts", "no plans to hurt myself"), and "no" does not answer a
// question before a sentence of its own ("no, i want to die").
func noGoverns(toks []token, j, start int) bool {
	if j+1 < len(toks) && toks[j+1].flags&fFirst != 0 {
		return false
	}
	for k := j + 1; k < start; k++ {
		if toks[k].flags&fNoSkip == 0 {
			return false
		}
	}
	return true
}

// thirdPerson reports whether the phrase at start is said of someone else
// ("my friend is suicidal", "she said she wants to die").
func thirdPerson(toks []token, start int) bool {
	for j, n := start-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		f := toks[j].flags
		if f&fThird != 0 {
			return true
		}
		if f&fFirst != 0 || f&fThirdSkip == 0 {
			return false
		}
	}
	return false
}

func firstPersonNear(toks []token, m match) bool {
	for j := max(0, m.start-4); j < min(len(toks), m.end+3); j++ {
		if toks[j].flags&fFirst != 0 {
			return true
		}
	}
	return false
}

// quotedTitle reports whether m starts inside a quotation that names a work
// or someone else's words: a topic word or "called" just before it ("the
// song 'i want to die'", "a book called 'why i want to die'"), or a third
// person saying it ("she texted me: 'i want to die'" is not: "me" is
// first person). An unclosed quote counts as running to the end.
func quotedTitle(toks []token, quotes []int, m match) bool {
	for i := 0; i < len(quotes); i += 2 {
		open, end := quotes[i], len(toks)
		if i+1 < len(quotes) {
			end = quotes[i+1]
		}
		if open > m.start || m.start >= end {
			continue
		}
		for j := max(0, open-3); j < open; j++ {
			if toks[j].flags&fTopic != 0 || titleWords[toks[j].key] {
				return true
			}
		}
		return thirdPerson(toks, open)
	}
	return false
}

// titleWords introduce a name or a quotation.
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range setOf("called titled named entitled sings sang singing lyric lyrics quote quoting quoted line meme tweet post caption") {
		m[squeeze(w)] = true
	}
	return m
}()

// overNow reports "anymore" or "any longer" just after a match, or "no
// longer" just before it: what was is said to be over.
func overNow(toks []token, m match) bool {
	for j := m.end; j < min(len(toks), m.end+3); j++ {
		if k := toks[j].key; k == "anymore" || (k == "longer" && toks[j-1].key == "any") {
			return true
		}
	}
	return m.start >= 2 && toks[m.start-1].key == "longer" && toks[m.start-2].key == "no"
}
