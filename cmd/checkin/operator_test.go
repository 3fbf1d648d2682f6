package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadOnlyCommandsNeedTheDatabase: a wrong database.path is said to
// be wrong, and no file is made there.
func TestReadOnlyCommandsNeedTheDatabase(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo.db")
	config := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(config, []byte("database:\n  path: "+missing+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	csv := filepath.Join(dir, "in.csv")
	if err := os.WriteFile(csv, []byte("date,mood\n2026-11-20,5\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"export", []string{"export", "-config", config}},
		{"export json", []string{"export", "-config", config, "-format", "json", "-user", "telegram:1"}},
		{"backup", []string{"backup", "-config", config, filepath.Join(dir, "copy.db")}},
		{"trends", []string{"trends", "-config", config, "-user", "telegram:1"}},
		{"import", []string{"import", "-config", config, "-user", "telegram:1", "-format", "checkin", csv}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.args...)
			want := "no database at " + missing + " (check database.path)"
			if code == 0 || !strings.Contains(errOut, want) {
				t.Errorf("exit %d, stderr %q, want non-zero and %q", code, errOut, want)
			}
			if out != "" {
				t.Errorf("printed %q with no database", out)
			}
			if _, err := os.Stat(missing); !os.IsNotExist(err) {
				t.Fatalf("a read-only command made %s (stat: %v)", missing, err)
			}
		})
	}
}

// TestCheckConfigRefusesWhatRunRefuses: with no platform configured,
// check-config gives run's message, with the unset token variables.
func TestCheckConfigRefusesWhatRunRefuses(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"no platform keys", "database:\n  path: " + filepath.Join(dir, "a.db") + "\n", []string{"telegram.token", "TELEGRAM_BOT_TOKEN", "discord.token", "DISCORD_BOT_TOKEN"}},
		{"tokens from unset variables", "telegram:\n  token: ${CHECKIN_TEST_UNSET_TG}\ndiscord:\n  token: ${CHECKIN_TEST_UNSET_DC}\n",
			[]string{"${CHECKIN_TEST_UNSET_TG} is not set, so telegram.token is empty", "${CHECKIN_TEST_UNSET_DC} is not set, so discord.token is empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			config := filepath.Join(t.TempDir(), "c.yaml")
			if err := os.WriteFile(config, []byte(tt.yaml), 0o600); err != nil {
				t.Fatal(err)
			}
			checkCode, checkOut, checkErr := runCLI(t, "check-config", "-config", config)
			runCode, _, runErr := runCLI(t, "run", "-config", config)
			if checkCode == 0 || strings.Contains(checkOut, "config OK") {
				t.Errorf("check-config exit %d:\n%s", checkCode, checkOut)
			}
			if runCode == 0 || checkErr != runErr {
				t.Errorf("check-config and run differ:\ncheck-config: %s\nrun: %s", checkErr, runErr)
			}
			for _, w := range append(tt.want, "no chat platform is configured") {
				if !strings.Contains(checkErr, w) {
					t.Errorf("check-config's message lacks %q:\n%s", w, checkErr)
				}
			}
		})
	}
}

// TestConfigMessagesOnceAndWithTheFix: one message per mistaken key, a
// wrong value gets the values allowed.
func TestConfigMessagesOnceAndWithTheFix(t *testing.T) {
	tests := []struct {
		name, yaml string
		key        string
		want       []string
	}{
		{"phq9 every zero", "phq9:\n  every: 0\n", "phq9.every", []string{"7 to 365"}},
		{"bool written as words", "checkin:\n  items:\n    energy: yes please\n", "checkin.items.energy", []string{`"yes please"`, "true or false"}},
		{"number written as words", "scheduler:\n  workers: many\n", "scheduler.workers", []string{`"many"`, "whole number"}},
		{"duration", "checkin:\n  reminder_after: soon\n", "checkin.reminder_after", []string{"3h, 90m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseConfig([]byte(tt.yaml), env(nil))
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if n := strings.Count(msg, tt.key); n != 1 {
				t.Errorf("%s named %d times, want once:\n%s", tt.key, n, msg)
			}
			if strings.Contains(msg, "!!") || strings.Contains(msg, " as bool") || strings.Contains(msg, " as int") {
				t.Errorf("message speaks YAML or Go:\n%s", msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message lacks %q:\n%s", w, msg)
				}
			}
		})
	}
}

// TestUnsetNotesOnlyForWhatMatters: a ${VAR} left unset is mentioned only
// when the key it fills is used by this config.
func TestUnsetNotesOnlyForWhatMatters(t *testing.T) {
	example, err := os.ReadFile("../../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		yaml      string
		env       map[string]string
		want, not []string
	}{
		{"the example, nothing set", string(example), nil,
			[]string{"TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN"}, []string{"CHECKIN_DATABASE_URL", "TELEGRAM_WEBHOOK_SECRET"}},
		{"the example, Telegram on", string(example), map[string]string{"TELEGRAM_BOT_TOKEN": "123456:ABC-def_ghi"},
			[]string{"DISCORD_BOT_TOKEN"}, []string{"TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "CHECKIN_DATABASE_URL"}},
		{"a webhook needs its secret", "telegram:\n  token: \"123456:ABC-def_ghi\"\n  webhook:\n    url: https://bot.example/tg\n    secret: ${HOOK_SECRET}\n", nil,
			[]string{"${HOOK_SECRET} is not set, so telegram.webhook.secret is empty"}, nil},
		{"discord settings while it is off", "discord:\n  token: ${DC}\n  application_id: ${DC_APP}\n", nil,
			[]string{"DC}"}, []string{"DC_APP"}},
		{"a sqlite path from a variable", "database:\n  path: ${DB_FILE}x.db\n  dsn: ${PG}\n", nil,
			[]string{"DB_FILE"}, []string{"PG"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseConfig([]byte(tt.yaml), env(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			notes := strings.Join(c.summary(), "\n")
			for _, w := range tt.want {
				if !strings.Contains(notes, w) {
					t.Errorf("summary lacks %q:\n%s", w, notes)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(notes, w) {
					t.Errorf("summary mentions %q, which this config does not use:\n%s", w, notes)
				}
			}
		})
	}
}

// TestChatStartsOverWithItsDatabase: options kept for a database that was
// deleted to start over are not shown for the new one.
func TestChatStartsOverWithItsDatabase(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "chat.db")
	chat := func(input string) string {
		t.Helper()
		var out, errb strings.Builder
		if code := run(context.Background(), []string{"chat", "-db", dbPath}, strings.NewReader(input), &out, &errb); code != 0 {
			t.Fatalf("chat exit %d: %s", code, errb.String())
		}
		return out.String()
	}
	chat("/start\n")
	if again := chat(""); !strings.Contains(again, "Is that okay with you?") {
		t.Fatalf("started again, the open question is not shown:\n%s", again)
	}
	if err := os.Remove(dbPath); err != nil {
		t.Fatal(err)
	}
	if over := chat(""); strings.Contains(over, "Is that okay with you?") {
		t.Errorf("a new database shows the old one's question:\n%s", over)
	}
}
