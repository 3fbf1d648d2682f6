package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/bot/trend"
	"github.com/checkin-bot/checkin/store"
)

// SafetyPlanConfig says when checkin offers the safety plan.
type SafetyPlanConfig struct {
	// OfferBelow: a check-in with mood at or below this offers the plan
	// (and counts toward a persisting low); -1 turns that off. Trend flags
	// offer it either way.
	OfferBelow int `yaml:"offer_below"`
	// OfferEveryDays: at most one offer (of the plan, or after a trend of
	// telling the trusted person) per this many days.
	OfferEveryDays int `yaml:"offer_every_days"`
	// MentionEveryDays: a weekly summary mentions /plan, to someone without
	// a plan, at most once per this many days.
	MentionEveryDays int `yaml:"mention_every_days"`
}

// DefaultSafetyPlanConfig offers the plan after a mood of 3 or less, at
// most every two weeks, and mentions it in a summary at most monthly.
func DefaultSafetyPlanConfig() SafetyPlanConfig {
	return SafetyPlanConfig{OfferBelow: 3, OfferEveryDays: 14, MentionEveryDays: 30}
}

func (c SafetyPlanConfig) validate() error {
	switch {
	case c.OfferBelow < -1 || c.OfferBelow > 10:
		return fmt.Errorf("safety_plan.offer_below: %d is out of range; use a mood from 0 to 10, or -1 to offer only after trend flags", c.OfferBelow)
	case c.OfferEveryDays < 1 || c.OfferEveryDays > 365:
		return fmt.Errorf("safety_plan.offer_every_days: %d is out of range; use 1 to 365 (14 is usual)", c.OfferEveryDays)
	case c.MentionEveryDays < 28 || c.MentionEveryDays > 365:
		return fmt.Errorf("safety_plan.mention_every_days: %d is out of range; use 28 to 365 (at most monthly)", c.MentionEveryDays)
	}
	return nil
}

// persistLowDays: a low check-in on this many of the last seven days is a
// low that persists.
const persistLowDays = 3

// afterTrend follows the trend rules of a finished check-in (fired: the
// rules that fired now). After a flag or a low day it offers the plan,
// gently and rarely; when the trend persists and a trusted person is
// linked, it asks whether to let them know.
func (b *Bot) afterTrend(ctx context.Context, t *turn, day string, fired []string) error {
	if t.quiet {
		return nil // the crisis reply has just been given, with its own offer
	}
	lowDays, err := b.lowDays(ctx, t.user, day)
	if err != nil {
		return err
	}
	if len(fired) == 0 && lowDays == 0 {
		return nil
	}
	n, err := b.db.Nudges(ctx, t.user.ID)
	if err != nil {
		return err
	}
	rest := time.Duration(b.cfg.SafetyPlan.OfferEveryDays) * 24 * time.Hour
	if n.OfferedAt.IsZero() || b.now().Sub(n.OfferedAt) >= rest {
		if err := b.offerPlan(ctx, t); err != nil {
			return err
		}
	}
	persists, err := b.persists(ctx, t.user, day, fired, lowDays)
	if err != nil || !persists {
		return err
	}
	return b.offerTrusted(ctx, t, rest)
}

// lowDays counts the last seven days, ending on day, whose mood was at or
// below the floor; zero when day itself was not low.
func (b *Bot) lowDays(ctx context.Context, u store.User, day string) (int, error) {
	floor := b.cfg.SafetyPlan.OfferBelow
	if floor < 0 {
		return 0, nil
	}
	cs, err := b.db.Checkins(ctx, u.ID, stats.AddDays(day, -6), day)
	if err != nil {
		return 0, fmt.Errorf("bot: low days: %w", err)
	}
	n, today := 0, false
	for _, c := range cs {
		if c.Mood != nil && *c.Mood <= floor {
			n++
			today = today || c.Day == day
		}
	}
	if !today {
		return 0, nil
	}
	return n, nil
}

// persists reports a trend that goes on: low mood that persists by the
// trend rules, a rule firing again within three months, or a low check-in
// on several days of one week.
func (b *Bot) persists(ctx context.Context, u store.User, day string, fired []string, lowDays int) (bool, error) {
	if lowDays >= persistLowDays {
		return true, nil
	}
	if len(fired) == 0 {
		return false, nil
	}
	earlier, err := b.db.Flags(ctx, u.ID, b.now().AddDate(0, 0, -90))
	if err != nil {
		return false, fmt.Errorf("bot: earlier flags: %w", err)
	}
	for _, rule := range fired {
		if rule == trend.RulePersist || rule == trend.RulePHQ9Severe {
			return true, nil
		}
		for _, f := range earlier {
			if f.Rule == rule && f.Day < day {
				return true, nil
			}
		}
	}
	return false, nil
}

// offerPlan asks, once, whether they would like to write a plan, or to
// look at the one they have.
func (b *Bot) offerPlan(ctx context.Context, t *turn) error {
	steps, err := b.planSteps(ctx, t.user)
	if err != nil {
		return err
	}
	later := Button{Label: lblNotNow, Data: EncodeButton(ButtonData{Kind: 's', Field: "later", Value: "1"})}
	if len(steps) == 0 {
		t.ask(txtPlanOffer, [][]Button{{{Label: lblPlanStart, Data: EncodeButton(ButtonData{Kind: 's', Field: "start", Value: "1"})}, later}})
	} else {
		t.ask(txtPlanOfferSee, [][]Button{{{Label: lblPlanShow, Data: EncodeButton(ButtonData{Kind: 's', Field: "show", Value: "1"})}, later}})
	}
	return b.db.MarkPlanOffered(ctx, t.user.ID, b.now())
}

// mentionPlan adds a line about /plan to a weekly summary, for someone
// without a plan, at most once a month. A failure here never holds the
// summary back.
func (b *Bot) mentionPlan(ctx context.Context, u store.User, r *Reply) {
	ps, err := b.db.Plan(ctx, u.ID)
	if err == nil && len(ps) > 0 {
		return
	}
	n, err2 := b.db.Nudges(ctx, u.ID)
	if err != nil || err2 != nil {
		b.log.Error("weekly summary sent without the plan line", "user", u.ID, "err", fmt.Sprint(err, err2))
		return
	}
	every := time.Duration(b.cfg.SafetyPlan.MentionEveryDays) * 24 * time.Hour
	if !n.MentionedAt.IsZero() && b.now().Sub(n.MentionedAt) < every {
		return
	}
	if err := b.db.MarkPlanMentioned(ctx, u.ID, b.now()); err != nil {
		b.log.Error("weekly summary sent without the plan line", "user", u.ID, "err", err)
		return
	}
	r.Text = strings.TrimRight(r.Text, "\n") + "\n\n" + txtPlanMention
}
