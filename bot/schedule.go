package bot

import (
	"context"
	"fmt"

	"github.com/checkin-bot/checkin/scheduler/next"
)

// rescheduleAndSave recomputes the person's next prompt instants after a
// settings change and saves the person and the dialogue state.
func (b *Bot) rescheduleAndSave(ctx context.Context, t *turn) error {
	if err := b.reschedule(ctx, t, false); err != nil {
		return err
	}
	return b.saveUserAndState(ctx, t)
}

func (b *Bot) reschedule(ctx context.Context, t *turn, first bool) error {
	if t.user.OnboardedAt.IsZero() {
		return nil
	}
	last, err := b.db.LastPeriod(ctx, t.user.ID, "checkin")
	if err != nil {
		return fmt.Errorf("bot: reschedule: %w", err)
	}
	catchUp := b.cfg.CatchUp
	if catchUp <= 0 {
		catchUp = next.DefaultCatchUp
	}
	if first {
		// A prompt right after setup would be odd: no catching up, so the
		// first comes at the chosen time (later today, or tomorrow), and
		// /checkin works now.
		catchUp = 0
	}
	next.RescheduleWithin(&t.user, b.now(), last, catchUp)
	if b.cfg.PHQ9.Enabled && t.user.NextPHQ9.IsZero() {
		t.user.NextPHQ9 = t.user.NextCheckin.AddDate(0, 0, b.cfg.PHQ9.Every)
	}
	return nil
}
