// Package hostile reads checkin's corpus of hostile inputs
// (bot/testdata/hostile.txt), so the core's and each adapter's tests can
// drive the same messages.
package hostile

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Msg is one corpus entry: typed text, or button data.
type Msg struct {
	Line   int
	Text   string
	Data   string
	IsData bool
}

func (m Msg) String() string {
	s := m.Text
	if m.IsData {
		s = "data " + m.Data
	}
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return "line " + strconv.Itoa(m.Line) + ": " + strconv.Quote(s)
}

// generated are the corpus's 64 KB texts, made here to keep the file small.
func generated(name string) (string, bool) {
	const size = 64 * 1024
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)+1)[:size] }
	switch name {
	case "64k-a":
		return fill("a"), true
	case "64k-emoji":
		return strings.Repeat("😀", size/4), true
	case "64k-words":
		return fill("lorem ipsum dolor "), true
	case "64k-digits":
		return fill("9"), true
	case "64k-mood":
		return fill("mood 5, slept 7h, "), true
	case "64k-invalid":
		return fill("\xff\xfe"), true
	case "64k-nul":
		return fill("\x00"), true
	case "64k-zero-width":
		return strings.Repeat("\u200b", size/3), true
	case "64k-newlines":
		return fill("mood 6\n"), true
	case "64k-rtl":
		return strings.Repeat("\u202eמצב רוח ", size/16), true
	}
	return "", false
}

// Load reads the corpus at path (see its header for the notation).
func Load(path string) ([]Msg, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	var out []Msg
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := Msg{Line: n}
		var err error
		switch {
		case strings.HasPrefix(line, "q:"):
			m.Text, err = strconv.Unquote(line[2:])
		case strings.HasPrefix(line, "dq:"):
			m.Data, err = strconv.Unquote(line[3:])
			m.IsData = true
		case strings.HasPrefix(line, "d:"):
			m.Data, m.IsData = line[2:], true
		case strings.HasPrefix(line, "gen:"):
			g, ok := generated(line[4:])
			if !ok {
				return nil, fmt.Errorf("corpus line %d: no generator %q", n, line[4:])
			}
			m.Text = g
		default:
			m.Text = line
		}
		if err != nil {
			return nil, fmt.Errorf("corpus line %d: not a Go string: %w", n, err)
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	return out, nil
}
