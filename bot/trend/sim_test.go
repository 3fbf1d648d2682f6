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

// sim runs Evaluate the way the core does, against a real SQLite store:
// save the day's check-in, read the history back, evaluate, store each hit
// as a flag, apply the clears, and remember what was sent.
type sim struct {
	t     *testing.T
	ctx   context.Context
	db    *store.DB
	user  store.User
	cfg   Config
	items Items
	sent  []sentMessage
}

type sentMessage struct {
	day   string
	rules []string
	text  string
}

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
	return &sim{t: t, ctx: ctx, db: db, user: u, cfg: cfg, items: items}
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
	s.db.Now = func() time.Time { return at(day) }
	c.UserID, c.Day = s.user.ID, day
	if err := s.db.SaveCheckin(s.ctx, &c); err != nil {
		s.t.Fatal(err)
	}
	return s.evaluate(day)
}

// phq9 stores a completed PHQ-9 and evaluates, as the core does after one.
func (s *sim) phq9(day string, total int) Result {
	s.t.Helper()
	s.db.Now = func() time.Time { return at(day).Add(time.Minute) }
	q := store.Questionnaire{UserID: s.user.ID, Kind: "phq9", Day: day, Items: make([]int, 9), Difficulty: -1, Total: total}
	if err := s.db.AddQuestionnaire(s.ctx, &q); err != nil {
		s.t.Fatal(err)
	}
	return s.evaluate(day)
}

func (s *sim) evaluate(day string) Result {
	s.t.Helper()
	now := s.db.Now()
	cs, err := s.db.Checkins(s.ctx, s.user.ID, stats.AddDays(day, -(HistoryDays()-1)), day)
	if err != nil {
		s.t.Fatal(err)
	}
	qs, err := s.db.Questionnaires(s.ctx, s.user.ID, now.AddDate(-1, 0, 0))
	if err != nil {
		s.t.Fatal(err)
	}
	flags, err := s.db.Flags(s.ctx, s.user.ID, now.AddDate(0, 0, -HistoryDays()))
	if err != nil {
		s.t.Fatal(err)
	}
	res := Evaluate(s.cfg, s.items, day, cs, qs, flags)
	if (res.Message == "") != (len(res.Hits) == 0) {
		s.t.Fatalf("%s: %d hits but message %q: every hit is told, and only hits are", day, len(res.Hits), res.Message)
	}
	var rules []string
	for _, h := range res.Hits {
		f := store.Flag{UserID: s.user.ID, Rule: h.Rule, Severity: Severity, Day: day, Detail: h.Detail}
		if err := s.db.AddFlag(s.ctx, &f); err != nil {
			s.t.Fatal(err)
		}
		rules = append(rules, h.Rule)
	}
	for _, id := range res.Clear {
		if err := s.db.ClearFlag(s.ctx, id, now); err != nil {
			s.t.Fatal(err)
		}
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
func (s *sim) flags() []store.Flag {
	s.t.Helper()
	fs, err := s.db.Flags(s.ctx, s.user.ID, time.Time{})
	if err != nil {
		s.t.Fatal(err)
	}
	return fs
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
