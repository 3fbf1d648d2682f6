package main

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// stages times the two calls the scheduler makes outside the store for each
// prompt, so a slow fan-out can be split into core, platform and the rest
// (the store's reads and writes, and waiting for a worker).
type stages struct {
	core   prompter
	sender bot.Sender

	prompts, sends   atomic.Int64
	promptNS, sendNS atomic.Int64
}

type prompter interface {
	Prompt(ctx context.Context, u store.User, kind string) ([]bot.Reply, error)
}

func (s *stages) Prompt(ctx context.Context, u store.User, kind string) ([]bot.Reply, error) {
	start := time.Now()
	defer func() { s.prompts.Add(1); s.promptNS.Add(int64(time.Since(start))) }()
	return s.core.Prompt(ctx, u, kind)
}

func (s *stages) Send(ctx context.Context, chatID string, r bot.Reply) (string, error) {
	start := time.Now()
	defer func() { s.sends.Add(1); s.sendNS.Add(int64(time.Since(start))) }()
	return s.sender.Send(ctx, chatID, r)
}

func (s *stages) String() string {
	avg := func(ns, n int64) time.Duration {
		if n == 0 {
			return 0
		}
		return time.Duration(ns / n).Round(time.Microsecond)
	}
	return fmt.Sprintf("core.Prompt %s, adapter.Send %s (incl. waiting for the limiter), per prompt on average",
		avg(s.promptNS.Load(), s.prompts.Load()), avg(s.sendNS.Load(), s.sends.Load()))
}
