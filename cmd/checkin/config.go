package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/crisis"
	"github.com/checkin-bot/checkin/bot/discord"
	"github.com/checkin-bot/checkin/bot/telegram"
	"github.com/checkin-bot/checkin/bot/trend"
	"github.com/checkin-bot/checkin/scheduler"
	"github.com/checkin-bot/checkin/store"
)

// Config is the whole configuration file. config.example.yaml documents
// every key with its default.
type Config struct {
	Database struct {
		// Driver is sqlite (one file, one process) or postgres (several
		// instances may share one database).
		Driver string `yaml:"driver"`
		Path   string `yaml:"path"`
		// DSN is the PostgreSQL connection string, from the environment.
		DSN string `yaml:"dsn"`
	} `yaml:"database"`
	Log struct {
		Level  string `yaml:"level"`
		Format string `yaml:"format"`
	} `yaml:"log"`
	HTTP struct {
		Listen string `yaml:"listen"`
	} `yaml:"http"`
	Telegram  telegram.Config `yaml:"telegram"`
	Discord   discord.Config  `yaml:"discord"`
	Scheduler schedulerConfig `yaml:"scheduler"`
	Checkin   checkinConfig   `yaml:"checkin"`
	PHQ9      bot.PHQ9Config  `yaml:"phq9"`
	Trend     trend.Config    `yaml:"trend"`
	// SafetyPlan says when the safety plan is offered.
	SafetyPlan bot.SafetyPlanConfig `yaml:"safety_plan"`
	Crisis     crisis.Table         `yaml:"crisis_lines"`
	Access     struct {
		Allow []string `yaml:"allow"`
	} `yaml:"access"`
	Backup struct {
		Dir  string `yaml:"dir"`
		Keep int    `yaml:"keep"`
	} `yaml:"backup"`

	// unset lists ${VARS} the file named that were not set, for messages.
	unset []unsetVar
}

type schedulerConfig struct {
	CatchUp   time.Duration `yaml:"catch_up"`
	Workers   int           `yaml:"workers"`
	Queue     int           `yaml:"queue"`
	Retention time.Duration `yaml:"retention"`
}

type checkinConfig struct {
	ReminderAfter time.Duration `yaml:"reminder_after"`
	Defaults      bot.Defaults  `yaml:"defaults"`
	Items         bot.Items     `yaml:"items"`
	FileDir       string        `yaml:"file_dir"`
}

// DefaultConfig is what an empty config file means.
func DefaultConfig() Config {
	var c Config
	c.Database.Driver, c.Database.Path = "sqlite", "checkin.db"
	c.Log.Level, c.Log.Format = "info", "text"
	c.Telegram = telegram.DefaultConfig()
	c.Discord = discord.DefaultConfig()
	sc := scheduler.DefaultConfig()
	c.Scheduler = schedulerConfig{CatchUp: sc.CatchUp, Workers: sc.Workers, Queue: sc.Queue, Retention: sc.Retention}
	bc := bot.DefaultConfig()
	c.Checkin = checkinConfig{ReminderAfter: sc.ReminderAfter, Defaults: bc.Defaults, Items: bc.Items, FileDir: "checkin-files"}
	c.PHQ9 = bc.PHQ9
	c.Trend = bc.Trend
	c.SafetyPlan = bc.SafetyPlan
	c.Backup.Keep = 7
	return c
}

var envRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// LoadConfig reads a config file: ${ENV} references in values are
// expanded, unknown keys are errors that name the key, and the result is
// validated.
func LoadConfig(path string, getenv func(string) string) (Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("read config: %w", err)
	}
	return parseConfig(raw, getenv)
}

func parseConfig(raw []byte, getenv func(string) string) (Config, error) {
	c := DefaultConfig()
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		return Config{}, fmt.Errorf("config is not valid YAML: %w", err)
	}
	if len(root.Content) == 0 {
		return c, c.Validate()
	}
	// Expand ${VAR} inside scalar values only, so a secret can never
	// change the file's structure.
	unset := expandEnv(&root, getenv)
	expanded, err := yaml.Marshal(&root)
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(expanded))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return Config{}, errors.New(friendlyYAMLError(err, expanded))
	}
	c.unset = unset
	return c, c.Validate()
}

// Validate checks every setting; each message names the key and the fix.
func (c Config) Validate() error {
	var errs []error
	switch c.Database.Driver {
	case "sqlite":
		if c.Database.Path == "" {
			errs = append(errs, errors.New("database.path: empty; set the database file, e.g. /var/lib/checkin/checkin.db"))
		}
	case "postgres":
		if c.Database.DSN == "" {
			errs = append(errs, errors.New("database.dsn: empty with driver postgres; set a connection string, e.g. dsn: ${CHECKIN_DATABASE_URL} with CHECKIN_DATABASE_URL=postgres://checkin@db.example/checkin"))
		} else if err := store.CheckPostgresDSN(c.Database.DSN); err != nil {
			errs = append(errs, fmt.Errorf("database.dsn: %w", err))
		}
		if c.Backup.Dir != "" {
			errs = append(errs, errors.New("backup.dir: set with driver postgres; checkin's daily copies are of SQLite files: back PostgreSQL up with pg_dump (docs/DEPLOY.md) and remove backup.dir"))
		}
	default:
		errs = append(errs, fmt.Errorf("database.driver: %q; use sqlite (the default) or postgres", c.Database.Driver))
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log.level: %q; use debug, info, warn or error", c.Log.Level))
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		errs = append(errs, fmt.Errorf("log.format: %q; use text or json", c.Log.Format))
	}
	if c.Telegram.Token != "" {
		if err := c.Telegram.Validate(); err != nil {
			errs = append(errs, err)
		}
		// Instances sharing a database share one webhook: each registers
		// it at start, and a secret of its own would lock the others out.
		if c.Database.Driver == "postgres" && c.Telegram.Webhook.URL != "" && c.Telegram.Webhook.Secret == "" {
			errs = append(errs, errors.New("telegram.webhook.secret: empty with driver postgres; instances behind one webhook URL must share one secret: set secret: ${TELEGRAM_WEBHOOK_SECRET} on every instance"))
		}
	}
	if c.Discord.Token != "" {
		if err := c.Discord.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := c.schedulerConfig().Validate(); err != nil {
		errs = append(errs, err)
	}
	if err := c.botConfig().Validate(); err != nil {
		errs = append(errs, err)
	}
	if c.Backup.Dir != "" && (c.Backup.Keep < 1 || c.Backup.Keep > 1000) {
		errs = append(errs, fmt.Errorf("backup.keep: %d; keep between 1 and 1000 daily copies", c.Backup.Keep))
	}
	return errors.Join(oncePerKey(errs)...)
}

// botConfig is the conversation's part, with crisis lines merged over the defaults.
func (c Config) botConfig() bot.Config {
	bc := bot.DefaultConfig()
	bc.Defaults, bc.Items, bc.PHQ9, bc.Trend = c.Checkin.Defaults, c.Checkin.Items, c.PHQ9, c.Trend
	bc.SafetyPlan = c.SafetyPlan
	bc.Crisis = crisis.Default().Merge(c.Crisis)
	bc.Allow = c.Access.Allow
	bc.FileDir = c.Checkin.FileDir
	bc.CatchUp = c.Scheduler.CatchUp
	return bc
}

func (c Config) schedulerConfig() scheduler.Config {
	sc := scheduler.DefaultConfig()
	sc.CatchUp, sc.ReminderAfter, sc.Workers = c.Scheduler.CatchUp, c.Checkin.ReminderAfter, c.Scheduler.Workers
	sc.Queue, sc.Retention = c.Scheduler.Queue, c.Scheduler.Retention
	sc.PHQ9Enabled, sc.PHQ9Every = c.PHQ9.Enabled, c.PHQ9.Every
	return sc
}
