package trend

import (
	"context"
	"math"
	"math/rand"
	"path/filepath"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// sim runs Evaluate the way the core does: save the day's check-in, read
// the history back, evaluate, store each hit as a flag, apply the clears,
// and remember what was sent. The required histories run against a real
// SQLite store; long comparisons over many seeds, which test the rules
// rather than the store, may use the in-memory log.
type sim struct {
	t     *testing.T
	log   history
	cfg   Config
	items Items
	sent  []sentMessage
}

// history is where a sim keeps a person's log.
type history interface {
	saveCheckin(c store.Checkin)
	addQuestionnaire(q store.Questionnaire)
	read(day string, now time.Time) ([]store.Checkin, []store.Questionnaire, []store.Flag)
	addFlag(f store.Flag)
	clearFlag(id int64, at time.Time)
	flags() []store.Flag
}

type sentMessage struct {
	day   string
	rules []string
	text  string
}

// newSim runs against a fresh SQLite file.
func newSim(t *testing.T, cfg Config, items Items) *sim {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	u := store.User{Platform: "console", PlatformID: "sim", TZ: "UTC", CheckinTime: "20:00",
		SummaryTime: "18:00", QuietStart: "22:30", QuietEnd: "08:00"}
	if err := db.CreateUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	return &sim{t: t, log: &sqliteLog{t: t, ctx: ctx, db: db, user: u.ID}, cfg: cfg, items: items}
}

// newMemSim runs against an in-memory log.
func newMemSim(t *testing.T, cfg Config, items Items) *sim {
	return &sim{t: t, log: &memLog{}, cfg: cfg, items: items}
}

// at is the moment of the evening check-in on day.
func at(day string) time.Time {
	d, err := time.Parse(stats.DayLayout, day)
	if err != nil {
		panic(err)
	}
	return d.Add(20 * time.Hour)
}

// checkin saves c as day's answers and evaluates, as the core does after a saved check-in.
func (s *sim) checkin(day string, c store.Checkin) Result {
	s.t.Helper()
	c.Day = day
	s.log.saveCheckin(c)
	return s.evaluate(day, at(day))
}

// phq9 stores a completed PHQ-9 and evaluates, as the core does after one.
func (s *sim) phq9(day string, total int) Result {
	s.t.Helper()
	now := at(day).Add(time.Minute)
	s.log.addQuestionnaire(store.Questionnaire{Kind: "phq9", Day: day, Items: make([]int, 9), Difficulty: -1, Total: total, TakenAt: now})
	return s.evaluate(day, now)
}

func (s *sim) evaluate(day string, now time.Time) Result {
	s.t.Helper()
	cs, qs, flags := s.log.read(day, now)
	res := Evaluate(s.cfg, s.items, day, cs, qs, flags)
	if (res.Message == "") != (len(res.Hits) == 0) {
		s.t.Fatalf("%s: %d hits but message %q: every hit is told, and only hits are", day, len(res.Hits), res.Message)
	}
	var rules []string
	for _, h := range res.Hits {
		s.log.addFlag(store.Flag{Rule: h.Rule, Severity: Severity, Day: day, Detail: h.Detail, CreatedAt: now})
		rules = append(rules, h.Rule)
	}
	for _, id := range res.Clear {
		s.log.clearFlag(id, now)
	}
	if res.Message != "" {
		if n := len(s.sent); n > 0 && stats.DaysBetween(s.sent[n-1].day, day) < s.cfg.NudgeEveryDays {
			s.t.Fatalf("%s: a second trend message %d days after the one of %s", day, stats.DaysBetween(s.sent[n-1].day, day), s.sent[n-1].day)
		}
		s.sent = append(s.sent, sentMessage{day, rules, res.Message})
	}
	return res
}

// flags reads back every flag stored so far.
func (s *sim) flags() []store.Flag { return s.log.flags() }

// sqliteLog is the real store, read back exactly as the core reads it.
type sqliteLog struct {
	t    *testing.T
	ctx  context.Context
	db   *store.DB
	user int64
}

func (l *sqliteLog) saveCheckin(c store.Checkin) {
	l.db.Now = func() time.Time { return at(c.Day) }
	c.UserID = l.user
	if err := l.db.SaveCheckin(l.ctx, &c); err != nil {
		l.t.Fatal(err)
	}
}

func (l *sqliteLog) addQuestionnaire(q store.Questionnaire) {
	q.UserID = l.user
	if err := l.db.AddQuestionnaire(l.ctx, &q); err != nil {
		l.t.Fatal(err)
	}
}

func (l *sqliteLog) read(day string, now time.Time) ([]store.Checkin, []store.Questionnaire, []store.Flag) {
	cs, err := l.db.Checkins(l.ctx, l.user, stats.AddDays(day, -(HistoryDays()-1)), day)
	if err != nil {
		l.t.Fatal(err)
	}
	qs, err := l.db.Questionnaires(l.ctx, l.user, now.AddDate(-1, 0, 0))
	if err != nil {
		l.t.Fatal(err)
	}
	fs, err := l.db.Flags(l.ctx, l.user, now.AddDate(0, 0, -HistoryDays()))
	if err != nil {
		l.t.Fatal(err)
	}
	return cs, qs, fs
}

func (l *sqliteLog) addFlag(f store.Flag) {
	f.UserID = l.user
	if err := l.db.AddFlag(l.ctx, &f); err != nil {
		l.t.Fatal(err)
	}
}

func (l *sqliteLog) clearFlag(id int64, at time.Time) {
	if err := l.db.ClearFlag(l.ctx, id, at); err != nil {
		l.t.Fatal(err)
	}
}

func (l *sqliteLog) flags() []store.Flag {
	fs, err := l.db.Flags(l.ctx, l.user, time.Time{})
	if err != nil {
		l.t.Fatal(err)
	}
	return fs
}

// memLog keeps the log in slices, oldest first, as the store returns it.
type memLog struct {
	cs []store.Checkin
	qs []store.Questionnaire
	fs []store.Flag
}

func (l *memLog) saveCheckin(c store.Checkin)            { l.cs = append(l.cs, c) }
func (l *memLog) addQuestionnaire(q store.Questionnaire) { l.qs = append(l.qs, q) }
func (l *memLog) addFlag(f store.Flag) {
	f.ID = int64(len(l.fs) + 1)
	l.fs = append(l.fs, f)
}
func (l *memLog) clearFlag(id int64, at time.Time) { l.fs[id-1].ClearedAt = at }
func (l *memLog) flags() []store.Flag              { return l.fs }

func (l *memLog) read(day string, now time.Time) ([]store.Checkin, []store.Questionnaire, []store.Flag) {
	from := stats.AddDays(day, -(HistoryDays() - 1))
	i := len(l.cs)
	for i > 0 && l.cs[i-1].Day >= from {
		i--
	}
	return l.cs[i:], l.qs, l.fs
}

// person generates one day's answers around the given means, with the
// day-to-day noise of a real log: mood ±1 point, sleep ±0.6 h in half
// hours, quality following sleep, one day in ten missed.
type person struct {
	r     *rand.Rand
	items Items
}

func (p person) day(mood, sleep float64) (store.Checkin, bool) {
	r := p.r
	if r.Float64() < 0.1 {
		return store.Checkin{}, false
	}
	clampInt := func(x float64, lo, hi int) *int {
		v := min(max(int(math.Round(x)), lo), hi)
		return &v
	}
	h := min(max(math.Round((sleep+r.NormFloat64()*0.6)*2)/2, 0), 24)
	c := store.Checkin{
		Mood:         clampInt(mood+r.NormFloat64(), 0, 10),
		SleepHours:   &h,
		SleepQuality: clampInt(4+(h-7.5)*0.8+r.NormFloat64()*0.7, 1, 5),
	}
	if p.items.Energy {
		c.Energy = clampInt(mood+r.NormFloat64(), 0, 10)
	}
	if p.items.Interest {
		c.Interest = clampInt(mood+r.NormFloat64(), 0, 10)
	}
	if p.items.Medication {
		taken := r.Float64() >= 0.02
		c.MedTaken = &taken
	}
	return c, true
}

// Small constructors for hand-built days.
func ip(v int) *int                   { return &v }
func fp(v float64) *float64           { return &v }
func bp(v bool) *bool                 { return &v }
func dayN(start string, i int) string { return stats.AddDays(start, i) }
