// Package bot is checkin's platform-neutral core: the conversation. It turns
// one inbound message or button press into replies, keeps the dialogue
// state in the store, parses answers, watches for risk language and trend
// flags, and builds summaries and reports. It imports no platform library;
// adapters under bot/ translate platform updates to Inbound and render Reply.
package bot

import (
	"context"
	"errors"
)

// Platform names as stored with each person.
const (
	Telegram = "telegram"
	Discord  = "discord"
	Console  = "console"
)

// Inbound is one thing a person did: a message, a command or a button press.
type Inbound struct {
	Platform  string // Telegram, Discord, Console
	UserID    string // the platform's user id
	ChatID    string // where replies and later prompts go (private chat / DM channel)
	Name      string // display name, used only as a default for the report's name
	Text      string // message text, a command such as "/checkin 6 7.5", or empty for a button
	Data      string // button data, empty for a message
	MessageID string // the platform's message id of this message or of the pressed prompt
	Edited    bool   // an edit of an earlier message: amends the answer it gave
	GuildID   string // Discord: the guild an interaction came from, for access.allow
	// Locale is the platform's language hint ("en-US", "pt-br": Discord's
	// interaction locale, Telegram's language_code), used to guess a
	// country for crisis lines when the person has not set one.
	Locale string
}

// Button is one tap-able choice.
type Button struct {
	Label string
	Data  string // at most 64 bytes (Telegram's limit); see EncodeButton
}

// File is an attachment: a chart image, a CSV or a PDF.
type File struct {
	Name string // e.g. "checkin-2026-11-25.csv"
	MIME string // e.g. "image/png", "text/csv", "application/pdf"
	Data []byte
}

// Reply is one message to the person.
type Reply struct {
	Text    string
	Buttons [][]Button // rows of buttons; nil for none
	Image   *File      // a picture shown inline (chart)
	File    *File      // a document (export, report)
	// Private marks content with health data or that asks for it: in a
	// Discord guild channel it must go to the person's DMs instead.
	Private bool
	// Urgent marks the crisis reply: an adapter sends it ahead of other
	// replies still waiting for the same chat.
	Urgent bool
}

// Response is what the core answers to one Inbound.
type Response struct {
	Replies []Reply
	// Ack is for a button press: a short line to show on the pressed prompt
	// (Telegram edits the message, Discord updates the component message)
	// and in the press acknowledgement. Empty for messages.
	Ack string
	// Stale is true when the pressed button was old, malformed or forged:
	// nothing changed, and Ack says so kindly.
	Stale bool
}

// ErrUnreachable is returned (wrapped) by a Sender when the platform
// refuses delivery for good: the person blocked the bot, closed their DMs
// or deleted their account. The person is then marked inactive.
var ErrUnreachable = errors.New("the person cannot be reached on this platform")

// Sender delivers replies to a chat. Each adapter implements it; the
// scheduler uses it for prompts, reminders and summaries.
type Sender interface {
	// Send delivers r to chatID and returns the platform's message id.
	Send(ctx context.Context, chatID string, r Reply) (messageID string, err error)
}
