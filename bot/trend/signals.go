package trend

import "github.com/checkin-bot/checkin/bot/stats"

// signal is one daily measure the change detector watches. Adding a
// measure is one line in signals.
type signal struct {
	name   string                          // as in details and in `checkin trends`
	words  string                          // in a message line: "your mood"
	unit   string                          // after a number: "", " h", " of 5"
	on     func(Items) bool                // whether the deployment asks it
	series func(c stats.Columns) []float64 // its daily values, NaN when unanswered
	// floor is the smallest spread the detector assumes, in the measure's
	// units: a person who answers 7 every day of their well stretch has a
	// spread of zero, and one lower day must not then look like a collapse.
	floor float64
}

// signals in the order they are listed. Missed doses are not among them:
// a dose is taken or not, and its own rule (trend.doses) counts them.
var signals = []signal{
	{"mood", "your mood", "", always, func(c stats.Columns) []float64 { return c.Mood }, 0.75},
	{"sleep", "your sleep", " h", always, func(c stats.Columns) []float64 { return c.Sleep }, 0.4},
	{"sleep quality", "your sleep quality", " of 5", always, func(c stats.Columns) []float64 { return c.Quality }, 0.5},
	{"energy", "your energy", "", func(i Items) bool { return i.Energy }, func(c stats.Columns) []float64 { return c.Energy }, 0.75},
	{"interest", "your interest and enjoyment", "", func(i Items) bool { return i.Interest }, func(c stats.Columns) []float64 { return c.Interest }, 0.75},
	// Functioning is watched wherever it was answered on enough days of the
	// well stretch (minSignalDays); a deployment that never asks it has none.
	{"functioning", "doing what you meant to", " of 10", always, func(c stats.Columns) []float64 { return c.Functioning }, 0.75},
}

// minSignalDays is how many answered days of the well stretch a signal
// needs to be watched.
const minSignalDays = 14
