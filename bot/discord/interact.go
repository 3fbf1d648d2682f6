package discord

import (
	"context"
	"errors"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/checkin-bot/checkin/bot"
)

// outcome is what became of one interaction before it is answered.
type outcome struct {
	resp    bot.Response
	err     error  // the core, or opening the DM channel, failed
	inPlace []part // shown where the person typed or pressed
}

// answer modes: how the first part of an answer reaches Discord.
type mode int

const (
	modeRespond mode = iota // nothing sent yet: it is the interaction response
	modeEdit                // a deferred "thinking…" was sent: it replaces that
	modeFollow              // the press was acknowledged: it is a follow-up
)

func (a *Adapter) onInteraction(ctx context.Context, i *discordgo.Interaction) {
	arrived := time.Now()
	user := i.User
	if i.Member != nil && i.Member.User != nil {
		user = i.Member.User
	}
	if user == nil {
		return
	}
	a.inflight.Go(func() { a.interact(ctx, i, user, arrived) })
}

// interact runs the core in the person's queue and answers within
// Discord's 3-second window: directly when the core is quick, otherwise
// with a deferred response first and the real answer after.
func (a *Adapter) interact(ctx context.Context, i *discordgo.Interaction, user *discordgo.User, arrived time.Time) {
	in := bot.Inbound{Platform: bot.Discord, UserID: user.ID, Name: displayName(user), GuildID: i.GuildID, Locale: string(i.Locale)}
	component := i.Type == discordgo.InteractionMessageComponent
	switch {
	case i.Type == discordgo.InteractionApplicationCommand:
		text, err := commandText(bot.Commands, i.ApplicationCommandData())
		var gap *gapError
		if errors.As(err, &gap) {
			a.say(ctx, i, modeRespond, discordgo.MessageFlagsEphemeral, []part{{content: textOptionGap(gap.missing, gap.given)}})
			return
		}
		in.Text = text
	case component:
		in.Data = i.MessageComponentData().CustomID
		if i.Message != nil {
			in.MessageID = i.Message.ID
		}
	default:
		return // autocomplete and modals are not used
	}
	done := make(chan outcome, 1)
	if !a.queue.do(user.ID, func() { done <- a.work(ctx, i, in) }) {
		return // shutting down
	}
	timer := time.NewTimer(a.ackAfter - time.Since(arrived))
	defer timer.Stop()
	deferred := false
	var o outcome
	select {
	case o = <-done:
	case <-timer.C:
		deferred = a.deferAnswer(ctx, i, component)
		o = <-done
	}
	a.answer(ctx, i, o, component, deferred)
}

// work is the part that runs in the person's queue: the core, and moving
// private replies from a server channel to the person's DMs.
func (a *Adapter) work(ctx context.Context, i *discordgo.Interaction, in bot.Inbound) outcome {
	guild := i.GuildID != ""
	if guild {
		ch, err := a.dmChannel(ctx, in.UserID)
		if err != nil {
			return outcome{err: err}
		}
		in.ChatID = ch
	} else {
		in.ChatID = i.ChannelID
		a.dms.put(in.UserID, i.ChannelID)
	}
	resp, err := a.h.Handle(ctx, in)
	if err != nil {
		return outcome{err: err}
	}
	o := outcome{resp: resp}
	moved, unsent := false, error(nil)
	for _, r := range resp.Replies {
		if guild && r.Private {
			moved = true
			if unsent == nil {
				_, unsent = a.Send(ctx, in.ChatID, r)
			}
			continue
		}
		parts, err := render(r)
		if err != nil {
			a.log.Error("discord: render reply", "platform", bot.Discord, "user", in.UserID, errAttr(err))
			continue
		}
		o.inPlace = append(o.inPlace, parts...)
	}
	switch {
	case moved && unsent == nil:
		o.inPlace = append(o.inPlace, part{content: textMovedToDM})
	case moved && errors.Is(unsent, bot.ErrUnreachable):
		o.inPlace = append(o.inPlace, part{content: textDMClosed})
	case moved:
		o.inPlace = append(o.inPlace, part{content: textTrouble})
	}
	if unsent != nil {
		a.undelivered(ctx, in.UserID, unsent)
	}
	return o
}

// answer shows the outcome: in a server channel only the person sees it.
func (a *Adapter) answer(ctx context.Context, i *discordgo.Interaction, o outcome, component, deferred bool) {
	var flags discordgo.MessageFlags
	if i.GuildID != "" {
		flags = discordgo.MessageFlagsEphemeral
	}
	first := modeRespond
	if deferred {
		first = modeEdit
		if component {
			first = modeFollow
		}
	}
	switch {
	case o.err != nil:
		a.log.Error("discord: handle interaction", "platform", bot.Discord, "user", interactionUser(i), errAttr(o.err))
		a.say(ctx, i, first, discordgo.MessageFlagsEphemeral, []part{{content: textTrouble}})
	case component && o.resp.Stale:
		ack := o.resp.Ack
		if ack == "" {
			ack = textExpired
		}
		a.say(ctx, i, first, discordgo.MessageFlagsEphemeral, append([]part{{content: ack}}, o.inPlace...))
	case component:
		if err := a.updatePrompt(ctx, i, o.resp.Ack, deferred); err != nil {
			a.log.Error("discord: update prompt", "platform", bot.Discord, "user", interactionUser(i), errAttr(err))
		}
		a.say(ctx, i, modeFollow, flags, o.inPlace)
	default:
		parts := o.inPlace
		if len(parts) == 0 {
			parts = []part{{content: textDone}}
		}
		a.say(ctx, i, first, flags, parts)
	}
}

func interactionUser(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}
