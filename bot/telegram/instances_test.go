package telegram

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

var _ updateLedger = (*store.DB)(nil)

// Two instances serve one webhook URL on one database, as behind a load
// balancer: each update is handled once, by whichever instance Telegram
// reached, however its deliveries and retries are spread.
func TestWebhookInstancesHandleEachUpdateOnce(t *testing.T) {
	e := webhookEnv(t, "")
	second := e.newAdapter(t, func(c *Config) {
		c.Webhook = WebhookConfig{URL: "https://checkin.example/tg/hook", Secret: hookSecret}
	})
	if e.a.ledger == nil || second.ledger == nil || e.a.owner == second.owner {
		t.Fatalf("webhook instances on a store should claim updates under their own names: %q, %q", e.a.owner, second.owner)
	}
	run(t, e.a)
	run(t, second)
	eventually(t, "both webhooks to be registered", func() bool { return e.a.Connected() && second.Connected() })
	hooks := []http.Handler{e.a.WebhookHandler(), second.WebhookHandler()}

	// One update at a time, delivered to one instance and again to the other.
	u := e.fake.Text(ann, "hi")
	u.UpdateID = 41
	for i, h := range []http.Handler{hooks[0], hooks[1], hooks[0]} {
		if code := post(t, h, hookSecret, u); code != http.StatusOK {
			t.Fatalf("delivery %d: status %d, want 200", i+1, code)
		}
	}
	if n := len(e.core.inbounds()); n != 1 {
		t.Fatalf("core saw the update %d times across instances, want once", n)
	}

	// A slow update delivered to both at once: one handles it; the other
	// says 503, and Telegram's retry of that finds it done.
	release := make(chan struct{})
	var once sync.Once
	e.core.mu.Lock()
	e.core.respond = func(bot.Inbound) (bot.Response, error) {
		<-release
		return bot.Response{Replies: []bot.Reply{{Text: "ok"}}}, nil
	}
	e.core.mu.Unlock()
	slow := e.fake.Text(ann, "slow")
	slow.UpdateID = 42
	codes := make(chan int, 2)
	for _, h := range hooks {
		go func() { codes <- post(t, h, hookSecret, slow) }()
	}
	first := <-codes
	if first != http.StatusServiceUnavailable {
		t.Fatalf("the delivery that lost the race got %d, want 503 so Telegram retries", first)
	}
	once.Do(func() { close(release) })
	if code := <-codes; code != http.StatusOK {
		t.Fatalf("the delivery that holds the update got %d, want 200", code)
	}
	for i, h := range hooks {
		if code := post(t, h, hookSecret, slow); code != http.StatusOK {
			t.Fatalf("retry to instance %d: status %d, want 200 (done)", i+1, code)
		}
	}
	if n := len(e.core.inbounds()); n != 2 {
		t.Fatalf("core saw %d updates, want 2: each once", n)
	}
}

// An update claimed by an instance that died before handling it is
// handled by another once the claim's lease has run out.
func TestWebhookTakesOverADeadInstancesUpdate(t *testing.T) {
	e := webhookEnv(t, "")
	now := time.Now()
	e.a.now = func() time.Time { return now }
	run(t, e.a)
	eventually(t, "the webhook to be registered", e.a.Connected)
	u := e.fake.Text(ann, "hi")
	u.UpdateID = 77
	// A dead instance's claim, as its process left it.
	if claimed, _, err := e.db.ClaimUpdate(context.Background(), ledgerSource, 77, "dead", now, updateLease); err != nil || !claimed {
		t.Fatalf("claim as the dead instance: %v, %v", claimed, err)
	}
	if code := post(t, e.a.WebhookHandler(), hookSecret, u); code != http.StatusServiceUnavailable {
		t.Fatalf("within the lease: status %d, want 503", code)
	}
	now = now.Add(updateLease + time.Second)
	if code := post(t, e.a.WebhookHandler(), hookSecret, u); code != http.StatusOK {
		t.Fatalf("after the lease: status %d, want 200", code)
	}
	if n := len(e.core.inbounds()); n != 1 {
		t.Fatalf("core saw %d updates, want 1", n)
	}
}
