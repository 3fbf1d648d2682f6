package crisis

import (
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestDefaultTableIsValidAndComplete(t *testing.T) {
	tb := Default()
	if err := tb.Validate(); err != nil {
		t.Fatal(err)
	}
	// Every country of the shared, sourced table must be present.
	raw, err := os.ReadFile("../../../shared/safety/crisis_lines.yaml")
	if err != nil {
		t.Skipf("shared table not found: %v", err)
	}
	var shared struct {
		Countries map[string]any `yaml:"countries"`
	}
	if err := yaml.Unmarshal(raw, &shared); err != nil {
		t.Fatal(err)
	}
	for code := range shared.Countries {
		if _, ok := tb.For(code); !ok {
			t.Errorf("default table lacks %s", code)
		}
	}
}

func TestRetiredServicesAreNotListed(t *testing.T) {
	data, err := yaml.Marshal(Default()) // the data, not the comments that warn about them
	if err != nil {
		t.Fatal(err)
	}
	all := string(data)
	for _, gone := range []string{"press 3", "07725 909090", "jo@samaritans"} {
		if strings.Contains(strings.ToLower(all), strings.ToLower(gone)) {
			t.Errorf("default table lists retired service %q", gone)
		}
	}
}

func TestAcuteText(t *testing.T) {
	tb := Default()
	tests := []struct {
		code, want string
		urgent     bool
	}{
		{"US", "988", false},
		{"GB", "116 123", false},
		{"DE", "0800 111 0 111", true},
		{"", "findahelpline.com", false},
		{"XX", "findahelpline.com", true},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			got := tb.Acute(tt.code, tt.urgent)
			if !strings.Contains(got, tt.want) {
				t.Fatalf("Acute(%s) lacks %q:\n%s", tt.code, tt.want, got)
			}
			lines := strings.Index(got, tt.want)
			emergency := strings.Index(got, "emergency")
			if tt.urgent && !strings.HasPrefix(got, "If you might act") {
				t.Errorf("urgent reply must lead with the emergency number:\n%s", got)
			}
			if !tt.urgent && emergency >= 0 && emergency < lines {
				t.Errorf("crisis lines must come before the emergency line:\n%s", got)
			}
			for _, must := range []string{"automated program", "someone you trust"} {
				if !strings.Contains(got, must) {
					t.Errorf("reply lacks %q", must)
				}
			}
			for _, never := range []string{"diagnos", "confidential", "I understand exactly"} {
				if strings.Contains(got, never) {
					t.Errorf("reply must not say %q", never)
				}
			}
		})
	}
}

func TestMergeReplacesAndExtends(t *testing.T) {
	over := Table{Countries: map[string]Country{
		"de": {Name: "Germany", Emergency: "112", Source: "https://example.org", Verified: "2026-11-20",
			Lines: []Line{{Name: "Local line", Call: []string{"0800 000"}}}},
		"PT": {Name: "Portugal", Emergency: "112", Source: "https://example.pt", Verified: "2026-11-20",
			Lines: []Line{{Name: "SOS Voz Amiga", Call: []string{"213 544 545"}}}},
	}}
	m := Default().Merge(over)
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	if c, _ := m.For("DE"); len(c.Lines) != 1 || c.Lines[0].Name != "Local line" {
		t.Errorf("DE not replaced: %+v", c)
	}
	if _, ok := m.For("PT"); !ok {
		t.Error("PT not added")
	}
	if _, ok := m.For("US"); !ok {
		t.Error("US lost in merge")
	}
}

func TestValidateNamesTheKey(t *testing.T) {
	tb := Default().Merge(Table{Countries: map[string]Country{"PT": {Name: "Portugal", Lines: []Line{{Name: "x"}}}}})
	err := tb.Validate()
	if err == nil {
		t.Fatal("incomplete entry accepted")
	}
	for _, want := range []string{"crisis_lines.countries.PT.source", "crisis_lines.countries.PT.verified", "crisis_lines.countries.PT.lines[0]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
}
