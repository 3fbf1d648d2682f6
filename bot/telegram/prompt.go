package telegram

import (
	"context"
	"errors"
	"strconv"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/checkin-bot/checkin/bot"
)

// Telegram's size limits, in UTF-16 code units.
const (
	maxText     = 4096 // a message
	maxCaption  = 1024 // a photo or document caption
	maxCBAnswer = 200  // an answerCallbackQuery text
)

// answer acknowledges a button press so the person's client stops its
// spinner, showing text briefly. Failures only cost the toast: logged.
func (a *Adapter) answer(ctx context.Context, id, text string) {
	cfg := tgbotapi.NewCallback(id, truncateUTF16(text, maxCBAnswer))
	err := a.call(ctx, 0, noLimit, "answerCallbackQuery", func(api *tgbotapi.BotAPI) error {
		_, err := api.Request(cfg)
		return err
	})
	if err != nil {
		a.logger.Warn("telegram: answer button press", "err", err)
	}
}

// markChosen edits the pressed prompt to show "✓ <ack>" under its text and
// removes its buttons. Prompts without text (a photo) or whose text would
// grow past the limit only lose their buttons.
func (a *Adapter) markChosen(ctx context.Context, chat int64, m *tgbotapi.Message, ack string) error {
	// An empty keyboard, not a missing one, is what removes the buttons.
	none := tgbotapi.InlineKeyboardMarkup{InlineKeyboard: [][]tgbotapi.InlineKeyboardButton{}}
	var c tgbotapi.Chattable
	switch suffix := "\n✓ " + ack; {
	case ack != "" && m.Text != "" && utf16Len(m.Text+suffix) <= maxText:
		c = tgbotapi.NewEditMessageTextAndMarkup(chat, m.MessageID, m.Text+suffix, none)
	case ack != "" && m.Text == "" && m.Caption != "" && utf16Len(m.Caption+suffix) <= maxCaption:
		e := tgbotapi.NewEditMessageCaption(chat, m.MessageID, m.Caption+suffix)
		e.ReplyMarkup = &none
		c = e
	default:
		c = tgbotapi.NewEditMessageReplyMarkup(chat, m.MessageID, none)
	}
	err := a.call(ctx, chat, chatLimit, "edit prompt", func(api *tgbotapi.BotAPI) error {
		_, err := api.Request(c)
		return err
	})
	if notModified(err) {
		return nil
	}
	return err
}

// tellGroup answers once per group, supergroup or channel that checkin
// works only in a private chat, with a link that opens one. Nothing from
// the group reaches the core or the store.
func (a *Adapter) tellGroup(ctx context.Context, chat *tgbotapi.Chat) {
	if chat == nil || chat.IsPrivate() || !a.groups.first(chat.ID) {
		return
	}
	link := "https://t.me/" + a.username + "?start=from_group"
	_, err := a.Send(ctx, strconv.FormatInt(chat.ID, 10), bot.Reply{Text: groupNotice(link)})
	if err != nil {
		a.logger.Warn("telegram: tell a group to use a private chat", "chat_type", chat.Type, "err", err)
		if !errors.Is(err, bot.ErrUnreachable) {
			a.groups.forget(chat.ID) // try again on the group's next message
		}
	}
}

// groupMemory remembers which group chats were told, in memory: after a
// restart a group is told once more, which is harmless. It is bounded so a
// bot added to many groups keeps flat memory.
type groupMemory struct {
	mu   sync.Mutex
	told map[int64]struct{}
}

const maxGroupsRemembered = 10000

// first reports whether chat is being told for the first time, and records it.
func (g *groupMemory) first(chat int64) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.told == nil || len(g.told) >= maxGroupsRemembered {
		g.told = make(map[int64]struct{})
	}
	if _, ok := g.told[chat]; ok {
		return false
	}
	g.told[chat] = struct{}{}
	return true
}

func (g *groupMemory) forget(chat int64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.told, chat)
}
