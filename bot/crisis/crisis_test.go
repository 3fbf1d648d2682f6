package crisis

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

func TestDefaultIsValid(t *testing.T) {
	d := Default()
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	want := []string{"US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "IT", "NL", "IN", "BR", "JP", "ZA"}
	if len(d.Countries) != len(want) {
		t.Errorf("default table has %d countries, want %d", len(d.Countries), len(want))
	}
	for _, code := range want {
		c, ok := d.For(code)
		switch {
		case !ok:
			t.Errorf("%s missing", code)
		case c.Verified != "2026-11-01":
			t.Errorf("%s verified %q, want the date the table was gathered", code, c.Verified)
		case !strings.HasPrefix(c.Source, "https://"):
			t.Errorf("%s source %q is not an https URL", code, c.Source)
		case c.Emergency == "" || c.Name == "":
			t.Errorf("%s lacks a name or an emergency number", code)
		}
	}
	if d.Fallback != (Directory{Name: "Find A Helpline", URL: "https://findahelpline.com"}) {
		t.Errorf("fallback = %+v", d.Fallback)
	}
}

// TestDefaultNumbers checks the shipped numbers against a second copy typed
// from the source table, so a slip in lines.yaml cannot pass unnoticed.
func TestDefaultNumbers(t *testing.T) {
	type contact struct{ call, text, whatsapp string }
	want := map[string][]contact{
		"US": {{call: "988", text: "988"}, {text: "HOME to 741741"}},
		"CA": {{call: "988", text: "988"}},
		"GB": {{call: "116 123"}, {text: "SHOUT to 85258"}, {call: "111"}},
		"IE": {{call: "116 123"}, {text: "TALK to 50808"}},
		"AU": {{call: "13 11 14", text: "0477 13 11 14"}},
		"NZ": {{call: "1737", text: "1737"}, {call: "0800 543 354", text: "HELP to 4357"}, {call: "0508 828 865 (0508 TAUTOKO)"}},
		"DE": {{call: "0800 111 0 111|0800 111 0 222|116 123"}},
		"FR": {{call: "3114"}},
		"ES": {{call: "024"}, {call: "717 003 717"}},
		"IT": {{call: "02 2327 2327", whatsapp: "324 011 7252"}},
		"NL": {{call: "113|0800-0113"}},
		"IN": {{call: "14416|1-800-891-4416"}},
		"BR": {{call: "188"}},
		"JP": {{call: "0120-279-338"}, {call: "0570-783-556 (10:00-22:00)|0120-783-556 (16:00-21:00; 24h on the 10th)"}, {call: "0570-064-556"}},
		"ZA": {{call: "0800 567 567"}, {text: "31393"}, {whatsapp: "087 163 2030"}},
	}
	d := Default()
	for code, lines := range want {
		c, _ := d.For(code)
		var got []contact
		for _, l := range c.Lines {
			got = append(got, contact{call: strings.Join(l.Call, "|"), text: l.Text, whatsapp: l.WhatsApp})
		}
		if diff := cmp.Diff(lines, got, cmp.AllowUnexported(contact{})); diff != "" {
			t.Errorf("%s numbers differ (-want +got):\n%s", code, diff)
		}
	}
}

// TestRetiredLinesAbsent guards the source table's warnings.
func TestRetiredLinesAbsent(t *testing.T) {
	d := Default()
	for code, c := range d.Countries {
		for _, l := range c.Lines {
			shown := strings.ToLower(strings.Join(append(l.Call, l.Name, l.Text, l.Chat, l.WhatsApp, l.Hours), " "))
			if strings.Contains(shown, "press 3") {
				t.Errorf("%s: %q lists the ended 988 press-3 option", code, l.Name)
			}
			if l.Name == "Samaritans" && (l.Text != "" || l.WhatsApp != "") {
				t.Errorf("%s: Samaritans listed with a text line; it was retired in 2020", code)
			}
			if strings.Contains(l.Name, "Pieta") || strings.Contains(l.Name, "Call Back") {
				t.Errorf("%s: %q was not confirmed against a primary source", code, l.Name)
			}
		}
	}
	for _, code := range []string{"IE", "AU"} {
		if c, _ := d.For(code); !strings.Contains(c.Notes, "NEEDS CONFIRMATION") {
			t.Errorf("%s notes lost the unconfirmed entries", code)
		}
	}
}

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
	a := Default()
	a.Countries["US"].Lines[0].Call[0] = "000"
	delete(a.Countries, "GB")
	b := Default()
	if b.Countries["US"].Lines[0].Call[0] != "988" || len(b.Countries) != 15 {
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
	tests := []struct {
		name string
		edit func(*Table)
		want []string
	}{
		{"lower-case key", func(tb *Table) { tb.Countries["gb"] = good() }, []string{"crisis_lines.countries.gb: key must be"}},
		{"three letters", func(tb *Table) { tb.Countries["GBR"] = good() }, []string{"crisis_lines.countries.GBR: key must be"}},
		{"no lines", func(tb *Table) { c := good(); c.Lines = nil; tb.Countries["XA"] = c },
			[]string{"crisis_lines.countries.XA: needs at least one line with call, text or chat"}},
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
