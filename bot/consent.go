package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/checkin-bot/checkin/bot/parse"
	"github.com/checkin-bot/checkin/store"
)

// welcome introduces checkin and asks for consent. The whole welcome is
// shown on /start (full) and to someone it was not shown to lately; any
// other answer before consent gets one short line with the same buttons.
func (b *Bot) welcome(t *turn, full bool) {
	seen := b.greeted.seen(greetKey(t.in), b.now())
	if full || (!seen && !t.known) {
		t.ask(txtWelcome, consentButtons())
		return
	}
	t.ask(txtConsentReask, consentButtons())
}

// greeted remembers who was shown the welcome in the last day, so that an
// unclear answer is not met with the whole welcome again. It lives in
// memory only, holds platform ids and nothing else, and forgets on
// restart: before consent nothing about anyone is stored.
type greeted struct {
	mu sync.Mutex
	at map[string]time.Time
}

const (
	greetedFor = 24 * time.Hour
	maxGreeted = 10000
)

func greetKey(in Inbound) string { return in.Platform + "\x00" + in.UserID }

// forget drops key, so the next message from it gets the whole welcome.
func (g *greeted) forget(key string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.at, key)
}

// seen reports whether key was greeted within greetedFor of now, and
// marks it greeted now.
func (g *greeted) seen(key string, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.at == nil {
		g.at = map[string]time.Time{}
	}
	last, ok := g.at[key]
	if len(g.at) >= maxGreeted {
		for k, at := range g.at {
			if now.Sub(at) > greetedFor {
				delete(g.at, k)
			}
		}
		if len(g.at) >= maxGreeted {
			clear(g.at) // worst case: someone sees the welcome once more
		}
	}
	g.at[key] = now
	return ok && now.Sub(last) <= greetedFor && !now.Before(last)
}

func consentButtons() [][]Button {
	return [][]Button{{
		{Label: lblYes, Data: EncodeButton(ButtonData{Kind: 'o', Field: "consent", Value: "yes"})},
		{Label: lblNo, Data: EncodeButton(ButtonData{Kind: 'o', Field: "consent", Value: "no"})},
	}}
}

func (b *Bot) consent(ctx context.Context, t *turn, text string) error {
	yes, err := parse.Consent(text)
	switch {
	case err != nil:
		// Someone new who wrote anything is introduced first; after that
		// one short line asks again, never the whole welcome.
		b.welcome(t, false)
		return nil
	case !yes:
		if t.known {
			if err := b.db.DeleteUser(ctx, t.user.ID); err != nil {
				return fmt.Errorf("bot: forget declined person: %w", err)
			}
		}
		b.greeted.forget(greetKey(t.in)) // a later message starts afresh
		t.say(txtConsentDeclined)
		return nil
	}
	return b.consented(ctx, t)
}

// consented creates the person with the configured defaults: nothing is
// stored about anyone before they agree.
func (b *Bot) consented(ctx context.Context, t *turn) error {
	if !t.known {
		d := b.cfg.Defaults
		day, _ := weekday(d.SummaryDay)
		t.user = store.User{
			Platform: t.in.Platform, PlatformID: t.in.UserID, ChatID: t.in.ChatID,
			TZ: d.TimeZone, CheckinTime: d.CheckinTime, SummaryDay: day, SummaryTime: d.SummaryTime,
			QuietStart: d.QuietStart, QuietEnd: d.QuietEnd, Country: strings.ToUpper(d.Country),
		}
		if code, err := parse.Country(d.Country); err == nil {
			t.user.Country = code
		}
		t.user.ConsentAt = b.now().UTC()
		if err := b.db.CreateUser(ctx, &t.user); err != nil {
			return fmt.Errorf("bot: create person: %w", err)
		}
		t.known = true
	} else {
		t.user.ConsentAt = b.now().UTC()
	}
	t.st = state{Mode: modeOnboard, Step: stepZone}
	b.askStep(t, stepZone)
	return b.saveUserAndState(ctx, t)
}
