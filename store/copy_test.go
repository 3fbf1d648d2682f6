package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fill writes a row or more to every table, through the store.
func fill(t *testing.T, db *DB) {
	t.Helper()
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		u := dueUser(t, db, fmt.Sprint(i), db.Now().Add(-time.Minute))
		mood, sleep, yes := 3+i, 6.25, i%2 == 0
		note := fmt.Sprintf("note %d, \"quoted\" 👋", i)
		if err := db.SaveTurn(ctx, u.ID, &Checkin{UserID: u.ID, Day: "2026-11-24", Mood: &mood, SleepHours: &sleep,
			MedTaken: &yes, Note: note}, []byte(`{"m":"idle"}`)); err != nil {
			t.Fatal(err)
		}
		if err := db.AddQuestionnaire(ctx, &Questionnaire{UserID: u.ID, Kind: "phq9", Day: "2026-11-24",
			Items: []int{1, 2, 3, 0, 1, 2, 3, 0, 1}, Total: 13, TakenAt: db.Now()}); err != nil {
			t.Fatal(err)
		}
		if err := db.AddFlag(ctx, &Flag{UserID: u.ID, Rule: "sleep", Severity: "watch", Day: "2026-11-24"}); err != nil {
			t.Fatal(err)
		}
		if err := db.AddMedication(ctx, &Medication{UserID: u.ID, Name: "sertraline", Dose: "50mg", StartDay: "2026-09-01"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := db.ClaimDue(ctx, "checkin", db.Now(), "me", 10, func(u User) DuePlan {
		return DuePlan{Action: DueClaim, Period: "2026-11-25", DueAt: u.NextCheckin, Next: db.Now().Add(24 * time.Hour)}
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.AdvanceCursor(ctx, "telegram.update_id", 99); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.ClaimUpdate(ctx, "telegram", 5, "me", db.Now(), time.Minute); err != nil {
		t.Fatal(err)
	}
}

// dump reads every row of every data table, as text, sorted.
func dump(t *testing.T, db *DB) map[string][]string {
	t.Helper()
	ctx := context.Background()
	tables, err := db.tablesInOrder(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, table := range tables {
		cols, err := columns(ctx, db.db, db.d, table)
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(cols)
		rows, err := db.db.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			var line []string
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				line = append(line, fmt.Sprintf("%s=%v", cols[i], v))
			}
			out[table] = append(out[table], strings.Join(line, " "))
		}
		rows.Close()
		sort.Strings(out[table])
	}
	return out
}

func TestCopyBetweenEngines(t *testing.T) {
	for _, pair := range [][2]backend{{backends[0], backends[1]}, {backends[1], backends[0]}} {
		t.Run(pair[0].name+"-to-"+pair[1].name, func(t *testing.T) {
			ctx := context.Background()
			src, dst := openBackend(t, pair[0]), openBackend(t, pair[1])
			fill(t, src)
			want := dump(t, src)
			if len(want) < 9 {
				t.Fatalf("only %d tables dumped: %v", len(want), want)
			}
			for table, rows := range want {
				if len(rows) == 0 && table != "updates" {
					t.Errorf("fill left %s empty: the copy of that table goes untested", table)
				}
			}
			counts, err := src.CopyTo(ctx, dst, false)
			if err != nil {
				t.Fatal(err)
			}
			if counts["users"] != 3 || counts["checkins"] != 3 {
				t.Errorf("copied %v", counts)
			}
			if diff := cmp.Diff(want, dump(t, dst)); diff != "" {
				t.Fatalf("target differs from source (-source +target):\n%s", diff)
			}
			// The target's id counters moved past the copied rows.
			u := newUser(t, dst, "after")
			if u.ID <= 3 {
				t.Errorf("a person created after the copy got id %d, which a copied person holds", u.ID)
			}
			// A target with data is refused, and left as it was.
			if _, err := src.CopyTo(ctx, dst, false); !errors.Is(err, ErrTargetNotEmpty) {
				t.Fatalf("copy into a database with data: %v, want ErrTargetNotEmpty", err)
			}
			if _, err := dst.UserByPlatform(ctx, "console", "after"); err != nil {
				t.Fatalf("a refused copy changed the target: %v", err)
			}
			// Forced, it replaces what the target holds.
			if _, err := src.CopyTo(ctx, dst, true); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, dump(t, dst)); diff != "" {
				t.Fatalf("after a forced copy, target differs (-source +target):\n%s", diff)
			}
		})
	}
}
