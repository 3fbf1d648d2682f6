package scheduler

import (
	"context"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

func TestWeeklySummary(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(u *store.User) // applied at the start, as a settings change
		want    []time.Time
		periods []string
	}{
		{name: "sunday 18:00 new york", want: []time.Time{utc(2026, 11, 29, 23, 0), utc(2026, 12, 6, 23, 0)},
			periods: []string{"2026-W48", "2026-W49"}},
		{name: "saturday 10:00", edit: func(u *store.User) { u.SummaryDay, u.SummaryTime = time.Saturday, "10:00" },
			want: []time.Time{utc(2026, 11, 28, 15, 0), utc(2026, 12, 5, 15, 0)}, periods: []string{"2026-W48", "2026-W49"}},
		{name: "paused over the first sunday", edit: func(u *store.User) { u.PausedUntil = utc(2026, 12, 1, 0, 0) },
			want: []time.Time{utc(2026, 12, 6, 23, 0)}, periods: []string{"2026-W49"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, utc(2026, 11, 25, 12, 0))
			u := e.add("p", person{tz: "America/New_York"})
			if tt.edit != nil {
				e.change(u.ID, tt.edit)
			}
			e.run(utc(2026, 12, 7, 12, 0), time.Hour)
			got := e.out.of("p", "summary")
			if len(got) != len(tt.want) {
				t.Fatalf("got summaries %v, want %v", got, tt.want)
			}
			for i := range got {
				if !got[i].At.Equal(tt.want[i]) {
					t.Errorf("summary %d at %s, want %s", i, got[i].At, tt.want[i])
				}
				if r := e.send(u.ID, "summary", tt.periods[i]); r.State != store.SendSent {
					t.Errorf("period %s state %q, want sent", tt.periods[i], r.State)
				}
			}
		})
	}
}

func TestPHQ9EveryTwoWeeks(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 12, 0))
	u := e.add("p", person{})
	ctx := context.Background()
	if err := e.s.Maintain(ctx); err != nil {
		t.Fatal(err)
	}
	first := utc(2026, 12, 9, 20, 0)
	if got, _ := e.db.UserByID(ctx, u.ID); !got.NextPHQ9.Equal(first) {
		t.Fatalf("first PHQ-9 at %s, want %s", got.NextPHQ9, first)
	}
	for _, due := range []time.Time{first, first.AddDate(0, 0, 14)} {
		e.clock.Set(due.Add(-time.Hour))
		e.run(due.Add(2*time.Hour), time.Hour)
	}
	got := e.out.of("p", "phq9")
	if len(got) != 2 || !got[0].At.Equal(first) || !got[1].At.Equal(first.AddDate(0, 0, 14)) {
		t.Fatalf("PHQ-9 prompts %v, want at %s and two weeks later", got, first)
	}
	if got, _ := e.db.UserByID(ctx, u.ID); !got.NextPHQ9.Equal(first.AddDate(0, 0, 28)) {
		t.Fatalf("next PHQ-9 at %s, want four weeks after the first", got.NextPHQ9)
	}
}

func TestPHQ9Disabled(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 12, 0))
	e.cfg.PHQ9Enabled = false
	e.s = e.scheduler(e.db)
	u := e.add("p", person{})
	ctx := context.Background()
	if err := e.s.Maintain(ctx); err != nil {
		t.Fatal(err)
	}
	// Even a stored instant from when it was enabled is not acted on.
	if _, err := e.db.SetNextDue(ctx, u.ID, "phq9", time.Time{}, utc(2026, 11, 25, 13, 0)); err != nil {
		t.Fatal(err)
	}
	e.run(utc(2026, 11, 25, 15, 0), time.Hour)
	if got := e.out.of("p", "phq9"); len(got) != 0 {
		t.Fatalf("PHQ-9 sent while disabled: %v", got)
	}
}
