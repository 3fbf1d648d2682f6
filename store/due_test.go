package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

var dueNow = time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)

// dueUser creates a person whose next check-in is at next.
func dueUser(t *testing.T, db *DB, id string, next time.Time) User {
	t.Helper()
	u := newUser(t, db, id)
	u.NextCheckin = next
	if err := db.UpdateUser(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	return u
}

func TestClaimDue(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		claimMe := dueUser(t, db, "claim", dueNow.Add(-time.Minute))
		skipMe := dueUser(t, db, "skip", dueNow.Add(-5*time.Hour))
		advanceMe := dueUser(t, db, "advance", dueNow)
		notYet := dueUser(t, db, "later", dueNow.Add(time.Minute))
		tomorrow := dueNow.Add(24 * time.Hour)
		plans := map[int64]DuePlan{
			claimMe.ID:   {Action: DueClaim, Period: "2026-11-25", DueAt: claimMe.NextCheckin, Next: tomorrow},
			skipMe.ID:    {Action: DueSkip, Period: "2026-11-24", DueAt: skipMe.NextCheckin, Next: tomorrow},
			advanceMe.ID: {Action: DueAdvance, Next: tomorrow},
		}
		claims, scanned, err := db.ClaimDue(ctx, "checkin", dueNow, "p1", 10, func(u User) DuePlan {
			p, ok := plans[u.ID]
			if !ok {
				t.Errorf("user %d is not due", u.ID)
			}
			return p
		})
		if err != nil {
			t.Fatal(err)
		}
		if scanned != 3 || len(claims) != 1 || claims[0].UserID != claimMe.ID || claims[0].Platform != "console" {
			t.Fatalf("claims %+v scanned %d; want one claim for %d of 3", claims, scanned, claimMe.ID)
		}
		for _, id := range []int64{claimMe.ID, skipMe.ID, advanceMe.ID} {
			u, _ := db.UserByID(ctx, id)
			if !u.NextCheckin.Equal(tomorrow) {
				t.Errorf("user %d next = %s, want %s", id, u.NextCheckin, tomorrow)
			}
		}
		if u, _ := db.UserByID(ctx, notYet.ID); !u.NextCheckin.Equal(notYet.NextCheckin) {
			t.Errorf("not-yet-due user moved to %s", u.NextCheckin)
		}
		for _, tc := range []struct {
			key   SendKey
			state string
		}{
			{SendKey{claimMe.ID, "checkin", "2026-11-25"}, SendClaimed},
			{SendKey{skipMe.ID, "checkin", "2026-11-24"}, SendSkipped},
		} {
			r, err := db.Send(ctx, tc.key)
			if err != nil || r.State != tc.state || r.Owner != "p1" {
				t.Errorf("send %+v = %+v, %v; want state %s owned by p1", tc.key, r, err, tc.state)
			}
		}
		if _, err := db.Send(ctx, SendKey{advanceMe.ID, "checkin", "2026-11-25"}); !errors.Is(err, ErrNotFound) {
			t.Errorf("advance recorded a send: %v", err)
		}
	})
}

func TestClaimDueOncePerPeriod(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		u := dueUser(t, db, "a", dueNow)
		claimAll := func(owner string) []Claim {
			t.Helper()
			claims, _, err := db.ClaimDue(ctx, "checkin", dueNow, owner, 10, func(User) DuePlan {
				return DuePlan{Action: DueClaim, Period: "2026-11-25", DueAt: dueNow, Next: dueNow.Add(time.Hour)}
			})
			if err != nil {
				t.Fatal(err)
			}
			return claims
		}
		if got := claimAll("p1"); len(got) != 1 {
			t.Fatalf("first claim: %d claims", len(got))
		}
		// Due again the same day (a settings change): the period is taken.
		if err := db.UpdateUser(ctx, User{ID: u.ID, TZ: "UTC", CheckinTime: "20:00", SummaryTime: "18:00",
			QuietStart: "22:30", QuietEnd: "08:00", NextCheckin: dueNow}); err != nil {
			t.Fatal(err)
		}
		if got := claimAll("p2"); len(got) != 0 {
			t.Fatalf("claimed period twice: %+v", got)
		}
		// A skipped period may be claimed again (the person resumed the same day).
		k := SendKey{u.ID, "checkin", "2026-11-25"}
		if err := db.MarkSkipped(ctx, k, "p1"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SetNextDue(ctx, u.ID, "checkin", dueNow.Add(time.Hour), dueNow); err != nil {
			t.Fatal(err)
		}
		if got := claimAll("p2"); len(got) != 1 {
			t.Fatalf("skipped period not claimable: %+v", got)
		}
		if r, _ := db.Send(ctx, k); r.Attempts != 2 || r.Owner != "p2" {
			t.Fatalf("reclaimed row %+v, want attempts 2 owned by p2", r)
		}
	})
}

func TestClaimDueRejectsNextNotAfterNow(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		dueUser(t, db, "a", dueNow)
		_, _, err := db.ClaimDue(context.Background(), "checkin", dueNow, "p", 10, func(User) DuePlan {
			return DuePlan{Action: DueAdvance, Next: dueNow}
		})
		if err == nil {
			t.Fatal("a next instant at now would keep the person due forever; want an error")
		}
		if _, _, err := db.ClaimDue(context.Background(), "mail", dueNow, "p", 10, nil); err == nil {
			t.Fatal("unknown kind accepted")
		}
	})
}

func TestClaimDueLimit(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		for _, id := range []string{"a", "b", "c"} {
			dueUser(t, db, id, dueNow)
		}
		advance := func(User) DuePlan { return DuePlan{Action: DueAdvance, Next: dueNow.Add(time.Hour)} }
		for i, want := range []int{2, 1, 0} {
			_, scanned, err := db.ClaimDue(context.Background(), "checkin", dueNow, "p", 2, advance)
			if err != nil || scanned != want {
				t.Fatalf("batch %d scanned %d, %v; want %d", i, scanned, err, want)
			}
		}
	})
}

func TestDueQueriesUseIndexes(t *testing.T) {
	db := openTest(t)
	for _, tc := range []struct{ query, index string }{
		{`SELECT id FROM users WHERE next_checkin > 0 AND next_checkin <= 1 ORDER BY next_checkin LIMIT 10`, "users_next_checkin"},
		{`SELECT id FROM users WHERE next_summary > 0 AND next_summary <= 1 ORDER BY next_summary LIMIT 10`, "users_next_summary"},
		{`SELECT id FROM users WHERE next_phq9 > 0 AND next_phq9 <= 1 ORDER BY next_phq9 LIMIT 10`, "users_next_phq9"},
		{`SELECT kind FROM sends s WHERE s.remind_at > 0 AND s.remind_at <= 1 ORDER BY s.remind_at LIMIT 10`, "sends_remind"},
		{`SELECT kind FROM sends s WHERE s.state = 'retry' AND s.retry_at <= 1 ORDER BY s.retry_at LIMIT 10`, "sends_retry"},
		{`SELECT id FROM users WHERE onboarded_at > 0 AND next_phq9 = 0 AND id > 0 ORDER BY id LIMIT 10`, "users_phq9_unscheduled"},
		{`SELECT id FROM users WHERE onboarded_at > 0 AND (next_checkin = 0 OR next_summary = 0) AND id > 0 ORDER BY id LIMIT 10`, "users_unscheduled"},
	} {
		rows, err := db.db.Query(`EXPLAIN QUERY PLAN ` + tc.query)
		if err != nil {
			t.Fatal(err)
		}
		var plan strings.Builder
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan.WriteString(detail + "; ")
		}
		rows.Close()
		if !strings.Contains(plan.String(), tc.index) {
			t.Errorf("%s\nplan %q does not use %s", tc.query, plan.String(), tc.index)
		}
	}
}

func TestClaimFollowUps(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		u := dueUser(t, db, "a", dueNow)
		claims, _, err := db.ClaimDue(ctx, "checkin", dueNow, "p", 10, func(User) DuePlan {
			return DuePlan{Action: DueClaim, Period: "2026-11-25", DueAt: dueNow, Next: dueNow.Add(24 * time.Hour)}
		})
		if err != nil || len(claims) != 1 {
			t.Fatal(claims, err)
		}
		remind := dueNow.Add(3 * time.Hour)
		if err := db.MarkSent(ctx, claims[0].SendKey, "p", "m1", dueNow, remind); err != nil {
			t.Fatal(err)
		}
		plan := func(got User, sent SendKey, at time.Time) DuePlan {
			if got.ID != u.ID || sent != claims[0].SendKey || !at.Equal(remind) {
				t.Errorf("plan got %d %+v %s", got.ID, sent, at)
			}
			return DuePlan{Action: DueClaim, DueAt: at}
		}
		if c, scanned, err := db.ClaimFollowUps(ctx, "reminder", remind.Add(-time.Second), "p", 10, plan); err != nil || scanned != 0 || len(c) != 0 {
			t.Fatalf("follow-up before its time: %+v %d %v", c, scanned, err)
		}
		c, scanned, err := db.ClaimFollowUps(ctx, "reminder", remind, "p", 10, plan)
		if err != nil || scanned != 1 || len(c) != 1 || c[0].Kind != "reminder" || c[0].Period != "2026-11-25" {
			t.Fatalf("follow-up claims %+v %d %v", c, scanned, err)
		}
		if c, scanned, _ := db.ClaimFollowUps(ctx, "reminder", remind.Add(time.Hour), "p", 10, plan); scanned != 0 || len(c) != 0 {
			t.Fatalf("follow-up decided twice: %+v", c)
		}
	})
}

func TestUnscheduledAndPaging(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		a := newUser(t, db, "a") // not onboarded: never listed
		b := newUser(t, db, "b")
		b.OnboardedAt = dueNow
		if err := db.UpdateUser(ctx, b); err != nil {
			t.Fatal(err)
		}
		us, err := db.Unscheduled(ctx, false, 0, 10)
		if err != nil || len(us) != 1 || us[0].ID != b.ID {
			t.Fatalf("unscheduled = %+v, %v; want only %d", us, err, b.ID)
		}
		if ok, err := db.SetNextDue(ctx, b.ID, "checkin", time.Time{}, dueNow); !ok || err != nil {
			t.Fatal(ok, err)
		}
		if ok, _ := db.SetNextDue(ctx, b.ID, "checkin", time.Time{}, dueNow); ok {
			t.Fatal("SetNextDue overwrote a changed value")
		}
		if us, _ := db.Unscheduled(ctx, true, 0, 10); len(us) != 1 {
			t.Fatalf("phq9 unscheduled = %d, want 1", len(us))
		}
		page, err := db.UsersAfter(ctx, a.ID, 10)
		if err != nil || len(page) != 1 || page[0].ID != b.ID {
			t.Fatalf("UsersAfter = %+v, %v", page, err)
		}
	})
}

func TestEarliestDue(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		lease := 5 * time.Minute
		at := func(phq9 bool) time.Time {
			t.Helper()
			v, err := db.EarliestDue(ctx, lease, phq9)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		if v := at(true); !v.IsZero() {
			t.Fatalf("empty store: %s", v)
		}
		u := dueUser(t, db, "a", dueNow.Add(time.Hour))
		if v := at(true); !v.Equal(dueNow.Add(time.Hour)) {
			t.Fatalf("next check-in: %s", v)
		}
		u, _ = db.UserByID(ctx, u.ID)
		u.NextPHQ9 = dueNow.Add(time.Minute)
		if err := db.UpdateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		if v := at(true); !v.Equal(dueNow.Add(time.Minute)) {
			t.Fatalf("phq9: %s", v)
		}
		if v := at(false); !v.Equal(dueNow.Add(time.Hour)) {
			t.Fatalf("phq9 off: %s", v)
		}
		c := claimOne(t, db, "b", "p", dueNow.Add(-time.Hour))
		if v := at(false); !v.Equal(dueNow.Add(-time.Hour).Add(lease)) {
			t.Fatalf("claim turning orphan: %s", v)
		}
		if err := db.MarkSent(ctx, c.SendKey, "p", "m", dueNow, dueNow.Add(2*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if v := at(false); !v.Equal(dueNow.Add(2 * time.Minute)) {
			t.Fatalf("reminder: %s", v)
		}
	})
}
