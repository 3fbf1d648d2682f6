package telegram

import (
	"context"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

func TestSendRateLimits(t *testing.T) {
	tests := []struct {
		name     string
		rate     RateConfig
		chats    int // messages go round-robin over this many chats
		messages int
		interval time.Duration // the limiter's spacing
	}{
		{"per chat", RateConfig{Global: 1000, PerChat: 10}, 1, 6, 100 * time.Millisecond},
		{"global", RateConfig{Global: 20, PerChat: 1000}, 6, 6, 50 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, func(c *Config) { c.Rate = tt.rate })
			start := time.Now()
			var wg sync.WaitGroup
			for i := range tt.messages {
				wg.Add(1)
				go func() {
					defer wg.Done()
					id := strconv.Itoa(100 + i%tt.chats)
					if _, err := e.a.Send(context.Background(), id, bot.Reply{Text: "x"}); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
			calls := e.fake.Calls("sendMessage")
			if len(calls) != tt.messages {
				t.Fatalf("%d calls, want %d", len(calls), tt.messages)
			}
			// Arrival times at the server jitter with scheduling; the time
			// the whole batch took does not run early.
			if el, want := time.Since(start), time.Duration(len(calls)-1)*tt.interval; el < want {
				t.Errorf("%d messages sent in %v, want at least %v at the limit", len(calls), el, want)
			}
		})
	}
}

// Different chats do not wait for each other's per-chat limit.
func TestPerChatLimitIsPerChat(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Rate = RateConfig{Global: 1000, PerChat: 1} })
	start := time.Now()
	for i := range 5 {
		if _, err := e.a.Send(context.Background(), strconv.Itoa(200+i), bot.Reply{Text: "x"}); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el > 500*time.Millisecond {
		t.Errorf("5 messages to 5 chats took %v at 1/s per chat; chats are waiting on each other", el)
	}
}

// Idle per-chat limiters are dropped, so memory does not grow with the
// number of people ever served.
func TestIdleChatLimitersAreEvicted(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	l := newLimits(RateConfig{Global: 1e9, PerChat: 1}, func() time.Time { return now })
	for i := range 5000 {
		l.reserve(int64(i))
	}
	if n := l.size(); n != 5000 {
		t.Fatalf("%d limiters, want 5000", n)
	}
	now = now.Add(l.idle - time.Second)
	l.reserve(-1)
	if n := l.size(); n != 5001 {
		t.Errorf("%d limiters before they are idle long enough, want 5001", n)
	}
	now = now.Add(2 * time.Second)
	l.reserve(-2)
	if n := l.size(); n != 2 {
		t.Errorf("%d limiters after the idle ones were swept, want 2 (the two recent chats)", n)
	}
	// A chat with turns reserved far ahead is busy, not idle.
	for range 120 {
		l.reserve(7)
	}
	now = now.Add(l.idle + time.Second)
	l.reserve(8)
	if _, ok := l.chats[7]; !ok {
		t.Error("a chat with reserved turns was dropped as idle")
	}
}

// A crisis reply goes ahead of the chat's pace, by a bounded lead, and the
// chat's later sends wait for the turns it took.
func TestUrgentSendsLeadThePerChatPace(t *testing.T) {
	l := newLimits(RateConfig{Global: 1e9, PerChat: 1}, time.Now)
	ctx := context.Background()
	start := time.Now()
	if err := l.wait(ctx, 1, 0); err != nil { // a routine send takes the turn
		t.Fatal(err)
	}
	for range 6 {
		if err := l.wait(ctx, 1, urgentLead); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("six crisis replies after a routine one took %v; want them at once", el)
	}
	if d := l.until(1); d < 5*time.Second || d > 7*time.Second {
		t.Errorf("the next routine turn is in %v, want about 6 s: the crisis replies' turns still count", d)
	}
	// The lead is bounded: past it, crisis replies keep the pace too.
	r, delay := l.reserve(1)
	defer r.Cancel()
	if delay-urgentLead <= 0 {
		t.Errorf("after %v of turns taken ahead, a crisis reply would still go at once", delay)
	}
}
