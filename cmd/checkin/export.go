package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/report"
	"github.com/checkin-bot/checkin/store"
)

// cmdExport prints stored data for the operator: one person's, or
// everyone's with leading platform,user columns.
func cmdExport(ctx context.Context, args []string, stdout io.Writer) error {
	var who, format string
	c, _, err := loadWithFlags("export", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&who, "user", "", "one person, as PLATFORM:ID (e.g. telegram:123456)")
		fs.StringVar(&format, "format", "csv", "csv or json")
	})
	if err != nil {
		return err
	}
	if format != "csv" && format != "json" {
		return fmt.Errorf("export: -format %q; use csv or json", format)
	}
	db, err := c.openExisting(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	var users []store.User
	if who != "" {
		platform, id, ok := strings.Cut(who, ":")
		if !ok {
			return fmt.Errorf("export: -user %q should look like telegram:123456", who)
		}
		u, err := db.UserByPlatform(ctx, platform, id)
		if err != nil {
			return fmt.Errorf("export: %s: %w", who, err)
		}
		users = []store.User{u}
	} else if users, err = db.Users(ctx); err != nil {
		return err
	}
	if format == "json" {
		return exportJSON(ctx, db, users, stdout)
	}
	return exportCSV(ctx, db, users, who == "", stdout)
}

func exportJSON(ctx context.Context, db *store.DB, users []store.User, w io.Writer) error {
	if len(users) == 1 {
		b, err := bot.ExportJSON(ctx, db, users[0])
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	fmt.Fprint(w, "[")
	for i, u := range users {
		b, err := bot.ExportJSON(ctx, db, u)
		if err != nil {
			return err
		}
		if i > 0 {
			fmt.Fprint(w, ",")
		}
		fmt.Fprintf(w, "\n%s", b)
	}
	_, err := fmt.Fprint(w, "\n]\n")
	return err
}

// exportCSV prints check-ins in the same columns as /export; with several
// people, each row starts with platform,user.
func exportCSV(ctx context.Context, db *store.DB, users []store.User, several bool, w io.Writer) error {
	header := true
	for _, u := range users {
		cs, err := db.Checkins(ctx, u.ID, "", "")
		if err != nil {
			return err
		}
		rows, err := csv.NewReader(bytes.NewReader(report.CSV(cs))).ReadAll()
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		out := csv.NewWriter(w)
		for i, r := range rows {
			if i == 0 && !header {
				continue
			}
			if several {
				if i == 0 {
					r = append([]string{"platform", "user"}, r...)
				} else {
					r = append([]string{u.Platform, u.PlatformID}, r...)
				}
			}
			if err := out.Write(r); err != nil {
				return err
			}
		}
		out.Flush()
		if err := out.Error(); err != nil {
			return err
		}
		header = false
	}
	if header { // nobody at all: still print the header
		h := report.CSVHeader()
		if several {
			h = "platform,user," + h
		}
		_, err := fmt.Fprintln(w, h)
		return err
	}
	return nil
}
