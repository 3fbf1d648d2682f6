package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/checkin-bot/checkin/bot/parse"
)

// answerCheckin reads a message typed while a check-in question is open.
// Every value it carries is read on its own: the clear ones are stored and
// echoed, and only a wrong, missing or hesitant one is asked again. A
// sentence with no values is offered as a note, and the question asked
// again in one short line.
func (b *Bot) answerCheckin(ctx context.Context, t *turn, day, text string) error {
	item := t.st.Step
	if t.st.Pending != "" && t.in.MessageID != "" && t.in.MessageID == t.st.PendingMsg {
		// The offered sentence, delivered again: offer it again.
		t.st.Pending, t.st.PendingMsg = "", ""
		return b.offerNoteAtStep(ctx, t, day, text)
	}
	if t.st.Pending != "" {
		// An earlier sentence was offered as a note: a yes or no answers
		// that; anything else moves on, and the sentence is kept.
		if yes, err := parse.YesNo(text); err == nil && item != itemMed && !isSkip(text) {
			return b.answerNoteOffer(ctx, t, day, yes)
		}
		if err := b.keepPendingInCheckin(ctx, t); err != nil {
			return err
		}
	}
	if isSkip(text) {
		return b.skip(ctx, t, day, item)
	}
	if item == itemNote {
		return b.record(ctx, t, day, parse.Fields{}, text, itemNote)
	}
	if done, err := b.correct(ctx, t, day, text); done || err != nil {
		return err
	}
	a := parse.ReadAnswer(text, parseItemName(item))
	if !a.Empty() || len(a.Problems) > 0 {
		return b.recordMixed(ctx, t, day, a.Fields, noteOf(a.Rest), item, a.Problems, a.Choice)
	}
	if a.Choice != nil {
		b.askChoice(t, day, item, *a.Choice)
		return nil
	}
	if sentence(text) && !unsure(text) {
		return b.offerNoteAtStep(ctx, t, day, text)
	}
	t.say(reask(item))
	return nil
}

// recordMixed stores the clear values of a message and then asks about
// the first wrong one (or the step's hesitant value) in one short line,
// after the echo of what was stored.
func (b *Bot) recordMixed(ctx context.Context, t *turn, day string, f parse.Fields, note, step string,
	problems []*parse.FieldError, choice *parse.RatingRead) error {
	var ask *parse.FieldError
	for _, p := range problems {
		if it := itemName(p.Item); b.enabled(it) {
			ask = p
			break
		}
	}
	item := ""
	if step != "" && hasValue(f, step) {
		item = step
	}
	switch {
	case ask != nil:
		it := itemName(ask.Item)
		if t.st.Mode != modeCheckin {
			// Outside a check-in only this value is asked again.
			t.st.Once = true
		}
		t.st.Mode, t.st.Step, t.st.Day = modeCheckin, it, day
		t.reask, t.again = problemLine(it, ask), it
		item = ""
	case choice != nil && step != "":
		t.choice = choice
	}
	if f.Empty() && note == "" {
		// Nothing to store: only the question.
		if t.st.Mode == modeCheckin {
			b.askItem(t, day, t.st.Step)
		}
		return b.saveState(ctx, t)
	}
	return b.record(ctx, t, day, f, note, item)
}

// problemLine says what was wrong with a value and what is expected, in
// one line: "26 hours of sleep can't be right for one night — how many
// hours did you sleep?"
func problemLine(item string, p *parse.FieldError) string {
	if errors.Is(p.Err, parse.ErrOutOfRange) && p.Value != "" {
		if item == itemSleep {
			return fmt.Sprintf(txtSleepImpossible, p.Value)
		}
		lo, hi := ratingRange(item)
		return fmt.Sprintf(txtRatingImpossible, p.Value, itemLabel(item), lo, hi)
	}
	return reask(item)
}

// offerNoteAtStep offers a sentence with no values as today's note and
// asks the open question again, in two short lines with both sets of
// buttons.
func (b *Bot) offerNoteAtStep(ctx context.Context, t *turn, day, text string) error {
	if t.st.noted(t.in.MessageID, clip(text, maxNoteRunes)) {
		t.replies = append(t.replies, Reply{Text: txtNoted, Private: true})
		return nil
	}
	t.st.Pending, t.st.PendingMsg = clip(text, maxNoteRunes), t.in.MessageID
	t.reask = txtOfferNoteShort + "\n" + stepAgain(t.st.Step)
	b.askItem(t, day, t.st.Step)
	if n := len(t.replies); n > 0 {
		r := &t.replies[n-1]
		yes := EncodeButton(ButtonData{Kind: 'n', Field: "save", Day: day, Value: "yes"})
		no := EncodeButton(ButtonData{Kind: 'n', Field: "save", Day: day, Value: "no"})
		r.Buttons = append([][]Button{{{Label: lblSaveNote, Data: yes}, {Label: lblDontSave, Data: no}}}, r.Buttons...)
	}
	return b.saveState(ctx, t)
}

// answerNoteOffer takes "save that as a note?" during a check-in, then
// asks the open question again.
func (b *Bot) answerNoteOffer(ctx context.Context, t *turn, day string, yes bool) error {
	pending := t.st.Pending
	t.st.Pending, t.st.PendingMsg = "", ""
	if yes && pending != "" {
		t.ack = txtNoteSaved
		return b.record(ctx, t, day, parse.Fields{}, pending, itemNote)
	}
	t.ack = txtNoteDropped
	t.reask = txtNoteDropped + " " + stepAgain(t.st.Step)
	b.askItem(t, day, t.st.Step)
	return b.saveState(ctx, t)
}

// keepPendingInCheckin keeps a sentence offered as a note when the person
// went on without answering the offer: nothing they said is lost.
func (b *Bot) keepPendingInCheckin(ctx context.Context, t *turn) error {
	pending, msg, day := t.st.Pending, t.st.PendingMsg, t.st.Day
	t.st.Pending, t.st.PendingMsg = "", ""
	return b.keepPending(ctx, t, pending, msg, day)
}

// sentence reports whether text has words enough to be worth keeping as
// a note: two words of letters, or one long one.
func sentence(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	long := 0
	for _, w := range words {
		if len([]rune(w)) >= 2 {
			long++
		}
	}
	return long >= 2
}

// unsureWords make up an answer that says only "I don't know": it is
// asked again, not offered as a note.
var unsureWords = map[string]bool{
	"not": true, "sure": true, "idk": true, "dunno": true, "don't": true, "dont": true,
	"know": true, "no": true, "idea": true, "hmm": true, "hmmm": true, "um": true, "uh": true,
	"i": true, "really": true, "can't": true, "cant": true, "remember": true, "say": true,
	"what": true, "huh": true, "tell": true, "hard": true, "to": true, "unsure": true,
	"clue": true, "honestly": true, "do": true, "n't": true, "well": true,
}

// unsure reports whether text only says the person does not know.
func unsure(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for _, w := range words {
		if !unsureWords[strings.ReplaceAll(w, "’", "'")] {
			return false
		}
	}
	return len(words) > 0
}

// noteOf is the unread part of a message worth keeping as a note: not a
// stray connecting word left beside the values ("6 with 8 hours sleep").
func noteOf(rest string) string {
	if len([]rune(rest)) < 3 || glueWords[strings.ToLower(strings.TrimSpace(rest))] {
		return ""
	}
	return rest
}

var glueWords = map[string]bool{
	"with": true, "and": true, "but": true, "also": true, "then": true, "plus": true, "the": true,
	"for": true, "about": true, "around": true, "like": true, "maybe": true, "today": true,
}

// hasValue reports whether f answers item.
func hasValue(f parse.Fields, item string) bool {
	switch item {
	case itemMood:
		return f.Mood != nil
	case itemSleep:
		return f.Sleep != nil
	case itemQuality:
		return f.Quality != nil
	case itemEnergy:
		return f.Energy != nil
	case itemInterest:
		return f.Interest != nil
	case itemMed:
		return f.Med != nil
	case itemFunctioning:
		return f.Functioning != nil
	}
	return false
}

// parseItemName is the parse package's name of a check-in item.
func parseItemName(item string) string {
	switch item {
	case itemMood:
		return parse.ItemMood
	case itemSleep:
		return parse.ItemSleep
	case itemQuality:
		return parse.ItemQuality
	case itemEnergy:
		return parse.ItemEnergy
	case itemInterest:
		return parse.ItemInterest
	case itemMed:
		return parse.ItemMed
	case itemFunctioning:
		return parse.ItemFunctioning
	}
	return ""
}
