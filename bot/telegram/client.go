package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// newHTTPClient keeps everything Go's default transport does right (proxy
// variables, system CA roots, keep-alives) and only bounds the time a
// request may take, so a stalled server cannot hang the adapter.
func newHTTPClient(cfg Config) *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	// Every call goes to one host; Go keeps only 2 idle connections per
	// host by default, so a fan-out would open (and TLS-handshake) a new
	// connection for most sends. Keep enough for the senders in flight.
	t.MaxIdleConnsPerHost = maxIdlePerHost
	return &http.Client{Timeout: cfg.PollTimeout + cfg.Timeout, Transport: t}
}

// maxIdlePerHost covers the scheduler's send workers plus the update
// handlers that reply at the same time.
const maxIdlePerHost = 64

// apiError is a Bot API answer that was not a success, with the parts
// needed to decide what to do: the HTTP status, Telegram's error code and
// description, and how long a 429 asks us to wait.
type apiError struct {
	Status      int // HTTP status; 0 when the server answered 200 with ok=false
	Code        int // Telegram's error_code; may be 0 on servers that omit it
	Description string
	RetryAfter  time.Duration
}

func (e *apiError) Error() string {
	code := e.Code
	if code == 0 {
		code = e.Status
	}
	if e.Description == "" {
		return fmt.Sprintf("bot api error %d", code)
	}
	return fmt.Sprintf("bot api error %d: %s", code, e.Description)
}

// code is the best status we know: Telegram's error code, else HTTP's.
func (e *apiError) code() int {
	if e.Code != 0 {
		return e.Code
	}
	return e.Status
}

// asAPIError finds an API error in err: ours (non-2xx HTTP answers) or the
// library's (200 with ok=false).
func asAPIError(err error) (*apiError, bool) {
	var ae *apiError
	if errors.As(err, &ae) {
		return ae, true
	}
	var te *tgbotapi.Error
	if errors.As(err, &te) {
		return &apiError{Code: te.Code, Description: te.Message, RetryAfter: time.Duration(te.RetryAfter) * time.Second}, true
	}
	return nil, false
}

// doer is the library's HTTP client for one call: it gives the request the
// caller's context and a deadline (the library's requests carry neither)
// and turns non-2xx answers into *apiError, because the library reads no
// HTTP status and drops the error code on uploads.
type doer struct {
	ctx     context.Context
	client  *http.Client
	timeout time.Duration
}

var _ tgbotapi.HTTPClient = doer{}

func (d doer) Do(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(d.ctx, d.timeout)
	resp, err := d.client.Do(req.WithContext(ctx))
	if err != nil {
		cancel()
		return nil, err
	}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		// The library reads the body after Do returns: cancel only on Close.
		resp.Body = cancelOnClose{ReadCloser: resp.Body, cancel: cancel}
		return resp, nil
	}
	defer cancel()
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	ae := &apiError{Status: resp.StatusCode}
	var ar tgbotapi.APIResponse
	if json.Unmarshal(body, &ar) == nil {
		ae.Code, ae.Description = ar.ErrorCode, ar.Description
		if ar.Parameters != nil {
			ae.RetryAfter = time.Duration(ar.Parameters.RetryAfter) * time.Second
		}
	}
	if ae.Description == "" {
		// Servers that are not Telegram (proxies, emulators) may answer
		// with their own shape; keep a short hint of it.
		var other struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(body, &other) == nil && other.Message != "" {
			ae.Description = truncate(other.Message, 200)
		} else {
			ae.Description = http.StatusText(resp.StatusCode)
		}
	}
	if ae.RetryAfter == 0 && resp.StatusCode == http.StatusTooManyRequests {
		if s, err := time.ParseDuration(resp.Header.Get("Retry-After") + "s"); err == nil {
			ae.RetryAfter = s
		}
	}
	return nil, ae
}

type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}

// api is the library's client for one call bound to ctx: a shallow copy of
// the shared BotAPI with its own doer, so every request is cancellable.
func (a *Adapter) api(ctx context.Context, timeout time.Duration) *tgbotapi.BotAPI {
	b := *a.bot
	b.Client = doer{ctx: ctx, client: a.http, timeout: timeout}
	return &b
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}
