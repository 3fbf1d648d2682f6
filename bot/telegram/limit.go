package telegram

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limits keeps sends at Telegram's limits: a global bucket for the bot and
// one bucket per chat (the global one a pacer, see pace.go). Bursts are
// at most 1 + rate×10 ms, so the configured rates are never
// exceeded over any window; running right at them is what lets one process
// carry tens of thousands of people without 429s.
//
// Per-chat limiters live only while a chat is busy: an idle one is full
// again after 1/rate seconds and carries no state worth keeping, so a sweep
// drops it and memory stays flat however many people there are.
type limits struct {
	global  *pacer
	perChat rate.Limit
	idle    time.Duration // a limiter unused this long is dropped
	now     func() time.Time

	mu        sync.Mutex
	chats     map[int64]*chatLimiter
	lastSweep time.Time
}

type chatLimiter struct {
	lim      *rate.Limiter
	lastUsed time.Time
}

func newLimits(cfg RateConfig, now func() time.Time) *limits {
	// Idle for several refill periods: the bucket is full, dropping it loses nothing.
	idle := max(time.Minute, time.Duration(3*float64(time.Second)/cfg.PerChat))
	return &limits{
		global:  newPacer(cfg.Global, now),
		perChat: rate.Limit(cfg.PerChat),
		idle:    idle,
		now:     now,
		chats:   make(map[int64]*chatLimiter),
	}
}

// urgentLead is how far ahead of the per-chat pace a crisis reply may go:
// about six crisis replies to one chat leave at once, however many other
// replies wait. Telegram asks for about one message a second in a chat
// but "may allow short bursts that go over this limit" (its bot FAQ), and
// a 429 is still waited out. The reply takes the chat's turn all the same,
// so the sends after it wait the longer and the chat's average stays at
// the limit.
const urgentLead = 6 * time.Second

// wait blocks until one message may go to chat, or ctx is done; lead lets
// it go that much before the chat's turn (urgentLead, for a crisis reply).
// The chat's turn is taken first, then the global one, so a busy chat does
// not hold global slots it cannot use.
func (l *limits) wait(ctx context.Context, chat int64, lead time.Duration) error {
	r, delay := l.reserve(chat)
	if err := sleep(ctx, delay-lead); err != nil {
		r.Cancel()
		return err
	}
	return l.global.wait(ctx)
}

// until says how long until chat's next turn, without taking it.
func (l *limits) until(chat int64) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	c, ok := l.chats[chat]
	if !ok {
		return 0
	}
	tokens := c.lim.TokensAt(l.now())
	if tokens >= 1 {
		return 0
	}
	return time.Duration((1 - tokens) / float64(l.perChat) * float64(time.Second))
}

// reserve takes chat's next turn and says how long until it comes.
func (l *limits) reserve(chat int64) (*rate.Reservation, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.lastSweep) >= l.idle {
		l.sweep(now)
	}
	c, ok := l.chats[chat]
	if !ok {
		c = &chatLimiter{lim: rate.NewLimiter(l.perChat, 1)}
		l.chats[chat] = c
	}
	r := c.lim.ReserveN(now, 1)
	delay := r.DelayFrom(now)
	// The limiter is busy until its last reserved turn, not just until now.
	c.lastUsed = now.Add(delay)
	return r, delay
}

// sweep drops limiters idle for l.idle; callers hold l.mu.
func (l *limits) sweep(now time.Time) {
	for id, c := range l.chats {
		if now.Sub(c.lastUsed) >= l.idle {
			delete(l.chats, id)
		}
	}
	l.lastSweep = now
}

// size is the number of per-chat limiters held, for tests.
func (l *limits) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.chats)
}
