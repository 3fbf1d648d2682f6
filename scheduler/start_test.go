package scheduler

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// TestStartCatchesUpAndStopDrains: Start sends what fell due during the
// downtime through the real worker pools; Stop waits for the sends.
func TestStartCatchesUpAndStopDrains(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 0))
	for i := 0; i < 20; i++ {
		e.add(fmt.Sprintf("p%d", i), person{platform: []string{"console", "telegram"}[i%2]})
	}
	e.clock.Set(utc(2026, 11, 25, 21, 30)) // back after a 2½-hour outage
	ctx := context.Background()
	if err := e.s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.s.Start(ctx); err == nil {
		t.Fatal("second Start accepted")
	}
	stop, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := e.s.Stop(stop); err != nil {
		t.Fatal(err)
	}
	if err := e.s.Stop(stop); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	if got := len(e.out.all()); got != 20 {
		t.Fatalf("%d sent, want 20", got)
	}
	if tot := e.s.Totals(); tot.Sent != 20 {
		t.Fatalf("totals %+v", tot)
	}
	if _, err := e.s.Sweep(ctx); !errors.Is(err, ErrStopped) {
		t.Fatalf("Sweep after Stop: %v", err)
	}
}

// TestSlowPlatformDoesNotBlock: a platform that hangs holds neither the
// sweep nor the other platform; Stop's deadline puts its claims back.
func TestSlowPlatformDoesNotBlock(t *testing.T) {
	e := newEnv(t, utc(2026, 11, 25, 19, 0))
	e.cfg.Workers = 2
	e.s = e.scheduler(e.db)
	slow := e.senders["telegram"]
	slow.wait = make(chan struct{}) // never released: every send hangs until cancelled
	var slowIDs []int64
	for i := 0; i < 10; i++ {
		u := e.add(fmt.Sprintf("t%d", i), person{platform: "telegram"})
		slowIDs = append(slowIDs, u.ID)
	}
	e.senders["console"].taken = make(chan string, 10)
	for i := 0; i < 10; i++ {
		e.add(fmt.Sprintf("c%d", i), person{platform: "console"})
	}
	e.clock.Set(utc(2026, 11, 25, 20, 0))
	ctx := context.Background()
	if err := e.s.Start(ctx); err != nil { // runs the sweep: must return although telegram hangs
		t.Fatal(err)
	}
	for i := 0; i < 10; i++ {
		<-e.senders["console"].taken
	}
	stop, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	err := e.s.Stop(stop)
	if err == nil || !strings.Contains(err.Error(), "put back") {
		t.Fatalf("Stop = %v, want a deadline error saying what was put back", err)
	}
	for _, id := range slowIDs {
		if r := e.send(id, "checkin", "2026-11-25"); r.State != store.SendRetry {
			t.Fatalf("hung telegram claim %+v, want put back for retry", r)
		}
	}
	// The next process sends them once the platform answers again.
	slow.wait = nil
	e.clock.Add(2 * time.Minute)
	s2 := e.scheduler(e.open())
	e.sweep(s2)
	if got := len(e.out.all()); got != 20 {
		t.Fatalf("%d sent in all, want 20", got)
	}
}
