package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func newUser(t *testing.T, db *DB, id string) User {
	t.Helper()
	u := User{Platform: "console", PlatformID: id, TZ: "Europe/Berlin", CheckinTime: "20:00", SummaryTime: "18:00", QuietStart: "22:30", QuietEnd: "08:00"}
	if err := db.CreateUser(context.Background(), &u); err != nil {
		t.Fatal(err)
	}
	return u
}

func TestOpenFileModeAndPragmas(t *testing.T) {
	db := openTest(t)
	st, err := os.Stat(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("database mode = %v, want 0600", st.Mode().Perm())
	}
	ctx := context.Background()
	// Every pooled connection must carry the pragmas: hold several at once.
	conns := make([]interface{ Close() error }, 0, 4)
	for i := 0; i < 4; i++ {
		c, err := db.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var mode string
		var busy, fk int
		if err := c.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" || busy != 5000 || fk != 1 {
			t.Fatalf("connection %d: journal_mode=%s busy_timeout=%d foreign_keys=%d", i, mode, busy, fk)
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

func TestMigrationsRecordedAndNewerRefused(t *testing.T) {
	forBackends(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		path := b.source(t)
		db, err := OpenDriver(ctx, b.name, path)
		if err != nil {
			t.Fatal(err)
		}
		v, err := db.Version(ctx)
		if err != nil || v != SchemaVersion() || v < 1 {
			t.Fatalf("version = %d, %v; want %d", v, err, SchemaVersion())
		}
		if _, err := db.db.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)`); err != nil {
			t.Fatal(err)
		}
		db.Close()
		// Reopening is idempotent for a current database, and refuses a newer one.
		_, err = OpenDriver(ctx, b.name, path)
		if err == nil || !strings.Contains(err.Error(), "newer checkin") {
			t.Fatalf("open newer database: err = %v, want a refusal naming a newer checkin", err)
		}
	})
}

func TestCheckinRoundTripAndDeleteCascades(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		u := newUser(t, db, "1")
		other := newUser(t, db, "2")
		mood, sleep, yes, functioning := 6, 7.5, true, 0
		c := Checkin{UserID: u.ID, Day: "2026-11-25", Mood: &mood, SleepHours: &sleep, MedTaken: &yes, Functioning: &functioning, Note: "n"}
		if err := db.SaveTurn(ctx, u.ID, &c, []byte(`{"step":1}`)); err != nil {
			t.Fatal(err)
		}
		if err := db.SaveCheckin(ctx, &Checkin{UserID: other.ID, Day: "2026-11-25", Mood: &mood}); err != nil {
			t.Fatal(err)
		}
		got, err := db.Checkin(ctx, u.ID, "2026-11-25")
		if err != nil {
			t.Fatal(err)
		}
		if *got.Mood != 6 || *got.SleepHours != 7.5 || got.SleepQuality != nil || !*got.MedTaken ||
			got.Functioning == nil || *got.Functioning != 0 || got.Note != "n" {
			t.Fatalf("round trip: %+v", got)
		}
		if st, err := db.Dialogue(ctx, u.ID); err != nil || string(st) != `{"step":1}` {
			t.Fatalf("dialogue = %s, %v", st, err)
		}
		bad := 11
		if err := db.SaveCheckin(ctx, &Checkin{UserID: u.ID, Day: "2026-11-26", Mood: &bad}); err == nil {
			t.Fatal("mood 11 stored; the schema must refuse it")
		}
		if err := db.SaveCheckin(ctx, &Checkin{UserID: u.ID, Day: "2026-11-26", Functioning: &bad}); err == nil {
			t.Fatal("functioning 11 stored; the schema must refuse it")
		}
		if err := db.AddFlag(ctx, &Flag{UserID: u.ID, Rule: "trend.sleep", Severity: "trend", Day: "2026-11-25"}); err != nil {
			t.Fatal(err)
		}
		if err := db.DeleteUser(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		for _, table := range []string{"checkins", "flags", "dialogues", "questionnaires", "medications", "sends"} {
			var n int
			if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE user_id = ?`, u.ID).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				t.Errorf("%s still has %d rows of a deleted person", table, n)
			}
		}
		if _, err := db.Checkin(ctx, other.ID, "2026-11-25"); err != nil {
			t.Fatalf("another person's row went with the deletion: %v", err)
		}
		if _, err := db.UserByID(ctx, u.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("deleted user: err = %v, want ErrNotFound", err)
		}
	})
}

func TestBackupIsConsistentCopy(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	u := newUser(t, db, "1")
	mood := 4
	if err := db.SaveCheckin(ctx, &Checkin{UserID: u.ID, Day: "2026-11-20", Mood: &mood}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "backup.db")
	if err := db.Backup(ctx, out); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(out); st.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode %v", st.Mode().Perm())
	}
	b, err := Open(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	got, err := b.Checkin(ctx, u.ID, "2026-11-20")
	if err != nil || *got.Mood != 4 {
		t.Fatalf("restored row = %+v, %v", got, err)
	}
}

func TestCursorNeverMovesBack(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		for _, v := range []int64{5, 9, 7} {
			if err := db.AdvanceCursor(ctx, "telegram.update", v); err != nil {
				t.Fatal(err)
			}
		}
		if v, _ := db.Cursor(ctx, "telegram.update"); v != 9 {
			t.Fatalf("cursor = %d, want 9", v)
		}
	})
}

// Functioning is its own item: saved alone it makes the day answered, a later
// save of the whole row can change or clear it, and the cached read and a
// fresh read of the file agree.
func TestFunctioningRoundTrip(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		u := newUser(t, db, "1")
		const day = "2026-11-25"
		tests := []struct {
			name string
			set  *int
		}{
			{"hardly", ptr(2)},
			{"the top of the scale", ptr(10)},
			{"changed later", ptr(5)},
			{"cleared", nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c := Checkin{UserID: u.ID, Day: day, Functioning: tt.set}
				if !c.Answered() && tt.set != nil {
					t.Fatal("a day with only functioning is not answered")
				}
				if err := db.SaveTurn(ctx, u.ID, &c, nil); err != nil {
					t.Fatal(err)
				}
				for name, from := range map[string]*DB{"cache": db, "file": fileView(t, db)} {
					got, err := from.Checkin(ctx, u.ID, day)
					if err != nil {
						t.Fatal(err)
					}
					if !equalPtr(got.Functioning, tt.set) {
						t.Errorf("%s: functioning = %v, want %v", name, show(got.Functioning), show(tt.set))
					}
				}
				list, err := db.Checkins(ctx, u.ID, day, day)
				if err != nil || len(list) != 1 || !equalPtr(list[0].Functioning, tt.set) {
					t.Fatalf("Checkins = %+v, %v; want functioning %v", list, err, show(tt.set))
				}
			})
		}
	})
}

func ptr[T any](v T) *T { return &v }

func equalPtr[T comparable](a, b *T) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

func show(p *int) any {
	if p == nil {
		return "none"
	}
	return *p
}
