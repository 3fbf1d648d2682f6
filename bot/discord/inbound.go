package discord

import (
	"context"
	"errors"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/checkin-bot/checkin/bot"
)

// onMessage handles a DM a person wrote (or edited): plain text works as
// on Telegram. Messages in servers are not ours to read, and the bot's own
// DMs come back from Discord as MESSAGE_CREATE too.
func (a *Adapter) onMessage(ctx context.Context, m *discordgo.Message, edited bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == a.ident.bot() || m.GuildID != "" {
		return
	}
	if strings.TrimSpace(m.Content) == "" || (edited && m.EditedTimestamp == nil) {
		return // an attachment alone, or an update that is not an edit (a link preview)
	}
	a.dms.put(m.Author.ID, m.ChannelID)
	in := bot.Inbound{
		Platform: bot.Discord, UserID: m.Author.ID, ChatID: m.ChannelID, Name: displayName(m.Author),
		Text: m.Content, MessageID: m.ID, Edited: edited,
	}
	a.queue.do(in.UserID, func() { a.converse(ctx, in) })
}

// converse hands one DM to the core and delivers its replies in order.
func (a *Adapter) converse(ctx context.Context, in bot.Inbound) {
	resp, err := a.h.Handle(ctx, in)
	if err != nil {
		a.log.Error("discord: handle message", "platform", bot.Discord, "user", in.UserID, errAttr(err))
		resp = bot.Response{Replies: []bot.Reply{{Text: textTrouble}}}
	}
	for _, r := range resp.Replies {
		if _, err := a.Send(ctx, in.ChatID, r); err != nil {
			a.undelivered(ctx, in.UserID, err)
			return
		}
	}
}

// undelivered records a reply that did not reach the person: when Discord
// refuses them for good the core is told, so it stops prompting them.
func (a *Adapter) undelivered(ctx context.Context, userID string, err error) {
	if !errors.Is(err, bot.ErrUnreachable) {
		a.log.Error("discord: reply not delivered", "platform", bot.Discord, "user", userID, errAttr(err))
		return
	}
	a.log.Info("discord: person unreachable", "platform", bot.Discord, "user", userID, "code", apiCode(err))
	if a.m == nil {
		return
	}
	if err := a.m.MarkUnreachable(ctx, bot.Discord, userID); err != nil {
		a.log.Error("discord: mark unreachable", "platform", bot.Discord, "user", userID, errAttr(err))
	}
}

// displayName is the name a person chose, else their username.
func displayName(u *discordgo.User) string {
	if u.GlobalName != "" {
		return u.GlobalName
	}
	return u.Username
}
