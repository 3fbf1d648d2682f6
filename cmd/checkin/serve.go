package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/discord"
	"github.com/checkin-bot/checkin/bot/telegram"
	"github.com/checkin-bot/checkin/scheduler"
	"github.com/checkin-bot/checkin/store"
)

// errNoPlatform explains what `run` needs when no token is configured.
var errNoPlatform = errors.New("no chat platform is configured, so there is nothing to run.\n" +
	"  Telegram: talk to @BotFather, create a bot, and set TELEGRAM_BOT_TOKEN (telegram.token).\n" +
	"  Discord: create an application and bot at https://discord.com/developers/applications and set DISCORD_BOT_TOKEN (discord.token).\n" +
	"  To try checkin without any token, run: checkin chat")

// adapter is what `run` needs of each platform adapter.
type adapter interface {
	bot.Sender
	Run(ctx context.Context) error
	Connected() bool
}

// shutdownGrace bounds how long draining may take after a signal.
const shutdownGrace = 20 * time.Second

func cmdRun(ctx context.Context, args []string, stderr io.Writer) error {
	c, _, err := loadWithFlags("run", args, true, nil)
	if err != nil {
		return err
	}
	if err := c.runnable(); err != nil {
		return err
	}
	log := newLogger(c, stderr)
	db, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer db.Close()

	m := newMetrics()
	core := bot.New(db, c.botConfig(), log, time.Now)
	core.SetObserver(m)

	adapters := map[string]adapter{}
	senders := map[string]bot.Sender{}
	var webhook http.Handler
	if c.Telegram.Token != "" {
		tg, err := telegram.New(ctx, c.Telegram, core, db, core, log.With("platform", bot.Telegram))
		if err != nil {
			return fmt.Errorf("telegram: %w", err)
		}
		adapters[bot.Telegram], senders[bot.Telegram] = tg, tg
		m.rateLimited(bot.Telegram, tg.RateLimited)
		if c.Telegram.Webhook.URL != "" && c.Telegram.Webhook.Listen == "" {
			if c.HTTP.Listen == "" {
				return errors.New("telegram.webhook.url is set but neither telegram.webhook.listen nor http.listen is: set one so the webhook can be served")
			}
			webhook = tg.WebhookHandler()
		}
	}
	if c.Discord.Token != "" {
		dc, err := discord.New(c.Discord, core, core, log.With("platform", bot.Discord))
		if err != nil {
			return fmt.Errorf("discord: %w", err)
		}
		adapters[bot.Discord], senders[bot.Discord] = dc, dc
		m.rateLimited(bot.Discord, dc.RateLimited)
	}
	core.SetSenders(senders) // a trusted person is reached on the person's platform
	sched := scheduler.New(db, core, senders, c.schedulerConfig(), log, time.Now)
	m.watch(sched)

	// Everything below stops when ctx ends (a signal) or one part fails.
	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	if c.HTTP.Listen != "" {
		srv, err := serveHTTP(runCtx, c.HTTP.Listen, webhookPath(c.Telegram.Webhook.URL), db, adapters, m, webhook, log, &wg)
		if err != nil {
			return err
		}
		defer srv.Close()
	}
	if err := sched.Start(runCtx); err != nil {
		return err
	}
	for name, a := range adapters {
		wg.Add(1)
		go func(name string, a adapter) {
			defer wg.Done()
			if err := a.Run(runCtx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("adapter stopped", "platform", name, "err", err)
				cancel(fmt.Errorf("%s: %w", name, err))
			}
		}(name, a)
	}
	if c.Backup.Dir != "" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			backupLoop(runCtx, db, c.Backup.Dir, c.Backup.Keep, log, time.Now)
		}()
	}
	log.Info("checkin running", "version", versionString(), "platforms", len(adapters))
	<-runCtx.Done()

	// Shutdown order: the adapters stop taking updates and finish the ones
	// in flight (they return from Run), then the scheduler lets running jobs
	// end and drains queued sends, then the store closes.
	log.Info("shutting down")
	stopCtx, stop := context.WithTimeout(context.Background(), shutdownGrace)
	defer stop()
	wg.Wait()
	if err := sched.Stop(stopCtx); err != nil {
		log.Warn("scheduler did not drain before the deadline", "err", err)
	}
	if cause := context.Cause(runCtx); cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	log.Info("stopped cleanly")
	return nil
}

// serveHTTP starts the optional listener: /healthz, /metrics and, when
// configured, the Telegram webhook.
func serveHTTP(ctx context.Context, addr, webhookPath string, db *store.DB, adapters map[string]adapter, m *metrics,
	webhook http.Handler, log *slog.Logger, wg *sync.WaitGroup) (*http.Server, error) {
	mux := http.NewServeMux()
	mux.Handle("/healthz", healthHandler(db, adapters))
	mux.Handle("/metrics", m.handler())
	if webhook != nil {
		mux.Handle(webhookPath, webhook)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("http.listen %s: %w", addr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http listener stopped", "err", err)
		}
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	log.Info("http listening", "addr", ln.Addr().String())
	return srv, nil
}

// webhookPath is where the webhook is served on the shared listener: the
// path of its public URL, so a reverse proxy can pass it through unchanged.
func webhookPath(public string) string {
	u, err := url.Parse(public)
	if err != nil || u.Path == "" {
		return "/"
	}
	return u.Path
}

// healthHandler answers 200 when the database takes a write and every
// configured adapter is connected; otherwise 503 naming what is down.
func healthHandler(db *store.DB, adapters map[string]adapter) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		var down []string
		if err := db.Ping(ctx); err != nil {
			down = append(down, "database")
		}
		for name, a := range adapters {
			if !a.Connected() {
				down = append(down, name)
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if len(down) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "down: %v\n", down)
			return
		}
		fmt.Fprintln(w, "ok")
	})
}
