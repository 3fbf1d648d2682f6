package telegram

import (
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
)

// These tests use the real pacing (1 s between empty polls, 1 s doubling
// after errors), so they take a few seconds each and run in parallel.

// A server that answers getUpdates at once with nothing (an emulator) must
// not make the loop spin.
func TestEmptyPollsArePaced(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	e.fake.Instant = true
	e.a.emptyPoll = minEmptyPoll
	stop := run(t, e.a)
	time.Sleep(2500 * time.Millisecond)
	stop()
	// Polls at about 0 s, 1 s and 2 s; a spinning loop would make thousands.
	if n := len(e.fake.Calls("getUpdates")); n < 2 || n > 4 {
		t.Errorf("%d getUpdates in 2.5 s of empty answers, want 2 to 4", n)
	}
}

// Failing polls back off exponentially: 1 s, 2 s, 4 s...
func TestFailedPollsBackOff(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	e.fake.FailAlways("getUpdates", tgfake.Fault{Status: 502, Description: "Bad Gateway"})
	e.a.pollRetry = firstPollRetry
	stop := run(t, e.a)
	time.Sleep(3500 * time.Millisecond)
	if e.a.Connected() {
		t.Error("Connected() = true while every poll fails")
	}
	stop()
	// Polls at 0 s, 1 s and 3 s; the next would be at 7 s.
	if n := len(e.fake.Calls("getUpdates")); n != 3 {
		t.Errorf("%d getUpdates in 3.5 s of errors, want 3", n)
	}
}

// Shutdown does not wait for a long poll to time out.
func TestRunStopsDuringLongPoll(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(c *Config) { c.PollTimeout = 30 * time.Second })
	stop := run(t, e.a)
	e.fake.WaitCalls(5*time.Second, 1, "getUpdates")
	start := time.Now()
	stop()
	if el := time.Since(start); el > time.Second {
		t.Errorf("Run took %v to stop during a long poll", el)
	}
}

// The command menu is published at start; a server that refuses it (the
// emulator answers 500) is logged once and the bot still works.
func TestCommandMenu(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	e.fake.FailAlways("setMyCommands", tgfake.Fault{Status: 500, Description: "not supported"})
	run(t, e.a)
	e.fake.Push(e.fake.Text(ann, "hi"))
	e.fake.WaitCalls(5*time.Second, 1, "sendMessage")
	calls := e.fake.WaitCalls(5*time.Second, maxAttempts, "setMyCommands")
	if len(calls) != maxAttempts {
		t.Fatalf("%d setMyCommands calls, want %d", len(calls), maxAttempts)
	}
	if got := calls[0].Params["commands"]; !strings.Contains(got, `"command":"checkin"`) || !strings.Contains(got, `"description":"Crisis lines, any time"`) {
		t.Errorf("commands %s, want the core's command table", got)
	}
	eventually(t, "the failure to be logged", func() bool {
		return strings.Count(e.logs.String(), "could not publish the command menu") == 1
	})
}
