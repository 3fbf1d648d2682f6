package main

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot/crisis"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestExampleConfigIsTheDefault(t *testing.T) {
	c, err := LoadConfig("../../config.example.yaml", env(nil))
	if err != nil {
		t.Fatal(err)
	}
	d := DefaultConfig()
	if c.Database != d.Database || c.Log != d.Log || c.Scheduler != d.Scheduler || c.PHQ9 != d.PHQ9 ||
		c.Trend != d.Trend || c.Checkin.ReminderAfter != d.Checkin.ReminderAfter ||
		c.Checkin.Defaults != d.Checkin.Defaults || c.Checkin.Items != d.Checkin.Items || c.Backup != d.Backup {
		t.Errorf("config.example.yaml drifted from the defaults:\nexample %+v\ndefault %+v", c, d)
	}
	if !reflect.DeepEqual(c.Crisis, crisis.Default()) {
		t.Error("config.example.yaml's crisis_lines differ from the built-in table")
	}
	if c.Telegram.Token != "" || c.Discord.Token != "" {
		t.Error("tokens must come from the environment")
	}
	if len(c.unset) == 0 {
		t.Error("unset ${VARS} not reported")
	}
}

func TestConfigErrorsNameTheKey(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown key", "checkin:\n  reminder_afterr: 2h\n", `unknown key "reminder_afterr"`},
		{"bad level", "log:\n  level: loud\n", "log.level"},
		{"bad zone", "checkin:\n  defaults:\n    time_zone: Mars/Base\n", "checkin.defaults.time_zone"},
		{"bad time", "checkin:\n  defaults:\n    checkin_time: \"25:00\"\n", "checkin.defaults.checkin_time"},
		{"bad catch-up", "scheduler:\n  catch_up: -1h\n", "scheduler.catch_up"},
		{"bad allow", "access:\n  allow: [\"bob\"]\n", "access.allow[0]"},
		{"bad duration", "checkin:\n  reminder_after: soon\n", "reminder_after"},
		{"not yaml", "checkin: [\n", "not valid YAML"},
		{"unknown driver", "database:\n  driver: mysql\n", "database.driver"},
		{"postgres without dsn", "database:\n  driver: postgres\n", "database.dsn"},
		{"postgres bad dsn", "database:\n  driver: postgres\n  dsn: \"postgres://x:y@:notaport/db\"\n", "database.dsn"},
		{"postgres with sqlite backups", "database:\n  driver: postgres\n  dsn: postgres://c@db/c\nbackup:\n  dir: /b\n", "backup.dir"},
		{"postgres webhook without a shared secret", "database:\n  driver: postgres\n  dsn: postgres://c@db/c\ntelegram:\n  token: \"123:abc\"\n  webhook:\n    url: https://bot.example/telegram\n", "telegram.webhook.secret"},
		{"sqlite without path", "database:\n  path: \"\"\n", "database.path"},
		{"bad crisis entry", "crisis_lines:\n  countries:\n    PT: {name: Portugal}\n", "crisis_lines.countries.PT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseConfig([]byte(tt.yaml), env(nil))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestConfigEnvExpansionStaysInsideValues(t *testing.T) {
	c, err := parseConfig([]byte("telegram:\n  token: ${TG}\nscheduler:\n  catch_up: 2h\n"),
		env(map[string]string{"TG": "123:abc\nlog:\n  level: debug"}))
	if err == nil {
		// A token with a newline is invalid, but it must not have become YAML structure.
		if c.Log.Level == "debug" {
			t.Fatal("an environment value changed the config's structure")
		}
	}
	c, err = parseConfig([]byte("telegram:\n  token: ${TG}\nscheduler:\n  catch_up: 2h\n"), env(map[string]string{"TG": "123456:ABC-def_ghi"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Telegram.Token != "123456:ABC-def_ghi" || c.Scheduler.CatchUp != 2*time.Hour {
		t.Fatalf("got token %q catch_up %v", c.Telegram.Token, c.Scheduler.CatchUp)
	}
}
