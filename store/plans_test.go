package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A plan keeps one row per written step, an empty step removes it, edits
// replace, and deleting the person erases it all.
func TestPlanStepsSaveEditSkipAndCascade(t *testing.T) { eachBackend(t, testPlanSteps) }

func testPlanSteps(t *testing.T, db *DB) {
	ctx := context.Background()
	u := newUser(t, db, "p1")
	other := newUser(t, db, "p2")
	for step, text := range map[int]string{1: "can't sleep, stop texting friends", 2: "walk the dog", 4: "Sam"} {
		if err := db.SavePlanStep(ctx, u.ID, step, text); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SavePlanStep(ctx, other.ID, 2, "music"); err != nil {
		t.Fatal(err)
	}
	if err := db.SavePlanStep(ctx, u.ID, 2, "walk the dog, call Mum"); err != nil {
		t.Fatal(err)
	}
	if err := db.SavePlanStep(ctx, u.ID, 4, ""); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []int{0, 7, -1} {
		if err := db.SavePlanStep(ctx, u.ID, bad, "x"); err == nil {
			t.Errorf("step %d was accepted", bad)
		}
	}
	ps, err := db.Plan(ctx, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].Step != 1 || ps[1].Step != 2 || ps[1].Text != "walk the dog, call Mum" || ps[1].UpdatedAt.IsZero() {
		t.Fatalf("plan = %+v", ps)
	}
	if err := db.DeleteUser(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if ps, _ := db.Plan(ctx, u.ID); len(ps) != 0 {
		t.Errorf("plan outlived its person: %+v", ps)
	}
	if ps, _ := db.Plan(ctx, other.ID); len(ps) != 1 {
		t.Errorf("another person's plan = %+v, want it kept", ps)
	}
}

func TestPlanNudgesKeepBothTimes(t *testing.T) { eachBackend(t, testPlanNudges) }

func testPlanNudges(t *testing.T, db *DB) {
	ctx := context.Background()
	u := newUser(t, db, "n1")
	if n, err := db.Nudges(ctx, u.ID); err != nil || !n.OfferedAt.IsZero() || !n.MentionedAt.IsZero() {
		t.Fatalf("fresh nudges = %+v, %v", n, err)
	}
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	if err := db.MarkPlanOffered(ctx, u.ID, at); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkPlanMentioned(ctx, u.ID, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	n, err := db.Nudges(ctx, u.ID)
	if err != nil || !n.OfferedAt.Equal(at) || !n.MentionedAt.Equal(at.Add(time.Hour)) {
		t.Errorf("nudges = %+v, %v", n, err)
	}
}

// An invitation is accepted once, only before it expires, only with its
// code and platform; ending the link removes it.
func TestTrustedInviteAcceptAndEnd(t *testing.T) { eachBackend(t, testTrustedInvite) }

func testTrustedInvite(t *testing.T, db *DB) {
	ctx := context.Background()
	u := newUser(t, db, "t1")
	now := db.Now()
	inv := TrustedLink{UserID: u.ID, Name: "Sam", PersonName: "Ana", Code: "ABCD2345", CodeExpires: now.Add(48 * time.Hour), Platform: "telegram"}
	if err := db.SaveInvite(ctx, inv); err != nil {
		t.Fatal(err)
	}
	if _, err := db.InviteByCode(ctx, "discord", "ABCD2345", now); !errors.Is(err, ErrNotFound) {
		t.Errorf("another platform found the invitation: %v", err)
	}
	if _, err := db.InviteByCode(ctx, "telegram", "ABCD2345", now.Add(49*time.Hour)); !errors.Is(err, ErrNotFound) {
		t.Errorf("an expired invitation was found: %v", err)
	}
	got, err := db.InviteByCode(ctx, "telegram", "ABCD2345", now)
	if err != nil || got.UserID != u.ID || got.Name != "Sam" || got.Accepted() {
		t.Fatalf("invitation = %+v, %v", got, err)
	}
	if err := db.AcceptInvite(ctx, u.ID, "WRONG", "99", "99", "Sam S", now); !errors.Is(err, ErrNotFound) {
		t.Errorf("a wrong code was accepted: %v", err)
	}
	if err := db.AcceptInvite(ctx, u.ID, "ABCD2345", "99", "99", "Sam S", now); err != nil {
		t.Fatal(err)
	}
	if err := db.AcceptInvite(ctx, u.ID, "ABCD2345", "98", "98", "Eve", now); !errors.Is(err, ErrNotFound) {
		t.Errorf("an invitation was accepted twice: %v", err)
	}
	l, err := db.TrustedLink(ctx, u.ID)
	if err != nil || !l.Accepted() || l.TrustedChat != "99" || l.TrustedName != "Sam S" {
		t.Fatalf("link = %+v, %v", l, err)
	}
	if got, err := db.AcceptedByCode(ctx, "telegram", "ABCD2345", "99"); err != nil || got.UserID != u.ID {
		t.Errorf("accepted by code = %+v, %v", got, err)
	}
	if _, err := db.AcceptedByCode(ctx, "telegram", "ABCD2345", "98"); !errors.Is(err, ErrNotFound) {
		t.Errorf("someone else's acceptance was found: %v", err)
	}
	if err := db.SetTrustedOffer(ctx, u.ID, "k1", now); err != nil {
		t.Fatal(err)
	}
	ls, err := db.LinksOfTrusted(ctx, "telegram", "99")
	if err != nil || len(ls) != 1 || ls[0].OfferKey != "k1" {
		t.Fatalf("links of the trusted person = %+v, %v", ls, err)
	}
	if err := db.DeleteTrustedLink(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteTrustedLink(ctx, u.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second end = %v, want ErrNotFound", err)
	}
	// Deleting the person ends a link too.
	if err := db.SaveInvite(ctx, inv); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteUser(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.TrustedLink(ctx, u.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("link outlived its person: %v", err)
	}
}

// ClaimOnce lets one send through per key; a failed one may be claimed again.
func TestClaimOnceSendsOnce(t *testing.T) { eachBackend(t, testClaimOnce) }

func testClaimOnce(t *testing.T, db *DB) {
	ctx := context.Background()
	u := newUser(t, db, "c1")
	k := SendKey{UserID: u.ID, Kind: "trusted", Period: "f12"}
	now := db.Now()
	if ok, err := db.ClaimOnce(ctx, k, "core", now); err != nil || !ok {
		t.Fatalf("first claim = %v, %v", ok, err)
	}
	if ok, err := db.ClaimOnce(ctx, k, "core", now); err != nil || ok {
		t.Fatalf("claim while claimed = %v, %v", ok, err)
	}
	if err := db.MarkFailed(ctx, k, "core"); err != nil {
		t.Fatal(err)
	}
	if ok, err := db.ClaimOnce(ctx, k, "core", now); err != nil || !ok {
		t.Fatalf("claim after a failure = %v, %v", ok, err)
	}
	if err := db.MarkSent(ctx, k, "core", "m1", now, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if ok, err := db.ClaimOnce(ctx, k, "core", now); err != nil || ok {
		t.Fatalf("claim after sent = %v, %v", ok, err)
	}
}
