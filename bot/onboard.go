package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/parse"
	"github.com/checkin-bot/checkin/store"
)

// Onboarding steps, in order. Every step but consent can be skipped.
const (
	stepZone    = "zone"
	stepTime    = "time"
	stepCountry = "country"
	stepQuiet   = "quiet" // only from the settings menu
)

// start is /start: onboarding for a new person, the settings menu for a
// known one.
func (b *Bot) start(ctx context.Context, t *turn) error {
	switch {
	case !t.known || t.user.ConsentAt.IsZero():
		b.welcome(t, true)
	case t.st.Mode == modeOnboard && !t.st.Once:
		b.askStep(t, t.st.Step)
	default:
		b.settings(t)
	}
	return nil
}

func (b *Bot) settings(t *turn) {
	u := t.user
	country := "not set"
	if u.Country != "" {
		country = parse.CountryName(u.Country)
	}
	paused := ""
	if u.Paused(b.now()) {
		paused = b.when(u, u.PausedUntil)
	}
	btn := func(label, v string) Button {
		return Button{Label: label, Data: EncodeButton(ButtonData{Kind: 'o', Field: "change", Value: v})}
	}
	t.ask(txtSettings(u.TZ, u.CheckinTime, country, u.QuietStart+"–"+u.QuietEnd, paused), [][]Button{
		{btn(lblChangeZone, stepZone), btn(lblChangeTime, stepTime)},
		{btn(lblChangeCountry, stepCountry), btn(lblDone, "done")},
	})
}

// onboard handles typed answers while onboarding (or before consent).
func (b *Bot) onboard(ctx context.Context, t *turn, text string) error {
	if !t.known || t.user.ConsentAt.IsZero() {
		return b.consent(ctx, t, text)
	}
	if isSkip(text) {
		return b.nextStep(ctx, t, true)
	}
	if isStop(text) {
		t.st = state{Recent: t.st.Recent}
		if err := b.finishOnboarding(ctx, t); err != nil {
			return err
		}
		return nil
	}
	return b.answerStep(ctx, t, text)
}

func (b *Bot) askStep(t *turn, step string) {
	skip := [][]Button{{{Label: lblSkip, Data: EncodeButton(ButtonData{Kind: 'o', Field: "skip", Value: step})}}}
	switch step {
	case stepZone:
		t.ask(fmt.Sprintf(txtAskZone, t.user.TZ), skip)
	case stepTime:
		t.ask(fmt.Sprintf(txtAskTime, t.user.CheckinTime), skip)
	case stepCountry:
		t.ask(txtAskCountry, skip)
	case stepQuiet:
		t.ask(txtQuietReask, skip)
	}
}

func (b *Bot) answerStep(ctx context.Context, t *turn, text string) error {
	step := t.st.Step
	switch step {
	case stepZone:
		place := stripPlace(text)
		name, _, err := parse.Zone(place)
		if err != nil {
			zone, guess, ok := parse.ZoneTypo(place)
			if !ok {
				t.say(txtZoneReask)
				return nil
			}
			// A slip of the keys: take the place it is closest to, and say
			// so, so that a wrong guess is seen at once.
			name = zone
			t.say(fmt.Sprintf(txtZoneTypo, clip(place, 40), guess))
		}
		t.user.TZ = name
	case stepTime:
		at, ok := b.readTime(t, text)
		if !ok {
			return b.saveState(ctx, t) // an am/pm question remembers its hour
		}
		t.user.CheckinTime = at
	case stepCountry:
		code, err := parse.Country(stripPlace(text))
		if err != nil {
			t.say(txtCountryReask)
			return nil
		}
		t.user.Country = code
	case stepQuiet:
		from, to, ok := quietText(text)
		if !ok {
			t.say(txtQuietReask)
			return nil
		}
		t.user.QuietStart, t.user.QuietEnd = from, to
	default:
		t.st.Step = stepZone
		b.askStep(t, stepZone)
		return b.saveUserAndState(ctx, t)
	}
	if err := b.nextStep(ctx, t, false); err != nil {
		return err
	}
	if !t.st.Once && t.st.Mode == modeOnboard {
		// Say what was understood, so a misreading shows at once.
		t.prefixLast(b.understood(t.user, step))
	}
	return nil
}

func (b *Bot) understood(u store.User, step string) string {
	switch step {
	case stepZone:
		return fmt.Sprintf(txtGotZone, u.TZ, b.now().In(b.loc(u)).Format("15:04"))
	case stepTime:
		return fmt.Sprintf(txtGotTime, u.CheckinTime)
	}
	return ""
}

// nextStep moves on after an answer (or a skip).
func (b *Bot) nextStep(ctx context.Context, t *turn, skipped bool) error {
	if t.st.Once {
		step := t.st.Step
		t.st = state{Recent: t.st.Recent}
		if err := b.rescheduleAndSave(ctx, t); err != nil {
			return err
		}
		if skipped {
			t.say(txtLeftAsItWas)
		} else {
			t.say(b.settingSaved(t.user, step))
		}
		return nil
	}
	next := map[string]string{stepZone: stepTime, stepTime: stepCountry}[t.st.Step]
	if next == "" {
		t.st = state{Recent: t.st.Recent}
		return b.finishOnboarding(ctx, t)
	}
	t.st.Step = next
	b.askStep(t, next)
	return b.saveUserAndState(ctx, t)
}

func (b *Bot) finishOnboarding(ctx context.Context, t *turn) error {
	first := t.user.OnboardedAt.IsZero()
	if first {
		t.user.OnboardedAt = b.now().UTC()
	}
	if err := b.reschedule(ctx, t, first); err != nil {
		return err
	}
	if err := b.saveUserAndState(ctx, t); err != nil {
		return err
	}
	t.say(txtOnboarded(t.user.CheckinTime, t.user.TZ, b.when(t.user, t.user.NextCheckin)) + "\n\n" + b.crisisNote(t.user))
	return nil
}

func (b *Bot) settingSaved(u store.User, step string) string {
	switch step {
	case stepCountry:
		return fmt.Sprintf(txtCountrySet, parse.CountryName(u.Country)) + " " + b.crisisNote(u)
	case stepQuiet:
		return fmt.Sprintf(txtQuietSet, u.QuietStart, u.QuietEnd)
	case stepZone:
		return fmt.Sprintf(txtZoneSet, u.TZ, b.when(u, u.NextCheckin))
	}
	return fmt.Sprintf(txtTimeSet, u.CheckinTime, u.TZ, b.when(u, u.NextCheckin))
}

func (b *Bot) saveUserAndState(ctx context.Context, t *turn) error {
	if err := b.db.UpdateUser(ctx, t.user); err != nil {
		return fmt.Errorf("bot: save settings: %w", err)
	}
	return b.saveState(ctx, t)
}

// when formats an instant in the person's zone, in words relative to now.
func (b *Bot) when(u store.User, at time.Time) string {
	if at.IsZero() {
		return "not scheduled"
	}
	loc := b.loc(u)
	now := b.now().In(loc)
	at = at.In(loc)
	switch {
	case at.Format("2006-01-02") == now.Format("2006-01-02"):
		return "today at " + at.Format("15:04")
	case at.Format("2006-01-02") == now.AddDate(0, 0, 1).Format("2006-01-02"):
		return "tomorrow at " + at.Format("15:04")
	default:
		return at.Format("Mon 2 Jan at 15:04")
	}
}

// clockText reads a time of day and returns it as "HH:MM".
func clockText(s string) (string, bool) {
	h, m, err := parse.Clock(s)
	if err != nil {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", h, m), true
}

// quietText reads "22:30-08:00" (also "22:30 to 8am").
func quietText(s string) (from, to string, ok bool) {
	s = strings.NewReplacer("–", "-", "—", "-", " to ", "-", " until ", "-").Replace(strings.ToLower(s))
	a, c, found := strings.Cut(s, "-")
	if !found {
		return "", "", false
	}
	from, ok1 := clockText(strings.TrimSpace(a))
	to, ok2 := clockText(strings.TrimSpace(c))
	return from, to, ok1 && ok2 && from != to
}

func isSkip(s string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(s), ".!")) {
	case "skip", "skip it", "pass", "next", "n/a", "na", "-", "–":
		return true
	}
	return false
}

func isStop(s string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(s), ".!")) {
	case "stop", "cancel", "later", "not now", "/cancel", "/stop", "quit", "exit":
		return true
	}
	return false
}

// crisisNote says what /crisis will show for the person's country, so
// nobody learns only in a hard moment that their country is not listed.
func (b *Bot) crisisNote(u store.User) string {
	switch c, ok := b.cfg.Crisis.For(u.Country); {
	case u.Country == "":
		return txtCrisisNoCountry
	case !ok || len(c.Lines) == 0: // an entry with only the emergency number
		return fmt.Sprintf(txtCrisisNotListed, parse.CountryName(u.Country))
	}
	return fmt.Sprintf(txtCrisisListed, parse.CountryName(u.Country))
}

// stripPlace drops the words around a place people naturally type:
// "I'm in Lisbon", "i live in new york", "near Berlin".
func stripPlace(s string) string {
	t := strings.TrimSpace(strings.ToLower(s))
	for _, p := range []string{"i'm in ", "i’m in ", "im in ", "i am in ", "i live in ", "living in ", "based in ", "near ", "in "} {
		if strings.HasPrefix(t, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}
