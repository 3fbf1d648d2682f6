package scheduler

import (
	"strings"
	"testing"
	"time"
)

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	tests := []struct {
		name string
		edit func(*Config)
		key  string
	}{
		{"no catch-up", func(c *Config) { c.CatchUp = 0 }, "scheduler.catch_up"},
		{"catch-up over a day", func(c *Config) { c.CatchUp = 25 * time.Hour }, "scheduler.catch_up"},
		{"negative reminder", func(c *Config) { c.ReminderAfter = -time.Hour }, "checkin.reminder_after"},
		{"reminder a day later", func(c *Config) { c.ReminderAfter = 24 * time.Hour }, "checkin.reminder_after"},
		{"phq9 every day", func(c *Config) { c.PHQ9Every = 1 }, "phq9.every"},
		{"no workers", func(c *Config) { c.Workers = 0 }, "scheduler.workers"},
		{"no queue", func(c *Config) { c.Queue = 0 }, "scheduler.queue"},
		{"short retention", func(c *Config) { c.Retention = 24 * time.Hour }, "scheduler.retention"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.edit(&c)
			err := c.Validate()
			if err == nil || !strings.HasPrefix(err.Error(), tt.key+":") {
				t.Fatalf("Validate() = %v, want an error naming %s", err, tt.key)
			}
		})
	}
	c := DefaultConfig()
	c.ReminderAfter = 0
	if err := c.Validate(); err != nil {
		t.Fatalf("reminders off rejected: %v", err)
	}
}
