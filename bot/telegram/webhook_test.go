package telegram

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const hookSecret = "s3cret-Hook_value"

func webhookEnv(t *testing.T, listen string) *env {
	t.Helper()
	return newEnv(t, func(c *Config) {
		c.Webhook = WebhookConfig{URL: "https://checkin.example/tg/hook", Secret: hookSecret, Listen: listen}
	})
}

func post(t *testing.T, h http.Handler, secret string, u tgbotapi.Update) int {
	t.Helper()
	body, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/tg/hook", bytes.NewReader(body))
	if secret != "" {
		req.Header.Set(secretHeader, secret)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

func TestWebhookSecret(t *testing.T) {
	e := webhookEnv(t, "")
	h := e.a.WebhookHandler()
	u := e.fake.Text(ann, "hi")
	u.UpdateID = 7
	if code := post(t, h, hookSecret, u); code != http.StatusServiceUnavailable {
		t.Errorf("before Run: %d, want 503 so Telegram retries", code)
	}
	run(t, e.a)
	eventually(t, "the webhook to be registered", e.a.Connected)
	tests := []struct {
		name   string
		secret string
		want   int
	}{
		{"no secret", "", http.StatusForbidden},
		{"wrong secret", "guess", http.StatusForbidden},
		{"right secret", hookSecret, http.StatusOK},
		{"repeat delivery", hookSecret, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code := post(t, h, tt.secret, u); code != tt.want {
				t.Errorf("status %d, want %d", code, tt.want)
			}
		})
	}
	// The 200 comes after the update is handled and answered.
	if n := len(e.core.inbounds()); n != 1 {
		t.Errorf("core saw %d updates, want 1 (forged ones refused, the repeat skipped)", n)
	}
	if n := len(e.fake.Calls("sendMessage")); n != 1 {
		t.Errorf("%d replies sent by the time of the 200, want 1", n)
	}
	req := httptest.NewRequest(http.MethodGet, "/tg/hook", nil)
	req.Header.Set(secretHeader, hookSecret)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d, want 405", rec.Code)
	}
}

func TestWebhookRegistersWithSecretAndDoesNotPoll(t *testing.T) {
	e := webhookEnv(t, "")
	run(t, e.a)
	calls := e.fake.WaitCalls(5*time.Second, 1, "setWebhook")
	if len(calls) != 1 {
		t.Fatalf("%d setWebhook calls, want 1", len(calls))
	}
	p := calls[0].Params
	if p["url"] != "https://checkin.example/tg/hook" || p["secret_token"] != hookSecret {
		t.Errorf("setWebhook params %v, want the URL and the secret token", p)
	}
	var allowed []string
	if err := json.Unmarshal([]byte(p["allowed_updates"]), &allowed); err != nil || len(allowed) == 0 {
		t.Errorf("allowed_updates %q: %v", p["allowed_updates"], err)
	}
	eventually(t, "Connected() after the webhook was registered", e.a.Connected)
	if n := len(e.fake.Calls("getUpdates")); n != 0 {
		t.Errorf("%d getUpdates in webhook mode", n)
	}
}

func TestWebhookServesOnItsOwnListener(t *testing.T) {
	e := webhookEnv(t, "127.0.0.1:0")
	run(t, e.a)
	var addr string
	eventually(t, "the listener", func() bool {
		addr, _ = e.a.webhookAddr.Load().(string)
		return addr != ""
	})
	u := e.fake.Text(ann, "over the wire")
	u.UpdateID = 9
	body, _ := json.Marshal(u)
	for _, tt := range []struct {
		secret string
		want   int
	}{{"", http.StatusForbidden}, {hookSecret, http.StatusOK}} {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/tg/hook", bytes.NewReader(body))
		if tt.secret != "" {
			req.Header.Set(secretHeader, tt.secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("secret %q: status %d, want %d", tt.secret, resp.StatusCode, tt.want)
		}
	}
	if got := e.core.inbounds(); len(got) != 1 || got[0].Text != "over the wire" {
		t.Errorf("core saw %+v", got)
	}
}

func TestWebhookRandomSecretWhenNoneSet(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Webhook.URL = "https://checkin.example/hook" })
	if len(e.a.secret) < 32 || !secretRE.MatchString(e.a.secret) {
		t.Errorf("secret %q, want a long random one Telegram accepts", e.a.secret)
	}
}
