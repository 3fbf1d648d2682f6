package trend

import (
	"errors"
	"fmt"

	"github.com/checkin-bot/checkin/bot/stats"
)

// Config holds every threshold of the trend rules. The defaults and the
// evidence behind each are in the package documentation and docs/SAFETY.md.
type Config struct {
	// Sleep: a night counts as disturbed when shorter than ShortSleepHours or
	// longer than LongSleepHours; the rule needs SleepNights such nights in
	// the last SleepDays days, or as many nights rated PoorSleepQuality or
	// lower, or the SleepDays mean SleepDropHours below the person's usual.
	ShortSleepHours  float64 `yaml:"short_sleep_hours"`
	LongSleepHours   float64 `yaml:"long_sleep_hours"`
	PoorSleepQuality int     `yaml:"poor_sleep_quality"`
	SleepDays        int     `yaml:"sleep_days"`
	SleepNights      int     `yaml:"sleep_nights"`
	SleepDropHours   float64 `yaml:"sleep_drop_hours"`

	// Mood, interest, energy: the mean of the last MoodDays days (at least
	// MoodMinDays answered) at or below the person's usual level minus the
	// larger of MoodDropPoints and DropSD standard deviations. Interest and
	// energy also count as low when at or below LowScore on most answered days.
	MoodDays       int     `yaml:"mood_days"`
	MoodMinDays    int     `yaml:"mood_min_days"`
	MoodDropPoints float64 `yaml:"mood_drop_points"`
	DropSD         float64 `yaml:"drop_sd"`
	LowScore       int     `yaml:"low_score"`
	// LookbackDays lets "usual" be the upper quartile of the personal
	// baselines of the last LookbackDays days rather than today's alone, so
	// a decline slower than the baseline window moves is still seen. 0
	// compares with today's only.
	LookbackDays int `yaml:"lookback_days"`

	// Persistence: a mood, sleep, interest or energy condition true on at
	// least PersistMinDays of the last PersistDays days.
	PersistDays    int `yaml:"persist_days"`
	PersistMinDays int `yaml:"persist_min_days"`

	// Missed doses: "medication taken" answered no on MissedDoses of the last DoseDays days.
	DoseDays    int `yaml:"dose_days"`
	MissedDoses int `yaml:"missed_doses"`

	// PHQ-9: a total of PHQ9High or more twice running, a rise of PHQ9Rise
	// over the median of earlier totals, or any PHQ9Severe or more. A
	// questionnaire older than PHQ9MaxAgeDays no longer counts.
	PHQ9High       int `yaml:"phq9_high"`
	PHQ9Rise       int `yaml:"phq9_rise"`
	PHQ9Severe     int `yaml:"phq9_severe"`
	PHQ9MaxAgeDays int `yaml:"phq9_max_age_days"`

	// The change detector (trend.decline). The well stretch is the window
	// of WellDays days, at least WellMinDays answered, with the best median
	// mood within the last WellSearchDays days and ending at least
	// RecentDays before today (or the stretch marked with /baseline).
	// Each signal runs a lower CUSUM with reference value SignalK and
	// decision limit SignalH; the mean of the signals' deviations runs one
	// with CombinedK and CombinedH. RecentDays is also the stretch whose
	// means a message compares with the well baseline.
	WellDays       int     `yaml:"well_days"`
	WellMinDays    int     `yaml:"well_min_days"`
	WellSearchDays int     `yaml:"well_search_days"`
	RecentDays     int     `yaml:"recent_days"`
	SignalK        float64 `yaml:"signal_k"`
	SignalH        float64 `yaml:"signal_h"`
	CombinedK      float64 `yaml:"combined_k"`
	CombinedH      float64 `yaml:"combined_h"`

	// After a rule fires it rests CooldownDays and stays active until its
	// condition has been back in range ClearDays days running. A provider
	// nudge goes out at most once every NudgeEveryDays days.
	CooldownDays int `yaml:"cooldown_days"`
	// DeclineCooldownDays is the change detector's own, longer rest: a
	// decline is slow news, and telling it again within weeks says nothing new.
	DeclineCooldownDays int `yaml:"decline_cooldown_days"`
	ClearDays           int `yaml:"clear_days"`
	NudgeEveryDays      int `yaml:"nudge_every_days"`
}

// DefaultConfig returns the defaults defended in the package documentation.
func DefaultConfig() Config {
	return Config{
		ShortSleepHours:     6,
		LongSleepHours:      10,
		PoorSleepQuality:    1,
		SleepDays:           7,
		SleepNights:         4,
		SleepDropHours:      2,
		MoodDays:            14,
		MoodMinDays:         10,
		MoodDropPoints:      2,
		DropSD:              1.5,
		LowScore:            3,
		LookbackDays:        0,
		PersistDays:         28,
		PersistMinDays:      15,
		DoseDays:            7,
		MissedDoses:         3,
		PHQ9High:            10,
		PHQ9Rise:            5,
		PHQ9Severe:          20,
		PHQ9MaxAgeDays:      28,
		WellDays:            56,
		WellMinDays:         28,
		WellSearchDays:      365,
		RecentDays:          28,
		SignalK:             0.5,
		SignalH:             22,
		CombinedK:           0.25,
		CombinedH:           10,
		CooldownDays:        14,
		DeclineCooldownDays: 42,
		ClearDays:           7,
		NudgeEveryDays:      7,
	}
}

// Limits that keep every window inside the history HistoryDays asks for.
const (
	maxPersistDays  = 30
	maxLookbackDays = 56
	maxWellSearch   = 366
)

// HistoryDays is how many days of check-ins, ending today, Evaluate needs
// for any valid Config: the baseline window (70 days) behind the oldest
// day it re-evaluates (persistence window plus baseline look-back).
func HistoryDays() int { return max(stats.BaselineFrom+maxPersistDays+maxLookbackDays, maxWellSearch) }

// historyDays is the history this configuration actually reads.
func (c Config) historyDays() int {
	return max(stats.BaselineFrom+c.PersistDays+c.LookbackDays, c.WellSearchDays)
}

// Validate reports every out-of-range setting, each naming its key and the allowed range.
func (c Config) Validate() error {
	var errs []error
	check := func(ok bool, key, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("trend.%s: %s", key, fmt.Sprintf(format, args...)))
		}
	}
	// between checks one setting; it reports whether the setting is sound,
	// so that a setting bounded by it is checked only then (one mistake,
	// one complaint).
	between := func(v, lo, hi int, key string) bool {
		check(v >= lo && v <= hi, key, "must be between %d and %d (got %d)", lo, hi, v)
		return v >= lo && v <= hi
	}
	check(c.ShortSleepHours > 0 && c.ShortSleepHours < 24, "short_sleep_hours", "must be between 0 and 24 (got %g)", c.ShortSleepHours)
	check(c.LongSleepHours > c.ShortSleepHours && c.LongSleepHours <= 24, "long_sleep_hours",
		"must be above short_sleep_hours (%g) and at most 24 (got %g)", c.ShortSleepHours, c.LongSleepHours)
	between(c.PoorSleepQuality, 1, 4, "poor_sleep_quality")
	if between(c.SleepDays, 3, 14, "sleep_days") {
		between(c.SleepNights, 1, c.SleepDays, "sleep_nights")
	}
	check(c.SleepDropHours > 0 && c.SleepDropHours <= 12, "sleep_drop_hours", "must be above 0 and at most 12 (got %g)", c.SleepDropHours)
	// The baseline leaves out the last 14 days, so the judged stretch must fit in them.
	if between(c.MoodDays, 7, stats.BaselineTo-1, "mood_days") {
		between(c.MoodMinDays, 1, c.MoodDays, "mood_min_days")
	}
	check(c.MoodDropPoints > 0 && c.MoodDropPoints <= 10, "mood_drop_points", "must be above 0 and at most 10 (got %g)", c.MoodDropPoints)
	check(c.DropSD >= 0 && c.DropSD <= 5, "drop_sd", "must be between 0 and 5 (got %g)", c.DropSD)
	between(c.LowScore, 0, 9, "low_score")
	between(c.LookbackDays, 0, maxLookbackDays, "lookback_days")
	if between(c.PersistDays, 14, maxPersistDays, "persist_days") {
		between(c.PersistMinDays, 1, c.PersistDays, "persist_min_days")
		// A return to range is looked for inside the persistence window.
		between(c.ClearDays, 1, c.PersistDays-1, "clear_days")
	}
	if between(c.DoseDays, 1, 14, "dose_days") {
		between(c.MissedDoses, 1, c.DoseDays, "missed_doses")
	}
	between(c.PHQ9High, 1, 27, "phq9_high")
	between(c.PHQ9Rise, 1, 27, "phq9_rise")
	between(c.PHQ9Severe, 1, 27, "phq9_severe")
	between(c.PHQ9MaxAgeDays, 1, 365, "phq9_max_age_days")
	if between(c.WellDays, 14, 112, "well_days") {
		between(c.WellMinDays, 7, c.WellDays, "well_min_days")
		if between(c.RecentDays, 7, 56, "recent_days") {
			between(c.WellSearchDays, c.WellDays+c.RecentDays, maxWellSearch, "well_search_days")
		}
	}
	for _, p := range []struct {
		v, lo, hi float64
		key       string
	}{{c.SignalK, 0, 3, "signal_k"}, {c.SignalH, 0.5, 50, "signal_h"}, {c.CombinedK, 0, 3, "combined_k"}, {c.CombinedH, 0.5, 50, "combined_h"}} {
		check(p.v >= p.lo && p.v <= p.hi, p.key, "must be between %g and %g (got %g)", p.lo, p.hi, p.v)
	}
	between(c.CooldownDays, 1, 365, "cooldown_days")
	between(c.DeclineCooldownDays, 1, 365, "decline_cooldown_days")
	between(c.NudgeEveryDays, 0, 90, "nudge_every_days")
	return errors.Join(errs...)
}

// cooldown is how long rule rests after firing.
func (c Config) cooldown(rule string) int {
	if rule == RuleDecline {
		return max(c.CooldownDays, c.DeclineCooldownDays)
	}
	return c.CooldownDays
}
