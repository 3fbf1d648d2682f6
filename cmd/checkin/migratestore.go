package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/checkin-bot/checkin/store"
)

// cmdMigrateStore copies a deployment's data from one store to another:
// typically a SQLite file to the PostgreSQL database several instances
// will share. A SQLite source is first copied aside with a consistent
// backup, so a running checkin is not held up; what it writes after that
// moment is not in the copy, so stop it before the copy you switch over
// with.
func cmdMigrateStore(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("migrate-store", flag.ContinueOnError)
	from := fs.String("from", "", "the store to copy: sqlite:FILE or postgres:DSN")
	to := fs.String("to", "", "the store to fill: postgres:DSN or sqlite:FILE; it must be empty unless -force")
	force := fs.Bool("force", false, "replace what the target holds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *from == "" || *to == "" || fs.NArg() > 0 {
		return errors.New("migrate-store needs -from and -to: checkin migrate-store -from sqlite:checkin.db -to postgres:postgres://checkin@db/checkin (the password from PGPASSWORD or ~/.pgpass, not the command line)")
	}
	fromDriver, fromSource, err := parseStoreArg("-from", *from)
	if err != nil {
		return err
	}
	toDriver, toSource, err := parseStoreArg("-to", *to)
	if err != nil {
		return err
	}
	if fromDriver == toDriver && fromSource == toSource {
		return errors.New("migrate-store: -from and -to name the same store")
	}
	if fromDriver == "sqlite" {
		if _, err := os.Stat(fromSource); err != nil {
			return fmt.Errorf("migrate-store: -from %s: %w", fromSource, err)
		}
	}
	src, err := store.OpenDriver(ctx, fromDriver, fromSource)
	if err != nil {
		return err
	}
	defer src.Close()
	name := src.Path()
	if fromDriver == "sqlite" {
		dir, err := os.MkdirTemp("", "checkin-migrate-")
		if err != nil {
			return fmt.Errorf("migrate-store: a folder for the snapshot: %w", err)
		}
		defer os.RemoveAll(dir)
		snap := filepath.Join(dir, "snapshot.db")
		if err := src.Backup(ctx, snap); err != nil {
			return err
		}
		src.Close()
		if src, err = store.Open(ctx, snap); err != nil {
			return err
		}
		defer src.Close()
	}
	dst, err := store.OpenDriver(ctx, toDriver, toSource)
	if err != nil {
		return err
	}
	defer dst.Close()
	counts, err := src.CopyTo(ctx, dst, *force)
	if errors.Is(err, store.ErrTargetNotEmpty) {
		return fmt.Errorf("migrate-store: %s: %w", dst.Path(), err)
	}
	if err != nil {
		return err
	}
	tables := make([]string, 0, len(counts))
	for t := range counts {
		tables = append(tables, t)
	}
	sort.Strings(tables)
	var parts []string
	for _, t := range tables {
		parts = append(parts, fmt.Sprintf("%s %d", t, counts[t]))
	}
	fmt.Fprintf(stdout, "copied %s to %s: %s\n", name, dst.Path(), strings.Join(parts, ", "))
	return nil
}

// parseStoreArg splits sqlite:FILE or postgres:DSN; a bare postgres:// or
// postgresql:// URL is taken as postgres.
func parseStoreArg(flagName, v string) (driver, source string, err error) {
	driver, source, ok := strings.Cut(v, ":")
	if strings.HasPrefix(v, "postgres://") || strings.HasPrefix(v, "postgresql://") {
		driver, source = "postgres", v
	}
	switch {
	case !ok || (driver != "sqlite" && driver != "postgres"):
		return "", "", fmt.Errorf("migrate-store: %s %q: use sqlite:FILE or postgres:DSN", flagName, v)
	case driver == "sqlite" && source == "":
		return "", "", fmt.Errorf("migrate-store: %s: name the SQLite file, e.g. sqlite:/var/lib/checkin/checkin.db", flagName)
	case driver == "postgres":
		if err := store.CheckPostgresDSN(source); err != nil {
			return "", "", fmt.Errorf("migrate-store: %s: %w", flagName, err)
		}
	}
	return driver, source, nil
}
