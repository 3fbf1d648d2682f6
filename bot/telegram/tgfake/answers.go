package tgfake

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// answer replies to a call that has no scripted fault, as Telegram would.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, c Call) {
	switch c.Method {
	case "getMe":
		writeResult(w, s.Bot)
	case "getUpdates":
		s.getUpdates(w, r, c)
	case "sendMessage", "sendPhoto", "sendDocument":
		writeResult(w, s.message(c))
	case "editMessageText", "editMessageCaption", "editMessageReplyMarkup",
		"answerCallbackQuery", "setMyCommands", "setWebhook", "deleteWebhook":
		writeResult(w, true)
	default:
		writeError(w, http.StatusNotFound, "Not Found: method not found")
	}
}

// message is the Message a send creates, with a fresh id.
func (s *Server) message(c Call) tgbotapi.Message {
	s.mu.Lock()
	s.nextMsg++
	id := s.nextMsg
	s.mu.Unlock()
	m := tgbotapi.Message{
		MessageID: id,
		From:      &s.Bot,
		Date:      int(c.Time.Unix()),
		Chat:      &tgbotapi.Chat{ID: c.ChatID(), Type: "private"},
		Text:      c.Params["text"],
		Caption:   c.Params["caption"],
	}
	if kb := c.Params["reply_markup"]; kb != "" {
		var markup tgbotapi.InlineKeyboardMarkup
		if json.Unmarshal([]byte(kb), &markup) == nil {
			m.ReplyMarkup = &markup
		}
	}
	return m
}

// getUpdates answers with queued updates at or after offset, dropping
// older ones as Telegram does, and holds the poll open up to its timeout
// unless Instant is set.
func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, c Call) {
	offset, _ := strconv.Atoi(c.Params["offset"])
	timeout, _ := strconv.Atoi(c.Params["timeout"])
	deadline := time.NewTimer(time.Duration(timeout) * time.Second)
	defer deadline.Stop()
	for {
		if r.Context().Err() != nil {
			return // the client has gone; leave its updates for the next poll
		}
		s.mu.Lock()
		keep := s.updates[:0]
		for _, u := range s.updates {
			if u.UpdateID >= offset || s.IgnoreOffset {
				keep = append(keep, u)
			}
		}
		s.updates = keep
		out := append([]tgbotapi.Update{}, keep...)
		if s.IgnoreOffset {
			s.updates = nil
		}
		news := s.news
		s.mu.Unlock()
		if len(out) > 0 || s.Instant || timeout == 0 {
			writeResult(w, out)
			return
		}
		select {
		case <-news:
		case <-deadline.C:
			writeResult(w, []tgbotapi.Update{})
			return
		case <-r.Context().Done():
			return
		}
	}
}

// Push queues an update for getUpdates; a zero UpdateID gets the next one.
// It returns the id used.
func (s *Server) Push(u tgbotapi.Update) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u.UpdateID == 0 {
		u.UpdateID = s.nextUpd
	}
	if u.UpdateID >= s.nextUpd {
		s.nextUpd = u.UpdateID + 1
	}
	s.updates = append(s.updates, u)
	close(s.news)
	s.news = make(chan struct{})
	return u.UpdateID
}

// Calls returns the calls of the given methods (all calls when none given).
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if len(methods) == 0 || contains(methods, c.Method) {
			out = append(out, c)
		}
	}
	return out
}

// WaitCalls waits until at least n calls of the methods were made or
// timeout passes, and returns those calls.
func (s *Server) WaitCalls(timeout time.Duration, n int, methods ...string) []Call {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		added := s.callAdded
		s.mu.Unlock()
		if calls := s.Calls(methods...); len(calls) >= n {
			return calls
		}
		select {
		case <-added:
		case <-deadline.C:
			return s.Calls(methods...)
		}
	}
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
