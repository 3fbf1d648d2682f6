package bench

import (
	"context"
	"io"
	"log/slog"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bench/tglimit"
	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/telegram"
	"github.com/checkin-bot/checkin/scheduler"
	"github.com/checkin-bot/checkin/store"
)

// clock is a fake clock the test moves by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

// faultSeed draws a 500, a slow answer and a 429 among the first 18 message
// calls the limits let through (draws 15, 17 and 18; calls the limits
// refuse draw nothing), so every kind is exercised however the sends
// interleave: each run makes at least 90.
const faultSeed = 7

// TestFaultsDeliverEverythingOwed runs the real scheduler, core and
// Telegram adapter against a fake Bot API that answers 10% of message
// calls with 500, 5% with 429 and holds 2% past the client's timeout,
// while people due for a prompt wait and others reply. Everything owed is
// delivered: every prompt (the scheduler retries what the adapter gave up
// on), every reply stored and answered; a message reaches a chat twice only
// where the answer to an earlier copy was lost, and those are counted.
func TestFaultsDeliverEverythingOwed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a few hundred faulty sends")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	due := time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)
	clk := &clock{t: due.Add(30 * time.Second)}
	c := newCrowd(t, t.TempDir(), size(150, 60), size(60, 30), due)
	const timeout = 400 * time.Millisecond
	fake := tglimit.New(tglimit.Config{Token: token, Global: 100, PerChat: 1, Record: true,
		Faults: tglimit.Faults{ServerError: 0.10, TooMany: 0.05, Slow: 0.02, SlowDelay: 3 * timeout, Seed: faultSeed}})
	t.Cleanup(fake.Close) // after the bot stops
	sched := startInProcess(t, ctx, c, fake, clk, timeout, 100)
	pushReplies(fake, c.replying)
	if err := sched.Start(ctx); err != nil {
		t.Fatal(err)
	}

	// Sends the adapter gave up on are retried by the scheduler a minute
	// or more later: move the clock and sweep until everything is out.
	raw := c.open(t)
	done := func() bool {
		states := c.checkinStates(t, raw)
		for _, chat := range c.prompted {
			if states[c.userByID[chat]] != store.SendSent {
				return false
			}
		}
		return len(c.storedReplies(t, raw)) == len(c.replying) && answeredAll(fake, c.replying)
	}
	for round := 0; !done(); round++ {
		if round == 60 {
			t.Fatalf("not everything was delivered after %d rounds; fake: %+v, scheduler: %+v", round, fake.Stats(), sched.Totals())
		}
		time.Sleep(time.Second)
		clk.Add(2 * time.Minute)
		if _, err := sched.Sweep(ctx); err != nil {
			t.Fatal(err)
		}
	}
	stop(t, sched)

	st := fake.Stats()
	if st.ServerErrors == 0 || st.TooMany == 0 || st.Slow == 0 {
		t.Fatalf("faults were not all exercised: %+v", st)
	}
	chats := byChat(fake.Sends())
	dupPrompts, lostPrompts := repeatsExcusedByLoss(t, "prompt", c.prompted, chats, func(tglimit.Send) bool { return true })
	dupAnswers, lostAnswers := repeatsExcusedByLoss(t, "answer", c.replying, chats, answered)
	t.Logf("fake: %d sends, %d edits, %d injected 500s, %d injected 429s, %d limit 429s, %d slow (%d answers lost); "+
		"prompts repeated %d times (%d answers lost), reply answers repeated %d times (%d lost); scheduler %+v",
		st.Sends, st.Edits, st.ServerErrors, st.TooMany, st.Limited, st.Slow, st.Lost,
		dupPrompts, lostPrompts, dupAnswers, lostAnswers, sched.Totals())
}

// answeredAll reports whether every chat got the core's acknowledgement.
func answeredAll(fake *tglimit.Server, chats []int64) bool {
	got := map[int64]bool{}
	for _, s := range fake.Sends() {
		if answered(s) {
			got[s.Chat] = true
		}
	}
	for _, c := range chats {
		if !got[c] {
			return false
		}
	}
	return true
}

// repeatsExcusedByLoss checks that each chat got at least one message of
// its kind (is) and that every copy beyond the first follows one whose
// answer was lost. It returns the repeats and the lost answers among them.
func repeatsExcusedByLoss(t *testing.T, what string, chats []int64, sent map[int64][]tglimit.Send, is func(tglimit.Send) bool) (repeats, lost int) {
	t.Helper()
	var missing []int64
	for _, chat := range chats {
		var copies []tglimit.Send
		for _, s := range sent[chat] {
			if is(s) {
				copies = append(copies, s)
			}
		}
		if len(copies) == 0 {
			missing = append(missing, chat)
			continue
		}
		excused := 0
		for _, s := range copies[:len(copies)-1] {
			if s.Lost {
				excused++
			}
		}
		repeats += len(copies) - 1
		lost += excused
		if len(copies)-1 > excused {
			t.Errorf("chat %d got the %s %d times, but only %d earlier answers were lost", chat, what, len(copies), excused)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d chats never got their %s: %s", len(missing), what, chatsString(missing))
	}
	return repeats, lost
}

// startInProcess runs the real core, Telegram adapter (polling the fake,
// with the given client timeout and global rate) and scheduler on the
// crowd's database with clk as their clock, until the test ends.
func startInProcess(t *testing.T, ctx context.Context, c *crowd, fake *tglimit.Server, clk *clock,
	timeout time.Duration, rate float64) *scheduler.Scheduler {
	t.Helper()
	ctx, cancel := context.WithCancel(ctx)
	db, err := store.Open(ctx, c.path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = clk.Now
	var out io.Writer = io.Discard
	if os.Getenv("CHECKIN_BENCH_LOG") != "" {
		out = os.Stderr // the bot's log, to see why a test failed
	}
	logger := slog.New(slog.NewTextHandler(out, &slog.HandlerOptions{Level: slog.LevelDebug}))
	core := bot.New(db, bot.DefaultConfig(), logger, clk.Now)
	tc := telegram.DefaultConfig()
	tc.Token, tc.APIURL, tc.Timeout, tc.PollTimeout = token, fake.URL, timeout, time.Second
	tc.Rate = telegram.RateConfig{Global: rate, PerChat: 1}
	tg, err := telegram.New(ctx, tc, core, db, core, logger)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := tg.Run(ctx); err != nil {
			t.Errorf("adapter: %v", err)
		}
	}()
	sched := scheduler.New(db, core, map[string]bot.Sender{bot.Telegram: tg}, scheduler.DefaultConfig(), logger, clk.Now)
	t.Cleanup(func() {
		stop(t, sched)
		cancel()
		wg.Wait()
		db.Close()
	})
	return sched
}

// stop stops the scheduler, letting queued sends finish; safe to repeat.
func stop(t *testing.T, sched *scheduler.Scheduler) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := sched.Stop(ctx); err != nil {
		t.Error(err)
	}
}
