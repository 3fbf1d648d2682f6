package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

// claimOne claims today's check-in of a fresh person for owner.
func claimOne(t *testing.T, db *DB, id, owner string, at time.Time) Claim {
	t.Helper()
	dueUser(t, db, id, at)
	claims, _, err := db.ClaimDue(context.Background(), "checkin", at, owner, 10, func(u User) DuePlan {
		return DuePlan{Action: DueClaim, Period: "2026-11-25", DueAt: at, Next: at.Add(24 * time.Hour)}
	})
	if err != nil || len(claims) != 1 {
		t.Fatalf("claim: %+v, %v", claims, err)
	}
	return claims[0]
}

func TestSettleOnlyByOwner(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		c := claimOne(t, db, "a", "p1", dueNow)
		if err := db.MarkSent(ctx, c.SendKey, "p2", "m", dueNow, time.Time{}); !errors.Is(err, ErrClaimLost) {
			t.Fatalf("settled by a non-owner: %v", err)
		}
		if err := db.MarkSent(ctx, c.SendKey, "p1", "m1", dueNow, dueNow.Add(3*time.Hour)); err != nil {
			t.Fatal(err)
		}
		r, err := db.Send(ctx, c.SendKey)
		if err != nil || r.State != SendSent || r.MessageID != "m1" || !r.SentAt.Equal(dueNow) || !r.RemindAt.Equal(dueNow.Add(3*time.Hour)) {
			t.Fatalf("sent row = %+v, %v", r, err)
		}
		// Settling twice is a lost claim: the row is no longer claimed.
		if err := db.MarkSent(ctx, c.SendKey, "p1", "m2", dueNow, time.Time{}); !errors.Is(err, ErrClaimLost) {
			t.Fatalf("second confirm: %v", err)
		}
		if err := db.DeleteUser(ctx, c.UserID); err != nil {
			t.Fatal(err)
		}
		if err := db.MarkFailed(ctx, c.SendKey, "p1"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("settle after delete: %v, want ErrNotFound", err)
		}
	})
}

// TestCrashWindow: a claim whose process died is recovered once its lease
// runs out, and claimed again by a live process unless it is too old.
func TestCrashWindow(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		fresh := claimOne(t, db, "fresh", "dead", dueNow)
		lease := 5 * time.Minute

		// The live owner renews; a renewed claim is not an orphan.
		if n, err := db.RenewClaims(ctx, "dead", dueNow.Add(4*time.Minute)); err != nil || n != 1 {
			t.Fatalf("renew: %d, %v", n, err)
		}
		if n, _ := db.RecoverClaims(ctx, dueNow.Add(8*time.Minute).Add(-lease), dueNow.Add(8*time.Minute)); n != 0 {
			t.Fatalf("recovered a renewed claim")
		}
		later := dueNow.Add(10 * time.Minute)
		if n, err := db.RecoverClaims(ctx, later.Add(-lease), later); err != nil || n != 1 {
			t.Fatalf("recover: %d, %v", n, err)
		}
		claims, skipped, scanned, err := db.ClaimRetries(ctx, later, later.Add(-3*time.Hour), "live", 10)
		if err != nil || scanned != 1 || skipped != 0 || len(claims) != 1 || claims[0].SendKey != fresh.SendKey || claims[0].Attempts != 2 {
			t.Fatalf("retries: %+v skipped %d scanned %d %v", claims, skipped, scanned, err)
		}
		if err := db.MarkSent(ctx, fresh.SendKey, "dead", "x", later, time.Time{}); !errors.Is(err, ErrClaimLost) {
			t.Fatalf("the dead owner could still settle: %v", err)
		}
		if err := db.MarkSent(ctx, fresh.SendKey, "live", "m", later, time.Time{}); err != nil {
			t.Fatal(err)
		}

		// Too old: recovered and skipped, never sent hours late.
		old := claimOne(t, db, "old", "dead", dueNow)
		late := dueNow.Add(4 * time.Hour)
		if n, _ := db.RecoverClaims(ctx, late.Add(-lease), late); n != 1 {
			t.Fatalf("recovered %d, want 1", n)
		}
		claims, skipped, _, err = db.ClaimRetries(ctx, late, late.Add(-3*time.Hour), "live", 10)
		if err != nil || len(claims) != 0 || skipped != 1 {
			t.Fatalf("old retry: %+v skipped %d %v", claims, skipped, err)
		}
		if r, _ := db.Send(ctx, old.SendKey); r.State != SendSkipped {
			t.Fatalf("old claim state %s, want skipped", r.State)
		}
	})
}

func TestRetryWaitsForItsTime(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		c := claimOne(t, db, "a", "p", dueNow)
		if err := db.MarkRetry(ctx, c.SendKey, "p", dueNow.Add(2*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if claims, _, _, _ := db.ClaimRetries(ctx, dueNow.Add(time.Minute), dueNow.Add(-time.Hour), "p", 10); len(claims) != 0 {
			t.Fatalf("retried early: %+v", claims)
		}
		if claims, _, _, _ := db.ClaimRetries(ctx, dueNow.Add(2*time.Minute), dueNow.Add(-time.Hour), "p", 10); len(claims) != 1 {
			t.Fatalf("retry not claimed at its time")
		}
	})
}

func TestPurgeSends(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		c := claimOne(t, db, "a", "p", dueNow)
		if err := db.MarkSent(ctx, c.SendKey, "p", "m", dueNow, time.Time{}); err != nil {
			t.Fatal(err)
		}
		live := claimOne(t, db, "b", "p", dueNow) // still claimed: never purged
		later := dueNow.Add(60 * 24 * time.Hour)
		if n, err := db.PurgeSends(ctx, []string{"summary"}, later, 100); err != nil || n != 0 {
			t.Fatalf("purged other kinds: %d, %v", n, err)
		}
		if n, err := db.PurgeSends(ctx, []string{"checkin"}, later, 100); err != nil || n != 1 {
			t.Fatalf("purged %d, %v; want 1", n, err)
		}
		if _, err := db.Send(ctx, live.SendKey); err != nil {
			t.Fatalf("claimed row purged: %v", err)
		}
	})
}
