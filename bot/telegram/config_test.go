package telegram

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

func TestConfigValidate(t *testing.T) {
	valid := func() Config {
		c := DefaultConfig()
		c.Token = testToken
		return c
	}
	tests := []struct {
		name    string
		mod     func(*Config)
		wantKey string // "" for valid
	}{
		{"defaults with a token", func(*Config) {}, ""},
		{"webhook", func(c *Config) {
			c.Webhook = WebhookConfig{URL: "https://x.example/hook", Listen: ":8443", Secret: "abc_DEF-1"}
		}, ""},
		{"no token", func(c *Config) { c.Token = "" }, "telegram.token"},
		{"token with a space", func(c *Config) { c.Token = "123: abc" }, "telegram.token"},
		{"api url not a URL", func(c *Config) { c.APIURL = "api.telegram.org" }, "telegram.api_url"},
		{"api url with a query", func(c *Config) { c.APIURL = "https://x.example/?a=b" }, "telegram.api_url"},
		{"poll timeout too long", func(c *Config) { c.PollTimeout = time.Minute }, "telegram.poll_timeout"},
		{"no timeout", func(c *Config) { c.Timeout = 0 }, "telegram.timeout"},
		{"no global rate", func(c *Config) { c.Rate.Global = 0 }, "telegram.rate.global"},
		{"no per-chat rate", func(c *Config) { c.Rate.PerChat = -1 }, "telegram.rate.per_chat"},
		{"webhook url not https", func(c *Config) { c.Webhook.URL = "ftp://x" }, "telegram.webhook.url"},
		{"bad secret", func(c *Config) { c.Webhook = WebhookConfig{URL: "https://x.example/", Secret: "has space"} }, "telegram.webhook.secret"},
		{"bad listen", func(c *Config) { c.Webhook = WebhookConfig{URL: "https://x.example/", Listen: "8443"} }, "telegram.webhook.listen"},
		{"listen without url", func(c *Config) { c.Webhook.Listen = ":8443" }, "telegram.webhook.listen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := valid()
			tt.mod(&c)
			err := c.Validate()
			if tt.wantKey == "" {
				if err != nil {
					t.Errorf("Validate: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantKey+":") {
				t.Fatalf("Validate = %v, want an error naming %s", err, tt.wantKey)
			}
			if strings.Contains(err.Error(), c.Token) && c.Token != "" {
				t.Errorf("error shows the token: %v", err)
			}
		})
	}
}

func TestConfigYAML(t *testing.T) {
	in := `
token: "42:abc"
api_url: http://127.0.0.1:8081
poll_timeout: 20s
timeout: 15s
webhook:
  url: https://bot.example/telegram
  listen: ":8443"
  secret: abc
rate:
  global: 25
  per_chat: 0.5
`
	c := DefaultConfig()
	dec := yaml.NewDecoder(strings.NewReader(in))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		t.Fatal(err)
	}
	want := Config{Token: "42:abc", APIURL: "http://127.0.0.1:8081", PollTimeout: 20 * time.Second, Timeout: 15 * time.Second,
		Webhook: WebhookConfig{URL: "https://bot.example/telegram", Listen: ":8443", Secret: "abc"},
		Rate:    RateConfig{Global: 25, PerChat: 0.5}}
	if c != want {
		t.Errorf("decoded %+v, want %+v", c, want)
	}
	if err := c.Validate(); err != nil {
		t.Error(err)
	}
	if got := c.endpoint(); got != "http://127.0.0.1:8081/bot%s/%s" {
		t.Errorf("endpoint %q", got)
	}
}

// Self-hosters behind a proxy rely on the standard proxy variables and the
// system's CA roots: the client keeps the default transport's behaviour and
// only adds a timeout.
func TestHTTPClientKeepsProxyAndRoots(t *testing.T) {
	cfg := DefaultConfig()
	c := newHTTPClient(cfg)
	tr, ok := c.Transport.(*http.Transport)
	if !ok {
		t.Fatalf("transport %T, want a clone of http.DefaultTransport", c.Transport)
	}
	if tr == http.DefaultTransport {
		t.Error("the shared default transport is used, not a clone")
	}
	if tr.Proxy == nil {
		t.Error("the transport ignores HTTPS_PROXY / HTTP_PROXY / NO_PROXY")
	}
	if tr.TLSClientConfig != nil && tr.TLSClientConfig.RootCAs != nil {
		t.Error("the transport replaces the system's CA roots")
	}
	if want := cfg.PollTimeout + cfg.Timeout; c.Timeout != want {
		t.Errorf("client timeout %v, want %v (a long poll plus a request)", c.Timeout, want)
	}
}
