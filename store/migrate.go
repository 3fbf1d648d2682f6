package store

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Migrations are embedded .sql files, one folder per engine
// (migrations/ for SQLite, migrations/postgres/ for PostgreSQL) with the
// same version numbers, applied in order, each in its own transaction,
// and recorded in schema_migrations.

type migration struct {
	version int
	name    string
	sql     string
}

func migrations(dir string) ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		n, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(n)
		if !ok || err != nil {
			return nil, fmt.Errorf("store: migration %s is not named NNNN_name.sql", e.Name())
		}
		b, err := migrationFS.ReadFile(dir + "/" + e.Name())
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
	ms, err := migrations(sqliteDialect.migrations)
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
	if s.d.lockMigrations != "" {
		// Instances starting together take turns: the first migrates, the
		// others find the schema current. The lock is the write
		// connection's session's, and every migration runs on it.
		if _, err := s.w.ExecContext(ctx, s.d.lockMigrations); err != nil {
			return fmt.Errorf("store: wait for other instances' migrations: %w", err)
		}
		defer s.w.ExecContext(context.WithoutCancel(ctx), s.d.unlockMigrations)
	}
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version `+s.d.integer+` PRIMARY KEY, name TEXT NOT NULL, applied_at `+s.d.integer+` NOT NULL)`); err != nil {
		return fmt.Errorf("store: prepare migrations: %w", err)
	}
	ms, err := migrations(s.d.migrations)
	if err != nil {
		return err
	}
	have, err := s.Version(ctx)
	if err != nil {
		return err
	}
	if newest := newestVersion(ms); have > newest {
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
	tx, err := s.w.BeginTx(ctx, nil)
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
