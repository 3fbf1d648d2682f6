package risk

import (
	"slices"
	"strings"
	"unicode"
)

// A token is one word of a normalised message as the matcher sees it: its key
// (repeated letters squeezed, contractions expanded), the lexicon words it
// counts as, and flags used by the negation and third-person checks.
type token struct {
	key   string
	ids   []wordID
	flags tokFlag
}

func (t *token) in(set bitset) bool {
	for _, id := range t.ids {
		if set.has(id) {
			return true
		}
	}
	return false
}

// squeeze collapses every run of a repeated letter to one ("kill" → "kil",
// "diieee" → "die"), so stretched words and their plain spelling meet.
// Patterns are squeezed the same way when they are compiled.
func squeeze(w string) string {
	prev := rune(-1)
	need := false
	for _, r := range w {
		if r == prev && unicode.IsLetter(r) {
			need = true
			break
		}
		prev = r
	}
	if !need {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	prev = -1
	for _, r := range w {
		if r == prev && unicode.IsLetter(r) {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// tokenize splits normalised text into tokens, joining split words
// ("my self") and expanding contractions and chat shorthand ("dont",
// "wanna", "2nite") so that patterns are written once, in full words.
//
// A quotation mark is not a token: quotes gets, for each, the index of the
// token that follows it, so phrases run across quotes as if they were not
// there and verdict can still tell what was quoted.
func tokenize(s string, toks []token, quotes []int) ([]token, []int) {
	var kbuf, mbuf [64]byte
	for len(s) > 0 {
		w, rest, _ := strings.Cut(s, " ")
		s = rest
		if w == "" {
			continue
		}
		if w == `"` {
			quotes = append(quotes, len(toks))
			continue
		}
		k, key := squeezeTo(kbuf[:0], w), w
		e := lex.entries[string(k)]
		if e != nil && e.merge && s != "" {
			next, rest2, _ := strings.Cut(s, " ")
			pair := append(append(append(mbuf[:0], k...), ' '), squeezeTo(kbuf[len(k):len(k)], next)...)
			if m, ok := merges[string(pair)]; ok {
				s = rest2
				for _, x := range m[:len(m)-1] {
					toks = append(toks, lex.known(x))
				}
				key = m[len(m)-1]
				k, e = append(kbuf[:0], key...), lex.entries[key]
			}
		}
		switch {
		case e != nil && e.expand != nil:
			for _, x := range e.expand {
				toks = append(toks, lex.known(x))
			}
		case e != nil && e.final:
			toks = append(toks, token{key: e.key, ids: e.ids, flags: e.flags})
		default:
			t := lex.search(k)
			if e == nil && len(t.ids) == 0 {
				// "thinkin" is "thinking"; "wanttodie" is "want to die".
				if n := len(k); n > 4 && k[n-2] == 'i' && k[n-1] == 'n' {
					if g := string(k) + "g"; lex.entries[g] != nil {
						toks = append(toks, lex.known(g))
						continue
					}
				}
				if parts := segment(w); parts != "" {
					s = parts + " " + s
					continue
				}
			}
			if e != nil {
				t.key, t.flags = e.key, e.flags
			} else {
				t.key = key
			}
			toks = append(toks, t)
		}
	}
	return toks, quotes
}

// squeezeTo appends w to dst with runs of a repeated letter collapsed, like
// squeeze but without allocating for the usual short ASCII word.
func squeezeTo(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(dst, squeeze(w)...)
		}
	}
	var prev byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == prev && c >= 'a' && c <= 'z' {
			continue
		}
		dst = append(dst, c)
		prev = c
	}
	return dst
}

// expansions rewrites contractions and shorthand to full words. Keys and
// values are written plainly here and squeezed at init.
var expansionSrc = map[string]string{
	"dont": "do not", "doesnt": "does not", "didnt": "did not", "wont": "will not",
	"wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
	"cant": "can not", "cannot": "can not", "isnt": "is not", "arent": "are not",
	"wasnt": "was not", "werent": "were not", "havent": "have not", "hasnt": "has not",
	"hadnt": "had not", "aint": "am not", "neednt": "need not", "mustnt": "must not",
	"im": "i am", "ive": "i have", "id": "i would", "youre": "you are", "youve": "you have",
	"theyre": "they are", "theyd": "they would", "theyll": "they will", "youll": "you will", "youd": "you would", "hes": "he is",
	"shes": "she is", "whats": "what is", "thats": "that is", "theres": "there is",
	"whos": "who is", "wouldve": "would have", "couldve": "could have", "shouldve": "should have",
	"itd": "it would", "itll": "it will", "noone": "no one", "nobodys": "nobody is",
	"wanna": "want to", "wana": "want to", "wnna": "want to", "wan2": "want to", "gonna": "going to",
	"gotta": "got to", "imma": "i am going to", "ima": "i am going to", "finna": "going to",
	"tryna": "trying to", "kinda": "kind of", "hafta": "have to", "lemme": "let me",
	"dunno": "do not know", "u": "you", "ur": "your", "r": "are", "2": "to", "4": "for",
	"rn": "right now", "tn": "tonight", "tmr": "tomorrow", "tmrw": "tomorrow", "tmw": "tomorrow",
	"tmrow": "tomorrow", "tomoro": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
	"2nite": "tonight", "2night": "tonight", "tonite": "tonight", "tnite": "tonight",
	"bc": "because", "bcs": "because", "cuz": "because", "coz": "because", "bcuz": "because",
	"abt": "about", "ppl": "people", "bf": "boyfriend", "gf": "girlfriend", "pls": "please", "plz": "please",
	"dei": "die", "ded": "dead", "dieing": "dying", "dyin": "dying", "meself": "myself", "mself": "myself",
	"sewerslide": "sewer slide", "selfharm": "self harm", "selfharming": "self harming",
	"selfharmed": "self harmed", "selfdelete": "self delete", "killmyself": "kill myself",
	"endmylife": "end my life", "wanttodie": "want to die", "unaliveme": "unalive me",
	"idwtl": "i do not want to live", "iwtd": "i want to die", "iwtkm": "i want to kill myself", "idk": "i do not know", "idc": "i do not care", "ngl": "not going to lie", "iwant": "i want",
	"iwanna": "i want to", "wan": "want", "wnt": "want", "byebye": "bye", "goodbyee": "goodbye",
	"tonights": "tonight is", "todays": "today is", "dnt": "do not", "nemore": "anymore", "anymor": "anymore", "enymore": "anymore", "dnot": "do not", "b": "be", "bout": "about",
	"wantto": "want to",
}

// merges joins a word split by a space ("my self", "good bye").
var mergeSrc = map[[2]string]string{
	{"shed", "be"}: "she would be", {"shell", "be"}: "she will be", {"hed", "be"}: "he would be", {"hed", "rather"}: "he would rather", {"shed", "rather"}: "she would rather", {"my", "self"}: "myself", {"d", "ie"}: "die", {"di", "e"}: "die", {"kil", "l"}: "kill", {"sui", "cide"}: "suicide", {"su", "icide"}: "suicide", {"suic", "ide"}: "suicide", {"good", "bye"}: "goodbye", {"any", "more"}: "anymore",
	{"to", "night"}: "tonight", {"to", "morrow"}: "tomorrow", {"un", "alive"}: "unalive",
	{"un", "aliving"}: "unaliving", {"some", "one"}: "someone", {"every", "one"}: "everyone",
	{"sui", "cide"}: "suicide", {"sui", "cidal"}: "suicidal", {"no", "body"}: "nobody",
	// "i'll" loses its apostrophe and becomes "ill"; only before these
	// words is it surely "i will".
	{"ill", "be"}: "i will be", {"ill", "never"}: "i will never", {"ill", "do"}: "i will do",
	{"ill", "end"}: "i will end", {"ill", "kill"}: "i will kill", {"ill", "just"}: "i will just",
	{"ill", "finally"}: "i will finally", {"ill", "take"}: "i will take", {"ill", "go"}: "i will go",
	{"ill", "stay"}: "i will stay", {"ill", "keep"}: "i will keep", {"ill", "try"}: "i will try",
	{"ill", "wear"}: "i will wear", {"ill", "miss"}: "i will miss", {"ill", "leave"}: "i will leave", {"ill", "say"}: "i will say", {"ill", "write"}: "i will write", {"ill", "need"}: "i will need", {"ill", "see"}: "i will see", {"ill", "die"}: "i will die", {"ill", "jump"}: "i will jump", {"ill", "use"}: "i will use", {"ill", "tell"}: "i will tell", {"ill", "stop"}: "i will stop", {"ill", "make"}: "i will make", {"ill", "get"}: "i will get", {"ill", "give"}: "i will give", {"ill", "have"}: "i will have", {"ill", "hurt"}: "i will hurt", {"ill", "cut"}: "i will cut", {"ill", "overdose"}: "i will overdose", {"ill", "disappear"}: "i will disappear",
}

var (
	expansions = map[string][]string{}
	merges     = map[string][]string{} // "first second" → replacement
)

// buildExpansions squeezes the tables above; called once from init.
func buildExpansions() {
	for k, v := range expansionSrc {
		var out []string
		for _, w := range strings.Fields(v) {
			out = append(out, squeeze(w))
		}
		expansions[squeeze(k)] = out
	}
	for k, v := range mergeSrc {
		var out []string
		for _, w := range strings.Fields(v) {
			out = append(out, squeeze(w))
		}
		merges[squeeze(k[0])+" "+squeeze(k[1])] = out
	}
}

// segmentTriggers are the pieces a run-together risk phrase holds; other
// unknown words are not worth trying to split.
var segmentTriggers = []string{"die", "dead", "kil", "kms", "live", "alive", "suicid", "hurt", "harm", "myself", "wan", "dont", "unaliv", "endmy", "endit"}

// segment splits a word typed without its spaces ("wanttodie",
// "dontwannalive", "iwannakms") into known words, the fewest possible,
// and returns them joined by spaces, or "" when the word does not split
// wholly into words the detector knows. Only "i" may be one letter long,
// and the digits "2" and "4" may stand for "to" and "for" ("want2die").
func segment(w string) string {
	if len(w) < 6 || len(w) > 32 || !segmentable(w) {
		return ""
	}
	found := false
	for _, t := range segmentTriggers {
		if strings.Contains(w, t) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	// best[i] is the fewest words w[:i] splits into; from[i] where the last begins.
	var best, from [33]int
	for i := 1; i <= len(w); i++ {
		best[i] = -1
		for j := 0; j < i; j++ {
			if best[j] < 0 || !segmentWord(w[j:i]) {
				continue
			}
			// On a tie the later split wins, so earlier words are longer
			// ("dont wanna live", not "dont wan alive").
			if n := best[j] + 1; best[i] < 0 || n <= best[i] {
				best[i], from[i] = n, j
			}
		}
	}
	if best[len(w)] < 2 {
		return ""
	}
	var parts []string
	for i := len(w); i > 0; i = from[i] {
		parts = append(parts, w[from[i]:i])
	}
	slices.Reverse(parts)
	return strings.Join(parts, " ")
}

// segmentable reports whether w is lower-case ASCII letters, with at most
// "2" or "4" between them.
func segmentable(w string) bool {
	for i := range len(w) {
		if c := w[i]; (c < 'a' || c > 'z') && ((c != '2' && c != '4') || i == 0 || i == len(w)-1) {
			return false
		}
	}
	return true
}

func segmentWord(p string) bool {
	if len(p) == 1 {
		return p == "i" || p == "2" || p == "4"
	}
	k := squeeze(p)
	return lex.entries[k] != nil || commonWords[k]
}
