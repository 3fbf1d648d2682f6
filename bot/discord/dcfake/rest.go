package dcfake

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/gateway", s.serveGateway)
	mux.HandleFunc("/gateway/", s.serveGateway) // discordgo adds a slash
	mux.HandleFunc("/api/v9/", s.serveAPI)
	return mux
}

// statusRecorder remembers the status a handler wrote, for the request log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	path := strings.TrimPrefix(r.URL.Path, "/api/v9/")
	defer func() {
		s.mu.Lock()
		s.requests = append(s.requests, Request{Method: r.Method, Path: path, At: time.Now(), Status: rec.status})
		s.mu.Unlock()
		s.notify()
	}()
	if s.injectFault(rec, r, path) {
		return
	}
	s.route(rec, r, path)
}

// route serves one REST call as Discord would.
func (s *Server) route(rec http.ResponseWriter, r *http.Request, path string) {
	p := strings.Split(path, "/")
	webhook := p[0] == "interactions" || p[0] == "webhooks"
	if !webhook && p[0] != "gateway" && r.Header.Get("Authorization") != "Bot "+s.opts.Token {
		writeError(rec, &apiError{http.StatusUnauthorized, 0, "401: Unauthorized"})
		return
	}
	route := r.Method + " " + shape(p)
	switch route {
	case "GET gateway", "GET gateway/bot":
		writeJSON(rec, http.StatusOK, map[string]any{
			"url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway", "shards": 1,
			"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
		})
	case "POST users/@me/channels":
		s.createDM(rec, r)
	case "POST channels/*/messages":
		s.createMessage(rec, r, p[1])
	case "PUT applications/*/commands":
		s.putCommands(rec, r, p[1], "")
	case "PUT applications/*/guilds/*/commands":
		s.putCommands(rec, r, p[1], p[3])
	case "POST interactions/*/*/callback":
		s.callback(rec, r, p[1], p[2])
	case "POST webhooks/*/*":
		s.followup(rec, r, p[2])
	case "PATCH webhooks/*/*/messages/*":
		s.editWebhookMessage(rec, r, p[2], p[4])
	default:
		writeError(rec, &apiError{http.StatusNotFound, 0, "404: Not Found"})
	}
}

// shape replaces the variable segments of a REST path with "*".
func shape(p []string) string {
	out := make([]string, len(p))
	for i, seg := range p {
		switch {
		case seg == "@me":
			out[i] = seg
		case i > 0 && (p[i-1] == "channels" || p[i-1] == "applications" || p[i-1] == "guilds" ||
			p[i-1] == "messages" || p[i-1] == "interactions" || p[i-1] == "webhooks"):
			out[i] = "*"
		case i > 1 && (p[i-2] == "interactions" || p[i-2] == "webhooks"):
			out[i] = "*" // the token
		default:
			out[i] = seg
		}
	}
	return strings.Join(out, "/")
}

func (s *Server) createDM(w http.ResponseWriter, r *http.Request) {
	var body struct {
		RecipientID string `json:"recipient_id"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.RecipientID == "" {
		writeError(w, invalid("recipient_id: required"))
		return
	}
	s.mu.Lock()
	if s.unknown[body.RecipientID] {
		s.mu.Unlock()
		writeError(w, &apiError{http.StatusNotFound, CodeUnknownUser, "Unknown User"})
		return
	}
	ch := s.dmLocked(body.RecipientID)
	u := s.userLocked(body.RecipientID)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"id": ch, "type": 1, "recipients": []any{wireUser(u, false)}})
}

func (s *Server) createMessage(w http.ResponseWriter, r *http.Request, channel string) {
	doc, files, err := readBody(r)
	var p payload
	if err == nil {
		err = json.Unmarshal(doc, &p)
	}
	if err != nil {
		writeError(w, invalid("body: %v", err))
		return
	}
	rows, _, aerr := parseButtons(p.Components)
	if aerr == nil {
		aerr = checkContent(p)
	}
	if aerr == nil && (p.Content == nil || *p.Content == "") && len(rows) == 0 && len(files) == 0 {
		aerr = &apiError{http.StatusBadRequest, CodeEmptyMessage, "Cannot send an empty message"}
	}
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	s.mu.Lock()
	user, ok := s.dmUserLocked(channel)
	switch {
	case !ok:
		s.mu.Unlock()
		writeError(w, &apiError{http.StatusNotFound, CodeUnknownChannel, "Unknown Channel"})
		return
	case s.refused[user] || s.unknown[user]:
		s.mu.Unlock()
		writeError(w, &apiError{http.StatusForbidden, CodeCannotDM, "Cannot send messages to this user"})
		return
	}
	key := channel + "/" + p.Nonce
	if id, seen := s.nonces[key]; seen && p.EnforceNonce && p.Nonce != "" {
		out := s.wireMessageLocked(s.messages[id])
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, out)
		return
	}
	m := &Message{ID: s.idLocked(), ChannelID: channel, AuthorID: s.BotID, Buttons: rows, Files: files,
		Flags: p.Flags, Nonce: p.Nonce}
	if p.Content != nil {
		m.Content = *p.Content
	}
	s.messages[m.ID] = m
	s.order = append(s.order, m.ID)
	if p.Nonce != "" {
		s.nonces[key] = m.ID
	}
	out := s.wireMessageLocked(m)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
	// Discord echoes the bot's own DMs on the gateway; the bot must ignore them.
	s.Dispatch("MESSAGE_CREATE", out)
}
