package tglimit

import "time"

type fault int

const (
	faultNone fault = iota
	faultServer
	faultTooMany
	faultSlow
)

// pick draws the fault for one message call; callers hold s.mu.
func (s *Server) pick() fault {
	f := s.cfg.Faults
	if s.calls++; s.calls <= f.TooManyFirst {
		return faultTooMany
	}
	if f.ServerError+f.TooMany+f.Slow <= 0 {
		return faultNone
	}
	x := s.rng.Float64()
	switch {
	case x < f.ServerError:
		return faultServer
	case x < f.ServerError+f.TooMany:
		return faultTooMany
	case x < f.ServerError+f.TooMany+f.Slow:
		return faultSlow
	}
	return faultNone
}

// admit takes one token from the global bucket and chat's (only looks,
// when take is false), or, when either is short, takes none and says how
// long until both could give one and whether the per-chat limit was the
// one broken. Callers hold s.mu.
func (s *Server) admit(now time.Time, chat int64, take bool) (wait time.Duration, perChat bool) {
	g, c := s.cfg.Global, s.cfg.PerChat
	if g > 0 {
		s.global.refill(now, g, s.capG)
		wait = s.global.wait(g)
	}
	var cb *bucket
	if c > 0 {
		s.prune(now)
		cb = s.chats[chat]
		if cb == nil {
			cb = &bucket{}
			s.chats[chat] = cb
		}
		cb.refill(now, c, s.capC)
		if w := cb.wait(c); w > 0 {
			wait, perChat = max(wait, w), true
		}
	}
	if wait > 0 || !take {
		return wait, perChat
	}
	if g > 0 {
		s.global.tokens--
	}
	if cb != nil {
		cb.tokens--
	}
	return 0, false
}

// prune drops per-chat buckets that are full again, once a second, so the
// fake's memory follows the chats busy in the last second, not all chats.
func (s *Server) prune(now time.Time) {
	if now.Sub(s.lastPrune) < time.Second {
		return
	}
	s.lastPrune = now
	for id, b := range s.chats {
		if b.full(now, s.cfg.PerChat, s.capC) {
			delete(s.chats, id)
		}
	}
}
