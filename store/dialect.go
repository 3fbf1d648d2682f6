package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// dialect is what differs between the engines. The SQL itself is shared:
// ? placeholders (rebound for PostgreSQL), INSERT ... ON CONFLICT, Unix
// seconds in integer columns; each engine has its own migrations, with
// the same version numbers.
type dialect struct {
	name       string
	migrations string // folder in migrationFS
	integer    string // the column type of a Unix time or an id
	// skipLocked, with a table alias (or "" for the only table), ends a
	// SELECT that claims rows inside a write transaction: on PostgreSQL
	// rows another instance is claiming now are left to it (FOR NO KEY
	// UPDATE, so that an answer being saved for the person, whose foreign
	// key takes a KEY SHARE lock, is not held up). SQLite has one writer
	// at a time and needs nothing.
	skipLocked func(alias string) string
	// lockMigrations and unlockMigrations bracket migrating, so that
	// instances starting together do not migrate at once.
	lockMigrations, unlockMigrations string
}

var (
	sqliteDialect = dialect{name: "sqlite", migrations: "migrations", integer: "INTEGER",
		skipLocked: func(string) string { return "" }}
	pgDialect = dialect{name: "postgres", migrations: "migrations/postgres", integer: "BIGINT",
		skipLocked: func(alias string) string {
			if alias != "" {
				alias = " OF " + alias
			}
			return " FOR NO KEY UPDATE" + alias + " SKIP LOCKED"
		},
		lockMigrations:   `SELECT pg_advisory_lock(7406394)`,
		unlockMigrations: `SELECT pg_advisory_unlock(7406394)`}
)

// pgReaders bounds the read connections one instance holds on PostgreSQL,
// whose connections are processes and whose max_connections (100 by
// default) is shared by every instance.
const pgReaders = 16

// OpenPostgres opens the PostgreSQL database at dsn (a URL such as
// postgres://checkin@db.example/checkin or "host=... dbname=...") and
// applies every pending migration. A database migrated by a newer checkin
// is refused. Several instances may open the same database.
func OpenPostgres(ctx context.Context, dsn string) (*DB, error) {
	if dsn == "" {
		return nil, errors.New("store: no PostgreSQL connection string: set database.dsn in the config")
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: the PostgreSQL connection string is not valid: %w", err)
	}
	name := pgName(cfg)
	connector := func() (*sql.DB, error) {
		c, err := newPGConnector(dsn)
		if err != nil {
			return nil, err
		}
		return sql.OpenDB(c), nil
	}
	w, err := connector()
	if err != nil {
		return nil, err
	}
	db, err := connector()
	if err != nil {
		w.Close()
		return nil, err
	}
	db.SetMaxOpenConns(pgReaders)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &DB{db: db, w: w, path: name, source: dsn, d: pgDialect, Now: time.Now}
	if err := s.start(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// OpenDriver opens the store named by driver ("sqlite" or "postgres") and
// source (a file path or a PostgreSQL connection string).
func OpenDriver(ctx context.Context, driver, source string) (*DB, error) {
	switch driver {
	case "", sqliteDialect.name:
		return Open(ctx, source)
	case pgDialect.name:
		return OpenPostgres(ctx, source)
	}
	return nil, fmt.Errorf("store: unknown driver %q: use sqlite or postgres", driver)
}

func newestVersion(ms []migration) int {
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// CheckPostgresDSN reports whether dsn is a connection string pgx can use,
// without connecting.
func CheckPostgresDSN(dsn string) error {
	if _, err := pgx.ParseConfig(dsn); err != nil {
		return fmt.Errorf("not a PostgreSQL connection string pgx understands (postgres://user@host:5432/db?sslmode=require or \"host=... dbname=...\"): %w", err)
	}
	return nil
}

// PostgresName names the database dsn points at, without its password,
// for logs and messages.
func PostgresName(dsn string) string {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return "(an invalid connection string)"
	}
	return pgName(cfg)
}

func pgName(cfg *pgx.ConnConfig) string {
	return fmt.Sprintf("postgres://%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
}

// OpenSQL opens a plain database/sql pool on the store named by driver
// and source, with the store's connection settings (SQLite's pragmas;
// PostgreSQL's ? placeholders rebound), for tools and tests that read or
// write the tables directly. It applies no migrations: open the store
// first.
func OpenSQL(driver, source string) (*sql.DB, error) {
	switch driver {
	case "", sqliteDialect.name:
		db, err := sql.Open("sqlite", dsn(source))
		if err != nil {
			return nil, fmt.Errorf("store: open %s: %w", source, err)
		}
		return db, nil
	case pgDialect.name:
		c, err := newPGConnector(source)
		if err != nil {
			return nil, err
		}
		return sql.OpenDB(c), nil
	}
	return nil, fmt.Errorf("store: unknown driver %q: use sqlite or postgres", driver)
}
