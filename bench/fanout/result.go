package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bench/internal/benchkit"
	"github.com/checkin-bot/checkin/bench/tglimit"
	"github.com/checkin-bot/checkin/scheduler"
)

// result is one fan-out's figures.
type result struct {
	o      options
	wall   time.Duration
	base   mem // before the fan-out, after setup and a GC
	peak   mem // the largest samples during it
	fake   tglimit.Stats
	totals scheduler.Totals
	ledger int // check-ins recorded as sent
	stages string
}

// ok is the bar: everyone reached once, no 429, at least 95% of
// the limit.
func (r result) ok() bool {
	return r.fake.Sends == int64(r.o.n) && r.fake.Repeats == 0 && r.fake.Limited == 0 &&
		r.ledger == r.o.n && r.fake.Rate() >= 0.95*r.o.rate
}

func (r result) String() string {
	var b strings.Builder
	verdict := "PASS"
	if !r.ok() {
		verdict = "FAIL"
	}
	mode := "scheduler"
	if r.o.direct {
		mode = "direct"
	}
	fmt.Fprintf(&b, "fanout %s n=%d limit=%.0f/s per_chat=%.0f/s workers=%d queue=%d jitter=%s: %s\n",
		mode, r.o.n, r.o.rate, r.o.perChat, r.o.workers, r.o.queue, r.o.jitter, verdict)
	fmt.Fprintf(&b, "  delivered %d of %d (recorded sent %d), repeats %d, 429s %d (per chat %d)\n",
		r.fake.Sends, r.o.n, r.ledger, r.fake.Repeats, r.fake.Limited, r.fake.ChatLimit)
	fmt.Fprintf(&b, "  rate %.1f/s = %.1f%% of the limit (first to last delivery %s; wall %s)\n",
		r.fake.Rate(), 100*r.fake.Rate()/r.o.rate, r.fake.Last.Sub(r.fake.First).Round(time.Millisecond),
		r.wall.Round(time.Millisecond))
	fmt.Fprintf(&b, "  connections opened to the fake: %d\n", r.fake.Conns)
	fmt.Fprintf(&b, "  scheduler: sent %d, retried %d, failed %d, repeats %d\n",
		r.totals.Sent, r.totals.Retried, r.totals.Failed, r.totals.Repeats)
	fmt.Fprintf(&b, "  time: %s\n", r.stages)
	fmt.Fprintf(&b, "  memory: heap in use %s before, peak %s; RSS %s before, peak %s",
		benchkit.MB(r.base.heap), benchkit.MB(r.peak.heap), benchkit.MB(r.base.rss), benchkit.MB(r.peak.rss))
	return b.String()
}
