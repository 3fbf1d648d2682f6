// Package crisis holds crisis lines by country as data: a default table
// embedded from lines.yaml, which an operator's config overrides and
// extends, plus the texts that show them. Numbers change, so every entry
// carries its source and the date it was last verified.
package crisis

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Line is one service.
type Line struct {
	Name      string   `yaml:"name"`
	Call      []string `yaml:"call,omitempty"`
	Text      string   `yaml:"text,omitempty"`
	Chat      string   `yaml:"chat,omitempty"`
	WhatsApp  string   `yaml:"whatsapp,omitempty"`
	Hours     string   `yaml:"hours,omitempty"`
	Languages string   `yaml:"languages,omitempty"`
	Notes     string   `yaml:"notes,omitempty"`
}

// Country is one country's entry.
type Country struct {
	Name      string `yaml:"name"`
	Emergency string `yaml:"emergency"`
	Lines     []Line `yaml:"lines"`
	Notes     string `yaml:"notes,omitempty"`
	Source    string `yaml:"source"`
	Verified  string `yaml:"verified"` // YYYY-MM-DD
}

// Directory is the international fallback for an unknown country.
type Directory struct {
	Name string `yaml:"name"`
	URL  string `yaml:"url"`
}

// Table is the whole crisis-line table.
type Table struct {
	Fallback  Directory          `yaml:"fallback"`
	Countries map[string]Country `yaml:"countries"`
}

// DefaultYAML is the built-in table, shown also in config.example.yaml.
//
//go:embed lines.yaml
var DefaultYAML []byte

// Default is the built-in table.
func Default() Table {
	var t Table
	if err := yaml.Unmarshal(DefaultYAML, &t); err != nil {
		panic("crisis: built-in lines.yaml is broken: " + err.Error())
	}
	return t
}

// Merge lays an operator's table over t: a country given in over replaces
// t's entry whole, new countries are added, and a fallback with a URL
// replaces t's.
func (t Table) Merge(over Table) Table {
	out := Table{Fallback: t.Fallback, Countries: make(map[string]Country, len(t.Countries)+len(over.Countries))}
	for k, v := range t.Countries {
		out.Countries[k] = v
	}
	for k, v := range over.Countries {
		out.Countries[strings.ToUpper(k)] = v
	}
	if over.Fallback.URL != "" {
		out.Fallback = over.Fallback
	}
	return out
}

var codeRE = regexp.MustCompile(`^[A-Z]{2}$`)

// Validate checks every entry; messages name the key.
func (t Table) Validate() error {
	var errs []error
	if t.Fallback.URL == "" || t.Fallback.Name == "" {
		errs = append(errs, errors.New("crisis_lines.fallback: needs a name and a url (an international directory such as https://findahelpline.com)"))
	}
	codes := make([]string, 0, len(t.Countries))
	for k := range t.Countries {
		codes = append(codes, k)
	}
	sort.Strings(codes)
	for _, k := range codes {
		c := t.Countries[k]
		key := "crisis_lines.countries." + k
		if !codeRE.MatchString(k) {
			errs = append(errs, fmt.Errorf("%s: the key must be a two-letter country code in capitals, such as GB", key))
		}
		if c.Emergency == "" {
			errs = append(errs, fmt.Errorf("%s.emergency: empty; give the emergency number", key))
		}
		if c.Source == "" {
			errs = append(errs, fmt.Errorf("%s.source: empty; say where the numbers come from (the service's own page)", key))
		}
		if _, err := time.Parse("2006-01-02", c.Verified); err != nil {
			errs = append(errs, fmt.Errorf("%s.verified: %q; give the date you last checked the numbers as YYYY-MM-DD", key, c.Verified))
		}
		if len(c.Lines) == 0 {
			errs = append(errs, fmt.Errorf("%s.lines: empty; list at least one line", key))
		}
		for i, l := range c.Lines {
			if l.Name == "" || (len(l.Call) == 0 && l.Text == "" && l.Chat == "" && l.WhatsApp == "") {
				errs = append(errs, fmt.Errorf("%s.lines[%d]: needs a name and a call, text, chat or whatsapp contact", key, i))
			}
		}
	}
	return errors.Join(errs...)
}

// For returns a country's entry.
func (t Table) For(code string) (Country, bool) {
	c, ok := t.Countries[strings.ToUpper(code)]
	return c, ok
}
