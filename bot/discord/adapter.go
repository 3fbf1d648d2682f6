// Package discord is checkin's Discord adapter: it turns DMs, slash
// commands and button presses into bot.Inbound, and bot.Reply into
// messages, components and attachments. It only translates and delivers
// (rate limits, retries, the 3-second interaction window); the
// conversation is the core's.
//
// It asks Discord for the fewest rights that work: the DIRECT_MESSAGES
// gateway intent only. Interactions need no intent, and DM text arrives
// without the privileged MESSAGE_CONTENT intent. In a server channel every
// answer is ephemeral, and health data goes to the person's DMs instead.
package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"golang.org/x/time/rate"

	"github.com/checkin-bot/checkin/bot"
)

// handler is the core as the adapter uses it.
type handler interface {
	Handle(ctx context.Context, in bot.Inbound) (bot.Response, error)
}

// marker is told when Discord refuses a person for good.
type marker interface {
	MarkUnreachable(ctx context.Context, platform, userID string) error
}

// Intents is all the adapter asks of the gateway.
const Intents = discordgo.IntentsDirectMessages

const (
	// ackAfter is how long the core may take before an interaction is
	// deferred; Discord drops answers that start after 3 seconds.
	ackAfter = 2 * time.Second
	// drainTimeout bounds how long shutdown waits for work in progress.
	drainTimeout = 10 * time.Second
)

// Adapter connects checkin to Discord. Create it with New, run it with Run;
// Send may be used from other goroutines at any time.
type Adapter struct {
	limited atomic.Int64 // 429 answers since start, for metrics
	cfg     Config
	s       *discordgo.Session
	h       handler
	m       marker
	log     *slog.Logger
	pace    *rate.Limiter
	retry   retryPolicy
	dms     dmCache
	ident   identity
	queue   *serial

	inflight      sync.WaitGroup
	ackAfter      time.Duration
	drain         time.Duration
	started       atomic.Bool
	connected     atomic.Bool
	everConnected atomic.Bool
}

// identity is who the bot is, learnt from READY.
type identity struct {
	mu       sync.Mutex
	botID    string
	appID    string
	fixedApp string
}

func (id *identity) bot() string {
	id.mu.Lock()
	defer id.mu.Unlock()
	return id.botID
}

func (id *identity) app() string {
	id.mu.Lock()
	defer id.mu.Unlock()
	if id.fixedApp != "" {
		return id.fixedApp
	}
	return id.appID
}

// New checks cfg and prepares a session; it does not connect. m may be
// nil when nothing needs to hear of unreachable people.
func New(cfg Config, h handler, m marker, logger *slog.Logger) (*Adapter, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if h == nil || logger == nil {
		return nil, errors.New("discord: New needs a handler and a logger")
	}
	s, err := discordgo.New("Bot " + strings.TrimPrefix(cfg.Token, "Bot "))
	if err != nil {
		return nil, fmt.Errorf("discord: session: %w", err)
	}
	if s.Client, err = newHTTPClient(cfg.APIURL); err != nil {
		return nil, err
	}
	s.Identify.Intents = Intents
	s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	s.StateEnabled = false          // nothing reads it; it would only hold memory
	s.SyncEvents = true             // events reach the per-person queue in order
	s.LogLevel = discordgo.LogError // never the debug levels that print payloads
	s.ShouldReconnectOnError = true // resume after a dropped gateway connection
	routeLibraryLog(logger)
	a := &Adapter{
		cfg: cfg, s: s, h: h, m: m, log: logger,
		pace:  rate.NewLimiter(rate.Limit(cfg.Rate), 1),
		retry: defaultRetry, queue: newSerial(),
		ackAfter: ackAfter, drain: drainTimeout,
	}
	a.ident.fixedApp = cfg.ApplicationID
	return a, nil
}

// Connected reports whether the gateway session is up, for health checks.
func (a *Adapter) Connected() bool { return a.connected.Load() }

// RateLimited is how many 429 answers Discord gave since start.
func (a *Adapter) RateLimited() int64 { return a.limited.Load() }

// Run connects, registers the slash commands and handles events until ctx
// ends; then it stops taking events, closes the connection and waits (a
// bounded time) for work in progress. It returns nil on a normal stop.
func (a *Adapter) Run(ctx context.Context) error {
	if !a.started.CompareAndSwap(false, true) {
		return errors.New("discord: Run called twice")
	}
	work, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	stop := a.listen(work)
	err := a.connect(ctx)
	if err == nil {
		err = a.register(ctx)
		if err == nil {
			a.log.Info("discord: connected", "platform", bot.Discord)
			<-ctx.Done()
		}
	}
	stop()
	if cerr := a.s.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("discord: close: %w", cerr)
	}
	a.connected.Store(false)
	a.finish(cancel)
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return nil // stopped while connecting or registering: a normal stop
	}
	return err
}

// listen adds the event handlers and returns a function removing them.
func (a *Adapter) listen(ctx context.Context) func() {
	removers := []func(){
		a.s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			a.ident.mu.Lock()
			if r.User != nil {
				a.ident.botID = r.User.ID
			}
			if r.Application != nil {
				a.ident.appID = r.Application.ID
			}
			a.ident.mu.Unlock()
		}),
		a.s.AddHandler(func(*discordgo.Session, *discordgo.Connect) {
			if !a.connected.Swap(true) && a.everConnected.Swap(true) {
				a.log.Info("discord: gateway reconnected", "platform", bot.Discord)
			}
		}),
		// Handlers are removed before a deliberate close, so this is a drop;
		// discordgo reconnects and resumes the session by itself.
		a.s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
			a.connected.Store(false)
			a.log.Warn("discord: gateway connection lost, reconnecting", "platform", bot.Discord)
		}),
		a.s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { a.onMessage(ctx, m.Message, false) }),
		a.s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageUpdate) { a.onMessage(ctx, m.Message, true) }),
		a.s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { a.onInteraction(ctx, i.Interaction) }),
	}
	return func() {
		for _, r := range removers {
			r()
		}
	}
}

// connect opens the gateway, retrying with backoff while Discord is out of
// reach; a refused token or intent is final.
func (a *Adapter) connect(ctx context.Context) error {
	delay := time.Second
	for {
		err := a.s.Open()
		if err == nil {
			return nil
		}
		if fatalGateway(err) {
			return fmt.Errorf("discord: connect: %w (check discord.token)", err)
		}
		a.log.Warn("discord: connect failed, retrying", "platform", bot.Discord, "in", delay, errAttr(err))
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		delay = min(2*delay, time.Minute)
	}
}

// register overwrites the slash commands with the core's table, globally
// or in the configured servers, so a restart leaves exactly one set.
func (a *Adapter) register(ctx context.Context) error {
	app := a.ident.app()
	if app == "" {
		return errors.New("discord: register commands: the application id is unknown; set discord.application_id")
	}
	cmds, err := applicationCommands(bot.Commands)
	if err != nil {
		return err
	}
	scopes := a.cfg.GuildIDs
	if len(scopes) == 0 {
		scopes = []string{""}
	}
	for _, g := range scopes {
		err := a.call(ctx, false, func(o ...discordgo.RequestOption) error {
			_, err := a.s.ApplicationCommandBulkOverwrite(app, g, cmds, o...)
			return err
		})
		if err != nil {
			return fmt.Errorf("discord: register commands (guild %q): %w", g, err)
		}
	}
	return nil
}

// finish waits for accepted work, then cancels what is still running
// after the drain time and waits for it to notice.
func (a *Adapter) finish(cancel context.CancelFunc) {
	a.queue.close()
	done := make(chan struct{})
	go func() {
		a.inflight.Wait()
		a.queue.wait()
		close(done)
	}()
	t := time.NewTimer(a.drain)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		a.log.Warn("discord: work still running at shutdown, cancelling it", "platform", bot.Discord)
		cancel()
		<-done
	}
}
