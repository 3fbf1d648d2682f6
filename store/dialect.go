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
	// listTables, listColumns (of table ?) and listRefs (the tables the
	// foreign keys of table ? point at) read the schema, for CopyTo.
	listTables, listColumns, listRefs string
	// snapshot is how CopyTo reads the source: one consistent view.
	snapshot *sql.TxOptions
	// batchClaims writes a sweep's batch in a few statements (applyBatch)
	// instead of two per person: a round trip costs more than the row.
	batchClaims bool
	// afterCopy is what CopyTo runs once rows came in with their ids, for
	// the tables with an id column.
	afterCopy func(tables []string) []string
}

var (
	sqliteDialect = dialect{name: "sqlite", migrations: "migrations", integer: "INTEGER",
		skipLocked:  func(string) string { return "" },
		listTables:  `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
		listColumns: `SELECT name FROM pragma_table_info(?) ORDER BY cid`,
		listRefs:    `SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)`,
		afterCopy:   func([]string) []string { return nil }}
	pgDialect = dialect{name: "postgres", migrations: "migrations/postgres", integer: "BIGINT",
		skipLocked: func(alias string) string {
			if alias != "" {
				alias = " OF " + alias
			}
			return " FOR NO KEY UPDATE" + alias + " SKIP LOCKED"
		},
		lockMigrations:   `SELECT pg_advisory_lock(7406394)`,
		unlockMigrations: `SELECT pg_advisory_unlock(7406394)`,
		listTables: `SELECT table_name::text FROM information_schema.tables
			WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
		listColumns: `SELECT column_name::text FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`,
		listRefs: `SELECT DISTINCT ccu.table_name::text FROM information_schema.table_constraints tc
			JOIN information_schema.constraint_column_usage ccu
				ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
			WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() AND tc.table_name = ?`,
		snapshot:    &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true},
		batchClaims: true,
		// Rows copied in carry their ids; each identity column's counter
		// must then start past the highest, or the next insert collides.
		afterCopy: func(tables []string) []string {
			var qs []string
			for _, t := range tables {
				qs = append(qs, `SELECT setval(s, COALESCE((SELECT MAX(id) FROM `+t+`), 0) + 1, false)
					FROM pg_get_serial_sequence('`+t+`', 'id') AS s WHERE s IS NOT NULL`)
			}
			return qs
		}}
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
	s := &DB{db: db, w: w, path: name, source: dsn, d: pgDialect, Now: time.Now, rows: newRowCacheFor(pgDialect)}
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
