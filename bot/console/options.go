package console

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/checkin-bot/checkin/bot"
)

// A choice row is shown one of two ways, and a typed number always means
// what is shown:
//
//   - a scale, where every label that starts with a digit starts with the
//     value itself ("7", "7 h", "2 · More than half the days"): shown as
//     "[0] [1] … [10]", and typing 7 presses the button labelled 7;
//   - anything else ("8:30 am", "Yes", "Skip"): shown as "1) … 2) …", and
//     typing 2 presses option 2, never a value the core might read in it.
//
// Words are pressed by typing the label too ("skip", "mostly").

// keyLabel is a label that starts with its own value: "7", "12 h", "0 · Not at all".
var keyLabel = regexp.MustCompile(`^(\d+)(?:\s+\D.*)?$`)

// options are the buttons last shown, flattened in reading order, with the
// rows kept for display.
type options struct {
	rows [][]bot.Button
	keys map[int]string // typed value → data, for a scale; nil when numbered
}

func newOptions(rows [][]bot.Button) *options {
	var flat []bot.Button
	for _, r := range rows {
		flat = append(flat, r...)
	}
	if len(flat) == 0 {
		return nil
	}
	o := &options{rows: rows}
	keys := map[int]string{}
	for _, b := range flat {
		if b.Label == "" || !unicode.IsDigit(rune(b.Label[0])) {
			continue
		}
		m := keyLabel.FindStringSubmatch(b.Label)
		if m == nil {
			return o // "8:30 am": numbered
		}
		n, err := strconv.Atoi(m[1])
		if _, dup := keys[n]; err != nil || dup {
			return o
		}
		keys[n] = b.Data
	}
	if len(keys) > 0 {
		o.keys = keys
	}
	return o
}

func (o *options) flat() []bot.Button {
	var out []bot.Button
	for _, r := range o.rows {
		out = append(out, r...)
	}
	return out
}

// pick maps a typed line to a button's data. A number outside the options
// is not a press: it goes to the core as text, as a value or time.
func (o *options) pick(line string) (string, bool) {
	if o == nil {
		return "", false
	}
	flat := o.flat()
	if n, err := strconv.Atoi(line); err == nil {
		if o.keys != nil {
			d, ok := o.keys[n]
			return d, ok
		}
		if n >= 1 && n <= len(flat) {
			return flat[n-1].Data, true
		}
		return "", false
	}
	want := normLabel(line)
	for _, b := range flat {
		if want != "" && normLabel(b.Label) == want {
			return b.Data, true
		}
	}
	return "", false
}

// normLabel compares labels the way a person types them: case, spaces and
// leading symbols aside.
func normLabel(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// render shows the options one row a line, with how to answer.
func (o *options) render() string {
	var sb strings.Builder
	i, words := 0, false
	for _, row := range o.rows {
		if len(row) == 0 {
			continue
		}
		var parts []string
		for _, b := range row {
			i++
			if o.keys != nil {
				if !keyLabel.MatchString(b.Label) {
					words = true
				}
				parts = append(parts, "["+b.Label+"]")
				continue
			}
			parts = append(parts, fmt.Sprintf("%d) %s", i, b.Label))
		}
		sep := "   "
		if o.keys != nil {
			sep = " "
		}
		sb.WriteString("  " + strings.Join(parts, sep) + "\n")
	}
	switch {
	case o.keys == nil:
		sb.WriteString("  " + txtTypeNumber)
	case words:
		sb.WriteString("  " + txtTypeValueOrWord)
	default:
		sb.WriteString("  " + txtTypeValue)
	}
	return sb.String()
}
