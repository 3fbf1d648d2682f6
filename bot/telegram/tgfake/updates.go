package tgfake

import (
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Person is a simulated Telegram user in their private chat with the bot
// (private chat ids equal user ids on Telegram).
type Person struct {
	ID   int64
	Name string
}

func (p Person) user() *tgbotapi.User {
	return &tgbotapi.User{ID: p.ID, FirstName: p.Name}
}

func (p Person) chat() *tgbotapi.Chat {
	return &tgbotapi.Chat{ID: p.ID, Type: "private", FirstName: p.Name}
}

func (s *Server) messageID() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextMsg++
	return s.nextMsg
}

// Text is p sending text in their private chat.
func (s *Server) Text(p Person, text string) tgbotapi.Update {
	return tgbotapi.Update{Message: &tgbotapi.Message{
		MessageID: s.messageID(), From: p.user(), Chat: p.chat(),
		Date: int(time.Now().Unix()), Text: text,
	}}
}

// Edited is p editing their earlier message id to text.
func (s *Server) Edited(p Person, id int, text string) tgbotapi.Update {
	now := int(time.Now().Unix())
	return tgbotapi.Update{EditedMessage: &tgbotapi.Message{
		MessageID: id, From: p.user(), Chat: p.chat(), Date: now, EditDate: now, Text: text,
	}}
}

// Press is p pressing the button with data under the bot's prompt message
// id, whose text was prompt.
func (s *Server) Press(p Person, promptID int, prompt, data string) tgbotapi.Update {
	return tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID: "cb" + time.Now().Format("150405.000000000"), From: p.user(), Data: data,
		Message: &tgbotapi.Message{MessageID: promptID, From: &s.Bot, Chat: p.chat(), Text: prompt},
	}}
}

// GroupText is p writing text in a group chat (chatType "group",
// "supergroup") with id chat.
func (s *Server) GroupText(p Person, chat int64, chatType, text string) tgbotapi.Update {
	return tgbotapi.Update{Message: &tgbotapi.Message{
		MessageID: s.messageID(), From: p.user(),
		Chat: &tgbotapi.Chat{ID: chat, Type: chatType, Title: "A group"},
		Date: int(time.Now().Unix()), Text: text,
	}}
}

// ChannelPost is a post in a channel the bot administers.
func (s *Server) ChannelPost(chat int64, text string) tgbotapi.Update {
	return tgbotapi.Update{ChannelPost: &tgbotapi.Message{
		MessageID: s.messageID(),
		Chat:      &tgbotapi.Chat{ID: chat, Type: "channel", Title: "A channel"},
		Date:      int(time.Now().Unix()), Text: text,
	}}
}

// Blocked is p blocking the bot in their private chat.
func (s *Server) Blocked(p Person) tgbotapi.Update {
	return tgbotapi.Update{MyChatMember: &tgbotapi.ChatMemberUpdated{
		Chat: *p.chat(), From: *p.user(), Date: int(time.Now().Unix()),
		OldChatMember: tgbotapi.ChatMember{User: &s.Bot, Status: "member"},
		NewChatMember: tgbotapi.ChatMember{User: &s.Bot, Status: "kicked"},
	}}
}

// AddedTo is p adding the bot to a group chat.
func (s *Server) AddedTo(p Person, chat int64, chatType string) tgbotapi.Update {
	return tgbotapi.Update{MyChatMember: &tgbotapi.ChatMemberUpdated{
		Chat: tgbotapi.Chat{ID: chat, Type: chatType, Title: "A group"}, From: *p.user(), Date: int(time.Now().Unix()),
		OldChatMember: tgbotapi.ChatMember{User: &s.Bot, Status: "left"},
		NewChatMember: tgbotapi.ChatMember{User: &s.Bot, Status: "member"},
	}}
}
