package telegram

import (
	"testing"
	"time"
)

// TestPacerTakesAtDeparture: tokens refill with the clock, never beyond
// the small bucket, so a stall is not made up in a burst.
func TestPacerTakesAtDeparture(t *testing.T) {
	clock := time.Unix(1_000_000, 0)
	p := newPacer(30, func() time.Time { return clock })
	if d := p.take(); d != 0 {
		t.Fatalf("first take waits %v", d)
	}
	if d := p.take(); d <= 0 || d > 34*time.Millisecond {
		t.Fatalf("second take at once: wait %v, want about 33 ms", d)
	}
	clock = clock.Add(10 * time.Second) // a long stall
	sent := 0
	for p.take() == 0 {
		sent++
	}
	if sent != 1 {
		t.Fatalf("after a stall %d sends left at once, want 1 (no burst to make up for it)", sent)
	}
	clock = clock.Add(34 * time.Millisecond)
	if d := p.take(); d != 0 {
		t.Fatalf("after one interval: wait %v", d)
	}
	fast := newPacer(1000, func() time.Time { return clock })
	clock = clock.Add(time.Second)
	burst := 0
	for fast.take() == 0 {
		burst++
	}
	if burst > 11 {
		t.Fatalf("at 1,000/s a stall let %d leave at once, want at most 11", burst)
	}
}
