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

func TestLimits(t *testing.T) {
	tests := []struct {
		name             string
		global, perChat  float64
		chats            []int64 // sent to in turn, as fast as possible
		n                int
		wantOK, wantChat int64
	}{
		// A full global bucket of 10/s with 25 ms jitter holds 1.25
		// tokens: one message passes at once, the next ones are refused.
		{"global burst", 10, 0, []int64{1, 2, 3, 4, 5}, 5, 1, 0},
		{"per chat", 0, 1, []int64{7, 7, 7, 8}, 4, 2, 2},
		{"unlimited", 0, 0, []int64{1, 1, 1}, 3, 3, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Config{Token: token, Global: tc.global, PerChat: tc.perChat})
			defer s.Close()
			for i := 0; i < tc.n; i++ {
				status, ra := post(t, context.Background(), s, "sendMessage", tc.chats[i%len(tc.chats)])
				if status == http.StatusTooManyRequests && ra < 1 {
					t.Errorf("429 without retry_after")
				}
			}
			st := s.Stats()
			if st.Sends != tc.wantOK || st.Limited != int64(tc.n)-tc.wantOK || st.ChatLimit != tc.wantChat {
				t.Errorf("sends %d limited %d (chat %d), want %d, %d (%d)", st.Sends, st.Limited, st.ChatLimit,
					tc.wantOK, int64(tc.n)-tc.wantOK, tc.wantChat)
			}
		})
	}
}

// TestPacedAtLimitPasses sends at exactly the global limit, one chat each:
// nothing is refused, and the achieved rate is the limit.
func TestPacedAtLimitPasses(t *testing.T) {
	const rate = 50.0
	s := New(Config{Token: token, Global: rate, PerChat: 1})
	defer s.Close()
	tick := time.NewTicker(time.Duration(float64(time.Second) / rate))
	defer tick.Stop()
	for i := int64(1); i <= 40; i++ {
		<-tick.C
		if status, _ := post(t, context.Background(), s, "sendMessage", i); status != http.StatusOK {
			t.Fatalf("message %d: status %d", i, status)
		}
	}
	st := s.Stats()
	if st.Limited != 0 || st.Repeats != 0 || st.Sends != 40 {
		t.Fatalf("stats %+v", st)
	}
	if r := st.Rate(); r < 0.9*rate || r > 1.1*rate {
		t.Errorf("rate %.1f, want about %.0f", r, rate)
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
