package tglimit

import (
	"math"
	"time"
)

// bucket is a token bucket as the fake's model of a Telegram limit: it
// refills at rate tokens a second up to capacity, and each message takes a
// whole token. A fresh bucket is full.
type bucket struct {
	tokens float64
	last   time.Time
}

// refill brings the bucket up to now.
func (b *bucket) refill(now time.Time, rate, capacity float64) {
	if b.last.IsZero() {
		b.tokens, b.last = capacity, now
		return
	}
	if el := now.Sub(b.last).Seconds(); el > 0 {
		b.tokens = math.Min(capacity, b.tokens+el*rate)
		b.last = now
	}
}

// wait is how long until the bucket holds a whole token (0 when it does).
func (b *bucket) wait(rate float64) time.Duration {
	if b.tokens >= 1 {
		return 0
	}
	return time.Duration((1 - b.tokens) / rate * float64(time.Second))
}

// full reports whether the bucket would be full at now, so it carries no
// state worth keeping and can be dropped.
func (b *bucket) full(now time.Time, rate, capacity float64) bool {
	return b.tokens+now.Sub(b.last).Seconds()*rate >= capacity
}

// capacity is a limit's bucket size: one message, plus what arrival jitter
// of up to j can bunch together at rate r. A sender paced exactly at r
// whose requests are delayed unevenly in transit is still within the
// limit; one that sends faster than r is caught within about j/overshoot.
func capacity(r float64, j time.Duration) float64 {
	return 1 + r*j.Seconds()
}

// retryAfter is the whole seconds Telegram would put in retry_after: at
// least 1.
func retryAfter(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
