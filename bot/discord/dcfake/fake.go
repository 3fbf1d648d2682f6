// Package dcfake is an in-process fake of Discord: enough of the REST API
// and of the gateway for a real discordgo Session to connect, receive DMs
// and interactions, answer them, and survive rate limits, refusals and a
// dropped connection. Tests and load tests point checkin's Discord adapter
// at it through discord.Config.APIURL; nothing here talks to Discord.
//
// The fake is strict where Discord is strict and a lenient fake would hide
// bugs: REST calls need "Authorization: Bot <token>", an interaction must
// be answered once within its window, components are only cleared by an
// explicit empty list, and the bot's own DMs come back as MESSAGE_CREATE.
package dcfake

import (
	"context"
	"net/http/httptest"
	"strconv"
	"sync"
	"time"
)

// Options tune the fake. The zero value is Discord's behaviour.
type Options struct {
	Token             string        // bot token accepted, without "Bot "; default "test-token"
	HeartbeatInterval time.Duration // sent in HELLO; default 41.25 s as Discord does
	AckWindow         time.Duration // first answer to an interaction due within; default 3 s
}

// User is a Discord account the fake knows.
type User struct {
	ID         string
	Username   string
	GlobalName string
	Locale     string // the client's language, sent as an interaction's locale; default "en-US"
}

// Button is one button of a message component row.
type Button struct {
	Label    string
	CustomID string
	Style    int
}

// File is an attachment as uploaded.
type File struct {
	Name        string
	ContentType string
	Data        []byte
}

// Message is a message the bot created (or a user's, for MESSAGE_CREATE).
type Message struct {
	ID          string
	ChannelID   string
	GuildID     string
	AuthorID    string
	Content     string
	Buttons     [][]Button
	Files       []File
	Flags       int
	Ephemeral   bool
	Interaction string // id of the interaction it answers, if any
	Edits       int
	Nonce       string
}

// Request is one REST call as the fake saw it.
type Request struct {
	Method string
	Path   string
	At     time.Time
	Status int
}

// Server is the fake. Its methods are safe for concurrent use.
type Server struct {
	URL   string // base URL; REST lives under URL+"/api/v9/"
	BotID string
	AppID string

	opts Options
	srv  *httptest.Server
	gw   gateway

	notifyMu sync.Mutex
	changed  chan struct{}

	mu           sync.Mutex
	nextID       int64
	users        map[string]User
	dms          map[string]string // user id → DM channel id
	messages     map[string]*Message
	order        []string
	interactions map[string]*Interaction
	byToken      map[string]*Interaction
	commands     map[string][]Command // "" for global, else guild id
	requests     []Request
	faults       []*fault
	refused      map[string]bool // users whose DMs are closed to the bot
	unknown      map[string]bool // user ids that do not exist
	nonces       map[string]string
}

// New starts a fake on a loopback port. Close it when done.
func New(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = "test-token"
	}
	if opts.HeartbeatInterval == 0 {
		opts.HeartbeatInterval = 41250 * time.Millisecond
	}
	if opts.AckWindow == 0 {
		opts.AckWindow = 3 * time.Second
	}
	s := &Server{
		opts:         opts,
		changed:      make(chan struct{}),
		nextID:       1_100_000_000_000_000_000,
		users:        map[string]User{},
		dms:          map[string]string{},
		messages:     map[string]*Message{},
		interactions: map[string]*Interaction{},
		byToken:      map[string]*Interaction{},
		commands:     map[string][]Command{},
		refused:      map[string]bool{},
		unknown:      map[string]bool{},
		nonces:       map[string]string{},
	}
	s.BotID = s.id()
	s.AppID = s.BotID // as for every application created since 2016
	s.srv = httptest.NewServer(s.routes())
	s.URL = s.srv.URL
	return s
}

// Token is the bot token the fake accepts.
func (s *Server) Token() string { return s.opts.Token }

// Close drops every connection and stops the server.
func (s *Server) Close() {
	s.gw.closeAll()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// id returns a fresh snowflake-shaped id.
func (s *Server) id() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.idLocked()
}

func (s *Server) idLocked() string {
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

// notify wakes every Wait.
func (s *Server) notify() {
	s.notifyMu.Lock()
	close(s.changed)
	s.changed = make(chan struct{})
	s.notifyMu.Unlock()
}

// Wait blocks until cond returns true, re-checking after every change the
// fake sees, or fails when ctx ends. cond may call the fake's getters.
func (s *Server) Wait(ctx context.Context, cond func() bool) error {
	for {
		s.notifyMu.Lock()
		ch := s.changed
		s.notifyMu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// AddUser makes a user known by name; unknown ids get a made-up name.
func (s *Server) AddUser(u User) {
	s.mu.Lock()
	s.users[u.ID] = u
	s.mu.Unlock()
}

// CloseDMs makes messages to the user's DMs fail with 50007, as when a
// person blocks the bot or closes DMs from server members.
func (s *Server) CloseDMs(userID string) {
	s.mu.Lock()
	s.refused[userID] = true
	s.mu.Unlock()
}

// DeleteUser makes the user id unknown (10013), as after account deletion.
func (s *Server) DeleteUser(userID string) {
	s.mu.Lock()
	s.unknown[userID] = true
	s.mu.Unlock()
}

func (s *Server) userLocked(id string) User {
	if u, ok := s.users[id]; ok {
		return u
	}
	return User{ID: id, Username: "user" + id}
}

// DMChannel returns the user's DM channel id, creating it if needed.
func (s *Server) DMChannel(userID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dmLocked(userID)
}

func (s *Server) dmLocked(userID string) string {
	ch, ok := s.dms[userID]
	if !ok {
		ch = s.idLocked()
		s.dms[userID] = ch
	}
	return ch
}

// dmUserLocked returns the user whose DM channel ch is, if any.
func (s *Server) dmUserLocked(ch string) (string, bool) {
	for u, c := range s.dms {
		if c == ch {
			return u, true
		}
	}
	return "", false
}

// Messages returns copies of the bot's messages in a channel, oldest first.
func (s *Server) Messages(channelID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, id := range s.order {
		m := s.messages[id]
		if m.ChannelID == channelID && m.AuthorID == s.BotID {
			out = append(out, copyMessage(m))
		}
	}
	return out
}

// Message returns a copy of one message.
func (s *Server) Message(id string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.messages[id]
	if !ok {
		return Message{}, false
	}
	return copyMessage(m), true
}

// Requests returns every REST call so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Commands returns the commands registered globally (scope "") or in a guild.
func (s *Server) Commands(scope string) []Command {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Command(nil), s.commands[scope]...)
}

func copyMessage(m *Message) Message {
	c := *m
	c.Buttons = nil
	for _, row := range m.Buttons {
		c.Buttons = append(c.Buttons, append([]Button(nil), row...))
	}
	c.Files = append([]File(nil), m.Files...)
	return c
}
