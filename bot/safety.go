package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/crisis"
	"github.com/checkin-bot/checkin/bot/risk"
	"github.com/checkin-bot/checkin/bot/trend"
	"github.com/checkin-bot/checkin/store"
)

// acute answers risk language at once, every time, with no cooldown: the
// crisis lines for the person's country first. A flag keeps the rule and
// the time, never the words.
func (b *Bot) acute(ctx context.Context, t *turn, r risk.Result) error {
	for _, reply := range b.withPlan(ctx, t, b.acuteText(t, r)) {
		reply.Urgent = true // sent ahead of replies still waiting for the chat
		t.replies = append(t.replies, reply)
	}
	// Only the level is kept, logged and counted: the detector's finer rule
	// names the phrase family, which says too much about the words.
	rule := "acute." + r.Level.String()
	if strings.HasPrefix(r.Rule, "phq9.") {
		rule = r.Rule
	}
	if !t.known || t.user.ConsentAt.IsZero() {
		b.obs.FlagRaised(rule)
		return nil // nothing is stored about someone who has not agreed
	}
	f := store.Flag{UserID: t.user.ID, Rule: rule, Severity: "acute", Day: b.today(t.user),
		Detail: "words that may mean thoughts of self-harm (" + r.Level.String() + ")"}
	if t.in.Data == "" {
		// A message delivered again or edited is answered again, but
		// flagged once per level.
		f.Message = t.in.MessageID
	}
	if err := b.db.AddFlag(ctx, &f); err != nil {
		return fmt.Errorf("bot: store acute flag: %w", err)
	}
	if f.ID == 0 {
		return nil // this message was flagged at this level before
	}
	b.obs.FlagRaised(rule)
	b.log.Warn("acute risk language answered with crisis lines", "user", t.user.ID, "platform", t.in.Platform, "rule", rule)
	return b.offerTrusted(ctx, t, 0)
}

// acuteText is the crisis reply for the person's country; when they have
// not set one (no setup yet, a skipped country, a slash command in a
// server) the platform's language hint picks a likely country, shown as
// a guess beside the international directory.
// rulePast is the detector's rule for thoughts told as past and resolved
// ("I used to want to die, I'm better now"): answered, gently.
const rulePast = "acute.passive.past"

func (b *Bot) acuteText(t *turn, r risk.Result) string {
	o := crisis.AcuteOptions{Urgent: r.Urgent(), Past: r.Rule == rulePast,
		Untracked: !t.known || t.user.ConsentAt.IsZero()}
	code := t.user.Country
	if code == "" {
		if guess, ok := crisis.CountryForLocale(t.in.Locale); ok {
			code, o.Guessed = guess, true
		}
	}
	return b.cfg.Crisis.AcuteWith(code, o)
}

// helpText is /crisis, with the same guess as acuteText.
func (b *Bot) helpText(t *turn) string {
	if t.user.Country == "" {
		if code, ok := crisis.CountryForLocale(t.in.Locale); ok {
			return b.cfg.Crisis.HelpGuess(code)
		}
	}
	return b.cfg.Crisis.Help(t.user.Country)
}

// trendItems is what the trend rules need to know of the deployment and
// of the person: the items asked and the stretch they marked, if any.
func (b *Bot) trendItems(ctx context.Context, u store.User) (trend.Items, error) {
	w, err := b.db.GetWellStretch(ctx, u.ID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return trend.Items{}, fmt.Errorf("bot: trend rules: %w", err)
	}
	return TrendItems(b.cfg.Items, w), nil
}

// TrendItems is what the trend engine needs to know of a deployment's
// items and of one person's marked well stretch (zero when none), the
// same for the bot and for `checkin trends`.
func TrendItems(items Items, w store.WellStretch) trend.Items {
	return trend.Items{Energy: items.Energy, Interest: items.Interest, Medication: items.Medication,
		Well: trend.Stretch{From: w.From, To: w.To}}
}

// afterCheckin runs the trend rules once a day's check-in is complete (or
// after a questionnaire), stores what fired and adds the gentle message.
func (b *Bot) afterCheckin(ctx context.Context, t *turn, day string) error {
	msg, fired, err := b.evaluate(ctx, t.user, day)
	if err != nil {
		return err
	}
	if msg != "" {
		t.replies = append(t.replies, Reply{Text: msg, Private: true})
	}
	return b.afterTrend(ctx, t, day, fired)
}

// evaluate runs the trend rules and returns the message and the rules that fired.
func (b *Bot) evaluate(ctx context.Context, u store.User, day string) (string, []string, error) {
	hist := trend.HistoryDays()
	from, _ := parseDay(day)
	cs, err := b.db.Checkins(ctx, u.ID, from.AddDate(0, 0, -hist).Format("2006-01-02"), day)
	if err != nil {
		return "", nil, fmt.Errorf("bot: trend rules: %w", err)
	}
	since := b.now().AddDate(0, 0, -hist)
	flags, err := b.db.Flags(ctx, u.ID, since)
	if err != nil {
		return "", nil, fmt.Errorf("bot: trend rules: %w", err)
	}
	qs, err := b.db.Questionnaires(ctx, u.ID, time.Time{})
	if err != nil {
		return "", nil, fmt.Errorf("bot: trend rules: %w", err)
	}
	items, err := b.trendItems(ctx, u)
	if err != nil {
		return "", nil, err
	}
	res := trend.Evaluate(b.cfg.Trend, items, day, cs, qs, flags)
	var fired []string
	for _, h := range res.Hits {
		fired = append(fired, h.Rule)
		f := store.Flag{UserID: u.ID, Rule: h.Rule, Severity: "trend", Day: day, Detail: h.Detail}
		if err := b.db.AddFlag(ctx, &f); err != nil {
			return "", nil, fmt.Errorf("bot: store trend flag: %w", err)
		}
		b.obs.FlagRaised(h.Rule)
		b.log.Info("trend rule fired", "user", u.ID, "rule", h.Rule)
	}
	for _, id := range res.Clear {
		if err := b.db.ClearFlag(ctx, id, b.now()); err != nil {
			return "", nil, fmt.Errorf("bot: clear trend flag: %w", err)
		}
	}
	return res.Message, fired, nil
}
