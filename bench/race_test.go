//go:build race

package bench

// raceEnabled: the race detector makes SQLite several times slower, so
// tests size their crowds down.
const raceEnabled = true
