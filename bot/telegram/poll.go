package telegram

import (
	"context"
	"net/http"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Polling pace. Telegram holds a long poll open until news arrives, but a
// local server or an emulator may answer at once with nothing: without a
// floor the loop would spin. Errors back off exponentially up to a cap, so
// an outage costs a request every half minute, not a thousand a second.
const (
	minEmptyPoll   = time.Second      // at least this long from one empty poll to the next
	firstPollRetry = time.Second      // the first wait after a failed poll
	maxPollBackoff = 30 * time.Second // the longest wait after failed polls
	pollLimit      = 100              // updates per getUpdates (Telegram's maximum)
	// maxPending is how many updates may be in progress before polling
	// pauses. It stays under pollLimit: unfinished updates are asked for
	// again (see tracker.low), and there must be room for new ones.
	maxPending = pollLimit / 2
)

// allowedUpdates are the update kinds the adapter acts on; asking for only
// these spares bandwidth and never delivers what would be ignored.
var allowedUpdates = []string{"message", "edited_message", "callback_query", "channel_post", "my_chat_member"}

// poll runs the getUpdates loop until ctx is done. Offsets start after the
// stored cursor and never pass an update still in progress, so an update
// is confirmed to Telegram only once it is handled and its replies sent:
// a crash loses nothing, and the cursor keeps repeats from being handled
// twice.
func (a *Adapter) poll(ctx context.Context, d *dispatcher, offset int64) error {
	a.dropWebhook(ctx)
	backoff := time.Duration(0)
	for {
		if err := d.waitBelow(ctx, maxPending); err != nil {
			return nil
		}
		start := a.now()
		cfg := tgbotapi.UpdateConfig{
			Offset:         int(offset),
			Limit:          pollLimit,
			Timeout:        int(a.cfg.PollTimeout / time.Second),
			AllowedUpdates: allowedUpdates,
		}
		updates, err := a.api(ctx, a.cfg.PollTimeout+a.cfg.Timeout).GetUpdates(cfg)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			err = a.scrub.err(err)
			a.connected.Store(false)
			backoff = min(max(backoff*2, a.pollRetry), maxPollBackoff)
			wait := backoff
			if ae, ok := asAPIError(err); ok {
				switch {
				case ae.code() == http.StatusTooManyRequests && ae.RetryAfter > wait:
					wait = ae.RetryAfter
				case ae.code() == http.StatusConflict:
					// Another process polls with this token, or a webhook is set.
					a.logger.Error("telegram: another bot instance or a webhook is using this token", "err", err)
				case ae.code() == http.StatusUnauthorized:
					a.logger.Error("telegram: the bot token was refused; check telegram.token", "err", err)
				}
			}
			a.logger.Warn("telegram: getUpdates failed", "retry_in", wait, "err", err)
			if sleep(ctx, wait) != nil {
				return nil
			}
			continue
		}
		backoff = 0
		a.connected.Store(true)
		fresh := 0
		for _, u := range updates {
			if id := int64(u.UpdateID); id >= offset {
				offset = id + 1
			}
			if _, ok := d.submit(u); ok {
				fresh++
			}
		}
		if low, ok := d.track.low(); ok && low < offset {
			offset = low
		}
		if fresh == 0 {
			if sleep(ctx, a.emptyPoll-a.now().Sub(start)) != nil {
				return nil
			}
		}
	}
}

// dropWebhook clears a webhook left from an earlier webhook-mode run, since
// Telegram refuses getUpdates while one is set. Pending updates are kept.
func (a *Adapter) dropWebhook(ctx context.Context) {
	err := a.call(ctx, 0, noLimit, "deleteWebhook", func(api *tgbotapi.BotAPI) error {
		_, err := api.Request(tgbotapi.DeleteWebhookConfig{})
		return err
	})
	if err != nil && ctx.Err() == nil {
		a.logger.Warn("telegram: could not clear a webhook before polling", "err", err)
	}
}
