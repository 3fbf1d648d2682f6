// Package store keeps everything checkin remembers in one SQLite file,
// through modernc.org/sqlite (pure Go, no cgo), or in a PostgreSQL
// database through github.com/jackc/pgx/v5 when several instances share
// one (see postgres.go and dialect.go). It knows nothing of chat:
// it stores people, their check-ins, questionnaires, flags, medications,
// the send ledger and the dialogue state, and answers the queries the rest
// of checkin needs.
//
// Writes go through one connection; answers saved at the same moment share
// a transaction (SaveTurn, group commit); the rows every message reads are
// kept in memory for people active lately and written through (rowCache).
// One process serves one SQLite file; several may share one PostgreSQL
// database, where the sweep's claims skip rows another instance holds and
// the row cache is off.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned when a row asked for does not exist.
var ErrNotFound = errors.New("not found")

//go:embed migrations/*.sql migrations/postgres/*.sql
var migrationFS embed.FS

// DB is the SQLite store. Its clock is replaceable so tests can move time.
//
// Reads go through a pool of connections (WAL lets them run beside a
// write); every write goes through one connection of its own. SQLite takes
// one writer at a time anyway, and a writer that finds the lock taken
// sleeps in the busy handler (1 ms, 2 ms, 5 ms...) long after the lock is
// free; waiting in line for the one write connection costs nothing.
type DB struct {
	db   *sql.DB // reads
	w    *sql.DB // writes: one connection
	path string  // the SQLite file, or the PostgreSQL database without its password
	d    dialect
	// source is what opened it: the file path or the full connection
	// string, which may hold a password: never log it.
	source string
	// Now returns the current time; tests replace it.
	Now func() time.Time

	// rstmts and wstmts cache prepared statements of the hot queries:
	// SQLite spends more time parsing a statement than running a one-row
	// lookup.
	rstmts, wstmts stmtCache

	// rows keeps the rows each message reads, for people active lately.
	rows *rowCache
	// turns queues answers for group commit.
	turns turnWriter
	// mirror is held by every write to the cached tables from before it
	// begins until the cache mirrors it, so that the cache sees writes in
	// the order they committed.
	mirror sync.Mutex
}

// stmtCache keeps prepared statements of one connection pool.
type stmtCache struct {
	stmts sync.Map // query text → *sql.Stmt
	mu    sync.Mutex
}

// get returns a cached prepared statement for query on db.
func (c *stmtCache) get(ctx context.Context, db *sql.DB, query string) (*sql.Stmt, error) {
	if st, ok := c.stmts.Load(query); ok {
		return st.(*sql.Stmt), nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.stmts.Load(query); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts.Store(query, st)
	return st, nil
}

func (c *stmtCache) close() {
	c.stmts.Range(func(k, v any) bool {
		v.(*sql.Stmt).Close()
		c.stmts.Delete(k)
		return true
	})
}

// queryRow runs a cached statement that returns one row.
func (s *DB) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := s.rstmts.get(ctx, s.db, query)
	if err != nil {
		return s.db.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// query runs a cached statement that returns rows.
func (s *DB) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := s.rstmts.get(ctx, s.db, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// writeStmt is the cached statement for a write, bound to tx when it is
// not nil. A transaction holds the one write connection, so a statement
// cannot be prepared for the cache while it runs: the hot ones are
// prepared at Open (hotWrites); for any other, inside tx, it returns nil
// and the caller runs the query unprepared.
func (s *DB) writeStmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	if tx == nil {
		return s.wstmts.get(ctx, s.w, query)
	}
	if st, ok := s.wstmts.stmts.Load(query); ok {
		return tx.StmtContext(ctx, st.(*sql.Stmt)), nil
	}
	return nil, nil
}

// exec runs a write statement, inside tx when it is not nil.
func (s *DB) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	st, err := s.writeStmt(ctx, tx, query)
	switch {
	case err != nil:
		return nil, err
	case st == nil:
		return tx.ExecContext(ctx, query, args...)
	}
	return st.ExecContext(ctx, args...)
}

// writeRow runs a write statement that returns a row (RETURNING), inside
// tx when it is not nil.
func (s *DB) writeRow(ctx context.Context, tx *sql.Tx, query string, args ...any) *sql.Row {
	st, err := s.writeStmt(ctx, tx, query)
	switch {
	case err != nil:
		return s.w.QueryRowContext(ctx, query, args...)
	case st == nil:
		return tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// hotWrites are the write statements run inside transactions on every
// answer; Open prepares them on the write connection.
var hotWrites = []string{upsertCheckin, upsertDialogue, deleteDialogue}

// Open opens (creating if needed) the database file at path with mode 0600
// and applies every pending migration. A database written by a newer
// checkin is refused rather than silently misread.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("store: no database path: set database.path in the config")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("store: create the database folder %s: %w", dir, err)
		}
	}
	// Create the file ourselves so it is 0600 from its first byte: health
	// data must not be readable by other local users.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: open database file %s: %w", path, err)
	}
	f.Close()
	if err := os.Chmod(path, 0o600); err != nil {
		return nil, fmt.Errorf("store: make %s private (0600): %w", path, err)
	}

	w, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &DB{db: db, w: w, path: path, source: path, d: sqliteDialect, Now: time.Now, rows: newRowCacheFor(sqliteDialect)}
	if err := s.start(ctx); err != nil {
		return nil, err
	}
	// The WAL and shared-memory files hold the same health data.
	for _, side := range []string{path + "-wal", path + "-shm"} {
		if _, err := os.Stat(side); err == nil {
			_ = os.Chmod(side, 0o600)
		}
	}
	return s, nil
}

// start connects both pools, migrates and prepares the hot statements; on
// failure it closes the pools.
func (s *DB) start(ctx context.Context) error {
	s.w.SetMaxOpenConns(1)
	s.w.SetMaxIdleConns(1)
	s.w.SetConnMaxLifetime(0)
	s.w.SetConnMaxIdleTime(0)
	// The writer connects first: on SQLite it is the one that switches a
	// new file to WAL, which readers then find.
	if err := s.w.PingContext(ctx); err != nil {
		s.closePools()
		return fmt.Errorf("store: open %s: %w", s.path, err)
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.closePools()
		return fmt.Errorf("store: open %s: %w", s.path, err)
	}
	if err := s.migrate(ctx); err != nil {
		s.closePools()
		return err
	}
	for _, q := range hotWrites {
		if _, err := s.wstmts.get(ctx, s.w, q); err != nil {
			s.closePools()
			return fmt.Errorf("store: prepare a statement: %w", err)
		}
	}
	return nil
}

// dsn puts the pragmas in the connection string so that every pooled
// connection gets them, not just the first one.
func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{
		// Several writers (adapters, scheduler) wait for each other instead of failing at once.
		"busy_timeout(5000)",
		// Readers do not block the writer; the right mode for a bot that reads while it writes.
		"journal_mode(WAL)",
		// In WAL mode NORMAL is still crash-safe for the database; only the last
		// transactions before a power loss may be lost, never corrupted.
		"synchronous(NORMAL)",
		// Deleting a person must take every row of theirs with it.
		"foreign_keys(1)",
	} {
		q.Add("_pragma", p)
	}
	// Write transactions take the lock at BEGIN so they never fail half-way on upgrade.
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Path is the SQLite database file's path, or for PostgreSQL the database
// named without its password.
func (s *DB) Path() string { return s.path }

// Driver is "sqlite" or "postgres".
func (s *DB) Driver() string { return s.d.name }

// Close closes the database. It is safe to call more than once.
func (s *DB) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	s.rstmts.close()
	s.wstmts.close()
	err := s.closePools()
	if err != nil && !strings.Contains(err.Error(), "closed") {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

func (s *DB) closePools() error {
	return errors.Join(s.db.Close(), s.w.Close())
}

// Ping checks that the database answers and can take a write, for health checks.
func (s *DB) Ping(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `INSERT INTO cursors (name, value) VALUES ('health', 0)
		ON CONFLICT (name) DO UPDATE SET value = cursors.value + 1`); err != nil {
		return fmt.Errorf("store: database not writable: %w", err)
	}
	return nil
}

// Backup writes a consistent copy of the live database to path (VACUUM
// INTO), with mode 0600. path must not exist yet.
func (s *DB) Backup(ctx context.Context, path string) error {
	if s.d.name != sqliteDialect.name {
		return errors.New("store: backup writes SQLite files only; back a PostgreSQL database up with pg_dump (see docs/DEPLOY.md)")
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("store: backup: %s already exists; choose a new file name", path)
	}
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		return fmt.Errorf("store: backup: make %s private: %w", path, err)
	}
	return nil
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(v, 0).UTC()
}
