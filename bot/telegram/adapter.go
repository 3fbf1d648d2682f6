// Package telegram is checkin's Telegram adapter: it turns Bot API updates
// into bot.Inbound for the core and renders bot.Reply as Telegram messages
// (inline keyboards for ratings, photos for charts, documents for reports).
// It only translates and delivers: rate limits, retries, 429 handling,
// long polling or a webhook, and keeping the bot token out of every log
// line and error. It holds no SQL and no dialogue logic.
package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/checkin-bot/checkin/bot"
)

const (
	// workers bounds how many chats are served at the same moment; sends
	// are limited to about 30 a second anyway, so more would only wait.
	workers = 64
	// drainGrace is how long a shutdown lets updates in hand finish.
	drainGrace = 10 * time.Second
)

// Adapter connects checkin to one Telegram bot.
type Adapter struct {
	cfg  Config
	bot  *tgbotapi.BotAPI // shared template; every call uses a copy bound to its ctx (see api)
	http *http.Client
	h    handler
	cur  cursorStore
	// ledger claims webhook updates across instances; nil when polling or
	// when the cursor store has none.
	ledger updateLedger
	owner  string // this instance's name on its claims
	mark   marker
	logger *slog.Logger
	scrub  scrubber
	limits *limits
	groups groupMemory

	username string
	secret   string

	// Replaceable in tests, so they need not wait real seconds.
	now       func() time.Time
	retryBase time.Duration // first wait before retrying a failed call
	pollRetry time.Duration // first wait after a failed poll
	emptyPoll time.Duration // floor between empty polls

	started     atomic.Bool
	connected   atomic.Bool
	limited     atomic.Int64 // 429 answers since start, for metrics
	active      atomic.Pointer[dispatcher]
	webhookAddr atomic.Value // string: the address the webhook listens on
}

// New connects to the Bot API server (getMe checks the token) and returns
// an adapter ready to Run. h answers updates; cur stores the update
// cursor; m, which may be nil, hears of people who blocked the bot.
func New(ctx context.Context, cfg Config, h handler, cur cursorStore, m marker, logger *slog.Logger) (*Adapter, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if h == nil || cur == nil || logger == nil {
		return nil, errors.New("telegram: New needs a handler, a cursor store and a logger")
	}
	scrub := newScrubber(cfg.Token)
	logger = slog.New(scrubHandler{inner: logger.Handler(), s: scrub})
	library.register(cfg.Token, logger)

	a := &Adapter{
		cfg:       cfg,
		http:      newHTTPClient(cfg),
		h:         h,
		cur:       cur,
		mark:      m,
		logger:    logger,
		scrub:     scrub,
		limits:    newLimits(cfg.Rate, time.Now),
		secret:    cfg.Webhook.Secret,
		now:       time.Now,
		retryBase: defaultBackoff,
		pollRetry: firstPollRetry,
		emptyPoll: minEmptyPoll,
	}
	api, err := tgbotapi.NewBotAPIWithClient(cfg.Token, cfg.endpoint(), doer{ctx: ctx, client: a.http, timeout: cfg.Timeout})
	if err != nil {
		err = scrub.err(err)
		if ae, ok := asAPIError(err); ok && ae.code() == http.StatusUnauthorized {
			return nil, fmt.Errorf("telegram: the Bot API refused the token; check telegram.token (TELEGRAM_BOT_TOKEN): %w", err)
		}
		return nil, fmt.Errorf("telegram: connect to %s: %w", cfg.APIURL, err)
	}
	api.Debug = false // its debug output prints URLs, which hold the token
	a.bot = api
	a.username = api.Self.UserName
	if cfg.Webhook.URL != "" && a.secret == "" {
		if a.secret, err = randomSecret(); err != nil {
			return nil, err
		}
	}
	if l, ok := cur.(updateLedger); ok && cfg.Webhook.URL != "" {
		if a.owner, err = instanceName(); err != nil {
			return nil, err
		}
		a.ledger = l
	}
	return a, nil
}

// Run receives updates (long polling, or the webhook when
// telegram.webhook.url is set) and handles them until ctx is done; then it
// stops taking updates, lets those in hand finish for a short grace, and
// returns nil.
func (a *Adapter) Run(ctx context.Context) error {
	if !a.started.CompareAndSwap(false, true) {
		return errors.New("telegram: Run called twice")
	}
	var floor int64
	var err error
	if a.ledger == nil {
		floor, err = a.cur.Cursor(ctx, cursorName)
	}
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		return fmt.Errorf("telegram: read the update cursor: %w", err)
	}
	var side sync.WaitGroup
	side.Add(1)
	go func() {
		defer side.Done()
		a.setCommands(ctx)
	}()
	defer side.Wait()

	work, stop := context.WithCancel(context.WithoutCancel(ctx))
	defer stop()
	track := newTracker(a.cur, floor, a.logger)
	if a.ledger != nil {
		// Webhook updates of several instances arrive in no common order:
		// a cursor would drop an id handled late elsewhere. Each is
		// claimed in the ledger instead and marked done when handled.
		track.done = func(ctx context.Context, id int64) error {
			return a.ledger.FinishUpdate(ctx, ledgerSource, id, a.owner, a.now())
		}
		side.Add(1)
		go func() {
			defer side.Done()
			a.purgeLedger(ctx)
		}()
	}
	out := newOutbox(a.limits.until)
	d := newDispatcher(work, workers, track, func(ctx context.Context, u tgbotapi.Update) <-chan struct{} {
		return a.handleUpdate(ctx, out, u)
	})
	a.active.Store(d)

	if a.cfg.Webhook.URL == "" {
		err = a.poll(ctx, d, track.next())
	} else {
		err = a.webhook(ctx)
	}

	d.close()
	a.connected.Store(false)
	drained := make(chan struct{})
	go func() {
		d.wait()
		out.drain()
		close(drained)
	}()
	t := time.NewTimer(drainGrace)
	defer t.Stop()
	select {
	case <-drained:
	case <-t.C:
		a.logger.Warn("telegram: updates still in hand at shutdown; cancelling them")
		stop()
		<-drained
	}
	return err
}

// setCommands publishes the command menu. Failing is not fatal: commands
// still work when typed, so it is logged once and the bot goes on.
func (a *Adapter) setCommands(ctx context.Context) {
	cmds := make([]tgbotapi.BotCommand, 0, len(bot.Commands))
	for _, c := range bot.Commands {
		cmds = append(cmds, tgbotapi.BotCommand{Command: c.Name, Description: truncate(c.Description, 256)})
	}
	err := a.call(ctx, 0, noLimit, "setMyCommands", func(api *tgbotapi.BotAPI) error {
		_, err := api.Request(tgbotapi.NewSetMyCommands(cmds...))
		return err
	})
	if err != nil && ctx.Err() == nil {
		a.logger.Warn("telegram: could not publish the command menu; commands still work when typed", "err", err)
	}
}

// Connected reports whether the last contact with the Bot API worked, for
// health checks.
func (a *Adapter) Connected() bool { return a.connected.Load() }

// RateLimited is how many 429 answers Telegram gave since start.
func (a *Adapter) RateLimited() int64 { return a.limited.Load() }

// Username is the bot's @username, without the @.
func (a *Adapter) Username() string { return a.username }
