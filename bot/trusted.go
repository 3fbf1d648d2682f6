package bot

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/checkin-bot/checkin/store"
)

// A trusted person is someone the person invites, on the same platform,
// by a code they pass on themselves: checkin never messages a stranger
// first. The trusted person is not a tracked user (no consent, no
// check-ins, no row in users); they get one fixed message when the person
// says Yes, and never anything about mood, sleep, notes or scores.

const (
	modeTrusted   = "trusted" // asked for the trusted person's name
	inviteDays    = 7         // an invitation works this long
	codeLen       = 8
	codeAlphabet  = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" // no 0/O, 1/I
	maxTrustName  = 40
	invitePrefix  = "trust-" // Telegram deep link: /start trust-CODE
	trustedOwner  = "core"   // the ledger owner of sends the core makes itself
	trustedKind   = "trusted"
	offerLifetime = 12 * time.Hour // a "shall I tell them?" answered later is stale
)

// trusted is /trusted: set up, see, or end the link.
func (b *Bot) trusted(ctx context.Context, t *turn, args string) error {
	l, err := b.db.TrustedLink(ctx, t.user.ID)
	switch {
	case errors.Is(err, store.ErrNotFound):
		if name := cleanName(args); name != "" {
			return b.invite(ctx, t, name, "")
		}
		t.st = state{Mode: modeTrusted, Step: "name", Recent: t.st.Recent}
		t.ask(txtTrustedAskName, nil)
		return b.saveState(ctx, t)
	case err != nil:
		return fmt.Errorf("bot: read trusted link: %w", err)
	}
	if l.Accepted() {
		b.showLink(t, l, args != "")
		return nil
	}
	if name := cleanName(args); name != "" {
		return b.invite(ctx, t, name, "")
	}
	b.showInvite(t, l)
	return nil
}

// trustedText takes the name asked for by /trusted.
func (b *Bot) trustedText(ctx context.Context, t *turn, text string) error {
	t.st = state{Recent: t.st.Recent}
	if isStop(text) {
		t.say(txtOkay)
		return b.saveState(ctx, t)
	}
	name := cleanName(text)
	if name == "" {
		t.st = state{Mode: modeTrusted, Step: "name", Recent: t.st.Recent}
		t.say(txtTrustedNameReask)
		return b.saveState(ctx, t)
	}
	if err := b.saveState(ctx, t); err != nil {
		return err
	}
	return b.invite(ctx, t, name, "")
}

// invite makes a new invitation code for name, replacing a pending one.
// The trusted person will know the person by their display name, else by
// the name they gave before (prev), else by their report name.
func (b *Bot) invite(ctx context.Context, t *turn, name, prev string) error {
	code, err := newCode()
	if err != nil {
		return fmt.Errorf("bot: invitation code: %w", err)
	}
	person := cleanName(t.in.Name)
	if person == "" {
		person = prev
	}
	if person == "" {
		person = cleanName(t.user.Name)
	}
	l := store.TrustedLink{UserID: t.user.ID, Name: name, PersonName: person, Code: code,
		CodeExpires: b.now().Add(inviteDays * 24 * time.Hour), Platform: t.user.Platform}
	if err := b.db.SaveInvite(ctx, l); err != nil {
		return fmt.Errorf("bot: save invitation: %w", err)
	}
	b.log.Info("trusted-person invitation made", "user", t.user.ID, "platform", t.user.Platform)
	b.showInvite(t, l)
	return nil
}

func (b *Bot) showInvite(t *turn, l store.TrustedLink) {
	until := l.CodeExpires.In(b.loc(t.user)).Format("Mon 2 Jan")
	t.ask(txtTrustedInvite(l.Name, platformName(l.Platform), showCode(l.Code), until), [][]Button{{
		{Label: lblTrustedNewCode, Data: EncodeButton(ButtonData{Kind: 't', Field: "new", Value: linkMark(l)})},
		{Label: lblTrustedCancel, Data: EncodeButton(ButtonData{Kind: 't', Field: "cancel", Value: linkMark(l)})},
	}})
}

func (b *Bot) showLink(t *turn, l store.TrustedLink, other bool) {
	text := txtTrustedLinked(l.Name, l.TrustedName)
	if other {
		text = joinLines(text, txtTrustedOneAtATime)
	}
	t.ask(text, [][]Button{{
		{Label: fmt.Sprintf(lblTrustedTellNow, l.Name), Data: EncodeButton(ButtonData{Kind: 't', Field: "ask", Value: "1"})},
		{Label: lblTrustedEnd, Data: EncodeButton(ButtonData{Kind: 't', Field: "end", Value: linkMark(l)})},
	}})
}

// accept is /accept CODE (or /start trust-CODE): someone accepts an
// invitation. They need not have set checkin up, and are not set up by it.
func (b *Bot) accept(ctx context.Context, t *turn, args string) error {
	code, ok := parseCode(args)
	if !ok {
		t.say(txtTrustedCodeReask)
		return nil
	}
	if t.in.Platform == Telegram && t.in.ChatID != t.in.UserID {
		t.say(txtTrustedPrivateChat) // a group chat is no place for it
		return nil
	}
	l, err := b.db.InviteByCode(ctx, t.in.Platform, code, b.now())
	if errors.Is(err, store.ErrNotFound) {
		if _, err := b.db.AcceptedByCode(ctx, t.in.Platform, code, t.in.UserID); err == nil {
			t.say(txtTrustedAcceptedAlready) // the same acceptance, delivered again
			return nil
		}
		t.say(txtTrustedNoInvite)
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: accept invitation: %w", err)
	}
	if t.known && t.user.ID == l.UserID {
		t.say(txtTrustedOwnCode)
		return nil
	}
	display := cleanName(t.in.Name)
	err = b.db.AcceptInvite(ctx, l.UserID, code, t.in.UserID, t.in.ChatID, display, b.now())
	if errors.Is(err, store.ErrNotFound) {
		t.say(txtTrustedNoInvite)
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: accept invitation: %w", err)
	}
	b.log.Info("trusted-person invitation accepted", "user", l.UserID, "platform", t.in.Platform)
	t.ask(txtTrustedWelcome(personOr(l.PersonName)), [][]Button{{
		{Label: lblTrustedEnd, Data: EncodeButton(ButtonData{Kind: 't', Field: "untrust", Value: strconv.FormatInt(l.UserID, 36)})},
	}})
	b.notifyPerson(ctx, l.UserID, txtTrustedAccepted(l.Name, display))
	return nil
}

// untrust is /untrust: the trusted person ends every link they are in.
func (b *Bot) untrust(ctx context.Context, t *turn) error {
	ls, err := b.db.LinksOfTrusted(ctx, t.in.Platform, t.in.UserID)
	if err != nil {
		return fmt.Errorf("bot: end trusted links: %w", err)
	}
	if len(ls) == 0 {
		t.say(txtTrustedNone)
		return nil
	}
	for _, l := range ls {
		if err := b.endByTrusted(ctx, l); err != nil {
			return err
		}
	}
	t.say(txtTrustedUntrusted)
	return nil
}

// untrustButton is the End link button on the trusted person's welcome.
func (b *Bot) untrustButton(ctx context.Context, t *turn, d ButtonData) error {
	id, err := strconv.ParseInt(d.Value, 36, 64)
	if err != nil {
		return b.staleButton(t, txtBadButton)
	}
	l, err := b.db.TrustedLink(ctx, id)
	if errors.Is(err, store.ErrNotFound) || err == nil && (l.Platform != t.in.Platform || l.TrustedID != t.in.UserID) {
		return b.staleButton(t, txtTrustedAlreadyEnded)
	}
	if err != nil {
		return fmt.Errorf("bot: end trusted link: %w", err)
	}
	if err := b.endByTrusted(ctx, l); err != nil {
		return err
	}
	t.ack = txtTrustedUntrusted
	t.say(txtTrustedUntrusted)
	return nil
}

// endByTrusted ends a link from the trusted person's side and tells the
// person, so they do not count on someone who is no longer linked.
func (b *Bot) endByTrusted(ctx context.Context, l store.TrustedLink) error {
	if err := b.db.DeleteTrustedLink(ctx, l.UserID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("bot: end trusted link: %w", err)
	}
	b.log.Info("trusted-person link ended by the trusted person", "user", l.UserID, "platform", l.Platform)
	b.notifyPerson(ctx, l.UserID, fmt.Sprintf(txtTrustedEndedByThem, l.Name))
	return nil
}

// endLink ends the person's link or invitation and, if someone had
// accepted, tells them only that the link ended.
func (b *Bot) endLink(ctx context.Context, l store.TrustedLink) error {
	if err := b.db.DeleteTrustedLink(ctx, l.UserID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("bot: end trusted link: %w", err)
	}
	if l.Accepted() {
		b.notifyTrusted(ctx, l, txtTrustedEnded(personOr(l.PersonName)))
	}
	return nil
}

// cleanName keeps a short name of letters, spaces and a little
// punctuation: no digits, so nothing sent to a trusted person can carry a
// number, and no markup.
func cleanName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || strings.ContainsRune(" '’-.", r):
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		}
	}
	name := strings.Trim(strings.Join(strings.Fields(b.String()), " "), " -")
	return strings.TrimSpace(clip(name, maxTrustName))
}

// linkMark names one invitation or link in its buttons, so that a button
// of an earlier one cannot cancel or end the one that replaced it.
func linkMark(l store.TrustedLink) string {
	if l.Accepted() {
		return strconv.FormatInt(l.AcceptedAt.Unix(), 36)
	}
	return l.Code
}

func personOr(name string) string {
	if name == "" {
		return txtTrustedSomeone
	}
	return name
}

func newCode() (string, error) {
	buf := make([]byte, codeLen)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	for i, c := range buf {
		buf[i] = codeAlphabet[int(c)%len(codeAlphabet)] // 256 is a multiple of 32: no bias
	}
	return string(buf), nil
}

// showCode writes a code in two halves: K7QX-M2PD.
func showCode(c string) string { return c[:codeLen/2] + "-" + c[codeLen/2:] }

// parseCode reads a code as typed: any case, with or without the dash or spaces.
func parseCode(s string) (string, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), invitePrefix)
	s = strings.ToUpper(strings.NewReplacer("-", "", " ", "", "–", "").Replace(s))
	if len(s) != codeLen {
		return "", false
	}
	for _, r := range s {
		if !strings.ContainsRune(codeAlphabet, r) {
			return "", false
		}
	}
	return s, true
}

func platformName(p string) string {
	if n, ok := txtPlatformNames[p]; ok {
		return n
	}
	return p
}
