// Package parse reads what people type in answer to check-in questions: ratings, hours slept,
// yes/no, several items in one free-text message, times of day, time zones and countries.
//
// It is built to be trusted: when a reading is uncertain it returns an error so the bot asks
// again, rather than storing a guess. It does no I/O and never panics, whatever the input.
package parse
