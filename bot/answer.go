package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/checkin-bot/checkin/bot/parse"
)

// record saves answers for day in one transaction with the dialogue state,
// echoes what was understood, and asks the next question when day is the
// open check-in. item is the question the answer was for ("" when the
// person wrote keyed values on their own).
func (b *Bot) record(ctx context.Context, t *turn, day string, f parse.Fields, note, item string) error {
	// A message the platform delivered again (a crash before its update
	// was confirmed, a webhook retry) is handled again, for the day it
	// answered: its values land the same, but its note is not added twice.
	first, again := "", false
	if t.in.Data == "" {
		first, again = t.st.recorded(t.in.MessageID)
	}
	if again {
		day = first
	}
	c, err := b.loadDay(ctx, t.user, day)
	if err != nil {
		return err
	}
	ch := apply(&c, f)
	noteCut := false
	if !again || !t.st.noted(t.in.MessageID, note) {
		noteCut = addNote(&c, note)
	}
	var items []string
	for _, x := range ch {
		items = append(items, x.item)
	}
	if note != "" {
		items = append(items, itemNote)
	}
	if t.in.Data == "" && !again { // only typed messages can be edited later
		t.st.remember(t.in.MessageID, day, strings.TrimSpace(note), items...)
	}

	open := t.st.Mode == modeCheckin && t.st.Day == day
	next := ""
	if open {
		after := t.st.Step
		if item != "" && item != t.st.Step {
			after = ""
		}
		switch {
		case t.again != "":
			next = t.again
		case t.st.Once && answeredItem(c, t.st.Step):
			next = "" // one value asked again outside a check-in: done
		case answeredItem(c, t.st.Step) || item == t.st.Step:
			next = b.nextItem(c, after)
		default:
			next = t.st.Step
		}
		if t.quiet && next != t.st.Step {
			// A risk message moved the check-in on: close it rather than
			// leave a question pending that was never shown.
			open, next = false, ""
		}
		if next == "" {
			t.st.Mode, t.st.Step, t.st.Day, t.st.Once = modeIdle, "", "", false
		} else {
			t.st.Step = next
		}
	}
	if err := b.db.SaveTurn(ctx, t.user.ID, &c, encodeState(t.st)); err != nil {
		return fmt.Errorf("bot: save answer: %w", err)
	}
	b.obs.CheckinStored(t.in.Platform)

	msg := echo(ch)
	if note != "" {
		if msg != "" {
			msg += " "
		}
		msg += txtNoted
		if noteCut {
			msg += " " + fmt.Sprintf(txtNoteTooLong, maxNoteRunes)
		}
	}
	if t.ack == "" {
		t.ack = msg
	}
	// A button press shows the echo on the pressed prompt itself; a typed
	// answer gets it as the first line of the next message, so a
	// check-in stays one message per question.
	lead := msg
	if t.in.Data != "" {
		lead = ""
	}
	switch {
	case open && next != "":
		short := t.reask != "" || t.choice != nil
		b.askItem(t, day, next)
		if short && lead != "" {
			// "Got it: mood 6. 26 hours of sleep can't be right …": one line.
			r := &t.replies[len(t.replies)-1]
			r.Text = lead + " " + r.Text
			return nil
		}
		t.prefixLast(lead)
		return nil
	case open:
		t.replies = append(t.replies, Reply{Text: joinLines(lead, txtCheckinDone), Private: true})
		return b.afterCheckin(ctx, t, day)
	}
	if lead != "" {
		t.replies = append(t.replies, Reply{Text: lead, Private: true})
	}
	if c.Mood != nil && f.Mood != nil && !t.quiet {
		// A one-line or free-text check-in outside a prompt.
		return b.afterCheckin(ctx, t, day)
	}
	return nil
}

// text handles a typed message from a person who has finished consent.
func (b *Bot) text(ctx context.Context, t *turn, text string) error {
	if t.in.Edited {
		return b.edited(ctx, t, text)
	}
	if b.planRepeat(t) {
		return nil
	}
	if t.st.Mode == modeDelete && t.st.Day != b.today(t.user) {
		// A confirmation asked on another day has lapsed: an old "yes"
		// must never erase everything.
		t.st = state{Recent: t.st.Recent}
	}
	switch t.st.Mode {
	case modeDelete:
		return b.deleteAnswer(ctx, t, text)
	case modePHQ9:
		return b.phqText(ctx, t, text)
	case modeNote:
		return b.noteOffer(ctx, t, text)
	case modeMed:
		return b.medText(ctx, t, text)
	case modePlan:
		return b.planText(ctx, t, text)
	case modeTrusted:
		return b.trustedText(ctx, t, text)
	}
	if isStop(text) {
		if t.st.Mode == modeIdle {
			t.say(txtNothingOpen)
			return nil
		}
		if t.st.Mode == modeCheckin && t.st.Pending != "" {
			if err := b.keepPendingInCheckin(ctx, t); err != nil {
				return err
			}
		}
		t.st = state{Recent: t.st.Recent}
		t.say(txtStopped)
		return b.saveState(ctx, t)
	}
	day := b.openDay(t)
	if t.st.Mode == modeCheckin && t.st.Step == itemNote && !isSkip(text) {
		// The note question takes the words as they are.
		return b.record(ctx, t, day, parse.Fields{}, text, itemNote)
	}
	if t.st.Mode == modeCheckin {
		return b.answerCheckin(ctx, t, day, text)
	}
	// Keyed values ("mood 6, slept 5h") work at any time; each counts on
	// its own, and only a wrong one is asked again.
	f, problems := parse.FreeEach(text)
	if !f.Empty() || len(problems) > 0 {
		return b.recordMixed(ctx, t, day, f, noteOf(f.Rest), "", problems, nil)
	}
	if isSkip(text) {
		t.say(txtNothingOpen)
		return nil
	}
	if done, err := b.correct(ctx, t, day, text); done || err != nil {
		return err
	}
	return b.stray(ctx, t, text)
}

// skip moves past an item without a value.
func (b *Bot) skip(ctx context.Context, t *turn, day, item string) error {
	c, err := b.loadDay(ctx, t.user, day)
	if err != nil {
		return err
	}
	next := b.nextItem(c, item)
	if t.st.Once {
		next = "" // one value asked again outside a check-in
	}
	t.ack = txtSkipped
	if next == "" {
		t.st.Mode, t.st.Step, t.st.Day, t.st.Once = modeIdle, "", "", false
		if err := b.saveState(ctx, t); err != nil {
			return err
		}
		t.replies = append(t.replies, Reply{Text: txtCheckinDone, Private: true})
		if c.Answered() {
			return b.afterCheckin(ctx, t, day)
		}
		return nil
	}
	t.st.Mode, t.st.Step, t.st.Day = modeCheckin, next, day
	b.askItem(t, day, next)
	return b.saveState(ctx, t)
}

// stray is a message that answers nothing: greet, or offer to keep it as
// today's note so nothing the person said is lost.
func (b *Bot) stray(ctx context.Context, t *turn, text string) error {
	switch normWord(text) {
	case "hi", "hello", "hey", "hallo", "moin", "yo":
		t.say(txtHi + " " + txtUnknownText)
		return nil
	case "thanks", "thank you", "thx", "ty", "ok", "okay", "cool", "great", "👍":
		t.say(txtWelcomeBack)
		return nil
	case "help", "?":
		t.say(txtHelp())
		return nil
	case "checkin", "check in", "check-in":
		return b.startCheckin(ctx, t, b.today(t.user))
	}
	if t.st.noted(t.in.MessageID, clip(text, maxNoteRunes)) {
		// Delivered again after it became a note: keep it once.
		t.replies = append(t.replies, Reply{Text: txtNoted, Private: true})
		return nil
	}
	t.st.Mode, t.st.Pending, t.st.Day = modeNote, clip(text, maxNoteRunes), b.today(t.user)
	t.st.PendingMsg = t.in.MessageID
	yes := EncodeButton(ButtonData{Kind: 'n', Field: "save", Day: b.today(t.user), Value: "yes"})
	no := EncodeButton(ButtonData{Kind: 'n', Field: "save", Day: b.today(t.user), Value: "no"})
	// Two short lines: the offer, and how to check in.
	t.ask(txtOfferNote+"\n"+txtHowToCheckIn, [][]Button{{{Label: lblSaveNote, Data: yes}, {Label: lblDontSave, Data: no}}})
	return b.saveState(ctx, t)
}

// noteOffer takes the answer to "save that as a note?"; anything else is
// handled as a new message.
func (b *Bot) noteOffer(ctx context.Context, t *turn, text string) error {
	if t.in.MessageID != "" && t.in.MessageID == t.st.PendingMsg {
		return b.stray(ctx, t, text) // the offered message, delivered again: offer again
	}
	yes, err := parse.YesNo(text)
	pending, msg, day := t.st.Pending, t.st.PendingMsg, t.st.Day
	t.st.Mode, t.st.Pending, t.st.PendingMsg, t.st.Day = modeIdle, "", "", ""
	if err == nil {
		return b.saveNote(ctx, t, yes, pending)
	}
	// They went on without saying no: keep their words rather than lose them.
	if err := b.keepPending(ctx, t, pending, msg, day); err != nil {
		return err
	}
	return b.text(ctx, t, text)
}

// keepPending saves a stray message (msg) that was offered as a note, when
// the person moved on without answering the offer. It is remembered as
// msg's answer, so an edit of msg amends the note and a second delivery of
// msg does not keep it twice.
func (b *Bot) keepPending(ctx context.Context, t *turn, pending, msg, day string) error {
	if pending == "" || t.st.noted(msg, pending) {
		return nil
	}
	if day == "" {
		day = b.today(t.user)
	}
	c, err := b.loadDay(ctx, t.user, day)
	if err != nil {
		return err
	}
	addNote(&c, pending)
	t.st.remember(msg, day, strings.TrimSpace(pending), itemNote)
	if err := b.db.SaveTurn(ctx, t.user.ID, &c, encodeState(t.st)); err != nil {
		return fmt.Errorf("bot: keep note: %w", err)
	}
	t.say(txtKeptNote)
	return nil
}

func (b *Bot) saveNote(ctx context.Context, t *turn, yes bool, pending string) error {
	if !yes || pending == "" {
		t.say(txtNoteDropped)
		t.ack = txtNoteDropped
		return b.saveState(ctx, t)
	}
	t.ack = txtNoteSaved
	return b.record(ctx, t, b.today(t.user), parse.Fields{}, pending, itemNote)
}
