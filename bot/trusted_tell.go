package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// sendTimeout bounds one message the core sends itself.
const sendTimeout = 30 * time.Second

// SetSenders gives the core the adapters' senders, so it can reach a
// trusted person (and tell a person about their link) in another chat.
func (b *Bot) SetSenders(s map[string]Sender) {
	m := make(map[string]Sender, len(s))
	for k, v := range s {
		m[k] = v
	}
	b.senders.Store(&m)
}

// sender is the platform's sender, or nil when it has none.
func (b *Bot) sender(platform string) Sender {
	if m := b.senders.Load(); m != nil {
		return (*m)[platform]
	}
	return nil
}

// offerTrusted asks "shall I let <name> know?" when a trusted person is
// linked: after every acute reply (rest 0), and after a persisting trend
// at most once per rest.
func (b *Bot) offerTrusted(ctx context.Context, t *turn, rest time.Duration) error {
	if !t.known || t.user.ConsentAt.IsZero() {
		return nil
	}
	l, err := b.db.TrustedLink(ctx, t.user.ID)
	if errors.Is(err, store.ErrNotFound) || err == nil && !l.Accepted() {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: read trusted link: %w", err)
	}
	if rest > 0 && !l.OfferedAt.IsZero() && b.now().Sub(l.OfferedAt) < rest {
		return nil
	}
	// A random key names this question: only a Yes to it sends, and the
	// ledger row it names lets it send once.
	key, err := newCode()
	if err != nil {
		return fmt.Errorf("bot: offer to tell the trusted person: %w", err)
	}
	if err := b.db.SetTrustedOffer(ctx, t.user.ID, key, b.now()); err != nil {
		return fmt.Errorf("bot: offer to tell the trusted person: %w", err)
	}
	t.ask(fmt.Sprintf(txtTrustedOffer, l.Name), [][]Button{{
		{Label: fmt.Sprintf(lblTrustedYes, l.Name), Data: EncodeButton(ButtonData{Kind: 't', Field: "tell", Value: key})},
		{Label: lblDontSave, Data: EncodeButton(ButtonData{Kind: 't', Field: "no", Value: key})},
	}})
	return nil
}

// trustedButton handles the person's link buttons.
func (b *Bot) trustedButton(ctx context.Context, t *turn, d ButtonData) error {
	l, err := b.db.TrustedLink(ctx, t.user.ID)
	if errors.Is(err, store.ErrNotFound) {
		return b.staleButton(t, txtTrustedAlreadyEnded)
	}
	if err != nil {
		return fmt.Errorf("bot: read trusted link: %w", err)
	}
	switch d.Field {
	case "new", "cancel":
		if l.Accepted() {
			return b.staleButton(t, fmt.Sprintf(txtTrustedAlreadyAccepted, l.Name))
		}
		if d.Value != linkMark(l) {
			return b.staleButton(t, txtStaleButton)
		}
		t.ack = txtOkay
		if d.Field == "new" {
			return b.invite(ctx, t, l.Name, l.PersonName)
		}
		if err := b.endLink(ctx, l); err != nil {
			return err
		}
		t.say(txtTrustedCancelled)
		return nil
	case "end":
		if !l.Accepted() || d.Value != linkMark(l) {
			return b.staleButton(t, txtStaleButton)
		}
		if err := b.endLink(ctx, l); err != nil {
			return err
		}
		b.log.Info("trusted-person link ended by the person", "user", t.user.ID, "platform", t.user.Platform)
		t.ack = txtOkay
		t.say(fmt.Sprintf(txtTrustedEndedByYou, l.Name))
		return nil
	case "ask":
		if !l.Accepted() {
			return b.staleButton(t, txtStaleButton)
		}
		t.ack = txtOkay
		return b.offerTrusted(ctx, t, 0)
	case "tell", "no":
		if !l.Accepted() || d.Value == "" || d.Value != l.OfferKey || b.now().Sub(l.OfferedAt) > offerLifetime {
			return b.staleButton(t, txtTrustedOfferStale)
		}
		if d.Field == "no" {
			t.ack = txtOkay
			t.say(fmt.Sprintf(txtTrustedNotTold, l.Name))
			return nil
		}
		return b.tell(ctx, t, l)
	}
	return b.staleButton(t, txtBadButton)
}

// tell sends the one fixed message to the trusted person, once per offer:
// the send ledger's row (person, "trusted", offer key) is claimed first,
// so a Yes pressed or delivered again sends nothing more.
func (b *Bot) tell(ctx context.Context, t *turn, l store.TrustedLink) error {
	sender := b.sender(l.Platform)
	if sender == nil {
		t.ack = txtOkay
		t.say(fmt.Sprintf(txtTrustedUnreachable, l.Name))
		return nil
	}
	k := store.SendKey{UserID: t.user.ID, Kind: trustedKind, Period: l.OfferKey}
	ok, err := b.db.ClaimOnce(ctx, k, trustedOwner, b.now())
	if err != nil {
		return fmt.Errorf("bot: tell the trusted person: %w", err)
	}
	if !ok {
		t.ack = fmt.Sprintf(txtTrustedAlreadyTold, l.Name)
		t.say(t.ack)
		return nil
	}
	sendCtx, cancel := context.WithTimeout(ctx, sendTimeout)
	id, err := sender.Send(sendCtx, l.TrustedChat, Reply{Text: txtTrustedMessage(personOr(l.PersonName))})
	cancel()
	settle := context.WithoutCancel(ctx)
	if err != nil {
		b.log.Warn("message to the trusted person not delivered", "user", t.user.ID, "platform", l.Platform, "err", err)
		if err := b.db.MarkFailed(settle, k, trustedOwner); err != nil {
			return fmt.Errorf("bot: tell the trusted person: %w", err)
		}
		t.ack = txtOkay
		t.say(fmt.Sprintf(txtTrustedUnreachable, l.Name))
		return nil
	}
	// The message went out: a claim taken over meanwhile (the ledger's
	// recovery marks it skipped, never sent again) changes nothing here.
	if err := b.db.MarkSent(settle, k, trustedOwner, id, b.now(), time.Time{}); err != nil && !errors.Is(err, store.ErrClaimLost) {
		return fmt.Errorf("bot: tell the trusted person: %w", err)
	}
	b.log.Info("trusted person told, on the person's Yes", "user", t.user.ID, "platform", l.Platform)
	t.ack = txtTrustedToldAck
	t.say(fmt.Sprintf(txtTrustedTold, l.Name))
	return nil
}

// notifyTrusted sends a fixed text to the trusted person, best effort.
func (b *Bot) notifyTrusted(ctx context.Context, l store.TrustedLink, text string) {
	b.deliver(ctx, l.Platform, l.TrustedChat, l.UserID, text)
}

// notifyPerson sends a fixed text about their link to the person, best effort.
func (b *Bot) notifyPerson(ctx context.Context, userID int64, text string) {
	u, err := b.db.UserByID(ctx, userID)
	if err != nil {
		b.log.Warn("could not tell the person about their trusted link", "user", userID, "err", err)
		return
	}
	b.deliver(ctx, u.Platform, u.ChatID, userID, text)
}

func (b *Bot) deliver(ctx context.Context, platform, chat string, userID int64, text string) {
	sender := b.sender(platform)
	if sender == nil || chat == "" {
		return
	}
	sendCtx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	if _, err := sender.Send(sendCtx, chat, Reply{Text: text}); err != nil {
		b.log.Warn("trusted-link notice not delivered", "user", userID, "platform", platform, "err", err)
	}
}

// endLinksOnDelete ends, as the person is erased, every link in which
// they are someone's trusted person (telling that person), and returns
// what to do once the erasure (which takes their own link with it) is
// done: tell their trusted person only that the link ended.
func (b *Bot) endLinksOnDelete(ctx context.Context, t *turn) (after func(), err error) {
	ls, err := b.db.LinksOfTrusted(ctx, t.user.Platform, t.user.PlatformID)
	if err != nil {
		return nil, fmt.Errorf("bot: end trusted links: %w", err)
	}
	for _, l := range ls {
		if err := b.endByTrusted(ctx, l); err != nil {
			return nil, err
		}
	}
	l, err := b.db.TrustedLink(ctx, t.user.ID)
	switch {
	case errors.Is(err, store.ErrNotFound) || err == nil && !l.Accepted():
		return func() {}, nil
	case err != nil:
		return nil, fmt.Errorf("bot: end trusted link: %w", err)
	}
	return func() { b.notifyTrusted(ctx, l, txtTrustedEnded(personOr(l.PersonName))) }, nil
}
