package scheduler

import (
	"errors"
	"fmt"
	"time"

	"github.com/checkin-bot/checkin/scheduler/next"
)

// Config is the scheduler's part of the configuration. The main config
// maps scheduler.catch_up, checkin.reminder_after, phq9.every and
// phq9.enabled onto it, plus the scheduler.* tuning keys.
type Config struct {
	// CatchUp is how late a prompt may still go out (after downtime, or
	// while retrying); older ones are skipped.
	CatchUp time.Duration `yaml:"catch_up"`
	// ReminderAfter is the wait before the one reminder for an unanswered
	// check-in; 0 turns reminders off.
	ReminderAfter time.Duration `yaml:"reminder_after"`
	// PHQ9Every is the number of days between PHQ-9 prompts.
	PHQ9Every int `yaml:"phq9_every"`
	// PHQ9Enabled turns the PHQ-9 prompt on.
	PHQ9Enabled bool `yaml:"phq9_enabled"`
	// Workers is the number of concurrent sends per platform; the adapters
	// pace themselves within each platform's limits.
	Workers int `yaml:"workers"`
	// Queue is how many claimed prompts may wait per platform; more are
	// put back and retried a minute later.
	Queue int `yaml:"queue"`
	// Retention is how long settled ledger rows are kept.
	Retention time.Duration `yaml:"retention"`
}

// DefaultConfig is the configuration used when the file says nothing.
func DefaultConfig() Config {
	return Config{
		CatchUp:       next.DefaultCatchUp,
		ReminderAfter: 3 * time.Hour,
		PHQ9Every:     14,
		PHQ9Enabled:   true,
		Workers:       8,
		Queue:         25000,
		Retention:     14 * 24 * time.Hour,
	}
}

// Validate reports every setting out of range, naming its key and the fix.
func (c Config) Validate() error {
	var errs []error
	if c.CatchUp < time.Minute || c.CatchUp > 24*time.Hour {
		errs = append(errs, fmt.Errorf("scheduler.catch_up: %s is out of range: use a duration between 1m and 24h, such as 3h", c.CatchUp))
	}
	if c.ReminderAfter < 0 || c.ReminderAfter >= 24*time.Hour {
		errs = append(errs, fmt.Errorf("checkin.reminder_after: %s is out of range: use a duration under 24h, such as 3h, or 0 for no reminders", c.ReminderAfter))
	}
	if c.PHQ9Every < 7 || c.PHQ9Every > 365 {
		errs = append(errs, fmt.Errorf("phq9.every: %d days is out of range: use 7 to 365 (the PHQ-9 asks about the last two weeks; 14 is usual)", c.PHQ9Every))
	}
	if c.Workers < 1 || c.Workers > 256 {
		errs = append(errs, fmt.Errorf("scheduler.workers: %d is out of range: use 1 to 256", c.Workers))
	}
	if c.Queue < 1 || c.Queue > 1_000_000 {
		errs = append(errs, fmt.Errorf("scheduler.queue: %d is out of range: use 1 to 1000000", c.Queue))
	}
	if c.Retention < 8*24*time.Hour {
		errs = append(errs, fmt.Errorf("scheduler.retention: %s is too short: keep the ledger at least 192h (8 days) so a week's summary is never sent twice", c.Retention))
	}
	return errors.Join(errs...)
}
