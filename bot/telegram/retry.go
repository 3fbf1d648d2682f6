package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/checkin-bot/checkin/bot"
)

// Retry policy for one Bot API call. A reply that is owed must not be lost
// to a passing hiccup, but a dead server must not hold a worker forever.
const (
	maxAttempts    = 5                // for 5xx answers and network errors
	max429         = 10               // 429s honoured before giving up
	maxBackoff     = 8 * time.Second  // between retries of one call
	maxRetryAfter  = 60 * time.Second // a larger retry_after is clamped
	defaultBackoff = 500 * time.Millisecond
)

// limit says which limiter a call waits on before each attempt.
type limit int

const (
	noLimit     limit = iota // answerCallbackQuery, getMe, setMyCommands: not messages
	chatLimit                // messages and edits: global and per-chat
	urgentLimit              // the crisis reply: global, and per-chat with urgentLead
)

// call runs fn against the Bot API with rate limiting and retries: a 429
// waits what Telegram asks, 5xx and network errors back off exponentially,
// a 403 becomes bot.ErrUnreachable, anything else fails at once. The
// returned error is scrubbed of the token.
func (a *Adapter) call(ctx context.Context, chat int64, lim limit, op string, fn func(*tgbotapi.BotAPI) error) error {
	backoff := a.retryBase
	attempts, limited := 0, 0
	for {
		if lim != noLimit {
			lead := time.Duration(0)
			if lim == urgentLimit {
				lead = urgentLead
			}
			if err := a.limits.wait(ctx, chat, lead); err != nil {
				return fmt.Errorf("telegram: %s: %w", op, err)
			}
		}
		err := fn(a.api(ctx, a.cfg.Timeout))
		if err == nil {
			return nil
		}
		err = a.scrub.err(err)
		if ctx.Err() != nil {
			return fmt.Errorf("telegram: %s: %w", op, ctx.Err())
		}
		var wait time.Duration
		switch ae, ok := asAPIError(err); {
		case ok && ae.code() == http.StatusTooManyRequests:
			limited++
			a.limited.Add(1)
			if limited > max429 {
				return fmt.Errorf("telegram: %s: still rate limited after %d waits: %w", op, max429, err)
			}
			wait = min(max(ae.RetryAfter, time.Second), maxRetryAfter)
			a.logger.Warn("telegram rate limited", "op", op, "retry_after", wait)
		case ok && ae.code() == http.StatusForbidden:
			return fmt.Errorf("telegram: %s: %w (%w)", op, bot.ErrUnreachable, err)
		case ok && ae.code() < 500:
			return fmt.Errorf("telegram: %s: %w", op, err)
		default: // 5xx, network error, timeout
			attempts++
			if attempts >= maxAttempts {
				return fmt.Errorf("telegram: %s: gave up after %d attempts: %w", op, attempts, err)
			}
			wait, backoff = backoff, min(backoff*2, maxBackoff)
			a.logger.Debug("telegram call failed, retrying", "op", op, "attempt", attempts, "in", wait, "err", err)
		}
		if err := sleep(ctx, wait); err != nil {
			return fmt.Errorf("telegram: %s: %w", op, err)
		}
	}
}

// notModified is Telegram's answer to an edit that changes nothing: the
// prompt already shows the choice, which is what we wanted.
func notModified(err error) bool {
	ae, ok := asAPIError(err)
	return ok && ae.code() == http.StatusBadRequest && strings.Contains(ae.Description, "message is not modified")
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// unreachable reports whether err means the person cannot be reached.
func unreachable(err error) bool { return errors.Is(err, bot.ErrUnreachable) }
