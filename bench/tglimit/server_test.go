package tglimit

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

const token = "42:fake-token"

// post sends one sendMessage to chat and returns the HTTP status and the
// answer's retry_after.
func post(t *testing.T, ctx context.Context, s *Server, method string, chat int64) (int, int) {
	t.Helper()
	form := url.Values{"chat_id": {strconv.FormatInt(chat, 10)}, "text": {"hi"}, "message_id": {"7"}}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+"/bot"+token+"/"+method,
		strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, 0
	}
	defer resp.Body.Close()
	var body struct {
		Parameters struct {
			RetryAfter int `json:"retry_after"`
		} `json:"parameters"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&body)
	return resp.StatusCode, body.Parameters.RetryAfter
}

// TestAdmit drives the buckets with synthetic arrival times, so it does
// not depend on how fast this machine is.
func TestAdmit(t *testing.T) {
	at := func(ms float64) time.Time {
		return time.Unix(1_000_000, 0).Add(time.Duration(ms * float64(time.Millisecond)))
	}
	tests := []struct {
		name            string
		global, perChat float64
		arrivals        []arrival
		minOK, maxOK    int // messages passed
		wantChat        int // refused for the per-chat limit
	}{
		{"paced exactly at the limit", 30, 1, spaced(300, 1000.0/30, 0), 300, 300, 0},
		// Every other message 20 ms late (jitter 25 ms is forgiven).
		{"paced with jitter", 30, 1, spaced(300, 1000.0/30, 20), 300, 300, 0},
		// Caught within J/5% = 0.5 s: most of the 300 pass, not all.
		{"5% too fast", 30, 1, spaced(300, 1000.0/30/1.05, 0), 270, 299, 0},
		{"1000/s with jitter", 1000, 1, spaced(5000, 1, 20), 5000, 5000, 0},
		{"burst at once", 10, 0, []arrival{{0, 1}, {1, 2}, {2, 3}, {3, 4}}, 1, 1, 0},
		{"one chat twice a second", 0, 1, []arrival{{0, 7}, {500, 7}, {1000, 7}, {1001, 8}}, 3, 3, 1},
		{"unlimited", 0, 0, []arrival{{0, 1}, {0, 1}, {0, 1}}, 3, 3, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &Server{cfg: Config{Global: tc.global, PerChat: tc.perChat, Jitter: DefaultJitter},
				capG: capacity(tc.global, DefaultJitter), capC: capacity(tc.perChat, DefaultJitter),
				chats: map[int64]*bucket{}}
			ok, chat := 0, 0
			for _, a := range tc.arrivals {
				wait, perChat := s.admit(at(a.ms), a.chat, true)
				switch {
				case wait == 0:
					ok++
				case perChat:
					chat++
				}
			}
			if ok < tc.minOK || ok > tc.maxOK || chat != tc.wantChat {
				t.Fatalf("%d passed, %d refused per chat; want %d to %d, and %d", ok, chat, tc.minOK, tc.maxOK, tc.wantChat)
			}
		})
	}
}

// arrival is a message to chat at ms milliseconds.
type arrival struct {
	ms   float64
	chat int64
}

// spaced is n arrivals to different chats every gap ms, every other one
// late by late ms.
func spaced(n int, gap, late float64) []arrival {
	out := make([]arrival, n)
	for i := range out {
		out[i] = arrival{ms: float64(i) * gap, chat: int64(i + 1)}
		if i%2 == 1 {
			out[i].ms += late
		}
	}
	return out
}

func TestRetryAfterAnswered(t *testing.T) {
	s := New(Config{Token: token, PerChat: 1})
	defer s.Close()
	if status, _ := post(t, context.Background(), s, "sendMessage", 3); status != http.StatusOK {
		t.Fatalf("first: %d", status)
	}
	status, ra := post(t, context.Background(), s, "sendMessage", 3)
	if status != http.StatusTooManyRequests || ra != 1 {
		t.Fatalf("second to the same chat at once: status %d retry_after %d; want 429 and 1", status, ra)
	}
	if st := s.Stats(); st.Limited != 1 || st.ChatLimit != 1 || st.Sends != 1 {
		t.Fatalf("stats %+v", st)
	}
}

func TestRepeatsAndEdits(t *testing.T) {
	s := New(Config{Token: token, Record: true})
	defer s.Close()
	for _, c := range []struct {
		method string
		chat   int64
	}{{"sendMessage", 5}, {"sendMessage", 5}, {"editMessageText", 5}, {"sendMessage", 1 << 40}, {"sendMessage", 1 << 40}} {
		if status, _ := post(t, context.Background(), s, c.method, c.chat); status != http.StatusOK {
			t.Fatalf("%s: %d", c.method, status)
		}
	}
	st := s.Stats()
	if st.Sends != 4 || st.Edits != 1 || st.Repeats != 2 || s.SentTo(5) != 2 || s.SentTo(1<<40) != 2 {
		t.Fatalf("stats %+v, to 5: %d", st, s.SentTo(5))
	}
	if got := s.Sends(); len(got) != 5 || got[2].MessageID != 7 || got[0].MessageID == got[1].MessageID {
		t.Fatalf("sends %+v", got)
	}
}

func TestFaults(t *testing.T) {
	t.Run("shares", func(t *testing.T) {
		s := New(Config{Token: token, Faults: Faults{ServerError: 0.2, TooMany: 0.1, Seed: 1}})
		defer s.Close()
		const n = 500
		for i := 0; i < n; i++ {
			post(t, context.Background(), s, "sendMessage", int64(i))
		}
		st := s.Stats()
		if st.ServerErrors < 70 || st.ServerErrors > 130 || st.TooMany < 30 || st.TooMany > 70 {
			t.Errorf("500s %d, 429s %d of %d; want about 100 and 50", st.ServerErrors, st.TooMany, n)
		}
		if st.Sends+st.ServerErrors+st.TooMany != n {
			t.Errorf("stats %+v do not add up to %d", st, n)
		}
	})
	t.Run("first calls refused", func(t *testing.T) {
		s := New(Config{Token: token, Faults: Faults{TooManyFirst: 2, RetryAfter: 11}})
		defer s.Close()
		for i, want := range []struct{ status, retryAfter int }{{429, 11}, {429, 11}, {200, 0}} {
			if status, ra := post(t, context.Background(), s, "sendMessage", 4); status != want.status || ra != want.retryAfter {
				t.Fatalf("call %d: status %d retry_after %d, want %d %d", i+1, status, ra, want.status, want.retryAfter)
			}
		}
	})
	t.Run("slow answer lost", func(t *testing.T) {
		s := New(Config{Token: token, Record: true, Faults: Faults{Slow: 1, SlowDelay: 2 * time.Second}})
		defer s.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		if status, _ := post(t, ctx, s, "sendMessage", 9); status != 0 {
			t.Fatalf("status %d, want the client to time out", status)
		}
		deadline := time.Now().Add(2 * time.Second)
		for s.Stats().Lost == 0 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		st := s.Stats()
		if st.Sends != 1 || st.Slow != 1 || st.Lost != 1 || !s.Sends()[0].Lost {
			t.Fatalf("stats %+v", st)
		}
	})
	t.Run("slow answer in time", func(t *testing.T) {
		s := New(Config{Token: token, Faults: Faults{Slow: 1, SlowDelay: 10 * time.Millisecond}})
		defer s.Close()
		if status, _ := post(t, context.Background(), s, "sendMessage", 9); status != http.StatusOK {
			t.Fatalf("status %d", status)
		}
		if st := s.Stats(); st.Slow != 1 || st.Lost != 0 {
			t.Fatalf("stats %+v", st)
		}
	})
}

func TestOtherMethodsReachInnerFake(t *testing.T) {
	s := New(Config{Token: token})
	defer s.Close()
	resp, err := http.Get(s.URL + "/bot" + token + "/getMe")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || len(s.Updates().Calls("getMe")) != 1 {
		t.Fatalf("getMe: %d", resp.StatusCode)
	}
	resp, err = http.Get(s.URL + "/botWRONG/sendMessage")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("bad token: %d", resp.StatusCode)
	}
}
