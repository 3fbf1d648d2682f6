package bot

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

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
	items, err := b.trendItems(ctx, u)
	if err != nil {
		return report.Well{}, err
	}
	st := trend.Describe(b.cfg.Trend, items, day, cs, flags)
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

// Bounds of a marked stretch.
const (
	markMinDays   = 14
	markMaxDays   = 182
	markMinAnswer = 14 // as the engine needs (trend's minMarkedDays)
)

var (
	reMarkWeeks = regexp.MustCompile(`(?i)^(?:the\s+)?(?:last|past)?\s*(\d{1,3})\s*(weeks?|wks?|w|months?|days?|d)$`)
	reMarkDay   = regexp.MustCompile(`\d{4}-\d{1,2}-\d{1,2}`)
)

// baseline is /baseline: show the stretch the trend engine compares with,
// mark one ("I was doing well then"), or forget the marked one.
func (b *Bot) baseline(ctx context.Context, t *turn, args string) error {
	args = strings.TrimSpace(args)
	today := b.today(t.user)
	switch strings.ToLower(args) {
	case "":
		return b.showBaseline(ctx, t, today)
	case "clear", "off", "reset", "forget", "remove", "none", "delete":
		if _, err := b.db.GetWellStretch(ctx, t.user.ID); errors.Is(err, store.ErrNotFound) {
			t.say(txtBaselineNothing)
			return nil
		}
		if err := b.db.ClearWellStretch(ctx, t.user.ID); err != nil {
			return fmt.Errorf("bot: clear baseline: %w", err)
		}
		t.say(txtBaselineCleared)
		return nil
	}
	from, to, ok := markedStretch(args, today)
	if !ok {
		t.say(txtBaselineReask)
		return nil
	}
	switch n := stats.DaysBetween(from, to) + 1; {
	case to > today:
		t.say(txtBaselineFuture)
		return nil
	case n < markMinDays || n > markMaxDays:
		t.say(txtBaselineLength)
		return nil
	case stats.DaysBetween(from, today) >= trend.HistoryDays()-1:
		t.say(txtBaselineOld)
		return nil
	}
	cs, err := b.db.Checkins(ctx, t.user.ID, from, to)
	if err != nil {
		return fmt.Errorf("bot: baseline: %w", err)
	}
	answered := stats.Count(cs, from, to, stats.Mood)
	words := stretchPhrase(from, to)
	if answered < markMinAnswer {
		t.say(fmt.Sprintf(txtBaselineSparse, answered, words, markMinAnswer))
		return nil
	}
	if err := b.db.SetWellStretch(ctx, t.user.ID, from, to); err != nil {
		return fmt.Errorf("bot: baseline: %w", err)
	}
	t.say(fmt.Sprintf(txtBaselineSet, words, answered))
	return nil
}

func (b *Bot) showBaseline(ctx context.Context, t *turn, today string) error {
	w, err := b.well(ctx, t.user, today)
	if err != nil {
		return err
	}
	if !w.OK {
		t.say(txtBaselineNone)
		return nil
	}
	then := fmt.Sprintf(txtBaselineThen, strconv.FormatFloat(math.Round(w.Mood*10)/10, 'f', -1, 64), hoursPhrase(w.Sleep))
	if w.Sleep == 0 {
		then = fmt.Sprintf(txtBaselineThenMood, strconv.FormatFloat(math.Round(w.Mood*10)/10, 'f', -1, 64))
	}
	if w.Marked {
		t.say(fmt.Sprintf(txtBaselineMarked, stretchPhrase(w.From, w.To), then))
	} else {
		t.say(fmt.Sprintf(txtBaselineFound, stretchPhrase(w.From, w.To), then))
	}
	return nil
}

// markedStretch reads "2026-03-01 2026-04-30" (in either order, with "to"
// or a dash between as the person likes) or "last 8 weeks" (also months
// and days), ending today.
func markedStretch(args, today string) (from, to string, ok bool) {
	if m := reMarkWeeks.FindStringSubmatch(strings.TrimSpace(args)); m != nil {
		n, err := strconv.Atoi(m[1])
		if err != nil || n < 1 {
			return "", "", false
		}
		days := n
		switch unit := strings.ToLower(m[2]); {
		case strings.HasPrefix(unit, "w"):
			days = 7 * n
		case strings.HasPrefix(unit, "m"):
			days = 30 * n
		}
		days = min(days, 10000)
		return stats.AddDays(today, -(days - 1)), today, true
	}
	ds := reMarkDay.FindAllString(args, -1)
	if len(ds) != 2 {
		return "", "", false
	}
	var out [2]string
	for i, d := range ds {
		t, err := time.Parse("2006-1-2", d)
		if err != nil {
			return "", "", false
		}
		out[i] = t.Format(stats.DayLayout)
	}
	if out[0] > out[1] {
		out[0], out[1] = out[1], out[0]
	}
	return out[0], out[1], true
}

// stretchPhrase writes a stretch as "Mar 3, 2026 – Apr 27, 2026".
func stretchPhrase(from, to string) string {
	a, err1 := time.Parse(stats.DayLayout, from)
	z, err2 := time.Parse(stats.DayLayout, to)
	if err1 != nil || err2 != nil {
		return from + " – " + to
	}
	return a.Format(baselineStretchWords) + " – " + z.Format(baselineStretchWords)
}

// hoursPhrase writes hours of sleep as "7.5 h".
func hoursPhrase(h float64) string {
	return strconv.FormatFloat(math.Round(h*10)/10, 'f', -1, 64) + " h"
}
