package dcfake

// UserSays dispatches MESSAGE_CREATE for a DM the user writes to the bot
// and returns the message id.
func (s *Server) UserSays(userID, content string) string {
	s.mu.Lock()
	m := &Message{ID: s.idLocked(), ChannelID: s.dmLocked(userID), AuthorID: userID, Content: content}
	s.messages[m.ID] = m
	s.order = append(s.order, m.ID)
	ev := s.wireMessageLocked(m)
	s.mu.Unlock()
	s.Dispatch("MESSAGE_CREATE", ev)
	return m.ID
}

// UserEdits dispatches MESSAGE_UPDATE for an edit of the user's message.
func (s *Server) UserEdits(messageID, content string) bool {
	s.mu.Lock()
	m, ok := s.messages[messageID]
	if !ok {
		s.mu.Unlock()
		return false
	}
	m.Content = content
	m.Edits++
	ev := s.wireMessageLocked(m)
	ev["edited_timestamp"] = "2026-01-01T00:01:00+00:00"
	s.mu.Unlock()
	s.Dispatch("MESSAGE_UPDATE", ev)
	return true
}

// GuildMessage dispatches MESSAGE_CREATE for a message in a server
// channel. A bot with only the DM intent would not even get it from
// Discord; the fake sends it anyway so the adapter's own filter is tested.
func (s *Server) GuildMessage(guildID, channelID, userID, content string) string {
	s.mu.Lock()
	m := &Message{ID: s.idLocked(), ChannelID: channelID, GuildID: guildID, AuthorID: userID, Content: content}
	s.messages[m.ID] = m
	s.order = append(s.order, m.ID)
	ev := s.wireMessageLocked(m)
	s.mu.Unlock()
	s.Dispatch("MESSAGE_CREATE", ev)
	return m.ID
}
