package dcfake

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"

	"github.com/gorilla/websocket"
)

// GatewayStats is what the fake gateway has seen.
type GatewayStats struct {
	Connections int   // websocket connections accepted
	Identifies  int   // op 2
	Resumes     int   // op 6 accepted
	Heartbeats  int   // op 1 answered with op 11
	Intents     int   // from the last IDENTIFY
	Shard       []int // [shard_id, shard_count] from the last IDENTIFY; nil when unsharded
	Connected   bool  // a session is identified or resumed on a live connection
	Seq         int64 // last dispatched sequence number
}

// event is one dispatch, kept for replay on RESUME.
type event struct {
	seq int64
	raw []byte
}

// maxReplay bounds the events kept for replay, as Discord keeps a window.
const maxReplay = 1000

type gateway struct {
	mu        sync.Mutex
	conn      *wsConn // the live, identified connection
	all       []*wsConn
	sessionID string
	seq       int64
	events    []event
	stats     GatewayStats
}

type wsConn struct {
	mu sync.Mutex // one writer at a time
	c  *websocket.Conn
}

func (c *wsConn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.c.WriteJSON(v)
}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	conn := &wsConn{c: c}
	g := &s.gw
	g.mu.Lock()
	g.all = append(g.all, conn)
	g.stats.Connections++
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		if g.conn == conn {
			g.conn = nil
			g.stats.Connected = false
		}
		g.mu.Unlock()
		_ = c.Close()
		s.notify()
	}()
	hello := map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}}
	if conn.write(hello) != nil {
		return
	}
	for {
		var f frame
		if err := c.ReadJSON(&f); err != nil {
			return
		}
		if err := s.gatewayOp(conn, f); err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				conn.mu.Lock()
				_ = c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(ce.Code, ce.Text))
				conn.mu.Unlock()
			}
			return
		}
		s.notify()
	}
}

func (s *Server) gatewayOp(conn *wsConn, f frame) error {
	g := &s.gw
	g.mu.Lock()
	defer g.mu.Unlock()
	switch f.Op {
	case 1:
		g.stats.Heartbeats++
		return conn.write(map[string]any{"op": 11})
	case 2:
		var id struct {
			Token   string `json:"token"`
			Intents int    `json:"intents"`
			Shard   []int  `json:"shard"`
		}
		_ = json.Unmarshal(f.D, &id)
		if strings.TrimPrefix(id.Token, "Bot ") != s.opts.Token {
			return &websocket.CloseError{Code: 4004, Text: "Authentication failed."}
		}
		g.stats.Identifies++
		g.stats.Intents = id.Intents
		g.stats.Shard = id.Shard
		g.sessionID = s.id()
		g.seq, g.events = 0, nil
		g.conn, g.stats.Connected = conn, true
		wsURL := "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway"
		return g.dispatchLocked("READY", map[string]any{
			"v": 9, "session_id": g.sessionID, "resume_gateway_url": wsURL, "guilds": []any{},
			"user":        map[string]any{"id": s.BotID, "username": "checkin", "discriminator": "0", "bot": true},
			"application": map[string]any{"id": s.AppID, "flags": 0},
		})
	case 6:
		var res struct {
			SessionID string `json:"session_id"`
			Seq       int64  `json:"seq"`
		}
		_ = json.Unmarshal(f.D, &res)
		if res.SessionID == "" || res.SessionID != g.sessionID {
			return conn.write(map[string]any{"op": 9, "d": false})
		}
		g.stats.Resumes++
		g.conn, g.stats.Connected = conn, true
		for _, e := range g.events { // replay what the client missed, then RESUMED
			if e.seq > res.Seq {
				if err := conn.c.WriteMessage(websocket.TextMessage, e.raw); err != nil {
					return err
				}
			}
		}
		return conn.write(map[string]any{"op": 0, "t": "RESUMED", "s": g.seq, "d": map[string]any{}})
	}
	return nil
}

// Dispatch sends an event to the connected session, or keeps it for the
// session to receive on RESUME if the connection is down, as Discord does.
func (s *Server) Dispatch(typ string, data any) {
	s.gw.mu.Lock()
	_ = s.gw.dispatchLocked(typ, data)
	s.gw.mu.Unlock()
	s.notify()
}

func (g *gateway) dispatchLocked(typ string, data any) error {
	g.seq++
	g.stats.Seq = g.seq
	raw, err := json.Marshal(map[string]any{"op": 0, "t": typ, "s": g.seq, "d": data})
	if err != nil {
		return err
	}
	g.events = append(g.events, event{g.seq, raw})
	if len(g.events) > maxReplay {
		g.events = g.events[len(g.events)-maxReplay:]
	}
	if g.conn == nil {
		return nil
	}
	g.conn.mu.Lock()
	defer g.conn.mu.Unlock()
	return g.conn.c.WriteMessage(websocket.TextMessage, raw)
}

// DropConnection cuts the live gateway connection without a close frame,
// as a network failure would. The session can RESUME afterwards.
func (s *Server) DropConnection() error {
	g := &s.gw
	g.mu.Lock()
	c := g.conn
	g.conn, g.stats.Connected = nil, false
	g.mu.Unlock()
	if c == nil {
		return errors.New("dcfake: no live gateway connection")
	}
	err := c.c.NetConn().Close()
	s.notify()
	return err
}

// Gateway returns the gateway's counters.
func (s *Server) Gateway() GatewayStats {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return s.gw.stats
}

func (g *gateway) closeAll() {
	g.mu.Lock()
	all := g.all
	g.all, g.conn, g.stats.Connected = nil, nil, false
	g.mu.Unlock()
	for _, c := range all {
		_ = c.c.NetConn().Close()
	}
}
