package bot

import (
	"context"
	"strings"
	"unicode"

	"github.com/checkin-bot/checkin/bot/parse"
	"github.com/checkin-bot/checkin/store"
)

// denied answers someone access.allow does not admit. Risk words still get
// the crisis reply first: crisis lines are for anyone. Nothing is stored.
func (b *Bot) denied(t *turn) Response {
	resp := Response{Replies: []Reply{{Text: txtAccessDenied}}, Ack: txtAccessDenied, Stale: t.in.Data != ""}
	if t.in.Data != "" {
		return resp
	}
	if r := detectAll(t.full); r.Risk() {
		b.obs.FlagRaised("acute." + r.Level.String())
		crisis := Reply{Text: b.acuteText(t, r), Urgent: true}
		resp.Replies = append([]Reply{crisis}, resp.Replies...)
	}
	return resp
}

// quietly records what a risk message also answers, after the crisis reply:
// check-in values typed with it ("4, slept 5 h, i want to die" at the mood
// question, "/checkin 2 4 …", "mood 2, …"), the words for an open note
// question, an edit of an earlier answer. Nothing is asked next: the
// routine questions pause for the safety reply, and a check-in the message
// moved on is closed, so no question is pending that the person was not
// shown (/checkin carries on where it stopped). Onboarding answers and
// other commands are not acted on; a command says so.
func (b *Bot) quietly(ctx context.Context, t *turn) error {
	if !t.known || t.user.ConsentAt.IsZero() || t.st.Mode == modeOnboard {
		return nil
	}
	saved := len(t.replies)
	t.quiet = true
	err := b.quietAnswer(ctx, t)
	t.quiet = false
	if err != nil {
		return err
	}
	// Keep the safety reply and the echo of what was stored; drop questions,
	// re-asks and offers.
	kept := t.replies[:saved]
	for _, r := range t.replies[saved:] {
		line := firstLine(r.Text)
		if echoLine(line) {
			kept = append(kept, Reply{Text: line, Private: true})
		}
	}
	t.replies = kept
	return nil
}

// echoLine reports whether a reply line says what was stored.
func echoLine(line string) bool {
	for _, p := range []string{txtGotIt, txtUpdated, txtNoted, txtNoteUpdated, txtRiskCommandHeld, txtPlanKeptForLater} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

func (b *Bot) quietAnswer(ctx context.Context, t *turn) error {
	text := t.in.Text
	if t.in.Edited {
		return b.edited(ctx, t, text)
	}
	if _, again := t.st.recorded(t.in.MessageID); again {
		return b.echoRecorded(ctx, t)
	}
	if name, args, ok := command(text); ok {
		switch {
		case (name == "checkin" || name == "c") && args != "":
			return b.oneLine(ctx, t, args)
		case name == "crisis" || name == "sos" || name == "help" || name == "start" || args == "":
			return nil
		}
		t.say(txtRiskCommandHeld)
		return nil
	}
	if t.st.Mode == modePlan {
		return b.planQuietly(ctx, t)
	}
	day := b.openDay(t)
	open := t.st.Mode == modeCheckin
	if open && t.st.Step == itemNote {
		return b.record(ctx, t, day, parse.Fields{}, text, itemNote)
	}
	f, item := riskFields(t.st, text)
	if f.Empty() {
		return nil
	}
	rest := f.Rest
	if len([]rune(rest)) < 3 {
		rest = ""
	}
	return b.record(ctx, t, day, f, rest, item)
}

// riskFields reads the check-in values a risk message carries, as the
// open question would read them (parse.ReadAnswer: at the mood question
// "4, slept 5 h, …" is mood 4 and 5 hours), keyed ones at any time, and a
// bare answer leading the message ("6, i can't go on"). Values that need
// asking again are left out: nothing is asked now. item is the open
// question when the message answered it.
func riskFields(st state, text string) (parse.Fields, string) {
	if st.Mode != modeCheckin {
		// A wrong value ("slept 26 hours") does not spoil the good ones;
		// it is not asked about now.
		f, _ := parse.FreeEach(text)
		return f, ""
	}
	step := st.Step
	if a := parse.ReadAnswer(text, parseItemName(step)); !a.Empty() {
		if hasValue(a.Fields, step) {
			return a.Fields, step
		}
		return a.Fields, ""
	}
	lead, rest := leadingAnswer(text)
	g, err := parseItem(step, lead)
	if err != nil {
		return parse.Fields{}, ""
	}
	g.Rest = rest
	return g, step
}

// leadingAnswer splits off the first clause of a message ("6, i can't go
// on" → "6"), or its first word when there is no clause break.
func leadingAnswer(text string) (lead, rest string) {
	text = strings.TrimSpace(text)
	if i := strings.IndexFunc(text, func(r rune) bool { return strings.ContainsRune(",;.!?\n—–", r) }); i > 0 {
		// A decimal point inside a number ("6.5") is not a clause break.
		if text[i] != '.' || i+1 >= len(text) || !unicode.IsDigit(rune(text[i+1])) {
			return strings.TrimSpace(text[:i]), strings.TrimSpace(strings.TrimLeft(text[i:], ",;.!?\n—– "))
		}
	}
	lead, rest, _ = strings.Cut(text, " ")
	return lead, strings.TrimSpace(rest)
}

// echoRecorded answers a risk message delivered again with what it stored
// the first time, instead of reading it anew against a dialogue that has
// moved on since.
func (b *Bot) echoRecorded(ctx context.Context, t *turn) error {
	day, _ := t.st.recorded(t.in.MessageID)
	c, err := b.loadDay(ctx, t.user, day)
	if err != nil {
		return err
	}
	var ch []change
	noted := false
	for _, a := range t.st.Recent {
		if a.Msg != t.in.MessageID {
			continue
		}
		if a.Item == itemNote {
			noted = true
			continue
		}
		if v, ok := itemValue(c, a.Item); ok {
			ch = append(ch, change{item: a.Item, new: v})
		}
	}
	msg := echo(ch)
	if noted {
		msg = strings.TrimSpace(msg + " " + txtNoted)
	}
	if msg != "" {
		t.replies = append(t.replies, Reply{Text: msg, Private: true})
	}
	return nil
}

// itemValue formats one item's stored value as the echo shows it.
func itemValue(c store.Checkin, item string) (string, bool) {
	num := func(p *int) (string, bool) {
		if p == nil {
			return "", false
		}
		return fmtItem(item, float64(*p)), true
	}
	switch item {
	case itemMood:
		return num(c.Mood)
	case itemQuality:
		return num(c.SleepQuality)
	case itemEnergy:
		return num(c.Energy)
	case itemInterest:
		return num(c.Interest)
	case itemFunctioning:
		return num(c.Functioning)
	case itemSleep:
		if c.SleepHours != nil {
			return fmtItem(item, *c.SleepHours), true
		}
	case itemMed:
		if c.MedTaken != nil {
			return fmtMed(*c.MedTaken), true
		}
	}
	return "", false
}
