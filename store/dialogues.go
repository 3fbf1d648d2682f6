package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Dialogue returns the saved dialogue state of a person (opaque to the
// store), or ErrNotFound when nothing is being asked.
func (s *DB) Dialogue(ctx context.Context, userID int64) ([]byte, error) {
	var b []byte
	err := s.queryRow(ctx, `SELECT state FROM dialogues WHERE user_id = ?`, userID).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: read dialogue: %w", err)
	}
	return b, nil
}

// SaveDialogue stores the dialogue state; nil clears it.
func (s *DB) SaveDialogue(ctx context.Context, userID int64, state []byte) error {
	return s.mirrored(userID, func() error { return s.saveDialogue(ctx, nil, userID, state) },
		func(e *cached) { e.dialogue = cloneBytes(state) })
}

const (
	upsertDialogue = `INSERT INTO dialogues (user_id, state, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`
	deleteDialogue = `DELETE FROM dialogues WHERE user_id = ?`
)

func (s *DB) saveDialogue(ctx context.Context, tx *sql.Tx, userID int64, state []byte) error {
	var err error
	if state == nil {
		_, err = s.exec(ctx, tx, deleteDialogue, userID)
	} else {
		_, err = s.exec(ctx, tx, upsertDialogue, userID, string(state), s.Now().Unix())
	}
	if err != nil {
		return fmt.Errorf("store: save dialogue: %w", err)
	}
	return nil
}

// Cursor returns a named counter, such as a platform's last handled
// update id; 0 when never set.
func (s *DB) Cursor(ctx context.Context, name string) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, `SELECT value FROM cursors WHERE name = ?`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: read cursor %s: %w", name, err)
	}
	return v, nil
}

// AdvanceCursor raises a named counter to v; it never moves it back, so a
// late or repeated update cannot rewind it.
func (s *DB) AdvanceCursor(ctx context.Context, name string, v int64) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO cursors (name, value) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET value = CASE WHEN excluded.value > cursors.value
			THEN excluded.value ELSE cursors.value END`, name, v)
	if err != nil {
		return fmt.Errorf("store: advance cursor %s: %w", name, err)
	}
	return nil
}
