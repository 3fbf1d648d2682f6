package telegram

import (
	"context"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/checkin-bot/checkin/bot"
)

// handler is the conversation core; *bot.Bot satisfies it.
type handler interface {
	Handle(ctx context.Context, in bot.Inbound) (bot.Response, error)
}

// marker records that a person refused delivery for good; *bot.Bot satisfies it.
type marker interface {
	MarkUnreachable(ctx context.Context, platform, userID string) error
}

// handleUpdate turns one update into core calls and queues its
// deliveries in out. It returns a channel closed when the replies are sent
// (or given up on), which is when the update counts as handled; nil when
// nothing was queued.
func (a *Adapter) handleUpdate(ctx context.Context, out *outbox, u tgbotapi.Update) <-chan struct{} {
	switch {
	case u.Message != nil:
		return a.onMessage(ctx, out, u.Message, false)
	case u.EditedMessage != nil:
		return a.onMessage(ctx, out, u.EditedMessage, true)
	case u.CallbackQuery != nil:
		return a.onCallback(ctx, out, u.CallbackQuery)
	case u.ChannelPost != nil:
		a.tellGroup(ctx, u.ChannelPost.Chat)
	case u.MyChatMember != nil:
		a.onMembership(ctx, u.MyChatMember)
	}
	return nil
}

// onMessage passes a private message to the core. Messages with neither
// text nor caption (stickers, voice, service messages) carry nothing the
// core can read and are dropped.
func (a *Adapter) onMessage(ctx context.Context, out *outbox, m *tgbotapi.Message, edited bool) <-chan struct{} {
	if m.Chat == nil || m.From == nil {
		return nil
	}
	if !m.Chat.IsPrivate() {
		a.tellGroup(ctx, m.Chat)
		return nil
	}
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	if text == "" {
		return nil
	}
	in := bot.Inbound{
		Platform:  bot.Telegram,
		UserID:    strconv.FormatInt(m.From.ID, 10),
		ChatID:    strconv.FormatInt(m.Chat.ID, 10),
		Name:      m.From.FirstName,
		Text:      a.stripMention(text),
		MessageID: strconv.Itoa(m.MessageID),
		Edited:    edited,
		Locale:    m.From.LanguageCode,
	}
	resp, err := a.h.Handle(ctx, in)
	if err != nil {
		a.logger.Error("telegram: handle message", "user", in.UserID, "err", a.scrub.err(err))
		return nil
	}
	return out.put(ctx, m.Chat.ID, a.deliveries(in, resp.Replies))
}

// onCallback handles a button press: the core decides, the press is
// answered with the core's Ack, and the prompt is edited to show the choice
// without buttons so it cannot be answered twice by accident.
func (a *Adapter) onCallback(ctx context.Context, out *outbox, cb *tgbotapi.CallbackQuery) <-chan struct{} {
	if cb.From == nil {
		return nil
	}
	chat := &tgbotapi.Chat{ID: cb.From.ID, Type: "private"}
	if cb.Message != nil && cb.Message.Chat != nil {
		chat = cb.Message.Chat
	}
	if !chat.IsPrivate() {
		a.answer(ctx, cb.ID, "")
		a.tellGroup(ctx, chat)
		return nil
	}
	in := bot.Inbound{
		Platform: bot.Telegram,
		UserID:   strconv.FormatInt(cb.From.ID, 10),
		ChatID:   strconv.FormatInt(chat.ID, 10),
		Name:     cb.From.FirstName,
		Data:     cb.Data,
		Locale:   cb.From.LanguageCode,
	}
	if cb.Message != nil {
		in.MessageID = strconv.Itoa(cb.Message.MessageID)
	}
	resp, err := a.h.Handle(ctx, in)
	if err != nil {
		a.answer(ctx, cb.ID, "") // stop the spinner on the person's button
		a.logger.Error("telegram: handle button", "user", in.UserID, "err", a.scrub.err(err))
		return nil
	}
	a.answer(ctx, cb.ID, resp.Ack)
	var ds []delivery
	if !resp.Stale && cb.Message != nil {
		prompt := cb.Message
		ds = append(ds, delivery{run: func(ctx context.Context) bool {
			err := a.markChosen(ctx, chat.ID, prompt, resp.Ack)
			if unreachable(err) {
				a.markUnreachable(ctx, in.UserID)
				return false
			}
			if err != nil {
				a.logger.Warn("telegram: edit the pressed prompt", "user", in.UserID, "err", err)
			}
			return true
		}})
	}
	return out.put(ctx, chat.ID, append(ds, a.deliveries(in, resp.Replies)...))
}

// onMembership notices the bot being added to a group (tell it once where
// to talk) and a person blocking the bot in their private chat.
func (a *Adapter) onMembership(ctx context.Context, m *tgbotapi.ChatMemberUpdated) {
	status := m.NewChatMember.Status
	if !m.Chat.IsPrivate() {
		if status == "member" || status == "administrator" {
			a.tellGroup(ctx, &m.Chat)
		}
		return
	}
	if status == "kicked" {
		a.markUnreachable(ctx, strconv.FormatInt(m.From.ID, 10))
	}
}

// deliveries are the sends of the core's replies to an inbound message,
// for the outbox: in order, a crisis reply (Urgent) ahead of the chat's
// waiting sends. A person who blocked the bot is marked unreachable and
// gets nothing more; any other failure is logged and the remaining replies
// still go.
func (a *Adapter) deliveries(in bot.Inbound, replies []bot.Reply) []delivery {
	ds := make([]delivery, 0, len(replies))
	for i, r := range replies {
		ds = append(ds, delivery{urgent: r.Urgent, run: func(ctx context.Context) bool {
			_, err := a.Send(ctx, in.ChatID, r)
			switch {
			case err == nil:
			case unreachable(err):
				a.markUnreachable(ctx, in.UserID)
				return false
			case ctx.Err() != nil:
				a.logger.Error("telegram: replies not sent before shutdown", "user", in.UserID, "left", len(replies)-i)
				return false
			default:
				a.logger.Error("telegram: reply not delivered", "user", in.UserID, "err", err)
			}
			return true
		}})
	}
	return ds
}

func (a *Adapter) markUnreachable(ctx context.Context, userID string) {
	a.logger.Info("telegram: person unreachable", "user", userID)
	if a.mark == nil {
		return
	}
	if err := a.mark.MarkUnreachable(ctx, bot.Telegram, userID); err != nil {
		a.logger.Error("telegram: mark person unreachable", "user", userID, "err", err)
	}
}

// stripMention turns "/start@ThisBot args" into "/start args", the form the
// core parses; Telegram adds the mention when a command is picked from a menu.
func (a *Adapter) stripMention(text string) string {
	if !strings.HasPrefix(text, "/") || a.username == "" {
		return text
	}
	cmd, rest, _ := strings.Cut(text, " ")
	name, at, ok := strings.Cut(cmd, "@")
	if !ok || !strings.EqualFold(at, a.username) {
		return text
	}
	if rest == "" {
		return name
	}
	return name + " " + rest
}
