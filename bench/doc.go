// Package bench proves checkin under load, crashes and faults.
//
// The programs under it measure: fanout (the daily fan-out through the
// real scheduler and Telegram adapter to a fake Bot API that enforces
// Telegram's limits), ingest (replies through the core against a real
// SQLite file, beside bare inserts with the same durability) and memory
// (the built binary's resident memory with 100,000 people, idle and during
// a fan-out). Their figures, with commands and machines, are in
// docs/BENCHMARKS.md.
//
// The tests in this package are part of the normal suite and assert
// counts, never speed: the crash test kills the built binary with SIGKILL
// at random moments while replies arrive and prompts are due, and the
// fault test makes the fake Bot API fail, refuse and stall sends. Both are
// skipped with -short. docs/RELIABILITY.md says what they prove.
package bench
