package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// runCLI runs the program in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// seed writes a config and a database with two people and their check-ins.
func seed(t *testing.T) (config, dbPath string) {
	t.Helper()
	dir := t.TempDir()
	dbPath = filepath.Join(dir, "checkin.db")
	config = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(config, []byte("database:\n  path: "+dbPath+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, p := range []struct{ platform, id, note string }{{"telegram", "11", "alpha note"}, {"discord", "22", "beta, \"quoted\""}} {
		u := store.User{Platform: p.platform, PlatformID: p.id, TZ: "UTC", CheckinTime: "20:00", SummaryTime: "18:00",
			QuietStart: "22:30", QuietEnd: "08:00", ConsentAt: time.Now()}
		if err := db.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		mood, sleep := 4+i, 6.5
		if err := db.SaveCheckin(ctx, &store.Checkin{UserID: u.ID, Day: "2026-11-2" + fmt.Sprint(i), Mood: &mood, SleepHours: &sleep, Note: p.note}); err != nil {
			t.Fatal(err)
		}
	}
	return config, dbPath
}

func TestExportCommand(t *testing.T) {
	config, _ := seed(t)
	tests := []struct {
		name  string
		args  []string
		want  []string
		avoid []string
	}{
		{"everyone as CSV", []string{"export", "-config", config}, []string{
			"platform,user,date,mood,sleep_hours,sleep_quality,energy,interest,medication_taken,note,functioning",
			"discord,22,2026-11-21,5,6.5,,,,,\"beta, \"\"quoted\"\"\",",
			"telegram,11,2026-11-20,4,6.5,,,,,alpha note,"}, nil},
		{"one person as CSV", []string{"export", "-config", config, "-user", "telegram:11"}, []string{
			"date,mood,sleep_hours,sleep_quality,energy,interest,medication_taken,note,functioning\n2026-11-20,4,6.5,,,,,alpha note,"},
			[]string{"beta", "platform,user"}},
		{"one person as JSON", []string{"export", "-config", config, "-user", "discord:22", "-format", "json"},
			[]string{`"Note": "beta, \"quoted\""`}, []string{"alpha"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, a := range tt.avoid {
				if strings.Contains(out, a) {
					t.Errorf("output holds %q (another person's data?):\n%s", a, out)
				}
			}
		})
	}
	code, out, _ := runCLI(t, "export", "-config", config, "-format", "json")
	var all []json.RawMessage
	if code != 0 || json.Unmarshal([]byte(out), &all) != nil || len(all) != 2 {
		t.Errorf("export everyone as JSON: exit %d, %d documents:\n%s", code, len(all), out)
	}
	if code, _, errOut := runCLI(t, "export", "-config", config, "-user", "telegram:99"); code == 0 || !strings.Contains(errOut, "not found") {
		t.Errorf("export of an unknown person: exit %d, %s", code, errOut)
	}
}

func TestBackupRestoresTheSameData(t *testing.T) {
	config, dbPath := seed(t)
	out := filepath.Join(t.TempDir(), "copy.db")
	if code, _, errOut := runCLI(t, "backup", "-config", config, out); code != 0 {
		t.Fatalf("backup: %s", errOut)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("backup file: %v, %v", st, err)
	}
	// Restore: point a config at the copy; the binary's export shows the same rows.
	restored := filepath.Join(t.TempDir(), "restored.yaml")
	os.WriteFile(restored, []byte("database:\n  path: "+out+"\n"), 0o600)
	_, before, _ := runCLI(t, "export", "-config", config, "-format", "json")
	_, after, _ := runCLI(t, "export", "-config", restored, "-format", "json")
	if before != after || !strings.Contains(after, "alpha note") {
		t.Errorf("restored data differs:\nbefore %s\nafter %s", before, after)
	}
	if code, _, errOut := runCLI(t, "backup", "-config", config, out); code == 0 || !strings.Contains(errOut, "already exists") {
		t.Errorf("backup over an existing file: exit %d %s", code, errOut)
	}
	_ = dbPath
}

func TestDailyBackupKeepsTheNewest(t *testing.T) {
	_, dbPath := seed(t)
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dir := filepath.Join(t.TempDir(), "backups")
	day := time.Date(2026, 11, 1, 3, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		if err := dailyBackup(ctx, db, dir, 3, day.AddDate(0, 0, i)); err != nil {
			t.Fatal(err)
		}
		// A second run the same day changes nothing.
		if err := dailyBackup(ctx, db, dir, 3, day.AddDate(0, 0, i).Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		if info, _ := e.Info(); info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", e.Name(), info.Mode().Perm())
		}
	}
	want := "checkin-2026-11-03.db checkin-2026-11-04.db checkin-2026-11-05.db"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("kept %s, want %s", got, want)
	}
}

func TestCommandsAndMistakes(t *testing.T) {
	config, _ := seed(t)
	noToken := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(noToken, []byte("database:\n  path: "+filepath.Join(t.TempDir(), "x.db")+"\n"), 0o600)
	withToken := filepath.Join(t.TempDir(), "t.yaml")
	os.WriteFile(withToken, []byte("telegram:\n  token: \"123456:ABC-def_ghi\"\n"), 0o600)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"version", []string{"version"}, 0, "checkin "},
		{"migrate", []string{"migrate", "-config", config}, 0, fmt.Sprintf("schema version %d", store.SchemaVersion())},
		{"check-config", []string{"check-config", "-config", withToken}, 0, "config OK"},
		{"check-config without a platform", []string{"check-config", "-config", config}, 1, "no chat platform is configured"},
		{"run without a token", []string{"run", "-config", noToken}, 1, "checkin chat"},
		{"run without a config", []string{"run"}, 1, "needs -config FILE"},
		{"missing config file", []string{"check-config", "-config", "/nonexistent.yaml"}, 1, "no such file"},
		{"unknown command", []string{"serve"}, 2, "unknown command"},
		{"no command", nil, 2, "Usage"},
		{"backup without OUT", []string{"backup", "-config", config}, 1, "needs the output file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(out+errOut, tt.want) {
				t.Errorf("exit %d (want %d), output lacks %q:\n%s%s", code, tt.code, tt.want, out, errOut)
			}
		})
	}
}
