package store

import (
	"context"
	"fmt"
	"time"
)

// Medication is one entry of a person's treatment timeline: a medication
// and dose from a start day on. A dose change is a new entry.
type Medication struct {
	ID        int64
	UserID    int64
	Name      string
	Dose      string
	StartDay  string // "YYYY-MM-DD"
	CreatedAt time.Time
}

// AddMedication stores a timeline entry and sets its ID.
func (s *DB) AddMedication(ctx context.Context, m *Medication) error {
	if m.CreatedAt.IsZero() {
		m.CreatedAt = s.Now().UTC().Truncate(time.Second)
	}
	err := s.w.QueryRowContext(ctx, `INSERT INTO medications (user_id, name, dose, start_day, created_at)
		VALUES (?,?,?,?,?) RETURNING id`, m.UserID, m.Name, m.Dose, m.StartDay, unix(m.CreatedAt)).Scan(&m.ID)
	if err != nil {
		return fmt.Errorf("store: add medication: %w", err)
	}
	return nil
}

// Medications lists a person's timeline, oldest start first.
func (s *DB) Medications(ctx context.Context, userID int64) ([]Medication, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, user_id, name, dose, start_day, created_at FROM medications
		WHERE user_id = ? ORDER BY start_day, id`, userID)
	if err != nil {
		return nil, fmt.Errorf("store: list medications: %w", err)
	}
	defer rows.Close()
	var ms []Medication
	for rows.Next() {
		var m Medication
		var created int64
		if err := rows.Scan(&m.ID, &m.UserID, &m.Name, &m.Dose, &m.StartDay, &created); err != nil {
			return nil, fmt.Errorf("store: list medications: %w", err)
		}
		m.CreatedAt = fromUnix(created)
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list medications: %w", err)
	}
	return ms, nil
}
