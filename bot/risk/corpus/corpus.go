// Package corpus reads the risk detector's labelled lines and scores the
// detector against them: recall per risk category, false alarms per
// harmless category. The test in bot/risk and `go run ./bot/risk/cmd/riskcorpus`
// print the same table.
//
// A corpus file holds one line per message, "category<TAB>text", with an
// optional "  # note" after the text (not part of it) and '#' comment lines.
// The category says whether the line is risk and what the detector must
// say about it; see Categories.
package corpus

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Want is what the detector must report for a line of a category.
type Want uint8

const (
	// Harmless lines must not start the crisis reply.
	Harmless Want = iota
	// Caught lines must start it, at any level.
	Caught
	// Urgent lines must start it with the emergency number first (level plan).
	Urgent
	// Gentle lines must start it at the lowest level (passive): a past,
	// resolved struggle is answered, softly.
	Gentle
)

// Category is one kind of corpus line.
type Category struct {
	Name string
	Want Want
	Doc  string
}

// Categories lists every category in the order the table prints them.
var Categories = []Category{
	{"passive", Caught, "wishing to be dead or gone, hedged and softened wishes"},
	{"active", Caught, "stated thoughts of or wish for suicide, death as the only way out"},
	{"plan", Urgent, "a plan, a time, a decision, research, feeling unsafe"},
	{"means", Urgent, "a means or a place with first-person thought or intent"},
	{"farewell", Urgent, "goodbyes, letters, giving things away, not being around"},
	{"selfharm", Caught, "self-harm, past and present tense, urges, relapse"},
	{"obfuscated", Caught, "typos, letter repeats, leetspeak, run-together words, emoji"},
	{"embedded", Caught, "risk inside a check-in reply that also carries values"},
	{"past", Gentle, "a past struggle said to be over: answered gently"},
	{"negated", Harmless, "negations without another cue"},
	{"idiom", Harmless, "idioms and hyperbole: dying to, killing it, dead tired"},
	{"thirdparty", Harmless, "someone else's words or death"},
	{"media", Harmless, "films, books, songs, news, prevention work"},
	{"accident", Harmless, "accidental injuries"},
	{"medication", Harmless, "taking, missing or changing medication"},
	{"everyday", Harmless, "ordinary check-in talk with risk-like words"},
}

// Lookup returns the category called name.
func Lookup(name string) (Category, bool) {
	for _, c := range Categories {
		if c.Name == name {
			return c, true
		}
	}
	return Category{}, false
}

// Line is one labelled message.
type Line struct {
	File     string
	Line     int
	Category Category
	Text     string
}

// ReadFile reads a corpus file.
func ReadFile(path string) ([]Line, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads corpus lines from r; name is used in errors and in Line.File.
func Read(r io.Reader, name string) ([]Line, error) {
	var out []Line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		if strings.HasPrefix(raw, "#") || strings.TrimSpace(raw) == "" {
			continue
		}
		label, text, ok := strings.Cut(raw, "\t")
		if !ok {
			return nil, fmt.Errorf("corpus: %s:%d: no tab between the category and the text", name, n)
		}
		c, ok := Lookup(label)
		if !ok {
			return nil, fmt.Errorf("corpus: %s:%d: unknown category %q", name, n, label)
		}
		if i := strings.Index(text, "  # "); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" {
			return nil, fmt.Errorf("corpus: %s:%d: no text", name, n)
		}
		out = append(out, Line{File: name, Line: n, Category: c, Text: text})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: reading %s: %w", name, err)
	}
	return out, nil
}
