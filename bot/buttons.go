package bot

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Button data is a short, versionless string "<kind>:<field>:<day>:<value>":
//
//	c:mood:20261125:6      a check-in answer for the local day 2026-11-25
//	o:consent::yes         an onboarding answer (day empty)
//	p:3:20261125:2         PHQ-9 item 3 (1-based; 10 = difficulty) answered 2
//	x:delete::yes          a confirmation
//	s:edit::3              a safety-plan step (see plan.go)
//	t:tell::k1a2b3         a trusted-person answer (see trusted.go)
//
// It is data the person's client sends back and may be old or forged, so
// DecodeButton checks its shape and the handlers check its meaning.

// ButtonData is decoded button data.
type ButtonData struct {
	Kind  byte   // 'c' check-in, 'o' onboarding, 'p' PHQ-9, 'x' confirmation, 'n' note, 's' plan, 't' trusted
	Field string // item name, PHQ-9 item number, or action
	Day   string // "YYYY-MM-DD" or ""
	Value string
}

// EncodeButton builds button data; it is always ≤ 64 bytes for the fields checkin uses.
func EncodeButton(d ButtonData) string {
	day := strings.ReplaceAll(d.Day, "-", "")
	return string(d.Kind) + ":" + d.Field + ":" + day + ":" + d.Value
}

// DecodeButton parses button data, reporting false for anything malformed.
func DecodeButton(s string) (ButtonData, bool) {
	if len(s) > 64 || !utf8.ValidString(s) {
		return ButtonData{}, false
	}
	parts := strings.Split(s, ":")
	if len(parts) != 4 || len(parts[0]) != 1 || !strings.Contains("copxnst", parts[0]) {
		return ButtonData{}, false
	}
	d := ButtonData{Kind: parts[0][0], Field: parts[1], Value: parts[3]}
	if d.Field == "" || len(d.Field) > 16 || len(d.Value) > 16 {
		return ButtonData{}, false
	}
	if day := parts[2]; day != "" {
		if len(day) != 8 {
			return ButtonData{}, false
		}
		if _, err := strconv.Atoi(day); err != nil {
			return ButtonData{}, false
		}
		d.Day = day[:4] + "-" + day[4:6] + "-" + day[6:]
		if _, err := parseDay(d.Day); err != nil {
			return ButtonData{}, false
		}
	}
	return d, true
}
