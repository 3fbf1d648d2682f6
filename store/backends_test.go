package store

import (
	"context"
	"io/fs"
	"path/filepath"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store/pgtest"
)

// TestMain makes every PostgreSQL test database a copy of one migrated
// once.
func TestMain(m *testing.M) { pgtest.MainPrepared(m, migrated) }

func migrated(ctx context.Context, dsn string) error {
	db, err := OpenPostgres(ctx, dsn)
	if err != nil {
		return err
	}
	return db.Close()
}

// backend is one engine the store runs on. Every behaviour test runs
// against each (eachBackend), so the engines cannot drift apart.
type backend struct {
	name string
	// source makes a fresh, empty database and returns what OpenDriver
	// takes: a file path or a connection string.
	source func(t testing.TB) string
}

var backends = []backend{
	{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "checkin.db") }},
	{"postgres", func(t testing.TB) string { return pgtest.NewDSN(t) }},
}

// testNow is the fixed clock of every test store.
func testNow() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }

// openBackend opens a fresh store on b with a fixed clock.
func openBackend(t *testing.T, b backend) *DB {
	t.Helper()
	db, err := OpenDriver(context.Background(), b.name, b.source(t))
	if err != nil {
		t.Fatal(err)
	}
	db.Now = testNow
	t.Cleanup(func() { db.Close() })
	return db
}

// openTest opens a real SQLite file in a temp dir with a fixed clock, for
// the tests of what only SQLite has (pragmas, file modes, VACUUM INTO).
func openTest(t *testing.T) *DB {
	t.Helper()
	return openBackend(t, backends[0])
}

// forBackends runs f as a subtest per engine.
func forBackends(t *testing.T, f func(t *testing.T, b backend)) {
	t.Helper()
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { f(t, b) })
	}
}

// eachBackend runs f as a subtest per engine, each with a fresh store.
func eachBackend(t *testing.T, f func(t *testing.T, db *DB)) {
	t.Helper()
	forBackends(t, func(t *testing.T, b backend) { f(t, openBackend(t, b)) })
}

// reopen opens a second store on db's database, with its own (empty)
// cache, so that it reads what is really stored.
func reopen(t *testing.T, db *DB) *DB {
	t.Helper()
	v, err := OpenDriver(context.Background(), db.d.name, db.source)
	if err != nil {
		t.Fatal(err)
	}
	v.Now = db.Now
	t.Cleanup(func() { v.Close() })
	return v
}

// Every SQLite migration has a PostgreSQL twin of the same number and
// name, and no twin is left without its original: a migration added for
// one engine alone fails here.
func TestEveryMigrationHasAPostgresTwin(t *testing.T) {
	names := func(dir string) map[string]bool {
		entries, err := fs.ReadDir(migrationFS, dir)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]bool{}
		for _, e := range entries {
			if !e.IsDir() {
				m[e.Name()] = true
			}
		}
		return m
	}
	lite, pg := names(sqliteDialect.migrations), names(pgDialect.migrations)
	for n := range lite {
		if !pg[n] {
			t.Errorf("migration %s has no PostgreSQL twin: add %s/%s", n, pgDialect.migrations, n)
		}
	}
	for n := range pg {
		if !lite[n] {
			t.Errorf("PostgreSQL migration %s has no SQLite original in %s", n, sqliteDialect.migrations)
		}
	}
	if len(lite) == 0 {
		t.Fatal("no migrations found")
	}
}
