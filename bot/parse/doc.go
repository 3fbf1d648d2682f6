// Package parse reads what people type in answer to check-in questions: consent, ratings,
// hours slept, yes/no, functioning, several items in one free-text message, times of day,
// time zones and countries, in the everyday words people use ("like a 4", "around 9 in the
// evening", "6/10 and about 8h").
//
// It is built to be trusted: what is clear is read, what is a guess is returned as one (a
// RatingRead with Guess set, an Ambiguous ClockTime, ErrVagueTime) so the bot can confirm
// it, and what cannot be read is an error so the bot asks again, rather than storing a
// guess. In a message with several values each is read on its own (FreeEach, ReadAnswer):
// a wrong one never spoils the others. It does no I/O and never panics, whatever the input.
package parse
