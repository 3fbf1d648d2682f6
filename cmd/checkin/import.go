package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/importer"
	"github.com/checkin-bot/checkin/bot/trend"
	"github.com/checkin-bot/checkin/store"
)

// cmdImport brings a person's history in from a CSV file: checkin's own
// export, Daylio's or eMoods'. A day already stored is kept as it is
// unless -force, which merges the file's values into it (a stored note is
// kept, the file's added). -dry-run prints the same without storing.
func cmdImport(ctx context.Context, args []string, stdout io.Writer, now func() time.Time) error {
	var who, format string
	var dry, force bool
	c, fs, err := loadWithFlags("import", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&who, "user", "", "the person, as PLATFORM:ID (e.g. telegram:123456)")
		fs.StringVar(&format, "format", "", "checkin, daylio or emoods")
		fs.BoolVar(&dry, "dry-run", false, "print what would be stored, store nothing")
		fs.BoolVar(&force, "force", false, "merge the file's values into days already stored")
	})
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("import: name the file to import, e.g. checkin import -config c.yaml -user telegram:1 -format daylio daylio.csv")
	}
	path := fs.Arg(0)
	if err := fs.Parse(fs.Args()[1:]); err != nil { // flags after the file
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("import: one file at a time (also got %q)", fs.Arg(0))
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	res, err := importer.Parse(format, f)
	if err != nil {
		return fmt.Errorf("import: %s: %w", path, err)
	}
	db, err := c.openExisting(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := userFlag(ctx, db, "import", who)
	if err != nil {
		return err
	}
	today := localToday(u, now())
	for _, p := range res.Problems {
		fmt.Fprintln(stdout, p)
	}
	stored, err := db.Checkins(ctx, u.ID, "", "")
	if err != nil {
		return err
	}
	have := make(map[string]store.Checkin, len(stored))
	for _, s := range stored {
		have[s.Day] = s
	}
	var n, kept, merged, future int
	for _, d := range res.Days {
		if d.Day > today {
			fmt.Fprintf(stdout, "%s skipped: after today (%s)\n", d.Day, today)
			future++
			continue
		}
		old, exists := have[d.Day]
		verb := "stored"
		if exists {
			if !force {
				fmt.Fprintf(stdout, "%s kept: already stored (-force merges the file's values in)\n", d.Day)
				kept++
				continue
			}
			d = merge(old, d)
			verb = "merged"
			merged++
		} else {
			n++
		}
		if dry {
			verb = "would be " + verb
		} else {
			d.UserID = u.ID
			if err := db.SaveCheckin(ctx, &d); err != nil {
				return fmt.Errorf("import: %w", err)
			}
		}
		have[d.Day] = d
		fmt.Fprintf(stdout, "%s %s: %s\n", d.Day, verb, describeDay(d))
	}
	would := ""
	if dry {
		would = "would be "
	}
	fmt.Fprintf(stdout, "%d new days %sstored, %d %smerged, %d kept as they were, %d after today skipped, %d rows with problems\n",
		n, would, merged, would, kept, future, len(res.Problems))
	// The trend engine keeps no state of its own: it judges from the stored
	// days, so what it knows now is rebuilt from them, imported days and all.
	all := make([]store.Checkin, 0, len(have))
	for _, d := range have {
		all = append(all, d)
	}
	last := ""
	for _, d := range all {
		last = max(last, d.Day)
	}
	if last == "" {
		return nil
	}
	fmt.Fprint(stdout, "\ntrend state from the stored days")
	if dry {
		fmt.Fprint(stdout, " with this file")
	}
	items, err := trendItems(ctx, db, c, u)
	if err != nil {
		return err
	}
	var flags []store.Flag
	for _, f := range trend.Replay(c.Trend, items, all, nil, "") {
		flags = append(flags, store.Flag{Rule: f.Rule, Day: f.Day})
	}
	printState(stdout, c.Trend, trend.Describe(c.Trend, items, last, sortedDays(all), flags))
	return nil
}

// merge lays the file's values over a stored day: every item the file
// has replaces the stored one, the others stay; a stored note is kept and
// the file's note added after it, so nothing written is lost.
func merge(old, in store.Checkin) store.Checkin {
	out := old
	if in.Mood != nil {
		out.Mood = in.Mood
	}
	if in.SleepHours != nil {
		out.SleepHours = in.SleepHours
	}
	if in.SleepQuality != nil {
		out.SleepQuality = in.SleepQuality
	}
	if in.Energy != nil {
		out.Energy = in.Energy
	}
	if in.Interest != nil {
		out.Interest = in.Interest
	}
	if in.MedTaken != nil {
		out.MedTaken = in.MedTaken
	}
	switch {
	case in.Note == "" || strings.Contains(old.Note, in.Note):
	case old.Note == "":
		out.Note = in.Note
	default:
		out.Note = old.Note + "\n" + in.Note
	}
	return out
}

// describeDay lists a day's values for the operator; a note is only said
// to be there, never printed.
func describeDay(d store.Checkin) string {
	var parts []string
	i := func(name string, p *int) {
		if p != nil {
			parts = append(parts, name+" "+strconv.Itoa(*p))
		}
	}
	i("mood", d.Mood)
	if d.SleepHours != nil {
		parts = append(parts, "sleep "+strconv.FormatFloat(*d.SleepHours, 'f', -1, 64)+" h")
	}
	i("sleep quality", d.SleepQuality)
	i("energy", d.Energy)
	i("interest", d.Interest)
	if d.MedTaken != nil {
		parts = append(parts, map[bool]string{true: "medication taken", false: "medication not taken"}[*d.MedTaken])
	}
	if d.Note != "" {
		parts = append(parts, "a note")
	}
	return strings.Join(parts, ", ")
}

func sortedDays(cs []store.Checkin) []store.Checkin {
	out := slices.Clone(cs)
	slices.SortFunc(out, func(a, b store.Checkin) int { return strings.Compare(a.Day, b.Day) })
	return out
}
