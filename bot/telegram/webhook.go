package telegram

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// secretHeader carries the webhook secret on each of Telegram's posts.
const secretHeader = "X-Telegram-Bot-Api-Secret-Token"

// maxUpdateBytes bounds one webhook body; real updates are a few KB.
const maxUpdateBytes = 1 << 20

// WebhookHandler serves Telegram's webhook posts, for mounting on the
// shared HTTP listener at the path of telegram.webhook.url. A post without
// the right secret header is refused with 403; the answer is sent only
// after the update is handled and its replies are out, so a crash makes
// Telegram deliver it again instead of losing it.
func (a *Adapter) WebhookHandler() http.Handler { return http.HandlerFunc(a.serveWebhook) }

func (a *Adapter) serveWebhook(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	got := r.Header.Get(secretHeader)
	if a.secret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(a.secret)) != 1 {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	d := a.active.Load()
	if d == nil {
		http.Error(w, "not running", http.StatusServiceUnavailable)
		return
	}
	var u tgbotapi.Update
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxUpdateBytes)).Decode(&u); err != nil {
		http.Error(w, "not a Telegram update", http.StatusBadRequest)
		return
	}
	if a.ledger != nil {
		if handle, status := a.claim(r.Context(), int64(u.UpdateID)); !handle {
			w.WriteHeader(status)
			return
		}
	}
	done, _ := d.submit(u)
	if done == nil { // shutting down: Telegram will deliver it again
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	select {
	case <-done:
		w.WriteHeader(http.StatusOK)
	case <-r.Context().Done():
	}
}

// webhook registers the webhook with Telegram (retrying until it works or
// ctx ends), serves it on telegram.webhook.listen when set, and blocks
// until ctx is done.
func (a *Adapter) webhook(ctx context.Context) error {
	errc := make(chan error, 1)
	var srv *http.Server
	if a.cfg.Webhook.Listen != "" {
		ln, err := net.Listen("tcp", a.cfg.Webhook.Listen)
		if err != nil {
			return fmt.Errorf("telegram: listen for the webhook on %s (telegram.webhook.listen): %w", a.cfg.Webhook.Listen, err)
		}
		a.webhookAddr.Store(ln.Addr().String())
		mux := http.NewServeMux()
		mux.Handle(webhookPath(a.cfg.Webhook.URL), a.WebhookHandler())
		srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() { errc <- srv.Serve(ln) }()
	}

	backoff := time.Duration(0)
	for !a.connected.Load() && ctx.Err() == nil {
		err := a.setWebhook(ctx)
		if err == nil {
			a.connected.Store(true)
			break
		}
		backoff = min(max(backoff*2, a.pollRetry), maxPollBackoff)
		if ctx.Err() == nil {
			a.logger.Error("telegram: register the webhook", "retry_in", backoff, "err", err)
		}
		_ = sleep(ctx, backoff)
	}

	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-errc:
	}
	if srv == nil {
		return nil
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), drainGrace)
	defer cancel()
	_ = srv.Shutdown(sctx)
	if serveErr == nil {
		serveErr = <-errc
	}
	if errors.Is(serveErr, http.ErrServerClosed) {
		return nil
	}
	return fmt.Errorf("telegram: serve the webhook: %w", serveErr)
}

// setWebhook calls setWebhook with the secret token, which the library's
// WebhookConfig cannot carry, so the parameters are built here.
func (a *Adapter) setWebhook(ctx context.Context) error {
	allowed, err := json.Marshal(allowedUpdates)
	if err != nil {
		return err
	}
	params := tgbotapi.Params{
		"url":             a.cfg.Webhook.URL,
		"secret_token":    a.secret,
		"allowed_updates": string(allowed),
	}
	return a.call(ctx, 0, noLimit, "setWebhook", func(api *tgbotapi.BotAPI) error {
		_, err := api.MakeRequest("setWebhook", params)
		return err
	})
}

// webhookPath is the path to serve: the one Telegram will post to.
func webhookPath(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Path == "" {
		return "/"
	}
	return u.Path
}

// randomSecret makes a webhook secret when none is configured; a new one
// at every start is fine because every start registers the webhook again.
func randomSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("telegram: make a webhook secret: %w", err)
	}
	return hex.EncodeToString(b), nil
}
