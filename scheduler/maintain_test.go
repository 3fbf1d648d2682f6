package scheduler

import (
	"context"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

func TestMaintainSchedulesTheUnscheduledAndPurges(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 1, 12, 0))
	ctx := context.Background()
	old := e.add("old", person{})
	e.run(utc(2026, 11, 1, 21, 0), 30*time.Minute) // a ledger row on Nov 1
	e.clock.Set(utc(2026, 11, 25, 12, 0))
	// Onboarded, but the core never scheduled them.
	u := store.User{Platform: "console", PlatformID: "new", ChatID: "new", TZ: "Asia/Kolkata", CheckinTime: "21:00",
		SummaryDay: time.Sunday, SummaryTime: "18:00", QuietStart: "22:30", QuietEnd: "08:00", OnboardedAt: e.clock.Now()}
	if err := e.db.CreateUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	if err := e.s.Maintain(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := e.db.UserByID(ctx, u.ID)
	if want := utc(2026, 11, 25, 15, 30); !got.NextCheckin.Equal(want) {
		t.Errorf("next check-in %s, want %s", got.NextCheckin, want)
	}
	if want := utc(2026, 11, 29, 12, 30); !got.NextSummary.Equal(want) {
		t.Errorf("next summary %s, want %s", got.NextSummary, want)
	}
	if want := utc(2026, 12, 9, 15, 30); !got.NextPHQ9.Equal(want) {
		t.Errorf("next PHQ-9 %s, want %s", got.NextPHQ9, want)
	}
	if _, err := e.db.Send(ctx, store.SendKey{UserID: old.ID, Kind: "checkin", Period: "2026-11-01"}); err == nil {
		t.Error("a ledger row older than the retention survived")
	}
}

func TestAuditRepairsWrongInstants(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 12, 0))
	ctx := context.Background()
	good := e.add("good", person{tz: "Europe/London"})
	bad := e.add("bad", person{tz: "Europe/London"})
	// As if a time zone rule changed after the instant was stored: 20:00
	// London stored an hour off, and a summary on the wrong day.
	if _, err := e.db.SetNextDue(ctx, bad.ID, "checkin", bad.NextCheckin, bad.NextCheckin.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SetNextDue(ctx, bad.ID, "summary", bad.NextSummary, bad.NextSummary.Add(-24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := e.s.Audit(ctx); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{good.ID, bad.ID} {
		got, _ := e.db.UserByID(ctx, id)
		if !got.NextCheckin.Equal(utc(2026, 11, 25, 20, 0)) || !got.NextSummary.Equal(utc(2026, 11, 29, 18, 0)) {
			t.Errorf("user %d after audit: check-in %s, summary %s", id, got.NextCheckin, got.NextSummary)
		}
	}
	// Due-now instants (set by a reschedule) belong to the sweep: untouched.
	e.change(good.ID, func(u *store.User) { u.CheckinTime = "11:00" })
	due, _ := e.db.UserByID(ctx, good.ID)
	if err := e.s.Audit(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.db.UserByID(ctx, good.ID); !got.NextCheckin.Equal(due.NextCheckin) || !due.NextCheckin.Equal(e.clock.Now()) {
		t.Errorf("due-now instant %s changed to %s", due.NextCheckin, got.NextCheckin)
	}
}
