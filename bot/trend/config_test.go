package trend

import (
	"bytes"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// exampleYAML is the trend section of the configuration file, with its
// defaults; decoding it must give DefaultConfig, so every key is spelled right.
const exampleYAML = `
short_sleep_hours: 6
long_sleep_hours: 10
poor_sleep_quality: 1
sleep_days: 7
sleep_nights: 4
sleep_drop_hours: 2
mood_days: 14
mood_min_days: 10
mood_drop_points: 2
drop_sd: 1.5
low_score: 3
lookback_days: 0
persist_days: 28
persist_min_days: 15
dose_days: 7
missed_doses: 3
phq9_high: 10
phq9_rise: 5
phq9_severe: 20
phq9_max_age_days: 28
well_days: 56
well_min_days: 28
well_search_days: 365
recent_days: 28
signal_k: 0.5
signal_h: 22
combined_k: 0.25
combined_h: 10
cooldown_days: 14
decline_cooldown_days: 42
clear_days: 7
nudge_every_days: 7
`

func TestExampleYAMLIsTheDefault(t *testing.T) {
	dec := yaml.NewDecoder(bytes.NewBufferString(exampleYAML))
	dec.KnownFields(true)
	var c Config
	if err := dec.Decode(&c); err != nil {
		t.Fatal(err)
	}
	if c != DefaultConfig() {
		t.Fatalf("decoded %+v\nwant    %+v", c, DefaultConfig())
	}
}

func TestValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	tests := []struct {
		name   string
		change func(*Config)
		want   string
	}{
		{"no short sleep", func(c *Config) { c.ShortSleepHours = 0 }, "trend.short_sleep_hours: must be between 0 and 24"},
		{"long under short", func(c *Config) { c.LongSleepHours = 5 }, "trend.long_sleep_hours:"},
		{"quality 5", func(c *Config) { c.PoorSleepQuality = 5 }, "trend.poor_sleep_quality:"},
		{"more nights than days", func(c *Config) { c.SleepNights = 8 }, "trend.sleep_nights: must be between 1 and 7"},
		{"drop hours", func(c *Config) { c.SleepDropHours = 0 }, "trend.sleep_drop_hours:"},
		{"mood window into the baseline", func(c *Config) { c.MoodDays = 15 }, "trend.mood_days: must be between 7 and 14"},
		{"min days over window", func(c *Config) { c.MoodMinDays = 15 }, "trend.mood_min_days:"},
		{"drop points", func(c *Config) { c.MoodDropPoints = -1 }, "trend.mood_drop_points:"},
		{"drop sd", func(c *Config) { c.DropSD = 6 }, "trend.drop_sd:"},
		{"low score", func(c *Config) { c.LowScore = 10 }, "trend.low_score:"},
		{"lookback", func(c *Config) { c.LookbackDays = 57 }, "trend.lookback_days: must be between 0 and 56"},
		{"persist window", func(c *Config) { c.PersistDays = 31 }, "trend.persist_days: must be between 14 and 30"},
		{"persist days", func(c *Config) { c.PersistMinDays = 29 }, "trend.persist_min_days:"},
		{"dose window", func(c *Config) { c.DoseDays = 0 }, "trend.dose_days:"},
		{"missed doses", func(c *Config) { c.MissedDoses = 8 }, "trend.missed_doses:"},
		{"phq9 high", func(c *Config) { c.PHQ9High = 28 }, "trend.phq9_high:"},
		{"phq9 rise", func(c *Config) { c.PHQ9Rise = 0 }, "trend.phq9_rise:"},
		{"phq9 severe", func(c *Config) { c.PHQ9Severe = 30 }, "trend.phq9_severe:"},
		{"phq9 age", func(c *Config) { c.PHQ9MaxAgeDays = 0 }, "trend.phq9_max_age_days:"},
		{"cooldown", func(c *Config) { c.CooldownDays = 0 }, "trend.cooldown_days:"},
		{"clear beyond window", func(c *Config) { c.ClearDays = 28 }, "trend.clear_days: must be between 1 and 27"},
		{"nudge", func(c *Config) { c.NudgeEveryDays = -1 }, "trend.nudge_every_days:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.change(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want it to say %q", err, tt.want)
			}
			if n := strings.Count(err.Error(), "trend."); n != 1 {
				t.Errorf("one bad key gave %d complaints: %v", n, err)
			}
		})
	}
}

func TestHistoryDaysCoversEveryValidConfig(t *testing.T) {
	c := DefaultConfig()
	c.PersistDays, c.LookbackDays, c.WellSearchDays = maxPersistDays, maxLookbackDays, maxWellSearch
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.historyDays() != HistoryDays() {
		t.Fatalf("the widest config reads %d days, HistoryDays says %d", c.historyDays(), HistoryDays())
	}
	if d := DefaultConfig().historyDays(); d > HistoryDays() {
		t.Fatalf("defaults read %d days, more than HistoryDays %d", d, HistoryDays())
	}
}
