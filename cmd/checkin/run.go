package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/user"
	"path/filepath"
	"runtime/debug"
	"time"
	_ "time/tzdata" // time zones on machines without zoneinfo

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/console"
	"github.com/checkin-bot/checkin/scheduler"
	"github.com/checkin-bot/checkin/store"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

const usage = `checkin — daily mood and sleep check-ins on Telegram, Discord and the terminal.

Usage:
  checkin chat [-config FILE] [-db FILE]   talk to checkin in this terminal (no token needed)
  checkin run -config FILE                 run the bot (Telegram and/or Discord, with the scheduler)
  checkin check-config -config FILE        validate a config file without starting anything
  checkin export -config FILE [-user PLATFORM:ID] [-format csv|json]
                                           print stored data
  checkin import -config FILE -user PLATFORM:ID -format checkin|daylio|emoods FILE.csv [-dry-run] [-force]
                                           bring a person's history in (docs/IMPORT.md)
  checkin trends -config FILE -user PLATFORM:ID [-from DATE]
                                           replay a person's history through the trend rules and
                                           print what would have fired, then where they stand
  checkin backup -config FILE OUT          write a consistent copy of the live database to OUT
  checkin migrate -config FILE             apply database migrations and print the schema version
  checkin migrate-store -from sqlite:FILE -to postgres:DSN [-force]
                                           copy every row to another store (an empty one unless -force)
  checkin version                          print the version
`

// run is the whole program; main only wires signals and the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "run":
		err = cmdRun(ctx, rest, stderr)
	case "chat":
		err = cmdChat(ctx, rest, stdin, stdout, stderr)
	case "check-config":
		err = cmdCheckConfig(rest, stdout)
	case "export":
		err = cmdExport(ctx, rest, stdout)
	case "import":
		err = cmdImport(ctx, rest, stdout, time.Now)
	case "trends":
		err = cmdTrends(ctx, rest, stdout, time.Now)
	case "backup":
		err = cmdBackup(ctx, rest, stdout)
	case "migrate":
		err = cmdMigrate(ctx, rest, stdout)
	case "migrate-store":
		err = cmdMigrateStore(ctx, rest, stdout)
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "checkin", versionString())
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "checkin: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 2
		}
		fmt.Fprintln(stderr, "checkin:", err)
		return 1
	}
	return 0
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", ""
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			return "dev-" + rev + dirty + " (schema " + fmt.Sprint(store.SchemaVersion()) + ")"
		}
	}
	return fmt.Sprintf("dev (schema %d)", store.SchemaVersion())
}

// configFlag parses "-config FILE" plus extra flags; the file is required.
func loadWithFlags(name string, args []string, required bool, extra func(*flag.FlagSet)) (Config, *flag.FlagSet, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	path := fs.String("config", "", "config file (see config.example.yaml)")
	if extra != nil {
		extra(fs)
	}
	if err := fs.Parse(args); err != nil {
		return Config{}, fs, err
	}
	if *path == "" {
		if required {
			return Config{}, fs, fmt.Errorf("%s needs -config FILE (start from config.example.yaml)", name)
		}
		return DefaultConfig(), fs, nil
	}
	c, err := LoadConfig(*path, os.Getenv)
	if err != nil {
		return Config{}, fs, fmt.Errorf("%s: %w", *path, err)
	}
	return c, fs, nil
}

func newLogger(c Config, w io.Writer) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(c.Log.Level))
	opts := &slog.HandlerOptions{Level: lvl}
	if c.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func cmdCheckConfig(args []string, stdout io.Writer) error {
	c, _, err := loadWithFlags("check-config", args, true, nil)
	if err != nil {
		return err
	}
	if err := c.runnable(); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "config OK")
	for _, line := range c.summary() {
		fmt.Fprintln(stdout, "  "+line)
	}
	return nil
}

// summary says in a few lines what the config will run.
func (c Config) summary() []string {
	on := func(b bool) string {
		if b {
			return "on"
		}
		return "off"
	}
	lines := []string{
		"database: " + c.storeName(),
		"telegram: " + on(c.Telegram.Token != ""),
		"discord: " + on(c.Discord.Token != ""),
	}
	if c.HTTP.Listen != "" {
		lines = append(lines, "http: "+c.HTTP.Listen+" (/healthz, /metrics)")
	}
	if c.Backup.Dir != "" {
		lines = append(lines, fmt.Sprintf("backups: daily to %s, keeping %d", c.Backup.Dir, c.Backup.Keep))
	}
	return append(lines, c.unsetNotes()...)
}

func cmdChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var dbPath string
	c, _, err := loadWithFlags("chat", args, false, func(fs *flag.FlagSet) {
		fs.StringVar(&dbPath, "db", "", "database file (default: the config's, or checkin-chat.db here)")
	})
	if err != nil {
		return err
	}
	// A config's PostgreSQL database is used unless -db names a file.
	if dbPath != "" || c.Database.Driver != "postgres" {
		if dbPath == "" {
			dbPath = c.Database.Path
			if dbPath == DefaultConfig().Database.Path {
				dbPath = "checkin-chat.db"
			}
		}
		c.Database.Driver, c.Database.Path = "sqlite", dbPath
	}
	c.Log.Level = "warn" // the terminal is for the conversation
	log := newLogger(c, stderr)
	_, statErr := os.Stat(c.Database.Path)
	fresh := c.Database.Driver == "sqlite" && errors.Is(statErr, fs.ErrNotExist)
	db, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	dbPath = db.Path()
	defer db.Close()
	statePath := chatStatePath(db.Driver(), dbPath, c.Checkin.FileDir)
	if fresh {
		// The database was deleted to start over: so are the options
		// last shown for it.
		if err := os.Remove(statePath); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("chat: start over: %w", err)
		}
	}
	name := "local"
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	core := bot.New(db, c.botConfig(), log, time.Now)
	term := console.New(core, stdin, stdout, name, c.Checkin.FileDir, console.WithStateFile(statePath))
	senders := map[string]bot.Sender{bot.Console: term}
	core.SetSenders(senders)
	sched := scheduler.New(db, core, senders, c.schedulerConfig(), log, time.Now)
	fmt.Fprintf(stdout, "checkin chat — your answers are kept in %s (delete that file to start over). Type /start to begin, /help for commands, Ctrl-D to quit.\n\n", dbPath)
	if err := sched.Start(ctx); err != nil {
		return err
	}
	runErr := term.Run(ctx)
	stopCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := sched.Stop(stopCtx); err != nil {
		log.Warn("scheduler did not stop cleanly", "err", err)
	}
	return runErr
}

func cmdMigrate(ctx context.Context, args []string, stdout io.Writer) error {
	c, _, err := loadWithFlags("migrate", args, true, nil)
	if err != nil {
		return err
	}
	db, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	v, err := db.Version(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: schema version %d (this checkin knows up to %d)\n", db.Path(), v, store.SchemaVersion())
	return nil
}

func cmdBackup(ctx context.Context, args []string, stdout io.Writer) error {
	c, fs, err := loadWithFlags("backup", args, true, nil)
	if err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("backup needs the output file: checkin backup -config FILE OUT")
	}
	db, err := c.openExisting(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Backup(ctx, fs.Arg(0)); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backup written to %s\n", fs.Arg(0))
	return nil
}

// chatStatePath is where `checkin chat` keeps the options last shown: next
// to the database file, or in the file folder for a PostgreSQL store.
func chatStatePath(driver, dbPath, fileDir string) string {
	if driver == "sqlite" && dbPath != "" {
		return dbPath + ".chat"
	}
	return filepath.Join(fileDir, "chat-state.json")
}
