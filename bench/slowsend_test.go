package bench

import (
	"context"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bench/tglimit"
	"github.com/checkin-bot/checkin/store"
)

// TestSlowSendIsRecorded: Telegram answers a flood with 429 and a
// retry_after of many seconds; the adapter waits it out and the prompt is
// delivered. The scheduler must then record it as sent however long the
// send took, or the claim stays open, is recovered after its lease and the
// person gets the prompt a second time.
func TestSlowSendIsRecorded(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out an 11-second retry_after")
	}
	ctx := context.Background()
	due := time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)
	clk := &clock{t: due.Add(30 * time.Second)}
	c := newCrowd(t, t.TempDir(), 1, 0, due)
	fake := tglimit.New(tglimit.Config{Token: token, Global: 30, PerChat: 1, Record: true,
		Faults: tglimit.Faults{TooManyFirst: 1, RetryAfter: 11}})
	t.Cleanup(fake.Close)
	sched := startInProcess(t, ctx, c, fake, clk, 5*time.Second, 30)
	if err := sched.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if !fake.WaitSends(30*time.Second, 1) {
		t.Fatalf("the prompt never arrived; fake %+v", fake.Stats())
	}
	raw := c.open(t)
	id := c.userByID[c.prompted[0]]
	state := ""
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if state = c.checkinStates(t, raw)[id]; state == store.SendSent {
			break
		}
	}
	if state != store.SendSent {
		t.Errorf("the prompt arrived after an 11 s retry_after, but its ledger row is %q, not sent", state)
	}
	// Past the claim's lease: a claim left open would now be sent again.
	clk.Add(6 * time.Minute)
	if _, err := sched.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	stop(t, sched)
	if st := fake.Stats(); st.Sends != 1 || st.TooMany != 1 {
		t.Errorf("the person got the prompt %d times (429s %d), want once after one 429", st.Sends, st.TooMany)
	}
}
