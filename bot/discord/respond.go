package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/checkin-bot/checkin/bot"
)

// say sends parts as the answer to an interaction, the first one as mode
// says and the rest as follow-ups, stopping at the first failure.
func (a *Adapter) say(ctx context.Context, i *discordgo.Interaction, first mode, flags discordgo.MessageFlags, parts []part) {
	for k, p := range parts {
		m := modeFollow
		if k == 0 {
			m = first
		}
		var err error
		switch m {
		case modeRespond:
			err = a.respondOnce(ctx, i, func() *discordgo.InteractionResponse {
				return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: p.content, Components: p.components,
						Files: attachments(p.files), Flags: flags, AllowedMentions: noMentions()}}
			})
		case modeEdit:
			err = a.editOriginal(ctx, i, p.content, p.components, p.files)
		default:
			err = a.call(ctx, false, func(o ...discordgo.RequestOption) error {
				_, err := a.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{Content: p.content,
					Components: p.components, Files: attachments(p.files), Flags: flags, AllowedMentions: noMentions()}, o...)
				return err
			})
		}
		if err != nil {
			a.log.Error("discord: answer interaction", "platform", bot.Discord, "user", interactionUser(i), errAttr(err))
			return
		}
	}
}

// respondOnce posts the interaction response. Discord takes one per
// interaction: if a retry after a lost answer hears "already
// acknowledged", the first try got through.
func (a *Adapter) respondOnce(ctx context.Context, i *discordgo.Interaction, build func() *discordgo.InteractionResponse) error {
	tries := 0
	return a.call(ctx, false, func(o ...discordgo.RequestOption) error {
		tries++
		err := a.s.InteractionRespond(i, build(), o...)
		if err != nil && tries > 1 && apiCode(err) == codeAlreadyAnswered {
			return nil
		}
		return err
	})
}

// editOriginal replaces the deferred response, or after a deferred
// update the message whose button was pressed. Components are always
// sent, empty to remove the buttons.
func (a *Adapter) editOriginal(ctx context.Context, i *discordgo.Interaction, content string, comps []discordgo.MessageComponent, files []bot.File) error {
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return a.call(ctx, false, func(o ...discordgo.RequestOption) error {
		_, err := a.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &content, Components: &comps,
			Files: attachments(files), AllowedMentions: noMentions()}, o...)
		return err
	})
}

// deferAnswer tells Discord an answer is coming, when the core is slow:
// "thinking…" for a command, nothing visible for a press.
func (a *Adapter) deferAnswer(ctx context.Context, i *discordgo.Interaction, component bool) bool {
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if i.GuildID != "" {
		resp.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	if component {
		resp = &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	if err := a.respondOnce(ctx, i, func() *discordgo.InteractionResponse { return resp }); err != nil {
		a.log.Error("discord: defer answer", "platform", bot.Discord, "user", interactionUser(i), errAttr(err))
		return false
	}
	return true
}

// updatePrompt shows the choice on the pressed prompt and removes its
// buttons, so the same question cannot be answered twice by accident.
func (a *Adapter) updatePrompt(ctx context.Context, i *discordgo.Interaction, ack string, deferred bool) error {
	content := ""
	if i.Message != nil {
		content = i.Message.Content
	}
	if ack != "" {
		mark := ackMark + ack
		if content == "" {
			mark = ackMark[1:] + ack
		}
		content = truncate(content, maxContent-len([]rune(mark))) + mark
	}
	none := []discordgo.MessageComponent{}
	if deferred {
		return a.editOriginal(ctx, i, content, none, nil)
	}
	return a.respondOnce(ctx, i, func() *discordgo.InteractionResponse {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: content, Components: none, AllowedMentions: noMentions()}}
	})
}
