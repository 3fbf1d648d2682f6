package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/bot/trend"
	"github.com/checkin-bot/checkin/store"
)

// cmdTrends replays one person's stored history through the trend engine
// the bot runs and prints each flag that would have fired, then where each
// measure stands today. It sends nothing and stores nothing.
func cmdTrends(ctx context.Context, args []string, stdout io.Writer, now func() time.Time) error {
	var who, from string
	c, _, err := loadWithFlags("trends", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&who, "user", "", "one person, as PLATFORM:ID (e.g. telegram:123456)")
		fs.StringVar(&from, "from", "", "print flags from this day on (YYYY-MM-DD); the days before still count")
	})
	if err != nil {
		return err
	}
	if from != "" {
		if _, err := time.Parse(stats.DayLayout, from); err != nil {
			return fmt.Errorf("trends: -from %q should be a day such as 2026-03-01", from)
		}
	}
	db, err := c.openExisting(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := userFlag(ctx, db, "trends", who)
	if err != nil {
		return err
	}
	cs, err := db.Checkins(ctx, u.ID, "", "")
	if err != nil {
		return err
	}
	qs, err := db.Questionnaires(ctx, u.ID, time.Time{})
	if err != nil {
		return err
	}
	items, err := trendItems(ctx, db, c, u)
	if err != nil {
		return err
	}
	fired := trend.Replay(c.Trend, items, cs, qs, from)
	for _, f := range fired {
		fmt.Fprintf(stdout, "%s %s %s\n", f.Day, f.Rule, f.Detail)
	}
	if len(fired) == 0 {
		fmt.Fprintln(stdout, "no flag would have fired")
	}
	// The state as of today, or as of the last check-in when the history
	// stops earlier: an old history is described where it ends.
	today := localToday(u, now())
	if n := len(cs); n > 0 && cs[n-1].Day < today {
		today = cs[n-1].Day
	}
	var flags []store.Flag
	for _, f := range trend.Replay(c.Trend, items, cs, qs, "") {
		flags = append(flags, store.Flag{Rule: f.Rule, Day: f.Day})
	}
	printState(stdout, c.Trend, trend.Describe(c.Trend, items, today, cs, flags))
	return nil
}

// userFlag finds the person named by -user PLATFORM:ID.
func userFlag(ctx context.Context, db *store.DB, cmd, who string) (store.User, error) {
	platform, id, ok := strings.Cut(who, ":")
	if !ok || platform == "" || id == "" {
		return store.User{}, fmt.Errorf("%s: -user %q should look like telegram:123456", cmd, who)
	}
	u, err := db.UserByPlatform(ctx, platform, id)
	if err != nil {
		return store.User{}, fmt.Errorf("%s: %s: %w", cmd, who, err)
	}
	return u, nil
}

// localToday is the person's local day now (UTC when their zone is unknown).
func localToday(u store.User, now time.Time) string {
	loc, err := time.LoadLocation(u.TZ)
	if err != nil {
		loc = time.UTC
	}
	return stats.Day(now, loc)
}

func printState(w io.Writer, cfg trend.Config, st trend.State) {
	fmt.Fprintf(w, "\nstate on %s\n", st.Day)
	switch {
	case st.WellFrom == "":
		fmt.Fprintf(w, "well baseline: not yet established (it needs %d answered days within %d)\n", cfg.WellMinDays, cfg.WellDays)
	case st.Marked:
		fmt.Fprintf(w, "well baseline: %s to %s, marked with /baseline\n", st.WellFrom, st.WellTo)
	default:
		fmt.Fprintf(w, "well baseline: %s to %s\n", st.WellFrom, st.WellTo)
	}
	fmt.Fprintf(w, "%-14s %-18s %-22s %-14s %s\n", "measure", fmt.Sprintf("last %d days", st.RecentDays), "rolling (15–70 back)", "well baseline", "CUSUM / limit")
	val := func(x float64, ok bool, unit string) string {
		if !ok {
			return "—"
		}
		return strconv.FormatFloat(x, 'f', 1, 64) + unit
	}
	for _, s := range st.Signals {
		recent := val(s.Recent, s.RecentN > 0, s.Unit)
		if s.RecentN > 0 {
			recent += " (" + dayCount(s.RecentN) + ")"
		}
		cusum := "—"
		if s.WellOK && s.Limit > 0 {
			cusum = fmt.Sprintf("%.1f / %g", s.CUSUM, s.Limit)
		}
		fmt.Fprintf(w, "%-14s %-18s %-22s %-14s %s\n", s.Name, recent, val(s.Rolling, s.RollingOK, s.Unit), val(s.Well, s.WellOK, s.Unit), cusum)
	}
	if st.WellFrom != "" {
		fmt.Fprintf(w, "%-14s %-18s %-22s %-14s %.1f / %g\n", "combined", "", "", "", st.Combined, st.Limit)
	}
}

// trendItems is what the engine knows of the deployment and the person,
// as the bot builds it.
func trendItems(ctx context.Context, db *store.DB, c Config, u store.User) (trend.Items, error) {
	w, err := db.GetWellStretch(ctx, u.ID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return trend.Items{}, err
	}
	return bot.TrendItems(c.Checkin.Items, w), nil
}

// dayCount is "1 day" or "n days".
func dayCount(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}
