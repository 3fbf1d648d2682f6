// Package tglimit is a fake Telegram Bot API for load, crash and fault
// tests that, unlike tgfake, holds the bot to Telegram's send limits: a
// global token bucket and one per chat, answering 429 with retry_after
// when a message would break either, as Telegram does. It can also inject
// faults by chance (5xx, 429, answers slower than the client waits) and
// counts what it delivered, what it refused, and which answers never
// reached the bot.
//
// Messages and edits are handled here; every other method (getMe,
// getUpdates, setMyCommands, answerCallbackQuery …) is passed to an inner
// tgfake.Server, so updates are queued with the same Push, Text and Press.
package tglimit

import (
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
)

// DefaultJitter is the arrival jitter the limits forgive when Config.Jitter
// is zero. See capacity.
const DefaultJitter = 25 * time.Millisecond

// Config says which limits the fake enforces and which faults it injects.
type Config struct {
	Token string
	// Global is messages a second across all chats (Telegram: 30, or up
	// to 1,000 with paid broadcasts); 0 enforces none.
	Global float64
	// PerChat is messages a second within one chat (Telegram: 1); 0 none.
	PerChat float64
	// Jitter is how unevenly requests paced exactly at the limit may
	// arrive and still pass; 0 means DefaultJitter.
	Jitter time.Duration
	Faults Faults
	// Record keeps every delivered message for Sends; without it only
	// counts are kept, so memory stays flat in the number of chats.
	Record bool
}

// Faults are shares (0..1) of message calls answered badly, drawn at
// random from Seed.
type Faults struct {
	ServerError float64       // answered 500; the message is not delivered
	TooMany     float64       // answered 429 with retry_after 1; not delivered
	Slow        float64       // delivered, but answered only after SlowDelay
	SlowDelay   time.Duration // longer than the client's timeout loses the answer
	Seed        uint64
	// TooManyFirst answers the first this many message calls 429, before
	// any drawn fault, as Telegram does when a flood limit trips.
	TooManyFirst int
	// RetryAfter is the retry_after of injected 429s, in seconds (1 when 0).
	RetryAfter int
}

// Send is one delivered message or edit.
type Send struct {
	Seq       int // order of delivery, from 1
	Method    string
	Chat      int64
	Text      string // text, or the caption of a photo or document
	Buttons   bool   // it carried an inline keyboard
	MessageID int    // the id answered (the edited message's for an edit)
	At        time.Time
	Lost      bool // delivered, but the answer never reached the bot
}

// Stats counts what the fake did with message calls.
type Stats struct {
	Sends     int64 // new messages delivered (sendMessage, sendPhoto, sendDocument)
	Edits     int64 // edits delivered
	Limited   int64 // 429s for breaking a limit, global or per chat
	ChatLimit int64 // of which the per-chat limit
	// Repeats counts new messages to a chat that already had one: in a
	// fan-out, where each chat is owed one message, these are duplicates.
	Repeats      int64
	ServerErrors int64 // injected 500s
	TooMany      int64 // injected 429s
	Slow         int64 // delivered with a late answer
	Lost         int64 // of which the client gave up before the answer
	First, Last  time.Time
	// Conns counts connections the bot opened: a client that keeps too
	// few idle connections for its concurrency opens one per request.
	Conns int64
}

// Rate is the achieved rate of new messages, per second, from the first
// delivery to the last.
func (st Stats) Rate() float64 {
	if st.Sends < 2 || !st.Last.After(st.First) {
		return 0
	}
	return float64(st.Sends-1) / st.Last.Sub(st.First).Seconds()
}

// Server is the fake. Its URL is the api_url to configure.
type Server struct {
	URL string

	cfg   Config
	capG  float64
	capC  float64
	inner *tgfake.Server
	proxy *httputil.ReverseProxy
	srv   *httptest.Server

	mu        sync.Mutex
	rng       *rand.Rand
	global    bucket
	chats     map[int64]*bucket
	lastPrune time.Time
	seen      []uint8 // new messages per chat id, saturating, for ids below seenMax
	seenBig   map[int64]uint8
	st        Stats
	nextMsg   int
	calls     int // message calls so far
	sends     []Send
}

const seenMax = 1 << 24

// New starts a fake; Close it when done.
func New(cfg Config) *Server {
	if cfg.Jitter == 0 {
		cfg.Jitter = DefaultJitter
	}
	inner := tgfake.New(cfg.Token)
	innerURL, _ := url.Parse(inner.URL)
	proxy := httputil.NewSingleHostReverseProxy(innerURL)
	// A long poll cut short by the bot's shutdown is normal, not news.
	proxy.ErrorLog = log.New(io.Discard, "", 0)
	s := &Server{
		cfg:     cfg,
		capG:    capacity(cfg.Global, cfg.Jitter),
		capC:    capacity(cfg.PerChat, cfg.Jitter),
		inner:   inner,
		proxy:   proxy,
		rng:     rand.New(rand.NewPCG(cfg.Faults.Seed, 0x636865636b696e)),
		chats:   make(map[int64]*bucket),
		seenBig: make(map[int64]uint8),
		nextMsg: seenMax, // clear of the ids tgfake gives incoming messages
	}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			s.mu.Lock()
			s.st.Conns++
			s.mu.Unlock()
		}
	}
	s.srv.Start()
	s.URL = s.srv.URL
	return s
}

// Close stops the fake and its inner tgfake.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
	s.inner.Close()
}

// Updates is the inner tgfake, for Push, Text, Press and its Calls.
func (s *Server) Updates() *tgfake.Server { return s.inner }

// Stats returns the counts so far.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st
}

// Sends returns every delivered message and edit (with Config.Record).
func (s *Server) Sends() []Send {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Send(nil), s.sends...)
}

// WaitSends waits until at least n new messages were delivered or timeout
// passes, and reports whether they were.
func (s *Server) WaitSends(timeout time.Duration, n int64) bool {
	deadline := time.Now().Add(timeout)
	for {
		if s.Stats().Sends >= n {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// limited are the methods that put a message in a chat: they count
// against the limits and may be faulted.
var limited = map[string]bool{
	"sendMessage": true, "sendPhoto": true, "sendDocument": true,
	"editMessageText": true, "editMessageCaption": true, "editMessageReplyMarkup": true,
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	rest, _ := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, _ := strings.Cut(rest, "/")
	if token != s.cfg.Token || !limited[method] {
		s.proxy.ServeHTTP(w, r) // the inner fake answers, 401 for a bad token
		return
	}
	if err := parseForm(r); err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request: "+err.Error(), 0)
		return
	}
	chat, err := strconv.ParseInt(r.PostFormValue("chat_id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request: chat not found", 0)
		return
	}
	edit := strings.HasPrefix(method, "edit")
	text := r.PostFormValue("text")
	if text == "" {
		text = r.PostFormValue("caption")
	}
	msgID, _ := strconv.Atoi(r.PostFormValue("message_id"))

	s.mu.Lock()
	now := time.Now()
	// The limits first, then the chance of a fault: a fault is drawn only
	// for a call the limits let through, so that a fixed seed puts each
	// kind of fault on the same admitted call however the calls are timed.
	if wait, perChat := s.admit(now, chat, false); wait > 0 {
		s.st.Limited++
		if perChat {
			s.st.ChatLimit++
		}
		s.mu.Unlock()
		ra := retryAfter(wait)
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("Too Many Requests: retry after %d", ra), ra)
		return
	}
	switch f := s.pick(); f {
	case faultServer:
		s.st.ServerErrors++
		s.mu.Unlock()
		writeError(w, http.StatusInternalServerError, "Internal Server Error", 0)
		return
	case faultTooMany:
		s.st.TooMany++
		s.mu.Unlock()
		ra := max(1, s.cfg.Faults.RetryAfter)
		writeError(w, http.StatusTooManyRequests, fmt.Sprintf("Too Many Requests: retry after %d", ra), ra)
		return
	default:
		s.admit(now, chat, true)
		idx := s.deliver(now, method, chat, text, r.PostFormValue("reply_markup") != "", edit, &msgID)
		slow := f == faultSlow
		if slow {
			s.st.Slow++
		}
		s.mu.Unlock()
		if slow && !s.late(r, idx) {
			return
		}
	}
	if edit {
		writeJSON(w, http.StatusOK, `{"ok":true,"result":true}`)
		return
	}
	writeJSON(w, http.StatusOK, fmt.Sprintf(`{"ok":true,"result":{"message_id":%d,"date":%d,"chat":{"id":%d,"type":"private"}}}`,
		msgID, now.Unix(), chat))
}

// deliver records a message that passed; callers hold s.mu. It returns
// its index in s.sends (-1 when not recording) and sets *msgID for a new
// message.
func (s *Server) deliver(now time.Time, method string, chat int64, text string, buttons, edit bool, msgID *int) int {
	if edit {
		s.st.Edits++
	} else {
		s.nextMsg++
		*msgID = s.nextMsg
		s.st.Sends++
		if s.st.First.IsZero() {
			s.st.First = now
		}
		s.st.Last = now
		if s.count(chat) > 1 {
			s.st.Repeats++
		}
	}
	if !s.cfg.Record {
		return -1
	}
	s.sends = append(s.sends, Send{Seq: len(s.sends) + 1, Method: method, Chat: chat, Text: text,
		Buttons: buttons, MessageID: *msgID, At: now})
	return len(s.sends) - 1
}

// late holds the answer for SlowDelay. It reports false, and counts the
// answer as lost, when the client gave up first.
func (s *Server) late(r *http.Request, idx int) bool {
	t := time.NewTimer(s.cfg.Faults.SlowDelay)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		s.mu.Lock()
		s.st.Lost++
		if idx >= 0 {
			s.sends[idx].Lost = true
		}
		s.mu.Unlock()
		return false
	}
}

// count adds a new message to chat's tally and returns the tally.
func (s *Server) count(chat int64) int {
	if chat < 0 || chat >= seenMax {
		n := s.seenBig[chat]
		if n < 255 {
			n++
		}
		s.seenBig[chat] = n
		return int(n)
	}
	if int(chat) >= len(s.seen) {
		grown := make([]uint8, max(int(chat)+1, 2*len(s.seen)))
		copy(grown, s.seen)
		s.seen = grown
	}
	if s.seen[chat] < 255 {
		s.seen[chat]++
	}
	return int(s.seen[chat])
}

// SentTo is the number of new messages delivered to chat (up to 255).
func (s *Server) SentTo(chat int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if chat < 0 || chat >= seenMax {
		return int(s.seenBig[chat])
	}
	if int(chat) >= len(s.seen) {
		return 0
	}
	return int(s.seen[chat])
}

func parseForm(r *http.Request) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "multipart/form-data" {
		return r.ParseMultipartForm(64 << 20)
	}
	return r.ParseForm()
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

func writeError(w http.ResponseWriter, status int, desc string, retryAfter int) {
	params := ""
	if retryAfter > 0 {
		params = fmt.Sprintf(`,"parameters":{"retry_after":%d}`, retryAfter)
	}
	writeJSON(w, status, fmt.Sprintf(`{"ok":false,"error_code":%d,"description":%q%s}`, status, desc, params))
}

// Person, Text and Push are shorthands for the inner fake's.
type Person = tgfake.Person

// Text is p sending text in their private chat.
func (s *Server) Text(p Person, text string) tgbotapi.Update { return s.inner.Text(p, text) }

// Push queues an update for getUpdates and returns its id.
func (s *Server) Push(u tgbotapi.Update) int { return s.inner.Push(u) }
