// Package crisis holds the crisis lines checkin shows: a default table by
// country, embedded from lines.yaml, which an operator can override or
// extend in the config file, and the user-facing texts built from it
// (text_en.go).
//
// The table is data, not code, because numbers change: each country names
// its source and the date it was last checked, and Validate refuses an
// entry without them.
package crisis

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

// DefaultYAML is the default table as shipped, comments included, so that
// the example config can show exactly what it overrides.
//
//go:embed lines.yaml
var DefaultYAML []byte

// Line is one service: a helpline, a text line, a chat.
type Line struct {
	Name      string   `yaml:"name"`
	Call      []string `yaml:"call,omitempty"`
	Text      string   `yaml:"text,omitempty"` // what to send where: "HOME to 741741", or a number
	Chat      string   `yaml:"chat,omitempty"` // a URL
	WhatsApp  string   `yaml:"whatsapp,omitempty"`
	Hours     string   `yaml:"hours,omitempty"`
	Languages string   `yaml:"languages,omitempty"`
	Notes     string   `yaml:"notes,omitempty"` // for operators; not shown to users
}

// Country is the entry for one ISO 3166-1 alpha-2 code.
//
// An entry is either verified (every number was found on the service's own
// site or a government page on the Verified date) or marked confirmed:
// false with the date it was last Checked. Users are told the difference:
// an unconfirmed entry is shown with the international directory beside it
// and a plain word that the numbers may have changed, because a wrong
// crisis number is worse than none.
type Country struct {
	Name      string `yaml:"name"`
	Emergency string `yaml:"emergency"` // read as "call <emergency> now"
	Lines     []Line `yaml:"lines"`
	Notes     string `yaml:"notes,omitempty"` // for operators; not shown to users
	Source    string `yaml:"source"`          // the service's own site
	// Verified is the date (YYYY-MM-DD) every number was last confirmed
	// from a primary source.
	Verified string `yaml:"verified,omitempty"`
	// Confirmed is false for an entry whose numbers could not be confirmed
	// from a primary source; such an entry has Checked and Notes instead of
	// Verified. Left out, an entry counts as confirmed and needs Verified.
	Confirmed *bool `yaml:"confirmed,omitempty"`
	// Checked is the date (YYYY-MM-DD) an unconfirmed entry was last reviewed.
	Checked string `yaml:"checked,omitempty"`
}

// IsConfirmed reports whether every number of the entry was confirmed from
// a primary source; an unconfirmed entry is shown with the directory.
func (c Country) IsConfirmed() bool {
	return c.Verified != "" && (c.Confirmed == nil || *c.Confirmed)
}

// Directory is the international fallback for a country not in the table.
type Directory struct {
	Name string `yaml:"name"`
	URL  string `yaml:"url"`
}

// Table is the whole set of crisis lines.
type Table struct {
	Fallback  Directory          `yaml:"fallback"`
	Countries map[string]Country `yaml:"countries"`
}

var defaultTable = sync.OnceValue(func() Table {
	var t Table
	dec := yaml.NewDecoder(bytes.NewReader(DefaultYAML))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		panic(fmt.Sprintf("crisis: embedded lines.yaml: %v", err))
	}
	if err := t.Validate(); err != nil {
		panic(fmt.Sprintf("crisis: embedded lines.yaml: %v", err))
	}
	return t
})

// Default returns the table shipped with checkin. Each call returns a
// fresh copy, so callers may change it freely.
func Default() Table { return defaultTable().clone() }

func (t Table) clone() Table {
	out := Table{Fallback: t.Fallback, Countries: make(map[string]Country, len(t.Countries))}
	for k, c := range t.Countries {
		c.Lines = slices.Clone(c.Lines)
		for i := range c.Lines {
			c.Lines[i].Call = slices.Clone(c.Lines[i].Call)
		}
		if c.Confirmed != nil {
			confirmed := *c.Confirmed
			c.Confirmed = &confirmed
		}
		out.Countries[k] = c
	}
	return out
}

// Merge returns t with over applied: a country in over replaces t's entry
// for that code as a whole (so an operator's entry never inherits a stale
// number), other countries are kept, and a fallback in over replaces t's.
func (t Table) Merge(over Table) Table {
	out := t.clone()
	if over.Fallback != (Directory{}) {
		out.Fallback = over.Fallback
	}
	for k, c := range over.clone().Countries {
		out.Countries[k] = c
	}
	return out
}

// For returns the entry for a country code, in any case ("gb", " GB ").
func (t Table) For(code string) (Country, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		return Country{}, false
	}
	c, ok := t.Countries[code]
	return c, ok
}

var isoCode = regexp.MustCompile(`^[A-Z]{2}$`)

// Validate checks every entry and reports all problems at once, each naming
// the config key, e.g. "crisis_lines.countries.XX.verified: ...".
func (t Table) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("crisis_lines.%s: "+format, append([]any{key}, args...)...))
	}
	if strings.TrimSpace(t.Fallback.Name) == "" {
		bad("fallback.name", "required: the international directory shown when a country has no entry")
	}
	if !webURL(t.Fallback.URL) {
		bad("fallback.url", "want an http(s) URL, got %q", t.Fallback.URL)
	}
	for _, code := range slices.Sorted(maps.Keys(t.Countries)) {
		c := t.Countries[code]
		key := "countries." + code
		if !isoCode.MatchString(code) {
			bad(key, "key must be an ISO 3166-1 alpha-2 code in upper case, such as %q", "GB")
		}
		reachable := false
		for i, l := range c.Lines {
			lkey := fmt.Sprintf("%s.lines[%d]", key, i)
			if strings.TrimSpace(l.Name) == "" {
				bad(lkey+".name", "required")
			}
			if slices.ContainsFunc(l.Call, func(n string) bool { return strings.TrimSpace(n) == "" }) {
				bad(lkey+".call", "has an empty number")
			}
			if l.Chat != "" && !webURL(l.Chat) {
				bad(lkey+".chat", "want an http(s) URL, got %q", l.Chat)
			}
			has := len(l.Call) > 0 || l.Text != "" || l.Chat != ""
			if !has && l.WhatsApp == "" {
				bad(lkey, "needs at least one of call, text, chat or whatsapp")
			}
			reachable = reachable || has
		}
		switch {
		case len(c.Lines) == 0 && strings.TrimSpace(c.Notes) == "":
			bad(key, "needs at least one line with call, text or chat, or notes saying why none is listed")
		case len(c.Lines) > 0 && !reachable:
			bad(key, "needs at least one line with call, text or chat")
		}
		if strings.TrimSpace(c.Emergency) == "" {
			bad(key+".emergency", "required: the number to call in an emergency, such as %q", "112")
		}
		if !webURL(c.Source) {
			bad(key+".source", "want the http(s) address of the service's own page, got %q", c.Source)
		}
		errs = append(errs, c.validateStatus(key)...)
	}
	return errors.Join(errs...)
}

// validateStatus checks that an entry says plainly whether its numbers were
// confirmed: verified with a date, or confirmed: false with the date it was
// checked and notes on what is known.
func (c Country) validateStatus(key string) []error {
	var errs []error
	bad := func(k, format string, args ...any) {
		errs = append(errs, fmt.Errorf("crisis_lines.%s: "+format, append([]any{key + k}, args...)...))
	}
	date := func(s string) bool { _, err := time.Parse(time.DateOnly, s); return err == nil }
	if c.Confirmed != nil && !*c.Confirmed {
		if c.Verified != "" {
			bad(".verified", "an entry with confirmed: false has no verified date; give the date it was checked as checked")
		}
		if !date(c.Checked) {
			bad(".checked", "want the date the unconfirmed entry was last checked, like 2026-11-01, got %q", c.Checked)
		}
		if strings.TrimSpace(c.Notes) == "" {
			bad(".notes", "required with confirmed: false: say what could not be confirmed and where the numbers come from")
		}
		return errs
	}
	if c.Checked != "" {
		bad(".checked", "only for an entry with confirmed: false; a confirmed entry has verified")
	}
	switch {
	case c.Verified == "":
		bad(".verified", "want the date the entry was last checked, like 2026-11-01, got %q"+
			" (or mark it confirmed: false with checked: DATE and notes if its numbers were not confirmed from a primary source)", c.Verified)
	case !date(c.Verified):
		bad(".verified", "want the date the entry was last checked, like 2026-11-01, got %q", c.Verified)
	}
	return errs
}

func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}
