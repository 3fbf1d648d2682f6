package scheduler

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

func TestDailyCheckinAcrossDays(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 24, 12, 0))
	e.add("ny", person{tz: "America/New_York", at: "20:00"})
	e.run(utc(2026, 11, 27, 12, 0), time.Hour)
	got := e.out.of("ny", "checkin")
	want := []time.Time{utc(2026, 11, 25, 1, 0), utc(2026, 11, 26, 1, 0), utc(2026, 11, 27, 1, 0)}
	if len(got) != len(want) {
		t.Fatalf("got %d check-ins %+v, want %d", len(got), got, len(want))
	}
	for i, d := range got {
		if !d.At.Equal(want[i]) {
			t.Errorf("check-in %d at %s, want %s", i, d.At, want[i])
		}
	}
}

// TestChangeMidDay: a person changing their time or zone during the day
// gets no second prompt for a day that had one and loses no day.
func TestChangeMidDay(t *testing.T) {
	tests := []struct {
		name   string
		zone   string
		at     string
		change time.Time // when the change happens
		edit   func(*store.User)
		end    time.Time
		want   []time.Time
	}{
		{
			name: "later time after today's prompt: nothing more today",
			zone: "Europe/London", at: "09:00", change: utc(2026, 11, 25, 10, 0),
			edit: func(u *store.User) { u.CheckinTime = "21:00" },
			end:  utc(2026, 11, 26, 23, 0),
			want: []time.Time{utc(2026, 11, 25, 9, 0), utc(2026, 11, 26, 21, 0)},
		},
		{
			name: "earlier time already passed, today not prompted: prompt now",
			zone: "Europe/London", at: "21:00", change: utc(2026, 11, 25, 10, 0),
			edit: func(u *store.User) { u.CheckinTime = "09:00" },
			end:  utc(2026, 11, 26, 23, 0),
			want: []time.Time{utc(2026, 11, 25, 10, 0), utc(2026, 11, 26, 9, 0)},
		},
		{
			name: "london to new york after the london prompt: next new york day",
			zone: "Europe/London", at: "20:00", change: utc(2026, 11, 25, 21, 0),
			edit: func(u *store.User) { u.TZ = "America/New_York" },
			end:  utc(2026, 11, 28, 0, 0),
			want: []time.Time{utc(2026, 11, 25, 20, 0), utc(2026, 11, 27, 1, 0)},
		},
		{
			name: "new york to london before the prompt: today in london",
			zone: "America/New_York", at: "20:00", change: utc(2026, 11, 25, 14, 0),
			edit: func(u *store.User) { u.TZ = "Europe/London" },
			end:  utc(2026, 11, 26, 23, 0),
			// 01:00 UTC is New York's prompt for the 24th.
			want: []time.Time{utc(2026, 11, 25, 1, 0), utc(2026, 11, 25, 20, 0), utc(2026, 11, 26, 20, 0)},
		},
		{
			name: "kathmandu to kolkata an hour after the prompt",
			zone: "Asia/Kathmandu", at: "20:00", change: utc(2026, 11, 25, 15, 15),
			edit: func(u *store.User) { u.TZ = "Asia/Kolkata" },
			end:  utc(2026, 11, 27, 0, 0),
			want: []time.Time{utc(2026, 11, 25, 14, 15), utc(2026, 11, 26, 14, 30)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, utc(2026, 11, 25, 0, 0))
			u := e.add("p", person{tz: tt.zone, at: tt.at})
			e.run(tt.change.Add(-time.Minute), time.Hour)
			e.clock.Set(tt.change)
			e.change(u.ID, tt.edit)
			e.run(tt.end, time.Hour)
			got := e.out.of("p", "checkin")
			if len(got) != len(tt.want) {
				t.Fatalf("got %d check-ins %v, want %v", len(got), got, tt.want)
			}
			for i := range got {
				if !got[i].At.Equal(tt.want[i]) {
					t.Errorf("check-in %d at %s, want %s", i, got[i].At, tt.want[i])
				}
			}
		})
	}
}

func TestCatchUpAfterDowntime(t *testing.T) {
	tests := []struct {
		name    string
		restart time.Time // the process was down from 19:00 until then
		want    []time.Time
		skipped string // period recorded as skipped
	}{
		{"two hours late: sent on start", utc(2026, 11, 25, 22, 0), []time.Time{utc(2026, 11, 25, 22, 0)}, ""},
		{"exactly at the window's edge: sent", utc(2026, 11, 25, 23, 0), []time.Time{utc(2026, 11, 25, 23, 0)}, ""},
		{"at 4 a.m.: skipped, tonight's as usual", utc(2026, 11, 26, 4, 0), []time.Time{utc(2026, 11, 26, 20, 0)}, "2026-11-25"},
		{"down two days, today's an hour late: today's sent", utc(2026, 11, 27, 21, 0), []time.Time{utc(2026, 11, 27, 21, 0)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, utc(2026, 11, 25, 19, 0))
			u := e.add("p", person{at: "20:00"})
			e.clock.Set(tt.restart)
			e.run(tt.want[0], time.Hour)
			got := e.out.of("p", "checkin")
			if len(got) != len(tt.want) || !got[0].At.Equal(tt.want[0]) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			if tt.skipped != "" {
				if r := e.send(u.ID, "checkin", tt.skipped); r.State != store.SendSkipped {
					t.Errorf("period %s state %q, want skipped", tt.skipped, r.State)
				}
			}
		})
	}
}

func TestPausedInactiveDeletedGetNothing(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 12, 0))
	paused := e.add("paused", person{at: "20:00"})
	inactive := e.add("inactive", person{at: "20:00"})
	deleted := e.add("deleted", person{at: "20:00"})
	ctx := context.Background()
	// /pause 2: back on the 27th.
	e.change(paused.ID, func(u *store.User) { u.PausedUntil = utc(2026, 11, 27, 12, 0) })
	if err := e.db.SetInactive(ctx, inactive.ID, true); err != nil {
		t.Fatal(err)
	}
	// Paused without a reschedule: the sweep itself must hold back.
	raw := e.add("raw", person{at: "20:00"})
	raw.PausedUntil = utc(2026, 11, 27, 12, 0)
	if err := e.db.UpdateUser(ctx, raw); err != nil {
		t.Fatal(err)
	}
	e.clock.Set(utc(2026, 11, 25, 20, 0))
	// Deleted between claim and send.
	if _, err := e.s.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.db.DeleteUser(ctx, deleted.ID); err != nil {
		t.Fatal(err)
	}
	e.s.drain(ctx)
	e.run(utc(2026, 11, 28, 0, 0), time.Hour)
	for _, chat := range []string{"paused", "raw"} {
		if got := e.out.all(); len(e.out.of(chat, "checkin")) != 1 || !e.out.of(chat, "checkin")[0].At.Equal(utc(2026, 11, 27, 20, 0)) {
			t.Errorf("%s person got %v, want only the check-in of the 27th", chat, got)
		}
	}
	for _, chat := range []string{"inactive", "deleted"} {
		if got := e.out.of(chat, "checkin"); len(got) != 0 {
			t.Errorf("%s person got %v", chat, got)
		}
	}
	// Resumed early the same day the prompt would have come: prompted now.
	e2 := newEnv(t, utc(2026, 11, 25, 12, 0))
	p := e2.add("p", person{at: "20:00"})
	e2.change(p.ID, func(u *store.User) { u.PausedUntil = utc(2026, 11, 30, 0, 0) })
	e2.run(utc(2026, 11, 25, 21, 0), 15*time.Minute)
	e2.change(p.ID, func(u *store.User) { u.PausedUntil = time.Time{} }) // /resume
	e2.run(utc(2026, 11, 26, 0, 0), 15*time.Minute)
	if got := e2.out.of("p", "checkin"); len(got) != 1 || !got[0].At.Equal(utc(2026, 11, 25, 21, 15)) {
		t.Errorf("resumed person got %v, want one at 21:15 (the first sweep after /resume)", got)
	}
}

func TestAlreadyCheckedInSkipsPrompt(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 12, 0))
	u := e.add("p", person{at: "20:00"})
	mood := 6
	if err := e.db.SaveCheckin(context.Background(), &store.Checkin{UserID: u.ID, Day: "2026-11-25", Mood: &mood}); err != nil {
		t.Fatal(err)
	}
	e.run(utc(2026, 11, 26, 0, 0), time.Hour)
	if got := e.out.all(); len(got) != 0 {
		t.Fatalf("prompted after checking in: %v", got)
	}
	if r := e.send(u.ID, "checkin", "2026-11-25"); r.State != store.SendSkipped {
		t.Fatalf("ledger state %q, want skipped", r.State)
	}
}

func TestNoSenderLoggedOncePerSweep(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 59))
	for _, chat := range []string{"a", "b", "c"} {
		e.add(chat, person{platform: "discord"})
	}
	e.add("d", person{})
	e.clock.Set(utc(2026, 11, 25, 20, 0))
	st := e.sweep(e.s)
	if st.NoSender != 3 || st.Claimed != 1 {
		t.Fatalf("stats %+v, want 3 passed over, 1 claimed", st)
	}
	if n := strings.Count(e.logs.String(), "no sender for a platform"); n != 1 {
		t.Fatalf("logged %d times, want once:\n%s", n, e.logs)
	}
	for _, u := range []string{"a", "b", "c"} {
		if got := e.out.of(u, "checkin"); len(got) != 0 {
			t.Fatalf("sent without a sender: %v", got)
		}
	}
}
