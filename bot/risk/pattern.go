package risk

// Patterns are written in a small notation so the phrase lists read like
// the language they catch:
//
//	want|wish to die      one word from each slot, in order
//	really?               an optional word
//	(end it|end things)   a group of alternative word sequences; (…)? is optional
//	*  *5                 skip up to 3 (or 5) words
//	!than                 the next word must not be "than" (or the message ends)
//	<accidentally         first only: the word before the match must not be this
//	=living               never matched by a typo ("loving", "giving")
//	unaliv*               any word starting with "unaliv"
//	@time                 a macro from the macros table
//
// Words are written in full ("do not", never "dont"): message words are
// expanded before matching, and compile rejects a contraction in a pattern.

type nodeKind uint8

const (
	nWord nodeKind = iota
	nOpt
	nGap
	nNotNext
	nNotPrev
	nGroup
)

type node struct {
	kind  nodeKind
	words []string // as written, for nWord, nOpt, nNotNext, nNotPrev
	set   bitset
	max   int      // nGap
	alts  [][]node // nGroup
	opt   bool     // nGroup: may match nothing
}

type pattern struct {
	rule  *rule
	seq   []node
	first bitset // words a match can start on
	span  int    // the most tokens a match can cover
}

// maxNesting bounds how deeply groups may nest, so the matcher's
// continuation stack can live in a fixed array (no allocation per match).
const maxNesting = 6

// matcher holds the state of one match attempt. conts is a stack of what
// remains to match after each open group: the rest of the enclosing
// sequence, innermost last.
type matcher struct {
	start int
	conts [maxNesting][]node
	depth int
}

// match reports where a match of p starting at toks[start] ends, or -1.
func (p *pattern) match(toks []token, start int) int {
	m := matcher{start: start}
	return m.seq(toks, p.seq, start)
}

// seq matches seq at toks[pos:]. toks is passed rather than kept in m so
// that the caller's token buffer can stay on its stack.
func (m *matcher) seq(toks []token, seq []node, pos int) int {
	for ; len(seq) > 0; seq = seq[1:] {
		n := &seq[0]
		switch n.kind {
		case nWord:
			if pos >= len(toks) || !toks[pos].in(n.set) {
				return -1
			}
			pos++
		case nOpt:
			if pos < len(toks) && toks[pos].in(n.set) {
				if end := m.seq(toks, seq[1:], pos+1); end >= 0 {
					return end
				}
			}
		case nGap:
			for skip := 0; skip <= n.max && pos+skip <= len(toks); skip++ {
				if end := m.seq(toks, seq[1:], pos+skip); end >= 0 {
					return end
				}
			}
			return -1
		case nNotNext:
			if pos < len(toks) && toks[pos].in(n.set) {
				return -1
			}
		case nNotPrev:
			if m.start > 0 && toks[m.start-1].in(n.set) {
				return -1
			}
		case nGroup:
			m.conts[m.depth] = seq[1:]
			m.depth++
			for _, alt := range n.alts {
				if end := m.seq(toks, alt, pos); end >= 0 {
					m.depth--
					return end
				}
			}
			m.depth--
			if !n.opt {
				return -1
			}
		}
	}
	if m.depth == 0 {
		return pos
	}
	// The group's alternative is done: carry on with what follows the group.
	// A group inside rest reuses this slot, so restore it afterwards.
	m.depth--
	rest := m.conts[m.depth]
	end := m.seq(toks, rest, pos)
	m.conts[m.depth] = rest
	m.depth++
	return end
}

// firstOf returns the words a match of seq can start on, and whether seq
// can match nothing at all.
func firstOf(seq []node) (bitset, bool) {
	var set bitset
	for _, n := range seq {
		switch n.kind {
		case nWord:
			return set.union(n.set), false
		case nOpt:
			set = set.union(n.set)
		case nGroup:
			empty := n.opt
			for _, alt := range n.alts {
				s, e := firstOf(alt)
				set = set.union(s)
				empty = empty || e
			}
			if !empty {
				return set, false
			}
		case nGap:
			return nil, false // a gap at the start is rejected by compile
		}
	}
	return set, true
}

func (b bitset) union(o bitset) bitset {
	for i, w := range o {
		for len(b) <= i {
			b = append(b, 0)
		}
		b[i] |= w
	}
	return b
}

// maxSpan is the most tokens a match of seq can cover.
func maxSpan(seq []node) int {
	n := 0
	for _, nd := range seq {
		switch nd.kind {
		case nWord, nOpt:
			n++
		case nGap:
			n += nd.max
		case nGroup:
			longest := 0
			for _, alt := range nd.alts {
				longest = max(longest, maxSpan(alt))
			}
			n += longest
		}
	}
	return n
}
