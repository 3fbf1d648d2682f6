package store

import (
	"context"
	"testing"
	"time"
)

// TestFlagOncePerMessage: a message delivered again or edited raises its
// rule's flag once; another rule, another message, or no message at all
// each add a row.
func TestFlagOncePerMessage(t *testing.T) {
	eachBackend(t, testFlagOncePerMessage)
}

func testFlagOncePerMessage(t *testing.T, db *DB) {
	ctx := context.Background()
	u := newUser(t, db, "flags")
	other := newUser(t, db, "flags-other")
	tests := []struct {
		user      int64
		rule, msg string
		added     bool
	}{
		{u.ID, "acute.passive", "m1", true},
		{u.ID, "acute.passive", "m1", false}, // the same message again
		{u.ID, "acute.active", "m1", true},   // the edit raised the level
		{u.ID, "acute.active", "m1", false},
		{u.ID, "acute.passive", "m2", true},     // a new message
		{other.ID, "acute.passive", "m1", true}, // someone else's message
		{u.ID, "trend.sleep", "", true},         // no message: never merged
		{u.ID, "trend.sleep", "", true},
	}
	want := map[int64]int{}
	for i, tc := range tests {
		f := Flag{UserID: tc.user, Rule: tc.rule, Severity: "acute", Day: "2026-11-25", Message: tc.msg}
		if err := db.AddFlag(ctx, &f); err != nil {
			t.Fatalf("#%d AddFlag: %v", i, err)
		}
		if got := f.ID != 0; got != tc.added {
			t.Errorf("#%d %s %q: added = %v, want %v", i, tc.rule, tc.msg, got, tc.added)
		}
		if tc.added {
			want[tc.user]++
		}
	}
	for id, n := range want {
		fs, err := db.Flags(ctx, id, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != n {
			t.Errorf("user %d has %d flags, want %d: %+v", id, len(fs), n, fs)
		}
		for _, f := range fs {
			if f.Rule == "acute.passive" && f.Message == "" {
				t.Errorf("the message key was not read back: %+v", f)
			}
		}
	}
}
