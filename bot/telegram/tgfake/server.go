// Package tgfake is an in-process fake of the Telegram Bot API for tests
// and load benchmarks: it queues updates for getUpdates, records every call
// (form or multipart) with its time, answers like Telegram, and can be told
// to misbehave (429 with retry_after, 5xx, 403, slow answers) per method.
package tgfake

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Call is one request the bot made.
type Call struct {
	Method string
	Params map[string]string // form fields, or multipart text fields
	Files  map[string]File   // multipart file fields
	Time   time.Time
}

// File is one uploaded file.
type File struct {
	Name string
	Data []byte
}

// ChatID is the call's chat_id parameter as a number (0 when absent).
func (c Call) ChatID() int64 {
	id, _ := strconv.ParseInt(c.Params["chat_id"], 10, 64)
	return id
}

// Fault is a scripted bad answer.
type Fault struct {
	Status      int           // HTTP status; 0 with Delay only means "answer normally, late"
	Description string        // Telegram's description
	RetryAfter  int           // seconds, for 429
	Delay       time.Duration // wait before answering
	Raw         string        // a body to send as is (e.g. not JSON), with Status
}

// Server is the fake Bot API. Its URL is the api_url to give the adapter.
type Server struct {
	URL   string
	Token string
	// Bot is what getMe answers.
	Bot tgbotapi.User
	// Instant makes getUpdates answer at once even when empty, as an
	// emulator does, instead of holding the long poll open.
	Instant bool
	// IgnoreOffset makes getUpdates hand out each queued update once,
	// whatever the offset, as the telegram-test-api emulator does; a test
	// can then deliver an update again by pushing it again.
	IgnoreOffset bool

	srv *httptest.Server

	mu        sync.Mutex
	calls     []Call
	faults    map[string][]Fault
	updates   []tgbotapi.Update
	nextMsg   int
	nextUpd   int
	news      chan struct{} // closed and replaced when an update is queued
	callAdded chan struct{} // likewise, for WaitCalls
}

// New starts a fake for token; Close it when done.
func New(token string) *Server {
	s := &Server{
		Token:     token,
		Bot:       tgbotapi.User{ID: 4242, IsBot: true, FirstName: "Checkin", UserName: "checkin_test_bot"},
		faults:    make(map[string][]Fault),
		nextMsg:   1000,
		nextUpd:   1,
		news:      make(chan struct{}),
		callAdded: make(chan struct{}),
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// Close stops the server.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Fail makes the next calls of method answer with the faults, in order.
func (s *Server) Fail(method string, faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[method] = append(s.faults[method], faults...)
}

// FailAlways makes every call of method answer with f until Heal.
func (s *Server) FailAlways(method string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[method] = []Fault{f, {Status: -1}} // -1 marks "repeat the previous one"
}

// Heal drops every scripted fault of method.
func (s *Server) Heal(method string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.faults, method)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 {
		writeError(w, http.StatusNotFound, "Not Found")
		return
	}
	if token != s.Token {
		writeError(w, http.StatusUnauthorized, "Unauthorized")
		return
	}
	call := Call{Method: method, Params: map[string]string{}, Files: map[string]File{}, Time: time.Now()}
	if err := parseBody(r, &call); err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request: "+err.Error())
		return
	}
	s.record(call)
	if f, ok := s.fault(method); ok {
		if f.Delay > 0 {
			select {
			case <-time.After(f.Delay):
			case <-r.Context().Done():
				return
			}
		}
		if f.Status != 0 {
			if f.Raw != "" {
				w.WriteHeader(f.Status)
				io.WriteString(w, f.Raw)
				return
			}
			writeFault(w, f)
			return
		}
	}
	s.answer(w, r, call)
}

func (s *Server) fault(method string) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.faults[method]
	if len(q) == 0 {
		return Fault{}, false
	}
	f := q[0]
	if len(q) == 2 && q[1].Status == -1 {
		return f, true // FailAlways
	}
	s.faults[method] = q[1:]
	return f, true
}

func (s *Server) record(c Call) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, c)
	close(s.callAdded)
	s.callAdded = make(chan struct{})
}

func parseBody(r *http.Request, c *Call) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		if err := r.ParseForm(); err != nil {
			return err
		}
		for k := range r.PostForm {
			c.Params[k] = r.PostForm.Get(k)
		}
		return nil
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return err
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return err
		}
		if p.FileName() != "" {
			c.Files[p.FormName()] = File{Name: p.FileName(), Data: data}
		} else {
			c.Params[p.FormName()] = string(data)
		}
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, desc string) {
	writeJSON(w, status, map[string]any{"ok": false, "error_code": status, "description": desc})
}

func writeFault(w http.ResponseWriter, f Fault) {
	body := map[string]any{"ok": false, "error_code": f.Status, "description": f.Description}
	if f.RetryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": f.RetryAfter}
	}
	writeJSON(w, f.Status, body)
}

func writeResult(w http.ResponseWriter, result any) {
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": result})
}
