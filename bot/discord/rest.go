package discord

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// retryPolicy bounds how hard one REST call tries.
type retryPolicy struct {
	attempts   int           // tries in all on 5xx or network errors
	base, max  time.Duration // exponential backoff between those tries
	rateLimits int           // 429s waited out before giving up
}

var defaultRetry = retryPolicy{attempts: 4, base: 500 * time.Millisecond, max: 8 * time.Second, rateLimits: 5}

// JSON error codes that mean a person cannot get DMs from the bot.
const (
	codeUnknownUser     = discordgo.ErrCodeUnknownUser                  // 10013: account deleted
	codeCannotDM        = discordgo.ErrCodeCannotSendMessagesToThisUser // 50007: blocked, or DMs closed
	codeNoMutualGuilds  = 50278                                         // no server in common any more
	codeAlreadyAnswered = 40060                                         // interaction already acknowledged
)

// call runs one REST request through discordgo's per-route limiter, plus
// checkin's own pacing when paced is true. A 429 is waited out for its
// retry_after (here, not in discordgo, so shutdown need not wait), and
// 5xx or network failures are retried with backoff, a bounded number of
// times; anything else is final. f must be safe to run again: message
// sends carry a nonce Discord deduplicates, the rest are idempotent.
func (a *Adapter) call(ctx context.Context, paced bool, f func(...discordgo.RequestOption) error) error {
	failures, limited := 0, 0
	for {
		if paced {
			if err := a.pace.Wait(ctx); err != nil {
				return err
			}
		}
		err := f(discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false), discordgo.WithRestRetries(0))
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return redact(err)
		}
		var wait time.Duration
		var rl *discordgo.RateLimitError
		switch {
		case errors.As(err, &rl):
			limited++
			a.limited.Add(1)
			if limited > a.retry.rateLimits {
				return fmt.Errorf("rate limited %d times: %w", limited, err)
			}
			wait = rl.RetryAfter
		case transient(err):
			failures++
			if failures >= a.retry.attempts {
				return redact(err)
			}
			wait = min(a.retry.base<<(failures-1), a.retry.max)
		default:
			return redact(err)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return redact(err)
		case <-t.C:
		}
	}
}

// transient reports errors worth another try: Discord's 5xx and failures
// of the network before an answer came.
func transient(err error) bool {
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		return re.Response != nil && re.Response.StatusCode >= 500
	}
	var ue *url.Error
	var ne net.Error
	switch {
	case errors.As(err, &ue), errors.As(err, &ne), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return true
	}
	// discordgo reports a 502 it will not retry as a plain error.
	return strings.HasPrefix(err.Error(), "Exceeded Max retries HTTP 5")
}

// apiCode is the JSON error code of a Discord error answer, or 0.
func apiCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return 0
}

// refused reports whether Discord will not deliver to this person at all.
func refused(err error) bool {
	switch apiCode(err) {
	case codeCannotDM, codeUnknownUser, codeNoMutualGuilds:
		return true
	}
	return false
}

// redact takes an interaction token out of a network error's URL.
func redact(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = scrub(ue.URL)
	}
	return err
}
