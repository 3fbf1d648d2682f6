package scheduler

import (
	"context"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

func TestReminder(t *testing.T) {
	mood, sleep := 5, 7.5
	tests := []struct {
		name  string
		p     person
		after func(e *env, u store.User) // at the check-in prompt
		want  []time.Time
	}{
		{name: "unanswered: one reminder three hours later", p: person{at: "12:00"},
			want: []time.Time{utc(2026, 11, 25, 15, 0)}},
		{name: "answered: none", p: person{at: "12:00"},
			after: func(e *env, u store.User) {
				if err := e.db.SaveCheckin(context.Background(), &store.Checkin{UserID: u.ID, Day: "2026-11-25", Mood: &mood}); err != nil {
					e.t.Fatal(err)
				}
			}},
		{name: "only sleep answered: still reminded", p: person{at: "12:00"},
			after: func(e *env, u store.User) {
				if err := e.db.SaveCheckin(context.Background(), &store.Checkin{UserID: u.ID, Day: "2026-11-25", SleepHours: &sleep}); err != nil {
					e.t.Fatal(err)
				}
			},
			want: []time.Time{utc(2026, 11, 25, 15, 0)}},
		{name: "would land in the night's quiet hours: none", p: person{at: "20:00"}},
		{name: "would land in the morning's quiet hours: at their end", p: person{at: "04:00"},
			want: []time.Time{utc(2026, 11, 25, 8, 0)}},
		{name: "quiet hours changed to cover it: none", p: person{at: "12:00"},
			after: func(e *env, u store.User) {
				e.change(u.ID, func(u *store.User) { u.QuietStart, u.QuietEnd = "14:00", "16:00" })
			}},
		{name: "paused after the prompt: none", p: person{at: "12:00"},
			after: func(e *env, u store.User) {
				e.change(u.ID, func(u *store.User) { u.PausedUntil = e.clock.Now().Add(48 * time.Hour) })
			}},
		{name: "kathmandu evening outside quiet hours", p: person{tz: "Asia/Kathmandu", at: "19:00"},
			want: []time.Time{utc(2026, 11, 25, 16, 15)}},
		{name: "kathmandu later evening inside quiet hours: none", p: person{tz: "Asia/Kathmandu", at: "20:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, utc(2026, 11, 24, 23, 0))
			u := e.add("p", tt.p)
			for len(e.out.of("p", "checkin")) == 0 {
				e.clock.Add(15 * time.Minute)
				e.sweep(e.s)
			}
			if tt.after != nil {
				tt.after(e, u)
			}
			e.run(utc(2026, 11, 26, 2, 0), time.Hour)
			got := e.out.of("p", "reminder")
			if len(got) != len(tt.want) {
				t.Fatalf("got reminders %v, want %v", got, tt.want)
			}
			for i := range got {
				if !got[i].At.Equal(tt.want[i]) {
					t.Errorf("reminder at %s, want %s", got[i].At, tt.want[i])
				}
			}
		})
	}
}

func TestRemindersOff(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 11, 0))
	e.cfg.ReminderAfter = 0
	e.s = e.scheduler(e.db)
	e.add("p", person{at: "12:00"})
	e.run(utc(2026, 11, 25, 20, 0), time.Hour)
	if len(e.out.of("p", "checkin")) != 1 || len(e.out.of("p", "reminder")) != 0 {
		t.Fatalf("deliveries %v, want one check-in and no reminder", e.out.all())
	}
}
