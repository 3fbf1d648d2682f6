package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// seedImport writes a config and a database with one person who has one
// day stored, 2025-03-01, with a note.
func seedImport(t *testing.T) (config string, open func() (*store.DB, store.User)) {
	t.Helper()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "checkin.db")
	config = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(config, []byte("database:\n  path: "+dbPath+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	u := store.User{Platform: "telegram", PlatformID: "5", TZ: "UTC", CheckinTime: "20:00", SummaryTime: "18:00",
		QuietStart: "22:30", QuietEnd: "08:00", ConsentAt: time.Now()}
	if err := db.CreateUser(ctx, &u); err != nil {
		t.Fatal(err)
	}
	mood := 3
	if err := db.SaveCheckin(ctx, &store.Checkin{UserID: u.ID, Day: "2025-03-01", Mood: &mood, Note: "typed in the bot"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return config, func() (*store.DB, store.User) {
		t.Helper()
		db, err := store.Open(ctx, dbPath)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db, u
	}
}

func storedDays(t *testing.T, open func() (*store.DB, store.User)) map[string]store.Checkin {
	t.Helper()
	db, u := open()
	cs, err := db.Checkins(context.Background(), u.ID, "", "")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]store.Checkin{}
	for _, c := range cs {
		m[c.Day] = c
	}
	db.Close()
	return m
}

const testdata = "../../bot/importer/testdata/"

func TestImportKeepsStoredDaysUnlessForced(t *testing.T) {
	config, open := seedImport(t)
	args := []string{"import", "-config", config, "-user", "telegram:5", "-format", "checkin", testdata + "checkin.csv"}

	code, out, errOut := runCLI(t, append(args, "-dry-run")...)
	if code != 0 {
		t.Fatalf("dry run: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"2025-03-02 would be stored: mood 5, sleep 6 h", "2025-03-01 kept: already stored", "line 4: mood", "3 new days would be stored", "trend state"} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "river") || strings.Contains(out, "second row") {
		t.Errorf("a note's words were printed:\n%s", out)
	}
	if got := storedDays(t, open); len(got) != 1 {
		t.Fatalf("a dry run stored %d days", len(got)-1)
	}

	if code, out, errOut = runCLI(t, args...); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	got := storedDays(t, open)
	if len(got) != 4 || *got["2025-03-02"].Mood != 5 || *got["2025-03-04"].SleepHours != 6.5 {
		t.Fatalf("stored %+v", got)
	}
	if d := got["2025-03-01"]; *d.Mood != 3 || d.Note != "typed in the bot" {
		t.Errorf("a stored day changed without -force: %+v", d)
	}

	if code, out, errOut = runCLI(t, append(args, "-force")...); code != 0 {
		t.Fatalf("import -force: exit %d: %s", code, errOut)
	}
	d := storedDays(t, open)["2025-03-01"]
	if *d.Mood != 7 || *d.SleepHours != 7.5 || d.Note != "typed in the bot\nwalked by the river" {
		t.Errorf("-force merged %+v: want the file's values and both notes", d)
	}
	if !strings.Contains(out, "2025-03-01 merged:") {
		t.Errorf("-force output:\n%s", out)
	}
}

func TestImportOtherApps(t *testing.T) {
	for _, tc := range []struct{ format, file, day, want string }{
		{"daylio", "daylio.csv", "2025-03-03", "mood 5, a note"},
		{"emoods", "emoods.csv", "2025-03-02", "mood 3, sleep 5 h, a note"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			config, open := seedImport(t)
			code, out, errOut := runCLI(t, "import", "-config", config, "-user", "telegram:5", "-format", tc.format, testdata+tc.file)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.Contains(out, tc.day+" stored: "+tc.want) {
				t.Errorf("output lacks %s stored: %s:\n%s", tc.day, tc.want, out)
			}
			if _, ok := storedDays(t, open)[tc.day]; !ok {
				t.Errorf("%s not stored", tc.day)
			}
		})
	}
}

func TestImportRefusesBadInput(t *testing.T) {
	config, open := seedImport(t)
	dir := t.TempDir()
	future := filepath.Join(dir, "future.csv")
	if err := os.WriteFile(future, []byte("date,mood\n2999-01-01,7\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"-format", "checkin"}, 1, "name the file"},
		{"unknown format", []string{"-format", "moodpanda", testdata + "checkin.csv"}, 1, "checkin, daylio, emoods"},
		{"wrong format", []string{"-format", "daylio", testdata + "emoods.csv"}, 1, "full_date"},
		{"missing file", []string{"-format", "checkin", filepath.Join(dir, "nope.csv")}, 1, "nope.csv"},
		{"two files", []string{"-format", "checkin", future, future}, 1, "one file"},
		{"future day", []string{"-format", "checkin", future}, 0, "after today"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"import", "-config", config, "-user", "telegram:5"}, tc.args...)
			code, out, errOut := runCLI(t, args...)
			if code != tc.code || !strings.Contains(out+errOut, tc.want) {
				t.Errorf("exit %d, output %q %q: want exit %d naming %q", code, out, errOut, tc.code, tc.want)
			}
		})
	}
	if got := storedDays(t, open); len(got) != 1 {
		t.Errorf("bad input stored %d days", len(got)-1)
	}
}
