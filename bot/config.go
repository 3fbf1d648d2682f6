package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/crisis"
	"github.com/checkin-bot/checkin/bot/parse"
	"github.com/checkin-bot/checkin/bot/trend"
)

// Config is the conversation's part of the configuration file.
type Config struct {
	// Defaults for a new person; onboarding's "skip" keeps them.
	Defaults Defaults `yaml:"defaults"`
	// Items are the optional check-in questions after mood and sleep.
	Items Items `yaml:"items"`
	// PHQ9 schedules the questionnaire.
	PHQ9 PHQ9Config `yaml:"-"`
	// Crisis is the crisis-line table (defaults merged with the operator's).
	Crisis crisis.Table `yaml:"-"`
	// Trend holds the trend-rule thresholds.
	Trend trend.Config `yaml:"-"`
	// SafetyPlan says when the safety plan is offered.
	SafetyPlan SafetyPlanConfig `yaml:"-"`
	// Allow, when not empty, lists who may use the bot: "telegram:123",
	// "discord:456", "discord-guild:789". Everyone else gets one polite line.
	Allow []string `yaml:"-"`
	// CatchUp is the scheduler's catch-up window (scheduler.catch_up).
	CatchUp time.Duration `yaml:"-"`
	// FileDir is where the console adapter writes charts, reports and exports.
	FileDir string `yaml:"-"`
}

// Defaults are a new person's settings until they change them.
type Defaults struct {
	TimeZone    string `yaml:"time_zone"`
	CheckinTime string `yaml:"checkin_time"`
	Country     string `yaml:"country"`
	SummaryDay  string `yaml:"summary_day"`
	SummaryTime string `yaml:"summary_time"`
	QuietStart  string `yaml:"quiet_start"`
	QuietEnd    string `yaml:"quiet_end"`
}

// Items switches the optional daily questions on.
type Items struct {
	Energy   bool `yaml:"energy"`
	Interest bool `yaml:"interest"`
	// Functioning asks "Did you do what you meant to today — work, plans,
	// seeing people?" (0–10, or mostly 8 / partly 5 / hardly 2).
	Functioning bool `yaml:"functioning"`
	Medication  bool `yaml:"medication"`
	Note        bool `yaml:"note"`
}

// PHQ9Config schedules the PHQ-9.
type PHQ9Config struct {
	Enabled bool `yaml:"enabled"`
	Every   int  `yaml:"every"` // days
}

// DefaultConfig is a sensible configuration for one person on one machine.
func DefaultConfig() Config {
	return Config{
		Defaults: Defaults{
			TimeZone: "UTC", CheckinTime: "20:00", SummaryDay: "sunday", SummaryTime: "18:00",
			QuietStart: "22:30", QuietEnd: "08:00",
		},
		Items:  Items{Energy: true, Interest: true, Functioning: true, Medication: true, Note: true},
		PHQ9:   PHQ9Config{Enabled: true, Every: 14},
		Crisis: crisis.Default(),
		Trend:  trend.DefaultConfig(),

		SafetyPlan: DefaultSafetyPlanConfig(),
	}
}

// Validate checks the conversation settings; messages name the key.
func (c Config) Validate() error {
	d := c.Defaults
	if _, err := parse.LoadZone(d.TimeZone); err != nil {
		return fmt.Errorf("checkin.defaults.time_zone: %q is not a time zone; use an IANA name such as Europe/Berlin, or UTC", d.TimeZone)
	}
	for key, v := range map[string]string{"checkin_time": d.CheckinTime, "summary_time": d.SummaryTime, "quiet_start": d.QuietStart, "quiet_end": d.QuietEnd} {
		if _, _, err := parse.Clock(v); err != nil || !isHHMM(v) {
			return fmt.Errorf("checkin.defaults.%s: %q is not a time; write it as HH:MM, for example 20:00", key, v)
		}
	}
	if _, ok := weekday(d.SummaryDay); !ok {
		return fmt.Errorf("checkin.defaults.summary_day: %q is not a weekday; use monday … sunday", d.SummaryDay)
	}
	if d.Country != "" {
		if _, err := parse.Country(d.Country); err != nil {
			return fmt.Errorf("checkin.defaults.country: %q is not a country; use a two-letter code such as GB, or leave it empty", d.Country)
		}
	}
	if c.PHQ9.Every < 7 || c.PHQ9.Every > 365 {
		return fmt.Errorf("phq9.every: %d days is out of range; use 7 to 365 (14 is usual)", c.PHQ9.Every)
	}
	for i, a := range c.Allow {
		p, id, ok := strings.Cut(a, ":")
		if !ok || id == "" || (p != Telegram && p != Discord && p != Console && p != "discord-guild") {
			return fmt.Errorf("access.allow[%d]: %q should look like telegram:123456, discord:123456 or discord-guild:123456", i, a)
		}
	}
	if err := c.SafetyPlan.validate(); err != nil {
		return err
	}
	if err := c.Crisis.Validate(); err != nil {
		return err
	}
	return c.Trend.Validate()
}

func isHHMM(s string) bool {
	_, err := time.Parse("15:04", s)
	return err == nil && len(s) == 5
}

func weekday(s string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) || strings.EqualFold(d.String()[:3], s) {
			return d, true
		}
	}
	return 0, false
}
