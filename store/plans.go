package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// PlanSteps is the number of steps of a safety plan.
const PlanSteps = 6

// PlanStep is one step of a person's safety plan, in their own words.
type PlanStep struct {
	Step      int // 1 … PlanSteps
	Text      string
	UpdatedAt time.Time
}

// PlanNudges says when checkin last offered the plan and when a weekly
// summary last mentioned it.
type PlanNudges struct {
	OfferedAt   time.Time
	MentionedAt time.Time
}

// SavePlanStep keeps the person's words for one step; empty text removes
// the step (skipped, or cleared when editing).
func (s *DB) SavePlanStep(ctx context.Context, userID int64, step int, text string) error {
	if step < 1 || step > PlanSteps {
		return fmt.Errorf("store: save plan step %d: steps run from 1 to %d", step, PlanSteps)
	}
	var err error
	if text == "" {
		_, err = s.w.ExecContext(ctx, `DELETE FROM safety_plan_steps WHERE user_id = ? AND step = ?`, userID, step)
	} else {
		_, err = s.w.ExecContext(ctx, `INSERT INTO safety_plan_steps (user_id, step, text, updated_at) VALUES (?,?,?,?)
			ON CONFLICT (user_id, step) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
			userID, step, text, s.Now().Unix())
	}
	if err != nil {
		return fmt.Errorf("store: save plan step %d: %w", step, err)
	}
	return nil
}

// Plan lists the steps the person has written, in step order.
func (s *DB) Plan(ctx context.Context, userID int64) ([]PlanStep, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT step, text, updated_at FROM safety_plan_steps
		WHERE user_id = ? ORDER BY step`, userID)
	if err != nil {
		return nil, fmt.Errorf("store: read plan: %w", err)
	}
	defer rows.Close()
	var ps []PlanStep
	for rows.Next() {
		var p PlanStep
		var at int64
		if err := rows.Scan(&p.Step, &p.Text, &at); err != nil {
			return nil, fmt.Errorf("store: read plan: %w", err)
		}
		p.UpdatedAt = fromUnix(at)
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: read plan: %w", err)
	}
	return ps, nil
}

// Nudges reads when the plan was last offered and mentioned (zero times
// when never).
func (s *DB) Nudges(ctx context.Context, userID int64) (PlanNudges, error) {
	var offered, mentioned int64
	err := s.db.QueryRowContext(ctx, `SELECT offered_at, mentioned_at FROM safety_plan_nudges WHERE user_id = ?`, userID).
		Scan(&offered, &mentioned)
	if errors.Is(err, sql.ErrNoRows) {
		return PlanNudges{}, nil
	}
	if err != nil {
		return PlanNudges{}, fmt.Errorf("store: read plan nudges: %w", err)
	}
	return PlanNudges{OfferedAt: fromUnix(offered), MentionedAt: fromUnix(mentioned)}, nil
}

// MarkPlanOffered records that the plan was offered at at.
func (s *DB) MarkPlanOffered(ctx context.Context, userID int64, at time.Time) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO safety_plan_nudges (user_id, offered_at) VALUES (?,?)
		ON CONFLICT (user_id) DO UPDATE SET offered_at = excluded.offered_at`, userID, unix(at))
	if err != nil {
		return fmt.Errorf("store: mark plan offered: %w", err)
	}
	return nil
}

// MarkPlanMentioned records that a weekly summary mentioned the plan at at.
func (s *DB) MarkPlanMentioned(ctx context.Context, userID int64, at time.Time) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO safety_plan_nudges (user_id, mentioned_at) VALUES (?,?)
		ON CONFLICT (user_id) DO UPDATE SET mentioned_at = excluded.mentioned_at`, userID, unix(at))
	if err != nil {
		return fmt.Errorf("store: mark plan mentioned: %w", err)
	}
	return nil
}
