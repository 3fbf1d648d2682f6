package risk

// wordID numbers the distinct words used by patterns.
type wordID = uint16

// bitset is a set of wordIDs; a pattern element holds one.
type bitset []uint64

func (b bitset) has(id wordID) bool {
	i := int(id >> 6)
	return i < len(b) && b[i]&(1<<(id&63)) != 0
}

func (b bitset) add(id wordID) bitset {
	for int(id>>6) >= len(b) {
		b = append(b, 0)
	}
	b[id>>6] |= 1 << (id & 63)
	return b
}

// fuzz says how far a message word may be from a pattern word and still count.
type fuzz uint8

const (
	fuzzNone      fuzz = iota
	fuzzTranspose      // 4–5 letters: two neighbouring letters swapped ("wnat")
	fuzzOne            // 6+ letters: one letter added, dropped, changed or swapped ("suicdal")
)

// lexicon holds every word the patterns use and finds which of them a message
// word counts as: the word itself, a stem it starts with ("unaliv*"), or a
// typo one edit away. Typos are found with a symmetric-deletion index, so a
// lookup costs a handful of map probes, not a scan of the vocabulary.
type lexicon struct {
	exact     map[string]wordID
	stems     map[string]wordID
	stemLens  []int
	words     []string
	fuzz      []fuzz
	deletions map[string][]wordID
	entries   map[string]*entry // everything known about a message word, in one lookup
}

// entry is what the lexicon knows about one message word.
type entry struct {
	key    string   // the word itself, so tokens share this string
	ids    []wordID // pattern words it counts as (when final)
	final  bool     // ids are complete: no stem or typo search needed
	flags  tokFlag
	expand []string // contraction or shorthand to expand ("dont" → "do not")
	merge  bool     // may join the next word ("my self")
}

// noTypo lists pattern words one edit away from an ordinary word that fits
// the same phrase ("putting myself first" is one letter from "cutting
// myself"); they match only as spelled (after squeezing).
var noTypo = func() map[string]bool {
	m := map[string]bool{}
	for w := range setOf("hitting cutting burning burned harming slapping killing killed ending taking saving " +
		"hanging hanged shooting driving carving injuring injure beating living giving hoping coping roping gassing " +
		"stepping leaping slitting yeeting setting planned tracks wounds downed") {
		m[squeeze(w)] = true
	}
	return m
}()

func newLexicon() *lexicon {
	return &lexicon{
		exact: map[string]wordID{}, stems: map[string]wordID{}, deletions: map[string][]wordID{},
		entries: map[string]*entry{},
	}
}

func (l *lexicon) entry(k string) *entry {
	e := l.entries[k]
	if e == nil {
		e = &entry{key: k}
		l.entries[k] = e
	}
	return e
}

// add registers a pattern word and returns its id. "=word" never matches a
// typo; "stem*" matches any word starting with stem.
func (l *lexicon) add(w string) wordID {
	exactOnly := len(w) > 1 && w[0] == '='
	if exactOnly {
		w = w[1:]
	}
	if n := len(w); n > 3 && w[n-1] == '*' {
		k := squeeze(w[:n-1])
		if id, ok := l.stems[k]; ok {
			return id
		}
		id := l.newWord(k, fuzzNone)
		l.stems[k] = id
		return id
	}
	k := squeeze(w)
	exactOnly = exactOnly || noTypo[k]
	if id, ok := l.exact[k]; ok {
		if exactOnly {
			l.fuzz[id] = fuzzNone
		}
		return id
	}
	f := fuzzNone
	switch n := len(k); {
	case exactOnly || !asciiLetters(k):
	case n >= 6:
		f = fuzzOne
	case n >= 4:
		f = fuzzTranspose
	}
	id := l.newWord(k, f)
	l.exact[k] = id
	return id
}

func (l *lexicon) newWord(k string, f fuzz) wordID {
	if len(l.words) >= 1<<16-1 {
		panic("risk: too many pattern words")
	}
	l.words = append(l.words, k)
	l.fuzz = append(l.fuzz, f)
	return wordID(len(l.words) - 1)
}

// finish builds the typo index and the per-word id lists once every
// pattern word is known.
func (l *lexicon) finish() {
	seen := map[int]bool{}
	for k := range l.stems {
		if !seen[len(k)] {
			seen[len(k)] = true
			l.stemLens = append(l.stemLens, len(k))
		}
	}
	for id, w := range l.words {
		if l.fuzz[id] == fuzzNone {
			continue
		}
		l.deletions[w] = appendID(l.deletions[w], wordID(id))
		for i := range len(w) {
			d := w[:i] + w[i+1:]
			l.deletions[d] = appendID(l.deletions[d], wordID(id))
		}
	}
	for k, id := range l.exact {
		e := l.entry(k)
		e.ids, e.final = append([]wordID{id}, l.stemIDs([]byte(k), nil)...), true
	}
	for k := range setOf(plainWords) {
		if k = squeeze(k); l.entries[k] == nil || !l.entries[k].final {
			e := l.entry(k)
			e.ids, e.final = l.stemIDs([]byte(k), nil), true
		}
	}
}

// plainWords are frequent words in check-ins that are never a typo of a
// pattern word; knowing them skips the typo search for most of a message.
const plainWords = "the and that have with this from they will would there their what about which when make like " +
	"time just know take into year good some could them other than then look only come over also back after work " +
	"first well even because these give most today tired sleep slept sleeping feel felt feeling pretty really " +
	"again morning night week weekend day days better worse okay fine great work working home family friend " +
	"friends went going been were was had has did does done said much many more less little bit lot lots " +
	"tomorrow yesterday evening afternoon hours hour minutes coffee dinner lunch breakfast walk walked run " +
	"gym meeting meetings school class exam boss mood anxious anxiety stressed stress busy lazy heavy flat " +
	"happy sad low down bed woke waking early late still kind sort thing things stuff right maybe though " +
	"through where while being doing having getting made think thought want wanted need needed should " +
	"shouldnt couldnt wouldnt cant dont didnt doesnt isnt wasnt im ive youre thats theres whats honestly " +
	"actually literally basically probably definitely anyway everything nothing something anything always " +
	"never sometimes usually today tonight meds pills medication therapist therapy doctor appointment " +
	"deadline deadlines lifeline harmless killer killers delivery deliver delivered livestream lively"

func appendID(ids []wordID, id wordID) []wordID {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// known returns the token for a word produced by an expansion or merge.
func (l *lexicon) known(k string) token {
	if e := l.entries[k]; e != nil {
		if e.final {
			return token{key: e.key, ids: e.ids, flags: e.flags}
		}
		t := l.search([]byte(k))
		t.key, t.flags = e.key, e.flags
		return t
	}
	t := l.search([]byte(k))
	t.key = k
	return t
}

// search finds the pattern words an unfamiliar word counts as: stems it
// starts with, and typos one edit away.
func (l *lexicon) search(k []byte) token {
	var t token
	t.ids = l.stemIDs(k, nil)
	if len(k) >= 4 && len(k) <= 32 && asciiLetters(k) {
		t.ids = l.typoIDs(k, t.ids)
	}
	return t
}

func (l *lexicon) stemIDs(k []byte, ids []wordID) []wordID {
	for _, n := range l.stemLens {
		if n <= len(k) {
			if id, ok := l.stems[string(k[:n])]; ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// typoIDs finds pattern words within the allowed edit of k.
func (l *lexicon) typoIDs(k []byte, ids []wordID) []wordID {
	check := func(cands []wordID) {
		for _, id := range cands {
			if within(k, l.words[id], l.fuzz[id]) {
				ids = appendID(ids, id)
			}
		}
	}
	check(l.deletions[string(k)])
	var buf [32]byte
	for i := range len(k) {
		n := copy(buf[:], k[:i])
		n += copy(buf[n:], k[i+1:])
		check(l.deletions[string(buf[:n])])
	}
	return ids
}

// within reports whether a (from a message) is within the allowed edit of
// w (a pattern word): optimal string alignment distance ≤ 1, or for short
// words only a swap of two neighbouring letters.
func within(a []byte, w string, f fuzz) bool {
	switch f {
	case fuzzTranspose:
		return len(a) == len(w) && oneSwap(a, w)
	case fuzzOne:
		if len(a) < 5 {
			return false
		}
		switch len(a) - len(w) {
		case 0:
			diff := 0
			for i := range len(a) {
				if a[i] != w[i] {
					diff++
				}
			}
			return diff <= 1 || oneSwap(a, w)
		case 1:
			return oneDeletion(a, []byte(w))
		case -1:
			return oneDeletion([]byte(w), a)
		}
	}
	return false
}

func oneSwap(a []byte, w string) bool {
	for i := 0; i+1 < len(a); i++ {
		if a[i] != w[i] {
			return a[i] == w[i+1] && a[i+1] == w[i] && string(a[i+2:]) == w[i+2:]
		}
	}
	return false
}

// oneDeletion reports whether deleting one byte of long gives short.
func oneDeletion(long, short []byte) bool {
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return string(long[i+1:]) == string(short[i:])
}

func asciiLetters[S string | []byte](s S) bool {
	for i := range len(s) {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return len(s) > 0
}
