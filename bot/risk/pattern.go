package risk

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

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

// compile parses one pattern, registering its words in lx.
func compile(lx *lexicon, src string) ([]node, error) {
	for _, name := range macroNames() {
		src = strings.ReplaceAll(src, "@"+name, macros[name])
	}
	if strings.Contains(src, "@") {
		return nil, fmt.Errorf("unknown macro")
	}
	p := &parser{s: src, lx: lx}
	seq, err := p.seq(false)
	if err != nil {
		return nil, err
	}
	if p.i < len(p.s) {
		return nil, fmt.Errorf("unexpected %q at %d", p.s[p.i], p.i)
	}
	if len(seq) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	if k := seq[0].kind; k == nGap || k == nNotNext {
		return nil, fmt.Errorf("a pattern cannot start with a gap or '!'")
	}
	if seq[len(seq)-1].kind == nGap {
		return nil, fmt.Errorf("a pattern cannot end with a gap")
	}
	if _, empty := firstOf(seq); empty {
		return nil, fmt.Errorf("pattern can match nothing")
	}
	if nesting(seq) > maxNesting {
		return nil, fmt.Errorf("groups nest deeper than %d", maxNesting)
	}
	return seq, nil
}

func nesting(seq []node) int {
	deepest := 0
	for _, n := range seq {
		for _, alt := range n.alts {
			deepest = max(deepest, 1+nesting(alt))
		}
	}
	return deepest
}

// macroNames lists macro names longest first, so that "@pills" is never
// read as "@pill" followed by "s".
func macroNames() []string {
	names := make([]string, 0, len(macros))
	for n := range macros {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return names
}

type parser struct {
	s  string
	i  int
	lx *lexicon
}

func (p *parser) seq(inGroup bool) ([]node, error) {
	var seq []node
	for {
		for p.i < len(p.s) && p.s[p.i] == ' ' {
			p.i++
		}
		if p.i >= len(p.s) || (inGroup && (p.s[p.i] == '|' || p.s[p.i] == ')')) {
			return seq, nil
		}
		if p.s[p.i] == '(' {
			p.i++
			n, err := p.group()
			if err != nil {
				return nil, err
			}
			seq = append(seq, n)
			continue
		}
		start := p.i
		for p.i < len(p.s) && !strings.ContainsRune(" ()", rune(p.s[p.i])) && !(inGroup && p.s[p.i] == '|') {
			p.i++
		}
		n, err := p.atom(p.s[start:p.i], len(seq) == 0)
		if err != nil {
			return nil, err
		}
		seq = append(seq, n)
	}
}

// group parses "(a b|c|d)?" after the '('. One-word alternatives are folded
// into one slot, and a group of one-word alternatives becomes a plain slot.
func (p *parser) group() (node, error) {
	g := node{kind: nGroup}
	var words []string
	for {
		alt, err := p.seq(true)
		if err != nil {
			return node{}, err
		}
		switch {
		case len(alt) == 0:
			return node{}, fmt.Errorf("empty alternative at %d", p.i)
		case len(alt) == 1 && alt[0].kind == nWord:
			words = append(words, alt[0].words...)
		default:
			g.alts = append(g.alts, alt)
		}
		if p.i >= len(p.s) {
			return node{}, fmt.Errorf("unclosed '('")
		}
		p.i++
		if p.s[p.i-1] == ')' {
			break
		}
	}
	if p.i < len(p.s) && p.s[p.i] == '?' {
		p.i++
		g.opt = true
	}
	if len(words) > 0 {
		w, err := p.atom(strings.Join(words, "|"), false)
		if err != nil {
			return node{}, err
		}
		if len(g.alts) == 0 {
			if g.opt {
				w.kind = nOpt
			}
			return w, nil
		}
		g.alts = append([][]node{{w}}, g.alts...)
	}
	return g, nil
}

func (p *parser) atom(atom string, first bool) (node, error) {
	var n node
	switch {
	case atom == "*":
		return node{kind: nGap, max: 3}, nil
	case atom[0] == '*':
		v, err := strconv.Atoi(atom[1:])
		if err != nil || v < 1 || v > 8 {
			return node{}, fmt.Errorf("bad gap %q", atom)
		}
		return node{kind: nGap, max: v}, nil
	case atom[0] == '!':
		n = node{kind: nNotNext, words: strings.Split(atom[1:], "|")}
	case atom[0] == '<':
		if !first {
			return node{}, fmt.Errorf("%q: '<' only at the start", atom)
		}
		n = node{kind: nNotPrev, words: strings.Split(atom[1:], "|")}
	case strings.HasSuffix(atom, "?"):
		n = node{kind: nOpt, words: strings.Split(strings.TrimSuffix(atom, "?"), "|")}
	default:
		n = node{kind: nWord, words: strings.Split(atom, "|")}
	}
	for _, w := range n.words {
		bare := strings.TrimSuffix(strings.TrimPrefix(w, "="), "*")
		if bare == "" {
			return node{}, fmt.Errorf("empty word in %q", atom)
		}
		if exp, ok := expansions[squeeze(bare)]; ok && (len(exp) != 1 || exp[0] != squeeze(bare)) {
			return node{}, fmt.Errorf("%q is expanded in messages; write %q", w, strings.Join(exp, " "))
		}
		n.set = n.set.add(p.lx.add(w))
	}
	return n, nil
}
