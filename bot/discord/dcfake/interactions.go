package dcfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"time"
)

// Interaction types and the callback types the fake understands.
const (
	InteractionCommand   = 2
	InteractionComponent = 3

	CallbackMessage         = 4 // CHANNEL_MESSAGE_WITH_SOURCE
	CallbackDeferredMessage = 5 // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
	CallbackDeferredUpdate  = 6 // DEFERRED_UPDATE_MESSAGE
	CallbackUpdate          = 7 // UPDATE_MESSAGE

	flagEphemeral = 1 << 6
)

// Interaction is a slash command or button press the fake dispatched, with
// what the bot answered.
type Interaction struct {
	ID        string
	Token     string
	Type      int
	UserID    string
	GuildID   string
	ChannelID string
	MessageID string // the message whose button was pressed
	Created   time.Time
	Callbacks []Callback
	Original  string   // the message the first answer created or updated
	Followups []string // follow-up message ids, in order
}

// Callback is one answer to an interaction's callback endpoint.
type Callback struct {
	Type      int
	At        time.Time
	Ephemeral bool
}

// Option is a value typed into a slash command.
type Option struct {
	Name  string
	Type  int // OptionString, OptionInteger, OptionNumber
	Value any
}

// Interaction returns a copy of an interaction by id.
func (s *Server) Interaction(id string) (Interaction, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in, ok := s.interactions[id]
	if !ok {
		return Interaction{}, false
	}
	c := *in
	c.Callbacks = append([]Callback(nil), in.Callbacks...)
	c.Followups = append([]string(nil), in.Followups...)
	return c, true
}

// Slash dispatches a slash command typed by userID, in a guild channel or,
// with guildID "", in the user's DM with the bot. It returns the
// interaction id.
func (s *Server) Slash(userID, guildID, channelID, name string, opts ...Option) string {
	s.mu.Lock()
	if guildID == "" {
		channelID = s.dmLocked(userID)
	}
	in := s.newInteractionLocked(InteractionCommand, userID, guildID, channelID)
	var wopts []map[string]any
	for _, o := range opts {
		wopts = append(wopts, map[string]any{"name": o.Name, "type": o.Type, "value": o.Value})
	}
	cmdID := in.ID
	for _, c := range s.commands[guildID] {
		if c.Name == name {
			cmdID = c.ID
		}
	}
	ev := s.wireInteractionLocked(in)
	ev["data"] = map[string]any{"id": cmdID, "name": name, "type": 1, "options": wopts}
	s.mu.Unlock()
	s.Dispatch("INTERACTION_CREATE", ev)
	return in.ID
}

// Press dispatches a press of the button customID on message messageID.
// It does not check that the message carries that button, so a test can
// forge one.
func (s *Server) Press(userID, messageID, customID string) (string, error) {
	s.mu.Lock()
	m, ok := s.messages[messageID]
	if !ok {
		s.mu.Unlock()
		return "", fmt.Errorf("dcfake: no message %s", messageID)
	}
	in := s.newInteractionLocked(InteractionComponent, userID, m.GuildID, m.ChannelID)
	in.MessageID = messageID
	ev := s.wireInteractionLocked(in)
	ev["data"] = map[string]any{"custom_id": customID, "component_type": 2}
	ev["message"] = s.wireMessageLocked(m)
	s.mu.Unlock()
	s.Dispatch("INTERACTION_CREATE", ev)
	return in.ID, nil
}

func (s *Server) newInteractionLocked(typ int, user, guild, channel string) *Interaction {
	in := &Interaction{ID: s.idLocked(), Token: "itok-" + s.idLocked(), Type: typ, UserID: user, GuildID: guild,
		ChannelID: channel, Created: time.Now()}
	s.interactions[in.ID] = in
	s.byToken[in.Token] = in
	return in
}

func (s *Server) wireInteractionLocked(in *Interaction) map[string]any {
	user := s.userLocked(in.UserID)
	locale := user.Locale
	if locale == "" {
		locale = "en-US"
	}
	u := wireUser(user, false)
	ev := map[string]any{"id": in.ID, "application_id": s.AppID, "type": in.Type, "token": in.Token, "version": 1,
		"channel_id": in.ChannelID, "locale": locale, "app_permissions": "0"}
	if in.GuildID != "" {
		ev["guild_id"] = in.GuildID
		ev["context"] = 0
		ev["member"] = map[string]any{"user": u, "roles": []string{}, "permissions": "0",
			"joined_at": "2025-01-01T00:00:00+00:00"}
	} else {
		ev["context"] = 1
		ev["user"] = u
	}
	return ev
}

// answer decodes an interaction answer body and checks it as Discord does.
func answer(r *http.Request) (typ int, p payload, rows [][]Button, set bool, files []File, e *apiError) {
	doc, files, err := readBody(r)
	var body struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err == nil {
		err = json.Unmarshal(doc, &body)
	}
	if err != nil {
		return 0, p, nil, false, nil, invalid("body: %v", err)
	}
	if len(body.Data) > 0 && string(body.Data) != "null" {
		if err := json.Unmarshal(body.Data, &p); err != nil {
			return 0, p, nil, false, nil, invalid("data: %v", err)
		}
	} else if len(body.Data) == 0 && body.Type == 0 {
		// A webhook body is the payload itself, not {type, data}.
		_ = json.Unmarshal(doc, &p)
	}
	rows, set, e = parseButtons(p.Components)
	if e == nil {
		e = checkContent(p)
	}
	return body.Type, p, rows, set, files, e
}

func (s *Server) callback(w http.ResponseWriter, r *http.Request, id, token string) {
	typ, p, rows, set, files, aerr := answer(r)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	s.mu.Lock()
	in := s.interactions[id]
	switch {
	case in == nil || in.Token != token || time.Since(in.Created) > s.opts.AckWindow:
		aerr = &apiError{http.StatusNotFound, CodeUnknownInteraction, "Unknown interaction"}
	case len(in.Callbacks) > 0:
		aerr = &apiError{http.StatusBadRequest, CodeAlreadyAcked, "Interaction has already been acknowledged."}
	case (typ == CallbackDeferredUpdate || typ == CallbackUpdate) && in.Type != InteractionComponent:
		aerr = invalid("type: %d is only for component interactions", typ)
	case typ == CallbackMessage && (p.Content == nil || *p.Content == "") && len(rows) == 0 && len(files) == 0:
		aerr = &apiError{http.StatusBadRequest, CodeEmptyMessage, "Cannot send an empty message"}
	}
	if aerr != nil {
		s.mu.Unlock()
		writeError(w, aerr)
		return
	}
	var echo map[string]any
	switch typ {
	case CallbackMessage, CallbackDeferredMessage:
		m := s.addMessageLocked(in, p, rows, files)
		in.Original = m.ID
		if !m.Ephemeral && in.GuildID == "" {
			echo = s.wireMessageLocked(m)
		}
	case CallbackDeferredUpdate:
		in.Original = in.MessageID
	case CallbackUpdate:
		s.editLocked(s.messages[in.MessageID], p, rows, set, files)
		in.Original = in.MessageID
	default:
		s.mu.Unlock()
		writeError(w, invalid("type: %d is not an interaction callback type", typ))
		return
	}
	in.Callbacks = append(in.Callbacks, Callback{Type: typ, At: time.Now(), Ephemeral: p.Flags&flagEphemeral != 0})
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
	if echo != nil {
		s.Dispatch("MESSAGE_CREATE", echo)
	}
}

func (s *Server) addMessageLocked(in *Interaction, p payload, rows [][]Button, files []File) *Message {
	m := &Message{ID: s.idLocked(), ChannelID: in.ChannelID, GuildID: in.GuildID, AuthorID: s.BotID,
		Buttons: rows, Files: files, Flags: p.Flags, Ephemeral: p.Flags&flagEphemeral != 0, Interaction: in.ID}
	if p.Content != nil {
		m.Content = *p.Content
	}
	s.messages[m.ID] = m
	s.order = append(s.order, m.ID)
	return m
}

func (s *Server) editLocked(m *Message, p payload, rows [][]Button, set bool, files []File) {
	if p.Content != nil {
		m.Content = *p.Content
	}
	if set {
		m.Buttons = rows
	}
	m.Files = append(m.Files, files...)
	m.Edits++
}

func (s *Server) followup(w http.ResponseWriter, r *http.Request, token string) {
	_, p, rows, _, files, aerr := answer(r)
	s.mu.Lock()
	in := s.byToken[token]
	switch {
	case aerr != nil:
	case in == nil:
		aerr = &apiError{http.StatusNotFound, 10015, "Unknown Webhook"}
	case len(in.Callbacks) == 0:
		aerr = &apiError{http.StatusNotFound, CodeUnknownInteraction, "Unknown interaction: answer it first"}
	case (p.Content == nil || *p.Content == "") && len(rows) == 0 && len(files) == 0:
		aerr = &apiError{http.StatusBadRequest, CodeEmptyMessage, "Cannot send an empty message"}
	}
	if aerr != nil {
		s.mu.Unlock()
		writeError(w, aerr)
		return
	}
	m := s.addMessageLocked(in, p, rows, files)
	in.Followups = append(in.Followups, m.ID)
	out := s.wireMessageLocked(m)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) editWebhookMessage(w http.ResponseWriter, r *http.Request, token, id string) {
	_, p, rows, set, files, aerr := answer(r)
	s.mu.Lock()
	in := s.byToken[token]
	if aerr == nil && (in == nil || len(in.Callbacks) == 0) {
		aerr = &apiError{http.StatusNotFound, CodeUnknownInteraction, "Unknown interaction: answer it first"}
	}
	if aerr == nil && id == "@original" {
		id = in.Original
	}
	m := s.messages[id]
	if aerr == nil && (m == nil || (id != in.Original && !slices.Contains(in.Followups, id))) {
		aerr = &apiError{http.StatusNotFound, CodeUnknownMessage, "Unknown Message"}
	}
	if aerr != nil {
		s.mu.Unlock()
		writeError(w, aerr)
		return
	}
	s.editLocked(m, p, rows, set, files)
	out := s.wireMessageLocked(m)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, out)
}
