// Package store keeps everything checkin remembers in one SQLite file,
// through modernc.org/sqlite (pure Go, no cgo). It knows nothing of chat:
// it stores people, their check-ins, questionnaires, flags, medications,
// the send ledger and the dialogue state, and answers the queries the rest
// of checkin needs.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned when a row asked for does not exist.
var ErrNotFound = errors.New("not found")

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is the SQLite store. Its clock is replaceable so tests can move time.
type DB struct {
	db   *sql.DB
	path string
	// Now returns the current time; tests replace it.
	Now func() time.Time

	// stmts caches prepared statements of the hot queries: SQLite spends
	// more time parsing a statement than running a one-row lookup.
	stmts sync.Map // query text → *sql.Stmt
	mu    sync.Mutex
}

// prepared returns a cached prepared statement for query.
func (s *DB) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := s.stmts.Load(query); ok {
		return st.(*sql.Stmt), nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.stmts.Load(query); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	s.stmts.Store(query, st)
	return st, nil
}

// queryRow runs a cached statement that returns one row.
func (s *DB) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := s.prepared(ctx, query)
	if err != nil {
		return s.db.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// query runs a cached statement that returns rows.
func (s *DB) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// exec runs a cached statement, inside tx when it is not nil.
func (s *DB) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	st, err := s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	if tx != nil {
		st = tx.StmtContext(ctx, st)
	}
	return st.ExecContext(ctx, args...)
}

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

	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &DB{db: db, path: path, Now: time.Now}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
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

// Path is the database file's path.
func (s *DB) Path() string { return s.path }

// Close closes the database. It is safe to call more than once.
func (s *DB) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	s.stmts.Range(func(k, v any) bool {
		v.(*sql.Stmt).Close()
		s.stmts.Delete(k)
		return true
	})
	err := s.db.Close()
	if err != nil && !strings.Contains(err.Error(), "closed") {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// Ping checks that the database answers and can take a write, for health checks.
func (s *DB) Ping(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO cursors (name, value) VALUES ('health', 0)
		ON CONFLICT (name) DO UPDATE SET value = value + 1`); err != nil {
		return fmt.Errorf("store: database not writable: %w", err)
	}
	return nil
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		n, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(n)
		if !ok || err != nil {
			return nil, fmt.Errorf("store: migration %s is not named NNNN_name.sql", e.Name())
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// SchemaVersion is the newest schema this binary knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// Version is the schema version recorded in the database.
func (s *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("store: read schema version: %w", err)
	}
	return v, nil
}

// migrate applies each pending migration in its own transaction and
// records its version. It refuses a database newer than this binary.
func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("store: prepare migrations: %w", err)
	}
	ms, err := migrations()
	if err != nil {
		return err
	}
	have, err := s.Version(ctx)
	if err != nil {
		return err
	}
	if newest := SchemaVersion(); have > newest {
		return fmt.Errorf("store: %s has schema version %d but this checkin only knows up to %d: it was written by a newer checkin; run that version (downgrades are not supported) or restore a backup", s.path, have, newest)
	}
	for _, m := range ms {
		if m.version <= have {
			continue
		}
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (s *DB) apply(ctx context.Context, m migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("store: migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, s.Now().Unix()); err != nil {
		return fmt.Errorf("store: record migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: migration %s: %w", m.name, err)
	}
	return nil
}

// Backup writes a consistent copy of the live database to path (VACUUM
// INTO), with mode 0600. path must not exist yet.
func (s *DB) Backup(ctx context.Context, path string) error {
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
