package dcfake

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"time"
)

// fault answers the next n requests that match in its own way.
type fault struct {
	method string
	part   string
	n      int
	serve  func(w http.ResponseWriter, next func(http.ResponseWriter))
}

// injectFault serves a matching fault, if any, and reports whether it did.
func (s *Server) injectFault(w http.ResponseWriter, r *http.Request, path string) bool {
	s.mu.Lock()
	var hit *fault
	for _, f := range s.faults {
		if f.n > 0 && (f.method == "" || f.method == r.Method) && strings.Contains(path, f.part) {
			f.n--
			hit = f
			break
		}
	}
	s.mu.Unlock()
	if hit == nil {
		return false
	}
	hit.serve(w, func(w http.ResponseWriter) { s.route(w, r, path) })
	return true
}

func (s *Server) addFault(f *fault) {
	s.mu.Lock()
	s.faults = append(s.faults, f)
	s.mu.Unlock()
}

// RateLimit answers the next n requests whose method matches (any if "")
// and whose path (after /api/v9/) contains part with 429 and retry_after,
// the headers and body Discord sends. A global limit sets
// X-RateLimit-Global and "global": true.
func (s *Server) RateLimit(method, part string, n int, retryAfter time.Duration, global bool) {
	secs := strconv.FormatFloat(retryAfter.Seconds(), 'f', 3, 64)
	s.addFault(&fault{method: method, part: part, n: n, serve: func(w http.ResponseWriter, _ func(http.ResponseWriter)) {
		h := w.Header()
		h.Set("Retry-After", strconv.Itoa(int(retryAfter.Seconds()+0.999)))
		h.Set("X-RateLimit-Limit", "5")
		h.Set("X-RateLimit-Remaining", "0")
		h.Set("X-RateLimit-Reset-After", secs)
		h.Set("X-RateLimit-Bucket", "fake-bucket")
		h.Set("X-RateLimit-Scope", "user")
		if global {
			h.Set("X-RateLimit-Global", "true")
			h.Set("X-RateLimit-Scope", "global")
		}
		writeJSON(w, http.StatusTooManyRequests, map[string]any{
			"message": "You are being rate limited.", "retry_after": retryAfter.Seconds(), "global": global,
		})
	}})
}

// Fail answers the next n matching requests with status and a Discord
// error body carrying code.
func (s *Server) Fail(method, part string, n, status, code int) {
	s.addFault(&fault{method: method, part: part, n: n, serve: func(w http.ResponseWriter, _ func(http.ResponseWriter)) {
		writeError(w, &apiError{status, code, fmt.Sprintf("injected %d", status)})
	}})
}

// CutAfterWrite lets the next n matching requests reach the fake fully and
// then drops the connection before any answer, as a network failure after
// Discord acted would: the client cannot tell whether it happened.
func (s *Server) CutAfterWrite(method, part string, n int) {
	s.addFault(&fault{method: method, part: part, n: n, serve: func(w http.ResponseWriter, next func(http.ResponseWriter)) {
		next(httptest.NewRecorder())
		if c, _, err := http.NewResponseController(w).Hijack(); err == nil {
			_ = c.Close()
		}
	}})
}
