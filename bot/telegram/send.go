package telegram

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/checkin-bot/checkin/bot"
)

var _ bot.Sender = (*Adapter)(nil)

// Send delivers r to chatID as one or more Telegram messages: text (split
// at Telegram's 4096-character limit), then the image, then the file; the
// text rides as the caption of the first attachment when it fits. Buttons
// go on the last message, whose id is returned. A person who blocked the
// bot gives an error wrapping bot.ErrUnreachable.
//
// An attachment the server refuses does not swallow the words: its caption
// is sent as a plain message instead, and Send still reports the error.
func (a *Adapter) Send(ctx context.Context, chatID string, r bot.Reply) (string, error) {
	chat, err := strconv.ParseInt(chatID, 10, 64)
	if err != nil {
		return "", fmt.Errorf("telegram: send: chat id %q is not a number", chatID)
	}
	var parts []part
	text := r.Text
	caption := ""
	if (r.Image != nil || r.File != nil) && text != "" && utf16Len(text) <= maxCaption {
		caption, text = text, ""
	}
	for _, chunk := range split(text, maxText) {
		parts = append(parts, part{text: chunk})
	}
	if r.Image != nil {
		parts = append(parts, part{image: r.Image, text: caption})
		caption = ""
	}
	if r.File != nil {
		parts = append(parts, part{file: r.File, text: caption})
	}
	if len(parts) == 0 && len(r.Buttons) > 0 {
		return "", errors.New("telegram: send: a reply with buttons needs text")
	}
	if len(parts) > 0 {
		parts[len(parts)-1].keyboard = keyboard(r.Buttons)
	}
	for i := range parts {
		parts[i].urgent = r.Urgent
	}

	var last int
	var errs []error
	for _, p := range parts {
		id, err := a.sendPart(ctx, chat, p)
		if err == nil {
			last = id
			continue
		}
		if unreachable(err) || ctx.Err() != nil {
			return "", err
		}
		errs = append(errs, err)
		if p.isMedia() && p.text != "" {
			// Keep the words even when the picture or file cannot go.
			id, err := a.sendPart(ctx, chat, part{text: p.text, keyboard: p.keyboard})
			if err != nil {
				return "", errors.Join(append(errs, err)...)
			}
			last = id
		}
	}
	if last == 0 && len(errs) == 0 {
		return "", nil // nothing to send
	}
	return strconv.Itoa(last), errors.Join(errs...)
}

// part is one Telegram message of a reply.
type part struct {
	text     string // message text, or the caption of image or file
	image    *bot.File
	file     *bot.File
	keyboard *tgbotapi.InlineKeyboardMarkup
	urgent   bool // a crisis reply: may go ahead of the per-chat pace
}

func (p part) isMedia() bool { return p.image != nil || p.file != nil }

func (a *Adapter) sendPart(ctx context.Context, chat int64, p part) (int, error) {
	var c tgbotapi.Chattable
	op := "sendMessage"
	switch {
	case p.image != nil:
		op = "sendPhoto"
		ph := tgbotapi.NewPhoto(chat, fileBytes(p.image, "chart.png"))
		ph.Caption = p.text
		if p.keyboard != nil {
			ph.ReplyMarkup = p.keyboard
		}
		c = ph
	case p.file != nil:
		op = "sendDocument"
		d := tgbotapi.NewDocument(chat, fileBytes(p.file, "checkin.dat"))
		d.Caption = p.text
		if p.keyboard != nil {
			d.ReplyMarkup = p.keyboard
		}
		c = d
	default:
		m := tgbotapi.NewMessage(chat, p.text)
		// Crisis-line and report links need no preview cards.
		m.DisableWebPagePreview = true
		if p.keyboard != nil {
			m.ReplyMarkup = p.keyboard
		}
		c = m
	}
	lim := chatLimit
	if p.urgent {
		lim = urgentLimit
	}
	var id int
	err := a.call(ctx, chat, lim, op, func(api *tgbotapi.BotAPI) error {
		m, err := api.Send(c)
		id = m.MessageID
		return err
	})
	return id, err
}

func fileBytes(f *bot.File, fallback string) tgbotapi.FileBytes {
	name := f.Name
	if name == "" {
		name = fallback
	}
	return tgbotapi.FileBytes{Name: name, Bytes: f.Data}
}

// keyboard renders rows of buttons as an inline keyboard; nil for none.
func keyboard(rows [][]bot.Button) *tgbotapi.InlineKeyboardMarkup {
	var out [][]tgbotapi.InlineKeyboardButton
	for _, row := range rows {
		var r []tgbotapi.InlineKeyboardButton
		for _, b := range row {
			r = append(r, tgbotapi.NewInlineKeyboardButtonData(b.Label, b.Data))
		}
		if len(r) > 0 {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return &tgbotapi.InlineKeyboardMarkup{InlineKeyboard: out}
}

// split cuts text into pieces of at most n UTF-16 units, at the last line
// break that fits when there is one.
func split(text string, n int) []string {
	var out []string
	for text != "" {
		if utf16Len(text) <= n {
			out = append(out, text)
			break
		}
		cut := prefixUTF16(text, n)
		if i := strings.LastIndexByte(text[:cut], '\n'); i > 0 {
			cut = i + 1
		}
		out = append(out, strings.TrimRight(text[:cut], "\n"))
		text = text[cut:]
	}
	return out
}

// utf16Len is the length Telegram counts: UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// prefixUTF16 is the byte length of the longest prefix of s that is at
// most n UTF-16 units long.
func prefixUTF16(s string, n int) int {
	units := 0
	for i, r := range s {
		units += utf16.RuneLen(r)
		if units > n {
			return i
		}
	}
	return len(s)
}

// truncateUTF16 cuts s to at most n UTF-16 units.
func truncateUTF16(s string, n int) string { return s[:prefixUTF16(s, n)] }
