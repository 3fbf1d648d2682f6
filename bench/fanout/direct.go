package main

import (
	"context"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

// prompt is what a direct run sends: a check-in prompt's size and shape.
var prompt = bot.Reply{
	Text: "Hi — time for today's check-in. 🌙\n\nHow is your mood today? 0 = the worst, 10 = the best.",
	Buttons: [][]bot.Button{
		{{Label: "0", Data: "c:mood:20260302:0"}, {Label: "1", Data: "c:mood:20260302:1"}, {Label: "2", Data: "c:mood:20260302:2"}},
		{{Label: "3", Data: "c:mood:20260302:3"}, {Label: "4", Data: "c:mood:20260302:4"}, {Label: "5", Data: "c:mood:20260302:5"}},
	},
	Private: true,
}

// direct sends one prompt to each of chats 1..n through sender from a pool
// of workers, as the scheduler's pool does but without the store and the
// core, so the adapter's own ceiling shows.
func direct(ctx context.Context, sender bot.Sender, n, workers int) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c := next.Add(1)
				if c > int64(n) {
					return
				}
				sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				_, err := sender.Send(sctx, strconv.FormatInt(c, 10), prompt)
				cancel()
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	return first
}
