package risk

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// kind says what a rule's match means to the verdict.
type kind uint8

const (
	kRisk     kind = iota // risk language at rule.level
	kIdiom                // a known harmless use; cancels risk matches it overlaps
	kCue                  // plain distress ("hopeless", "can't do this anymore"); see verdict
	kSoftCue              // milder distress ("i'm done", "so low"); see verdict
	kPast                 // speaks of the past ("years ago", "used to")
	kResolved             // says it is over ("been well", "clean for")
	kPresent              // brings it to now ("again", "lately", "tonight")
	kPlanCtx              // timing or readiness that turns a means word into a plan
	kMoving               // moving house or decluttering: giving things away is not a goodbye
	kSame                 // the person says it of themselves too ("so do i", "me too")
)

// rule is one family of phrases with the same meaning. id is what Detect
// reports; it names the family, never the words matched.
type rule struct {
	id      string
	level   Level
	kind    kind
	third   bool // a third-person subject right before cancels it ("my friend is suicidal")
	fixed   bool // negation does not cancel it ("i'm not going to end it tonight" is still a plan)
	mention bool // can be a topic ("an article about self harm")
	context bool // a means word or vague goodbye: counts only when corroborated (see verdict)
	weak    bool // a context match that only risk language, a plan word or strong distress corroborates
	moving  bool // cancelled when the message is about moving house or decluttering
	other   bool // said of someone else: counts only when the person adds "so do i" (see sameAfter)
	pats    []string
}

var (
	lex      *lexicon
	patterns []pattern
	byAnchor [][]int32 // wordID → patterns whose anchor element holds it
)

func init() {
	buildExpansions()
	lex = newLexicon()
	buildFlags(lex)
	for k := range merges {
		first, _, _ := strings.Cut(k, " ")
		lex.entry(first).merge = true
	}
	for k, v := range expansions {
		lex.entry(k).expand = v
	}
	for _, group := range [][]rule{passiveRules, activeRules, planRules, selfHarmRules, foreignRules, meansRules, farewellRules, hedgedRules, contextRules, negRaiseRules, hopelessRules, hopelessIdioms, goodbyeRules, goodbyeIdioms} {
		for i := range group {
			r := &group[i]
			for _, src := range r.pats {
				seq, err := compile(lex, src)
				if err != nil {
					panic(fmt.Sprintf("risk: rule %s: %q: %v", r.id, src, err))
				}
				patterns = append(patterns, pattern{rule: r, seq: seq})
			}
		}
	}
	lex.finish()
	for w := range setOf(commonWordList) {
		commonWords[squeeze(w)] = true
	}
	var common bitset
	for w := range commonWords {
		if id, ok := lex.exact[w]; ok {
			common = common.add(id)
		}
	}
	byAnchor = make([][]int32, len(lex.words))
	for i := range patterns {
		p := &patterns[i]
		p.first, _ = firstOf(p.seq)
		p.span = maxSpan(p.seq)
		set := anchor(p.seq, common)
		if set == nil {
			set = p.first
		}
		for id := range lex.words {
			if set.has(wordID(id)) {
				byAnchor[id] = append(byAnchor[id], int32(i))
			}
		}
	}
}

// anchor picks, among the top-level slots a match cannot do without, the
// one a message is least likely to contain by chance, and returns its words
// (for a group, the words its alternatives can start with). Detect only
// tries a pattern when one of its anchor words is present, so a plain
// message tries almost nothing. nil means no usable slot.
func anchor(seq []node, common bitset) bitset {
	var best bitset
	bestScore := 0
	for i, n := range seq {
		var set bitset
		switch n.kind {
		case nWord:
			set = n.set
		case nGroup:
			if n.opt {
				continue
			}
			for _, alt := range n.alts {
				s, empty := firstOf(alt)
				if empty {
					set = nil
					break
				}
				set = set.union(s)
			}
		}
		if set == nil {
			continue
		}
		score := count(and(set, common))*1000 + count(set)*10 - i
		if best == nil || score < bestScore {
			best, bestScore = set, score
		}
	}
	return best
}

func and(a, b bitset) bitset {
	out := make(bitset, min(len(a), len(b)))
	for i := range out {
		out[i] = a[i] & b[i]
	}
	return out
}

func count(b bitset) int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

var commonWords = map[string]bool{}

// commonWords are frequent in ordinary messages and make poor anchors.
const commonWordList = ("i me my to not the a an it is am are and of in on for with be do does did want like just so " +
	"that this was were have has had all at up out off about no you your will would can could if what why how when " +
	"going get got feel really even ever never again still go but or as by from they he she we them his her our " +
	"there here now today make made take took give gave know think thought one some any every more much very too " +
	"who where which than then time day way life people everyone nobody someone anyone back down over into after " +
	"before because well need wish hope ready try trying tried last first done good bad")

type match struct {
	r          *rule
	start, end int
}

// Detect reports the most urgent risk language in s. It never panics, reads
// at most the first maxRunes runes, and is safe for concurrent use: all its
// tables are built at init and only read afterwards.
//
// A message the rules find nothing in is read once more without its
// softeners and intensifiers ("death would honestly be a relief", "i
// kinda just want it to stop"): people hedge in endless ways, and a word
// like "honestly" between two words of a phrase must not hide it. The
// second reading only adds: negations, subjects and quotation marks stay.
func Detect(s string) Result {
	r := detect(s)
	if r.Risk() {
		return r
	}
	if plain, ok := dropSofteners(Normalize(s)); ok {
		return detect(plain)
	}
	return r
}

// softeners are words that colour a statement without changing what it
// says, as the second reading drops them.
var softeners = map[string]bool{
	"honestly": true, "really": true, "actually": true, "literally": true,
	"kinda": true, "sorta": true, "basically": true, "seriously": true, "genuinely": true,
	"truly": true, "totally": true, "completely": true, "probably": true, "tbh": true,
	"ngl": true, "lowkey": true, "highkey": true, "fr": true, "frfr": true, "simply": true,
	"definitely": true, "very": true, "pretty": true, "quite": true,
	"rly": true, "srsly": true, "deadass": true, "lately": true, "sometimes": true,
}

// dropSofteners removes the softeners from normalized text and reports
// whether any were there. Most messages hold none, and those cost no
// allocation here.
func dropSofteners(n string) (string, bool) {
	found := false
	for w := range strings.FieldsSeq(n) {
		if softeners[w] {
			found = true
			break
		}
	}
	if !found {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(n))
	for w := range strings.FieldsSeq(n) {
		if softeners[w] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String(), true
}

func detect(s string) Result {
	var tbuf [48]token
	var qbuf [8]int
	toks, quotes := tokenize(Normalize(s), tbuf[:0], qbuf[:0])
	// Every match holds one of its pattern's anchor words, so it starts at
	// most span-1 tokens before one: list (pattern, anchor position) pairs
	// and try only those windows.
	var cbuf [256]uint64
	cands := cbuf[:0]
	for i := range toks {
		for _, id := range toks[i].ids {
			for _, pi := range byAnchor[id] {
				cands = append(cands, uint64(pi)<<32|uint64(i))
			}
		}
	}
	slices.Sort(cands)
	var buf [32]match
	ms := buf[:0]
	last, scanned := -1, -1
	for _, c := range cands {
		pi, pos := int(c>>32), int(uint32(c))
		p := &patterns[pi]
		if pi != last {
			last, scanned = pi, -1
		}
		for i := max(scanned+1, pos-p.span+1, 0); i <= pos; i++ {
			if !toks[i].in(p.first) {
				continue
			}
			if end := p.match(toks, i); end >= 0 {
				ms = append(ms, match{r: p.rule, start: i, end: end})
			}
		}
		scanned = pos
	}
	return verdict(toks, quotes, ms)
}
