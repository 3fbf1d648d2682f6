package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// balancer posts webhook updates to live instances, as Telegram through
// a load balancer would: a post that fails or gets no 200 is posted again,
// to an instance picked at random.
type balancer struct {
	ports  []int
	client *http.Client

	mu     sync.Mutex
	live   []bool
	ack    map[int64]bool
	nposts int
}

func newBalancer(ports []int) *balancer {
	live := make([]bool, len(ports))
	for i := range live {
		live[i] = true
	}
	return &balancer{ports: ports, live: live, ack: map[int64]bool{},
		client: &http.Client{Timeout: 10 * time.Second}}
}

func (b *balancer) down(i int) { b.mu.Lock(); b.live[i] = false; b.mu.Unlock() }
func (b *balancer) up(i int)   { b.mu.Lock(); b.live[i] = true; b.mu.Unlock() }

func (b *balancer) pick() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for {
		if i := rand.IntN(len(b.ports)); b.live[i] {
			return i
		}
	}
}

// deliverAll posts every update until each got a 200, some twice at once
// to two instances (Telegram retrying a slow post), within timeout.
func (b *balancer) deliverAll(t *testing.T, updates []tgbotapi.Update, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i, u := range updates {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			for time.Now().Before(deadline) {
				if i%5 == 0 {
					go b.post(u) // a second delivery, racing the first
				}
				if b.post(u) {
					return
				}
				time.Sleep(time.Duration(50+rand.IntN(200)) * time.Millisecond)
			}
			t.Errorf("update %d never got a 200", u.UpdateID)
		}()
		time.Sleep(40 * time.Millisecond)
	}
	wg.Wait()
}

// post posts u to a live instance and reports whether it answered 200.
func (b *balancer) post(u tgbotapi.Update) bool {
	body, _ := json.Marshal(u)
	req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("http://127.0.0.1:%d/tg/hook", b.ports[b.pick()]), bytes.NewReader(body))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", hookSecret)
	b.mu.Lock()
	b.nposts++
	b.mu.Unlock()
	resp, err := b.client.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return false
	}
	b.mu.Lock()
	b.ack[u.Message.Chat.ID] = true
	b.mu.Unlock()
	return true
}

func (b *balancer) acked() []int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []int64
	for id := range b.ack {
		out = append(out, id)
	}
	return out
}

func (b *balancer) posts() int { b.mu.Lock(); defer b.mu.Unlock(); return b.nposts }
