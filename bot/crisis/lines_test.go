package crisis

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// required are the countries the default table must cover: every EU member
// state and the others checkin's users most often live in.
var required = strings.Fields(`AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE
	GB US CA MX BR AR CL CO IN JP KR PH SG AU NZ ZA NG KE TR IL AE NO CH IS UA`)

func TestDefaultCoversRequiredCountries(t *testing.T) {
	d := Default()
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(d.Countries) < 40 {
		t.Errorf("default table has %d countries, want at least 40", len(d.Countries))
	}
	for _, code := range required {
		if _, ok := d.For(code); !ok {
			t.Errorf("%s missing from the default table", code)
		}
	}
	if d.Fallback != (Directory{Name: "Find A Helpline", URL: "https://findahelpline.com"}) {
		t.Errorf("fallback = %+v", d.Fallback)
	}
}

// contact is what a user dials or texts, as a second copy typed from the
// review notes, so that a slip in lines.yaml cannot pass unnoticed.
type contact struct{ call, text, whatsapp string }

// wantNumbers is every shipped line, in order, and whether the entry was
// confirmed from a primary source.
var wantNumbers = map[string]struct {
	confirmed bool
	lines     []contact
}{
	"US": {true, []contact{{call: "988", text: "988"}}},
	"CA": {true, []contact{{call: "988", text: "988"}}},
	"MX": {false, []contact{{call: "800 911 2000"}}},
	"GB": {true, []contact{{call: "116 123"}, {text: "SHOUT to 85258"}, {call: "111"}}},
	"IE": {true, []contact{{call: "116 123"}}},
	"AT": {true, []contact{{call: "142"}}},
	"BE": {true, []contact{{call: "1813"}, {call: "0800 32 123"}}},
	"BG": {false, nil},
	"HR": {false, nil},
	"CY": {false, nil},
	"CZ": {false, []contact{{call: "116 123"}}},
	"DK": {false, []contact{{call: "70 201 201"}}},
	"EE": {true, []contact{{call: "116 123"}}},
	"FI": {true, []contact{{call: "09 2525 0111"}}},
	"FR": {true, []contact{{call: "3114"}}},
	"DE": {true, []contact{{call: "0800 111 0 111|0800 111 0 222"}}},
	"GR": {false, []contact{{call: "1018"}}},
	"HU": {false, []contact{{call: "116 123"}}},
	"IT": {false, []contact{{call: "02 2327 2327", whatsapp: "324 011 7252"}}},
	"LV": {false, []contact{{call: "116 123"}}},
	"LT": {false, []contact{{call: "116 123"}, {call: "8 800 28888"}}},
	"LU": {false, []contact{{call: "45 45 45"}}},
	"MT": {false, []contact{{call: "1579"}}},
	"NL": {true, []contact{{call: "113|0800-0113"}}},
	"PL": {false, []contact{{call: "800 70 2222"}}},
	"PT": {false, []contact{{call: "1411"}, {call: "213 544 545|912 802 669|963 524 660"}}},
	"RO": {false, nil},
	"SK": {false, []contact{{call: "0800 800 566"}}},
	"SI": {true, []contact{{call: "116 123"}}},
	"ES": {false, []contact{{call: "024"}}},
	"SE": {true, []contact{{call: "90101"}}},
	"IS": {true, []contact{{call: "1717"}}},
	"NO": {false, []contact{{call: "116 123"}, {call: "22 40 00 40"}}},
	"CH": {true, []contact{{call: "143"}}},
	"UA": {true, []contact{{call: "7333"}}},
	"AR": {false, []contact{{call: "0800 999 0091"}, {call: "135 (Buenos Aires area)|(011) 5275-1135"}}},
	"BR": {false, []contact{{call: "188"}}},
	"CL": {false, []contact{{call: "*4141"}}},
	"CO": {true, []contact{{call: "106", whatsapp: "300 754 8933"}}},
	"AU": {true, []contact{{call: "13 11 14"}}},
	"NZ": {true, []contact{{call: "1737", text: "1737"}}},
	"IN": {false, []contact{{call: "14416|1-800-891-4416"}}},
	"JP": {false, []contact{{call: "0120-279-338"}, {call: "0570-783-556 (10:00-22:00)"}}},
	"KR": {true, []contact{{call: "109"}}},
	"PH": {false, []contact{{call: "1553|0917 899 8727"}}},
	"SG": {false, []contact{{call: "1767", whatsapp: "9151 1767"}, {call: "1771"}}},
	"ZA": {false, []contact{{call: "0800 567 567"}, {text: "31393"}, {whatsapp: "087 163 2030"}}},
	"NG": {false, []contact{{call: "0800 078 7746"}}},
	"KE": {false, []contact{{call: "1199"}, {call: "0722 178 177"}}},
	"TR": {false, nil},
	"IL": {false, []contact{{call: "1201"}}},
	"AE": {false, []contact{{call: "800 4673"}}},
}

func TestDefaultNumbers(t *testing.T) {
	d := Default()
	if len(d.Countries) != len(wantNumbers) {
		t.Errorf("default table has %d countries, the typed copy %d: add the new one to both", len(d.Countries), len(wantNumbers))
	}
	for code, want := range wantNumbers {
		c, ok := d.For(code)
		if !ok {
			t.Errorf("%s missing", code)
			continue
		}
		if c.IsConfirmed() != want.confirmed {
			t.Errorf("%s confirmed = %v, want %v", code, c.IsConfirmed(), want.confirmed)
		}
		var got []contact
		for _, l := range c.Lines {
			got = append(got, contact{call: strings.Join(l.Call, "|"), text: l.Text, whatsapp: l.WhatsApp})
		}
		if diff := cmp.Diff(want.lines, got, cmp.AllowUnexported(contact{})); diff != "" {
			t.Errorf("%s numbers differ (-want +got):\n%s", code, diff)
		}
	}
}

var (
	// A number as people dial it: digits with spaces or dashes, maybe a
	// leading + or * (Chile's *4141), maybe a note in brackets after it or
	// an area code in brackets before it.
	dialable = regexp.MustCompile(`^(\(\d+\) )?[+*]?\d[\d -]*\d( \([^()]+\))?$`)
	// What to text: a number, or a keyword to a number.
	textable = regexp.MustCompile(`^([A-Z]+ to )?\d[\d ]*\d$`)
	digit    = regexp.MustCompile(`\d`)
	noLine   = regexp.MustCompile(`(?i)no (national )?24/7 line`)
)

// TestEntryShape checks every shipped entry the way a reviewer would: a
// name, an emergency number, numbers that can be dialled, an https source,
// a date and a plain mark of whether it was confirmed, and a 24/7 line or
// notes saying there is none.
func TestEntryShape(t *testing.T) {
	d := Default()
	for _, code := range sortedCodes(d) {
		c := d.Countries[code]
		t.Run(code, func(t *testing.T) {
			if strings.TrimSpace(c.Name) == "" || !digit.MatchString(c.Emergency) {
				t.Errorf("name %q, emergency %q: want a name and an emergency number", c.Name, c.Emergency)
			}
			if !strings.HasPrefix(c.Source, "https://") {
				t.Errorf("source %q is not an https address", c.Source)
			}
			switch {
			case c.IsConfirmed() && (c.Checked != "" || c.Verified != "2026-12-03"):
				t.Errorf("confirmed entry: verified %q, checked %q; want verified on the review date only", c.Verified, c.Checked)
			case !c.IsConfirmed() && (c.Verified != "" || c.Checked != "2026-12-03" || !strings.Contains(c.Notes, "NOT CONFIRMED")):
				t.Errorf("unconfirmed entry: verified %q, checked %q; want checked on the review date and notes starting NOT CONFIRMED", c.Verified, c.Checked)
			}
			if strings.TrimSpace(c.Notes) == "" {
				t.Error("notes must say where the numbers were confirmed, or what is known")
			}
			has247 := false
			for _, l := range c.Lines {
				for _, n := range l.Call {
					if !dialable.MatchString(n) {
						t.Errorf("%s: call %q is not a number as people dial it", l.Name, n)
					}
				}
				if l.Text != "" && !textable.MatchString(l.Text) {
					t.Errorf("%s: text %q is not a number or KEYWORD to a number", l.Name, l.Text)
				}
				if l.WhatsApp != "" && !dialable.MatchString(l.WhatsApp) {
					t.Errorf("%s: whatsapp %q is not a number", l.Name, l.WhatsApp)
				}
				if l.Chat != "" && !strings.HasPrefix(l.Chat, "https://") {
					t.Errorf("%s: chat %q is not an https address", l.Name, l.Chat)
				}
				has247 = has247 || l.Hours == "24/7"
			}
			if !has247 && !noLine.MatchString(c.Notes) {
				t.Errorf("no line is 24/7 and the notes do not say there is no 24/7 line")
			}
		})
	}
}

// TestRetiredLinesAbsent guards the warnings in the table's header.
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
			if c.IsConfirmed() && (strings.Contains(l.Name, "Pieta") || strings.Contains(l.Name, "Call Back")) {
				t.Errorf("%s: %q was not confirmed against a primary source", code, l.Name)
			}
		}
	}
	for _, code := range []string{"IE", "AU", "NZ"} {
		if c, _ := d.For(code); !strings.Contains(c.Notes, "NEEDS CONFIRMATION") {
			t.Errorf("%s notes lost the lines that need confirmation", code)
		}
	}
}

// TestEveryOnboardingCountry walks the country list people choose from at
// onboarding: each either gets its own lines or falls back visibly to the
// international directory, never to an empty list.
func TestEveryOnboardingCountry(t *testing.T) {
	d := Default()
	codes := onboardingCodes(t)
	if len(codes) < 200 {
		t.Fatalf("read %d codes from the onboarding list, want the whole list", len(codes))
	}
	for code := range d.Countries {
		if !slices.Contains(codes, code) {
			t.Errorf("%s is in the table but not in the onboarding list, so nobody can choose it", code)
		}
	}
	for _, code := range codes {
		c, ok := d.For(code)
		for _, msg := range []string{d.Acute(code, false), d.Acute(code, true), d.Help(code)} {
			switch {
			case !ok:
				if !strings.Contains(msg, d.Fallback.URL) || !strings.Contains(msg, localEmergency) {
					t.Errorf("%s (no entry) does not fall back to the directory and the local emergency number:\n%s", code, msg)
				}
			default:
				if !strings.Contains(msg, c.Emergency) {
					t.Errorf("%s: reply lacks the emergency number %q:\n%s", code, c.Emergency, msg)
				}
				for _, l := range c.Lines {
					if !strings.Contains(msg, formatLine(l)) {
						t.Errorf("%s: reply lacks %q:\n%s", code, l.Name, msg)
					}
				}
				if (len(c.Lines) == 0 || !c.IsConfirmed()) && !strings.Contains(msg, d.Fallback.URL) {
					t.Errorf("%s (unconfirmed or no lines) does not show the directory:\n%s", code, msg)
				}
			}
		}
	}
}

// TestUnconfirmedSaysSo checks the wording users see beside unconfirmed
// lines, and that confirmed lines are not hedged.
func TestUnconfirmedSaysSo(t *testing.T) {
	d := Default()
	const hedge = "may have changed"
	for code, c := range d.Countries {
		got := d.Lines(code)
		switch {
		case len(c.Lines) == 0:
			if got != d.directory() {
				t.Errorf("%s (no lines) = %q, want the directory", code, got)
			}
		case c.IsConfirmed():
			if strings.Contains(got, hedge) {
				t.Errorf("%s is confirmed but says %q:\n%s", code, hedge, got)
			}
		default:
			want := "\nThese numbers could not be checked recently and may have changed. If one doesn't work, Find A Helpline lists other helplines: https://findahelpline.com"
			if !strings.HasSuffix(got, want) {
				t.Errorf("%s is unconfirmed; Lines does not end with the hedge and the directory:\n%s", code, got)
			}
		}
	}
}

// onboardingCodes reads bot/parse/countries.txt, the list onboarding offers.
func onboardingCodes(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("../parse/countries.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var codes []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, _, _ := strings.Cut(line, "\t")
		codes = append(codes, code)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return codes
}

func sortedCodes(d Table) []string {
	var out []string
	for code := range d.Countries {
		out = append(out, code)
	}
	slices.Sort(out)
	return out
}
