package risk

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

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
