package telegram

import (
	"context"
	"sync"
	"time"
)

// pacer spaces sends at a rate, taking each token at the moment the send
// leaves. rate.Limiter.Wait reserves future slots instead: senders that
// wake late (a busy CPU) then leave back to back, and Telegram, which
// counts over short windows, answers 429. One sender waits at a time; the
// bucket holds 1 + rate×10 ms tokens, so a stall is never made up in a burst.
type pacer struct {
	rate  float64
	burst float64
	now   func() time.Time
	slot  chan struct{} // the one waiter

	mu     sync.Mutex
	tokens float64
	last   time.Time
}

func newPacer(perSecond float64, now func() time.Time) *pacer {
	return &pacer{rate: perSecond, burst: 1 + perSecond*0.010, now: now, slot: make(chan struct{}, 1), tokens: 1}
}

// take takes a token if one is there (0), or says how long until one is.
func (p *pacer) take() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if !p.last.IsZero() {
		p.tokens = min(p.burst, p.tokens+now.Sub(p.last).Seconds()*p.rate)
	}
	p.last = now
	if p.tokens >= 1 {
		p.tokens--
		return 0
	}
	return time.Duration((1 - p.tokens) / p.rate * float64(time.Second))
}

// wait blocks until a send may leave, or ctx is done.
func (p *pacer) wait(ctx context.Context) error {
	select {
	case p.slot <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-p.slot }()
	for {
		d := p.take()
		if d <= 0 {
			return nil
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}
