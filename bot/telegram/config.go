package telegram

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// Config is the telegram section of the configuration file.
type Config struct {
	// Token is the bot token from @BotFather; the config file should take it
	// from ${TELEGRAM_BOT_TOKEN} so it never sits in a file.
	Token string `yaml:"token"`
	// APIURL is the Bot API server: Telegram's, a local telegram-bot-api
	// server, or an emulator in tests. Calls go to <api_url>/bot<token>/<method>.
	APIURL string `yaml:"api_url"`
	// PollTimeout is how long one getUpdates long poll may wait for news.
	PollTimeout time.Duration `yaml:"poll_timeout"`
	// Timeout bounds every other Bot API request (and is added to
	// PollTimeout for getUpdates), so a stalled server cannot hang a send.
	Timeout time.Duration `yaml:"timeout"`
	// Webhook switches from long polling to a webhook when its URL is set.
	Webhook WebhookConfig `yaml:"webhook"`
	// Rate keeps sends under Telegram's limits.
	Rate RateConfig `yaml:"rate"`
}

// WebhookConfig receives updates by HTTPS push instead of long polling.
type WebhookConfig struct {
	// URL is the public HTTPS address Telegram posts updates to; empty means
	// long polling.
	URL string `yaml:"url"`
	// Listen, when set, is an address (":8443") the adapter serves the
	// webhook on itself; when empty the webhook is mounted on the shared
	// HTTP listener.
	Listen string `yaml:"listen"`
	// Secret is sent back by Telegram in X-Telegram-Bot-Api-Secret-Token so
	// that forged posts are refused; take it from ${TELEGRAM_WEBHOOK_SECRET}.
	// When empty a random one is made at each start.
	Secret string `yaml:"secret"`
}

// RateConfig holds the send limits, in messages per second.
type RateConfig struct {
	// Global is across all chats (Telegram: about 30 per second).
	Global float64 `yaml:"global"`
	// PerChat is within one chat (Telegram: about 1 per second).
	PerChat float64 `yaml:"per_chat"`
}

// DefaultAPIURL is Telegram's own Bot API server.
const DefaultAPIURL = "https://api.telegram.org"

// DefaultConfig runs right at Telegram's documented limits with long polling.
func DefaultConfig() Config {
	return Config{
		APIURL:      DefaultAPIURL,
		PollTimeout: 30 * time.Second,
		Timeout:     30 * time.Second,
		Rate:        RateConfig{Global: 30, PerChat: 1},
	}
}

// secretRE is the character set Telegram allows in a webhook secret token.
var secretRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

// Validate checks the section and says, per key, what to fix.
func (c Config) Validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	switch {
	case c.Token == "":
		add("telegram.token: empty; set TELEGRAM_BOT_TOKEN to the token @BotFather gave you")
	case strings.ContainsAny(c.Token, " \t\r\n/?#"):
		// Never echo the token itself: it is a secret.
		add("telegram.token: contains spaces or URL characters; copy the token from @BotFather again")
	}
	if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		add("telegram.api_url: %q is not an http(s) URL; use %s or your Bot API server's address", c.APIURL, DefaultAPIURL)
	} else if u.RawQuery != "" || u.Fragment != "" {
		add("telegram.api_url: %q has a query or fragment; give only scheme, host and path", c.APIURL)
	}
	if c.PollTimeout < 0 || c.PollTimeout > 50*time.Second {
		add("telegram.poll_timeout: %s is out of range; use 0s to 50s (30s is a good choice)", c.PollTimeout)
	}
	if c.Timeout <= 0 {
		add("telegram.timeout: must be positive, e.g. 30s")
	}
	if c.Rate.Global <= 0 {
		add("telegram.rate.global: must be positive; Telegram allows about 30 messages a second")
	}
	if c.Rate.PerChat <= 0 {
		add("telegram.rate.per_chat: must be positive; Telegram allows about 1 message a second per chat")
	}
	if w := c.Webhook; w.URL != "" {
		if u, err := url.Parse(w.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			add("telegram.webhook.url: %q is not an https URL; give the public address Telegram should post to", w.URL)
		}
		if w.Secret != "" && !secretRE.MatchString(w.Secret) {
			add("telegram.webhook.secret: use 1 to 256 characters of A-Z, a-z, 0-9, _ and - (set TELEGRAM_WEBHOOK_SECRET)")
		}
		if w.Listen != "" {
			if _, _, err := net.SplitHostPort(w.Listen); err != nil {
				add("telegram.webhook.listen: %q is not host:port, e.g. \":8443\"", w.Listen)
			}
		}
	} else if w.Listen != "" {
		add("telegram.webhook.listen: set but telegram.webhook.url is empty; set the URL too, or remove listen to use long polling")
	}
	return errors.Join(errs...)
}

// endpoint is the library's printf pattern for <api_url>/bot<token>/<method>.
func (c Config) endpoint() string {
	return strings.TrimRight(c.APIURL, "/") + "/bot%s/%s"
}
