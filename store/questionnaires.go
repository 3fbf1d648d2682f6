package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Questionnaire is one completed PHQ-9.
type Questionnaire struct {
	ID         int64
	UserID     int64
	Kind       string // "phq9"
	Day        string // local day taken
	Items      []int  // item answers 0–3, in order
	Difficulty int    // 0–3, or -1 when not answered
	Total      int
	TakenAt    time.Time
}

// AddQuestionnaire stores a completed questionnaire and sets its ID.
func (s *DB) AddQuestionnaire(ctx context.Context, q *Questionnaire) error {
	if q.Kind == "" {
		q.Kind = "phq9"
	}
	if q.TakenAt.IsZero() {
		q.TakenAt = s.Now().UTC().Truncate(time.Second)
	}
	items, err := json.Marshal(q.Items)
	if err != nil {
		return fmt.Errorf("store: add questionnaire: %w", err)
	}
	err = s.w.QueryRowContext(ctx, `INSERT INTO questionnaires (user_id, kind, day, items, difficulty, total, taken_at)
		VALUES (?,?,?,?,?,?,?) RETURNING id`, q.UserID, q.Kind, q.Day, string(items), q.Difficulty, q.Total,
		unix(q.TakenAt)).Scan(&q.ID)
	if err != nil {
		return fmt.Errorf("store: add questionnaire: %w", err)
	}
	return nil
}

// Questionnaires lists a person's questionnaires taken at or after since, oldest first.
func (s *DB) Questionnaires(ctx context.Context, userID int64, since time.Time) ([]Questionnaire, error) {
	rows, err := s.query(ctx, `SELECT id, user_id, kind, day, items, difficulty, total, taken_at
		FROM questionnaires WHERE user_id = ? AND taken_at >= ? ORDER BY taken_at, id`, userID, unix(since))
	if err != nil {
		return nil, fmt.Errorf("store: list questionnaires: %w", err)
	}
	defer rows.Close()
	var qs []Questionnaire
	for rows.Next() {
		var q Questionnaire
		var items string
		var taken int64
		if err := rows.Scan(&q.ID, &q.UserID, &q.Kind, &q.Day, &items, &q.Difficulty, &q.Total, &taken); err != nil {
			return nil, fmt.Errorf("store: list questionnaires: %w", err)
		}
		if err := json.Unmarshal([]byte(items), &q.Items); err != nil {
			return nil, fmt.Errorf("store: questionnaire %d items: %w", q.ID, err)
		}
		q.TakenAt = fromUnix(taken)
		qs = append(qs, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list questionnaires: %w", err)
	}
	return qs, nil
}
