// Package scheduler decides when prompts go out and sends them: the daily
// check-in at each person's local time, one reminder after an unanswered
// check-in, the weekly summary, the PHQ-9 every few weeks, and catch-up
// after downtime.
//
// # Design
//
// Each person's next due instant per kind is kept in the store
// (users.next_checkin, next_summary, next_phq9, each with a partial index),
// computed by package next from the person's IANA zone and local time. One
// cron entry runs Sweep each minute; it finds who is due with an index range
// scan in batches of 1,000, so neither time nor memory depends on how many
// people are not due. There are no per-person cron entries. Two more cron
// entries run hourly maintenance (purging old ledger rows, scheduling
// onboarded people with nothing scheduled) and a weekly audit that
// re-derives every stored instant from the person's settings, so a missed
// reschedule or a time zone database update heals within a week.
//
// # The send ledger: at least once, repeats counted
//
// Every prompt is a row in the sends table keyed by (person, kind, period);
// the period is the person's local day ("2026-11-25") for check-ins,
// reminders and PHQ-9, and the ISO week ("2026-W48") for summaries.
//
//  1. Claim: in one transaction the sweep inserts the row as 'claimed'
//     (attempts+1, owner = this process) and advances the person's next
//     instant. A period already claimed or sent cannot be claimed again, so
//     two sweeps, or two processes on one database, never both send it.
//  2. Send: the claim is handed to a bounded worker pool for its platform;
//     the sweep never waits for a platform. The worker asks the core for
//     the prompt and sends the replies in order.
//  3. Confirm: the row becomes 'sent' with the platform's message id of the
//     first reply. A transient failure makes it 'retry' with backoff
//     (1, 2, 4 … 30 minutes) while the prompt is younger than catch_up;
//     bot.ErrUnreachable marks the person inactive and the row 'failed'.
//
// The semantics are at least once. A process that dies between claim and
// confirm leaves a 'claimed' row; claims are renewed by their owner on
// every sweep, so one not renewed for five minutes is an orphan, and any
// scheduler sweeping the database (the restarted one, or another) puts it
// back for sending if it fell due within catch_up, or marks it 'skipped' if
// older. The send may in fact have reached the person before the crash;
// that rare repeat is the price of never silently dropping a prompt.
// Recovered claims are counted in Totals.Repeats as possible repeats, as
// are confirms that find their claim taken over by another process.
//
// # Timing rules
//
// A prompt that fell due within Config.CatchUp (3h) is still sent, after a
// restart too; an older one is recorded as skipped and the next one is
// scheduled, so nobody gets a 4 a.m. prompt. The reminder falls due
// Config.ReminderAfter (3h) after the check-in was sent; when that lands in
// the person's quiet hours it moves to the end of them if that is still the
// check-in's local day, otherwise there is none. It is not sent once the
// day's check-in has a mood, nor inside quiet hours, nor to a paused or
// inactive person. A check-in prompt is skipped when the day's mood is
// already recorded (the person checked in on their own). Paused and
// inactive people are moved on without a prompt; deleted people take their
// ledger rows with them.
package scheduler
