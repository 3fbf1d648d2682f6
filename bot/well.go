package bot

import (
	"context"
	"fmt"

	"github.com/checkin-bot/checkin/bot/report"
	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/bot/trend"
	"github.com/checkin-bot/checkin/store"
)

// well is the person's well baseline as of day, as the trend engine holds
// it, for the summary and the report to compare with and to name.
func (b *Bot) well(ctx context.Context, u store.User, day string) (report.Well, error) {
	cs, err := b.db.Checkins(ctx, u.ID, stats.AddDays(day, -(trend.HistoryDays()-1)), day)
	if err != nil {
		return report.Well{}, fmt.Errorf("bot: well baseline: %w", err)
	}
	since, _ := parseDay(stats.AddDays(day, -trend.HistoryDays()))
	flags, err := b.db.Flags(ctx, u.ID, since)
	if err != nil {
		return report.Well{}, fmt.Errorf("bot: well baseline: %w", err)
	}
	st := trend.Describe(b.cfg.Trend, TrendItems(b.cfg.Items, u), day, cs, flags)
	w := report.Well{From: st.WellFrom, To: st.WellTo, Marked: st.Marked, OK: st.WellFrom != ""}
	for _, s := range st.Signals {
		switch s.Name {
		case "mood":
			w.Mood, w.OK = s.Well, w.OK && s.WellOK
		case "sleep":
			w.Sleep = s.Well
		}
	}
	return w, nil
}
