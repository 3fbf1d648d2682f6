// Package importer reads the histories people bring from elsewhere:
// checkin's own CSV export, Daylio's CSV export and eMoods' CSV export. It
// turns each into one store.Checkin per day on checkin's own scales (the
// mappings are in docs/IMPORT.md) and says, row by row, what it could not
// use and why. It stores nothing: `checkin import` decides what is kept.
package importer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/checkin-bot/checkin/store"
)

// Formats lists the formats Parse reads.
var Formats = []string{"checkin", "daylio", "emoods"}

// Problem is a row Parse could not use, or used only in part.
type Problem struct {
	Line   int // in the file, the header being line 1
	Reason string
}

func (p Problem) String() string { return fmt.Sprintf(lineWord, p.Line, p.Reason) }

// Result is what a file holds: its days, oldest first, one per day, and
// every problem met on the way.
type Result struct {
	Days     []store.Checkin
	Problems []Problem
}

// maxRows bounds a file: ten thousand days is more than twenty-seven years.
const maxRows = 10000

// ErrFormat is returned for a file that is not the format asked for.
var ErrFormat = errors.New("importer: not a file of that format")

// Parse reads a whole file of the given format.
func Parse(format string, r io.Reader) (Result, error) {
	var p parser
	switch format {
	case "checkin":
		p = parseCheckin
	case "daylio":
		p = parseDaylio
	case "emoods":
		p = parseEmoods
	default:
		return Result{}, fmt.Errorf(errUnknownFormat, format, strings.Join(Formats, ", "))
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return Result{}, fmt.Errorf(errNoHeader, err)
	}
	cols := columns(header)
	var res Result
	days := map[string]*dayAcc{}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			res.Problems = append(res.Problems, Problem{line, fmt.Sprintf(reasonUnreadable, err)})
			continue
		}
		if line > maxRows+1 {
			return Result{}, fmt.Errorf(errTooLong, maxRows)
		}
		if blank(rec) {
			continue
		}
		if err := p(cols, rec, line, days, &res); err != nil {
			return Result{}, err
		}
	}
	for _, a := range days {
		res.Days = append(res.Days, a.checkin())
	}
	slices.SortFunc(res.Days, func(a, b store.Checkin) int { return strings.Compare(a.Day, b.Day) })
	slices.SortStableFunc(res.Problems, func(a, b Problem) int { return a.Line - b.Line })
	return res, nil
}

// parser reads one row into days; an error stops the whole file.
type parser func(cols map[string]int, rec []string, line int, days map[string]*dayAcc, res *Result) error

// columns maps each header name, lower-cased and trimmed (a byte-order
// mark too), to its index.
func columns(header []string) map[string]int {
	m := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := m[h]; !dup {
			m[h] = i
		}
	}
	return m
}

// cell is the trimmed value of the first of names present in the header.
func cell(cols map[string]int, rec []string, names ...string) (string, bool) {
	for _, n := range names {
		if i, ok := cols[n]; ok {
			if i < len(rec) {
				return strings.TrimSpace(rec[i]), true
			}
			return "", true
		}
	}
	return "", false
}

func has(cols map[string]int, names ...string) bool {
	for _, n := range names {
		if _, ok := cols[n]; ok {
			return true
		}
	}
	return false
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
