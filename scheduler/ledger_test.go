package scheduler

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// TestTwoProcessesNeverBothSend runs two schedulers, each with its own
// connection pool on the same file, sweeping and sending concurrently.
func TestTwoProcessesNeverBothSend(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 0))
	const people = 300
	for i := 0; i < people; i++ {
		e.add(fmt.Sprintf("p%d", i), person{platform: []string{"console", "telegram"}[i%2]})
	}
	a, b := e.s, e.scheduler(e.open())
	e.clock.Set(utc(2026, 11, 25, 20, 0))
	for round := 0; round < 3; round++ {
		var wg sync.WaitGroup
		for _, s := range []*Scheduler{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := s.Sweep(context.Background()); err != nil {
					t.Error(err)
				}
				s.drain(context.Background())
			}()
		}
		wg.Wait()
		e.clock.Add(time.Minute)
	}
	seen := map[string]int{}
	for _, d := range e.out.all() {
		seen[d.Chat+"/"+d.Kind]++
	}
	if len(seen) != people {
		t.Fatalf("%d people prompted, want %d", len(seen), people)
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("%s sent %d times", k, n)
		}
	}
}

// TestCrashBeforeSend: the process claimed and died before sending. The
// next process recovers the claim once its lease runs out and sends it,
// unless by then it is older than catch_up.
func TestCrashBeforeSend(t *testing.T) {
	tests := []struct {
		name    string
		restart time.Duration // after the claim
		sent    bool
		state   string
	}{
		{"restart within the lease: recovered when it expires", time.Minute, true, store.SendSent},
		{"restart an hour later: sent late", time.Hour, true, store.SendSent},
		{"restart four hours later: skipped", 4 * time.Hour, false, store.SendSkipped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, utc(2026, 11, 25, 19, 0))
			u := e.add("p", person{})
			e.clock.Set(utc(2026, 11, 25, 20, 0))
			if st, err := e.s.Sweep(context.Background()); err != nil || st.Claimed != 1 {
				t.Fatalf("claim: %+v, %v", st, err)
			}
			// Crash: the claim is never sent or confirmed.
			e.clock.Add(tt.restart)
			s2 := e.scheduler(e.open())
			for i := 0; i < 10; i++ {
				e.sweep(s2)
				e.clock.Add(time.Minute)
			}
			if got := e.out.of("p", "checkin"); (len(got) == 1) != tt.sent || len(got) > 1 {
				t.Fatalf("deliveries %v, want sent=%v", got, tt.sent)
			}
			if r := e.send(u.ID, "checkin", "2026-11-25"); r.State != tt.state {
				t.Fatalf("ledger %+v, want %s", r, tt.state)
			}
			if got := s2.Totals().Repeats; got != 1 {
				t.Fatalf("possible repeats counted %d, want 1", got)
			}
		})
	}
}

// TestCrashAfterSendBeforeConfirm is the window at-least-once leaves
// open: the platform took the message, the process died before recording
// it. The prompt is sent again, and the repeat is counted.
func TestCrashAfterSendBeforeConfirm(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 0))
	u := e.add("p", person{})
	e.clock.Set(utc(2026, 11, 25, 20, 0))
	hang := make(chan struct{})
	e.senders["console"].block = hang // takes the message, then never returns: a dead process
	e.senders["console"].taken = make(chan string, 1)
	if _, err := e.s.Sweep(context.Background()); err != nil {
		t.Fatal(err)
	}
	dead := make(chan struct{})
	go func() { defer close(dead); e.s.drain(context.Background()) }()
	<-e.senders["console"].taken
	e.senders["console"].mu.Lock()
	e.senders["console"].block, e.senders["console"].taken = nil, nil
	e.senders["console"].mu.Unlock()

	e.clock.Add(10 * time.Minute)
	s2 := e.scheduler(e.open())
	e.sweep(s2)
	if got := e.out.of("p", "checkin"); len(got) != 2 {
		t.Fatalf("deliveries %v, want the documented repeat", got)
	}
	r := e.send(u.ID, "checkin", "2026-11-25")
	if r.State != store.SendSent || r.Attempts != 2 || r.MessageID != "m2" {
		t.Fatalf("ledger %+v, want sent on attempt 2 with the second message's id", r)
	}
	if s2.Totals().Repeats != 1 {
		t.Fatalf("repeats %d, want 1", s2.Totals().Repeats)
	}
	// The hung process wakes up: its confirm finds the claim taken over.
	close(hang)
	<-dead
	if e.s.Totals().Repeats != 1 {
		t.Fatalf("the first process did not notice its claim was taken over")
	}
	if r := e.send(u.ID, "checkin", "2026-11-25"); r.MessageID != "m2" {
		t.Fatalf("the late confirm overwrote the ledger: %+v", r)
	}
}

func TestFailedSendRetriesWithBackoffThenGivesUp(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 0))
	u := e.add("p", person{})
	e.senders["console"].err = errors.New("502 bad gateway")
	e.run(utc(2026, 11, 26, 0, 0), time.Hour)
	// Tries at 20:00, 20:01, 20:03, 20:07, 20:15, 20:31, 21:01, 21:31, 22:01
	// and 22:31; the next (23:01) would be past the 3h catch-up.
	if calls := e.senders["console"].calls; calls != 10 {
		t.Fatalf("%d tries, want 10 (backoff 1, 2, 4, 8, 16, 30, 30 … minutes within 3h)", calls)
	}
	if r := e.send(u.ID, "checkin", "2026-11-25"); r.State != store.SendFailed {
		t.Fatalf("ledger %+v, want failed", r)
	}
	// The platform recovers: the next day is sent as usual.
	e.senders["console"].err = nil
	e.clock.Set(utc(2026, 11, 26, 19, 0))
	e.run(utc(2026, 11, 26, 21, 0), time.Hour)
	if got := e.out.of("p", "checkin"); len(got) != 1 || !got[0].At.Equal(utc(2026, 11, 26, 20, 0)) {
		t.Fatalf("deliveries %v, want the 26th's", got)
	}
}

func TestRetrySucceeds(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 0))
	u := e.add("p", person{})
	e.prompts.err = errors.New("database is locked")
	e.run(utc(2026, 11, 25, 20, 0), time.Hour)
	e.prompts.err = nil
	e.run(utc(2026, 11, 25, 20, 5), time.Hour)
	if got := e.out.of("p", "checkin"); len(got) != 1 || !got[0].At.Equal(utc(2026, 11, 25, 20, 1)) {
		t.Fatalf("deliveries %v, want one at 20:01", got)
	}
	if r := e.send(u.ID, "checkin", "2026-11-25"); r.State != store.SendSent || r.Attempts != 2 {
		t.Fatalf("ledger %+v", r)
	}
}

func TestUnreachableMarksInactive(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 0))
	u := e.add("p", person{})
	e.senders["console"].err = fmt.Errorf("telegram: 403 bot was blocked by the user: %w", bot.ErrUnreachable)
	e.run(utc(2026, 11, 27, 21, 0), time.Hour)
	if calls := e.senders["console"].calls; calls != 1 {
		t.Fatalf("%d tries, want 1 (no retry once unreachable)", calls)
	}
	got, _ := e.db.UserByID(context.Background(), u.ID)
	if !got.Inactive {
		t.Fatal("not marked inactive")
	}
	if r := e.send(u.ID, "checkin", "2026-11-25"); r.State != store.SendFailed {
		t.Fatalf("ledger %+v, want failed", r)
	}
	if e.s.Totals().Unreachable != 1 {
		t.Fatalf("totals %+v", e.s.Totals())
	}
}

func TestFullQueuePutsClaimsBack(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 0))
	e.cfg.Queue = 2
	e.s = e.scheduler(e.db)
	for i := 0; i < 5; i++ {
		e.add(fmt.Sprintf("p%d", i), person{})
	}
	e.clock.Set(utc(2026, 11, 25, 20, 0))
	st, err := e.s.Sweep(context.Background())
	if err != nil || st.Claimed != 2 || st.Overflow != 3 {
		t.Fatalf("stats %+v, %v; want 2 queued, 3 put back", st, err)
	}
	e.s.drain(context.Background())
	e.clock.Add(time.Minute)
	if st := e.sweep(e.s); st.Retried != 3 || st.Claimed != 2 || st.Overflow != 1 {
		t.Fatalf("stats %+v, want 3 retried: 2 queued, 1 put back again", st)
	}
	e.clock.Add(time.Minute)
	e.sweep(e.s)
	if got := len(e.out.all()); got != 5 {
		t.Fatalf("%d sent, want all 5", got)
	}
}
