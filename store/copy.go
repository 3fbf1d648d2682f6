package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// ErrTargetNotEmpty is returned by CopyTo when the target already holds
// data and force was not given.
var ErrTargetNotEmpty = errors.New("store: the target database already holds data")

// CopyTo copies every row of every table of s into dst, in foreign-key
// order (people before their check-ins), in one transaction on dst: a copy
// that fails leaves dst as it was. Both must be at the same schema version,
// with the same tables. A dst that holds any row is refused with
// ErrTargetNotEmpty unless force, which first deletes what dst holds. It
// returns the rows copied per table.
//
// s is read in one transaction, so it should not be written meanwhile: copy
// a stopped deployment, or a snapshot of a live one (Backup).
func (s *DB) CopyTo(ctx context.Context, dst *DB, force bool) (map[string]int64, error) {
	sv, err := s.Version(ctx)
	if err != nil {
		return nil, err
	}
	dv, err := dst.Version(ctx)
	if err != nil {
		return nil, err
	}
	if sv != dv {
		return nil, fmt.Errorf("store: copy: the source has schema version %d and the target %d; run one checkin version on both", sv, dv)
	}
	tables, err := s.tablesInOrder(ctx)
	if err != nil {
		return nil, err
	}
	other, err := dst.tablesInOrder(ctx)
	if err != nil {
		return nil, err
	}
	a, b := slices.Clone(tables), slices.Clone(other)
	sort.Strings(a)
	sort.Strings(b)
	if !slices.Equal(a, b) {
		return nil, fmt.Errorf("store: copy: the source has tables %v and the target %v", a, b)
	}

	src, err := s.db.BeginTx(ctx, s.d.snapshot)
	if err != nil {
		return nil, fmt.Errorf("store: copy: read the source: %w", err)
	}
	defer src.Rollback()
	tx, err := dst.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: copy: write the target: %w", err)
	}
	defer tx.Rollback()
	for _, t := range tables {
		var any int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM `+t+` LIMIT 1`).Scan(&any)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("store: copy: look into the target's %s: %w", t, err)
		}
		if !force {
			return nil, fmt.Errorf("%w (table %s); copy into an empty database, or force to replace what it holds", ErrTargetNotEmpty, t)
		}
	}
	if force {
		for i := len(tables) - 1; i >= 0; i-- {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+tables[i]); err != nil {
				return nil, fmt.Errorf("store: copy: empty the target's %s: %w", tables[i], err)
			}
		}
	}
	counts := map[string]int64{}
	var withID []string
	for _, t := range tables {
		cols, err := columns(ctx, src, s.d, t)
		if err != nil {
			return nil, err
		}
		n, err := copyTable(ctx, src, tx, t, cols)
		if err != nil {
			return nil, err
		}
		counts[t] = n
		if slices.Contains(cols, "id") {
			withID = append(withID, t)
		}
	}
	for _, q := range dst.d.afterCopy(withID) {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("store: copy: move the target's id counters on: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: copy: commit on the target: %w", err)
	}
	dst.rows.reset()
	return counts, nil
}

// copyBatch is how many rows one INSERT carries.
const copyBatch = 200

func copyTable(ctx context.Context, src, dst *sql.Tx, table string, cols []string) (int64, error) {
	rows, err := src.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table)
	if err != nil {
		return 0, fmt.Errorf("store: copy: read %s: %w", table, err)
	}
	defer rows.Close()
	head := `INSERT INTO ` + table + ` (` + strings.Join(cols, ", ") + `) VALUES `
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	var n int64
	var batch []any
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		k := len(batch) / len(cols)
		q := head + strings.TrimSuffix(strings.Repeat(one+", ", k), ", ")
		if _, err := dst.ExecContext(ctx, q, batch...); err != nil {
			return fmt.Errorf("store: copy: write %s: %w", table, err)
		}
		batch = batch[:0]
		return nil
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return 0, fmt.Errorf("store: copy: read %s: %w", table, err)
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok { // text SQLite kept as bytes
				vals[i] = string(b)
			}
		}
		batch = append(batch, vals...)
		n++
		if n%copyBatch == 0 {
			if err := flush(); err != nil {
				return 0, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("store: copy: read %s: %w", table, err)
	}
	return n, flush()
}

// tablesInOrder lists the tables that hold checkin's data (not the
// migrations' record), each after the tables its foreign keys point at.
func (s *DB) tablesInOrder(ctx context.Context) ([]string, error) {
	names, err := queryStrings(ctx, s.db, s.d.listTables)
	if err != nil {
		return nil, fmt.Errorf("store: list tables: %w", err)
	}
	refs := map[string][]string{}
	for _, t := range names {
		r, err := queryStrings(ctx, s.db, s.d.listRefs, t)
		if err != nil {
			return nil, fmt.Errorf("store: list the foreign keys of %s: %w", t, err)
		}
		refs[t] = r
	}
	sort.Strings(names)
	var order []string
	done := map[string]bool{}
	var visit func(t string, depth int) error
	visit = func(t string, depth int) error {
		if done[t] {
			return nil
		}
		if depth > len(names) {
			return fmt.Errorf("store: the foreign keys of %s form a cycle", t)
		}
		for _, r := range refs[t] {
			if r != t {
				if err := visit(r, depth+1); err != nil {
					return err
				}
			}
		}
		done[t] = true
		order = append(order, t)
		return nil
	}
	for _, t := range names {
		if t == "schema_migrations" {
			continue
		}
		if err := visit(t, 0); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func columns(ctx context.Context, q querier, d dialect, table string) ([]string, error) {
	cols, err := queryStrings(ctx, q, d.listColumns, table)
	if err != nil {
		return nil, fmt.Errorf("store: list the columns of %s: %w", table, err)
	}
	if len(cols) == 0 {
		return nil, fmt.Errorf("store: table %s has no columns", table)
	}
	return cols, nil
}

func queryStrings(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
