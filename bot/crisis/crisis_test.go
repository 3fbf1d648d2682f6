package crisis

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

func TestDefaultYAMLIsStrict(t *testing.T) {
	var tb Table
	dec := yaml.NewDecoder(bytes.NewReader(DefaultYAML))
	dec.KnownFields(true)
	if err := dec.Decode(&tb); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Default(), tb); diff != "" {
		t.Errorf("DefaultYAML and Default() differ:\n%s", diff)
	}
}

func TestDefaultReturnsACopy(t *testing.T) {
	n := len(Default().Countries)
	a := Default()
	a.Countries["US"].Lines[0].Call[0] = "000"
	delete(a.Countries, "GB")
	*a.Countries["PT"].Confirmed = true
	b := Default()
	if b.Countries["US"].Lines[0].Call[0] != "988" || len(b.Countries) != n || b.Countries["PT"].IsConfirmed() {
		t.Error("changing one Default() changed the next")
	}
}

func TestMerge(t *testing.T) {
	base := Default()
	over := Table{
		Fallback: Directory{Name: "Local directory", URL: "https://example.org/help"},
		Countries: map[string]Country{
			"GB": {Name: "United Kingdom", Emergency: "999", Source: "https://example.org/gb", Verified: "2027-01-02",
				Lines: []Line{{Name: "Our line", Call: []string{"0800 000 000"}}}},
			"PT": {Name: "Portugal", Emergency: "112", Source: "https://example.org/pt", Verified: "2027-01-02",
				Lines: []Line{{Name: "SOS Voz Amiga", Call: []string{"213 544 545"}}}},
		},
	}
	got := base.Merge(over)
	if err := got.Validate(); err != nil {
		t.Fatal(err)
	}
	if gb := got.Countries["GB"]; len(gb.Lines) != 1 || gb.Lines[0].Name != "Our line" {
		t.Errorf("GB was not replaced as a whole: %+v", gb.Lines)
	}
	if _, ok := got.For("pt"); !ok {
		t.Error("PT not added")
	}
	if got.Countries["US"].Lines[0].Call[0] != "988" {
		t.Error("US lost")
	}
	if got.Fallback.URL != "https://example.org/help" {
		t.Errorf("fallback not replaced: %+v", got.Fallback)
	}
	if base.Countries["GB"].Lines[0].Name != "Samaritans" || base.Fallback.Name != "Find A Helpline" {
		t.Error("Merge changed its receiver")
	}
	if kept := base.Merge(Table{}); kept.Fallback != base.Fallback || len(kept.Countries) != len(base.Countries) {
		t.Error("an empty override changed the table")
	}
}

func TestFor(t *testing.T) {
	d := Default()
	for _, code := range []string{"GB", "gb", " Gb "} {
		if c, ok := d.For(code); !ok || c.Name != "United Kingdom" {
			t.Errorf("For(%q) = %q, %v", code, c.Name, ok)
		}
	}
	for _, code := range []string{"", "XX", "U"} {
		if _, ok := d.For(code); ok {
			t.Errorf("For(%q) found an entry", code)
		}
	}
}

func TestValidate(t *testing.T) {
	good := func() Country {
		return Country{Name: "Testland", Emergency: "112", Source: "https://example.org", Verified: "2026-11-01",
			Lines: []Line{{Name: "Line", Call: []string{"123"}}}}
	}
	unconfirmed := func() Country {
		c := good()
		c.Verified, c.Confirmed, c.Checked, c.Notes = "", ptr(false), "2026-11-01", "Seen in the news only."
		return c
	}
	tests := []struct {
		name string
		edit func(*Table)
		want []string
	}{
		{"lower-case key", func(tb *Table) { tb.Countries["gb"] = good() }, []string{"crisis_lines.countries.gb: key must be"}},
		{"three letters", func(tb *Table) { tb.Countries["GBR"] = good() }, []string{"crisis_lines.countries.GBR: key must be"}},
		{"no lines and no notes", func(tb *Table) { c := good(); c.Lines = nil; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA: needs at least one line with call, text or chat, or notes saying why none is listed"}},
		{"whatsapp only", func(tb *Table) {
			c := good()
			c.Lines = []Line{{Name: "W", WhatsApp: "1"}}
			tb.Countries["XA"] = c
		}, []string{"crisis_lines.countries.XA: needs at least one line with call, text or chat"}},
		{"line without contact", func(tb *Table) { c := good(); c.Lines = append(c.Lines, Line{Name: "Empty"}); tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.lines[1]: needs at least one of"}},
		{"line without name", func(tb *Table) { c := good(); c.Lines[0].Name = ""; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.lines[0].name: required"}},
		{"empty number", func(tb *Table) { c := good(); c.Lines[0].Call = []string{" "}; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.lines[0].call: has an empty number"}},
		{"chat not a URL", func(tb *Table) { c := good(); c.Lines[0].Chat = "chat.example.org"; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.lines[0].chat: want an http(s) URL"}},
		{"no source", func(tb *Table) { c := good(); c.Source = ""; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.source: want the http(s) address"}},
		{"no verified", func(tb *Table) { c := good(); c.Verified = ""; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.verified: want the date"}},
		{"bad verified", func(tb *Table) { c := good(); c.Verified = "2026-11"; tb.Countries["XA"] = c },
			[]string{`crisis_lines.countries.XA.verified: want the date the entry was last checked, like 2026-11-01, got "2026-11"`}},
		{"no fallback", func(tb *Table) { tb.Fallback = Directory{} },
			[]string{"crisis_lines.fallback.name: required", "crisis_lines.fallback.url: want an http(s) URL"}},
		{"two problems at once", func(tb *Table) { c := good(); c.Source, c.Verified = "", ""; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.source", "crisis_lines.countries.XA.verified"}},
		{"no emergency number", func(tb *Table) { c := good(); c.Emergency = " "; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.emergency: required"}},
		{"unconfirmed without checked", func(tb *Table) { c := unconfirmed(); c.Checked = ""; tb.Countries["XA"] = c },
			[]string{`crisis_lines.countries.XA.checked: want the date the unconfirmed entry was last checked, like 2026-11-01, got ""`}},
		{"unconfirmed with a verified date", func(tb *Table) { c := unconfirmed(); c.Verified = "2026-11-01"; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.verified: an entry with confirmed: false has no verified date"}},
		{"unconfirmed without notes", func(tb *Table) { c := unconfirmed(); c.Notes = ""; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.notes: required with confirmed: false"}},
		{"checked on a confirmed entry", func(tb *Table) { c := good(); c.Checked = "2026-11-01"; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.checked: only for an entry with confirmed: false"}},
		{"confirmed: true without verified", func(tb *Table) { c := good(); c.Verified, c.Confirmed = "", ptr(true); tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA.verified: want the date", "or mark it confirmed: false"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := Default()
			tt.edit(&tb)
			err := tb.Validate()
			if err == nil {
				t.Fatal("Validate accepted a broken table")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// TestValidateAccepts covers the entries Validate must let through: each
// kind an operator may write.
func TestValidateAccepts(t *testing.T) {
	tests := map[string]Country{
		"verified": {Name: "Testland", Emergency: "112", Source: "https://example.org", Verified: "2026-11-01",
			Lines: []Line{{Name: "Line", Call: []string{"123"}}}},
		"verified, confirmed: true": {Name: "Testland", Emergency: "112", Source: "https://example.org", Verified: "2026-11-01",
			Confirmed: ptr(true), Lines: []Line{{Name: "Line", Text: "HELLO to 123"}}},
		"unconfirmed": {Name: "Testland", Emergency: "112", Source: "https://example.org", Confirmed: ptr(false),
			Checked: "2026-11-01", Notes: "News only.", Lines: []Line{{Name: "Line", Chat: "https://example.org/chat"}}},
		"no lines, notes say why": {Name: "Testland", Emergency: "112", Source: "https://example.org", Confirmed: ptr(false),
			Checked: "2026-11-01", Notes: "No line could be confirmed."},
	}
	for name, c := range tests {
		t.Run(name, func(t *testing.T) {
			tb := Default()
			tb.Countries["XA"] = c
			if err := tb.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }
