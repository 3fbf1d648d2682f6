package main

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

// phase is one timed run of an operation from several goroutines.
type phase struct {
	n       int64
	elapsed time.Duration
	lat     []time.Duration // a sample of latencies
	err     error
}

func (p phase) rate() float64 { return float64(p.n) / p.elapsed.Seconds() }

func (p phase) String() string {
	slices.Sort(p.lat)
	q := func(f float64) time.Duration {
		if len(p.lat) == 0 {
			return 0
		}
		return p.lat[int(f*float64(len(p.lat)-1))].Round(time.Microsecond)
	}
	return fmt.Sprintf("%d in %s = %.0f/s (latency p50 %s, p99 %s, max %s)",
		p.n, p.elapsed.Round(time.Millisecond), p.rate(), q(0.5), q(0.99), q(1))
}

// add sums q into p: counts and times, latency samples, the first error.
func (p *phase) add(q phase) {
	p.n += q.n
	p.elapsed += q.elapsed
	p.lat = append(p.lat, q.lat...)
	if p.err == nil {
		p.err = q.err
	}
}

// measure runs op from workers goroutines for d, each call with the next
// number of seq, and stops at the first error.
func measure(ctx context.Context, workers int, d time.Duration, seq *atomic.Int64, op func(context.Context, int64) error) phase {
	var done atomic.Int64
	var mu sync.Mutex
	var p phase
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	deadline := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			for time.Now().Before(deadline) && ctx.Err() == nil {
				s := seq.Add(1)
				t := time.Now()
				if err := op(ctx, s); err != nil {
					mu.Lock()
					if p.err == nil {
						p.err = err
					}
					mu.Unlock()
					cancel()
					return
				}
				done.Add(1)
				if s%16 == 0 {
					lat = append(lat, time.Since(t))
				}
			}
			mu.Lock()
			p.lat = append(p.lat, lat...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	p.elapsed = time.Since(start)
	p.n = done.Load()
	return p
}

// workload is the replies people send after a prompt: each person in turn
// taps mood, sleep hours and sleep quality under the prompt, then types a
// one-line check-in, then a short free-text remark.
type workload struct {
	people int64
	steps  []func(day string, v int64) (text, data string)
}

func newWorkload(people int) *workload {
	press := func(field string, values ...string) func(string, int64) (string, string) {
		return func(day string, v int64) (string, string) {
			return "", bot.EncodeButton(bot.ButtonData{Kind: 'c', Field: field, Day: day, Value: values[v%int64(len(values))]})
		}
	}
	return &workload{people: int64(people), steps: []func(string, int64) (string, string){
		press("mood", "3", "4", "5", "6", "7", "8"),
		press("sleep", "5", "6", "7", "8"),
		press("quality", "2", "3", "4"),
		func(_ string, v int64) (string, string) {
			return "mood " + strconv.FormatInt(3+v%6, 10) + ", slept 6.5h, quality 3", ""
		},
		func(string, int64) (string, string) { return "long day at work but the walk helped", "" },
	}}
}

// inbound is reply number seq: person seq mod people, step seq / people.
func (w *workload) inbound(seq int64) bot.Inbound {
	person := seq%w.people + 1
	step := (seq / w.people) % int64(len(w.steps))
	day := time.Now().UTC().Format("2006-01-02")
	text, data := w.steps[step](day, seq)
	id := strconv.FormatInt(person, 10)
	return bot.Inbound{Platform: bot.Telegram, UserID: id, ChatID: id, Name: "P",
		Text: text, Data: data, MessageID: strconv.FormatInt(seq+1000, 10)}
}

func (w *workload) String() string {
	return "press mood, press sleep hours, press quality, \"mood N, slept 6.5h, quality 3\", a free-text remark"
}
