package bot

import (
	"context"
	"strconv"
	"strings"

	"github.com/checkin-bot/checkin/bot/parse"
	"github.com/checkin-bot/checkin/bot/stats"
)

// button handles a press. Button data may be old or forged: it changes
// something only when its shape and its meaning both check out.
func (b *Bot) button(ctx context.Context, t *turn) error {
	d, ok := DecodeButton(t.in.Data)
	if !ok {
		return b.staleButton(t, txtBadButton)
	}
	if d.Kind == 'o' && d.Field == "consent" {
		if d.Value == "yes" {
			t.ack = txtThanks
			if t.known && !t.user.ConsentAt.IsZero() {
				return b.start(ctx, t)
			}
			return b.consented(ctx, t)
		}
		if d.Value == "no" {
			t.ack = txtOkay
			return b.consent(ctx, t, "no")
		}
		return b.staleButton(t, txtBadButton)
	}
	if d.Kind == 't' && d.Field == "untrust" {
		return b.untrustButton(ctx, t, d) // the trusted person need not be set up
	}
	if !t.known || t.user.ConsentAt.IsZero() {
		t.stale = true
		t.ack = txtNotStarted
		b.welcome(t, false)
		return nil
	}
	switch d.Kind {
	case 'c':
		return b.checkinButton(ctx, t, d)
	case 'o':
		return b.onboardButton(ctx, t, d)
	case 'p':
		return b.phqButton(ctx, t, d)
	case 's':
		return b.planButton(ctx, t, d)
	case 't':
		return b.trustedButton(ctx, t, d)
	case 'x':
		if d.Field != "delete" || t.st.Mode != modeDelete || t.st.Day != b.today(t.user) || (d.Value != "yes" && d.Value != "no") {
			return b.staleButton(t, txtStaleButton)
		}
		return b.deleteConfirmed(ctx, t, d.Value == "yes")
	case 'n':
		if t.st.Mode == modeCheckin && t.st.Pending != "" && d.Day == t.st.Day && (d.Value == "yes" || d.Value == "no") {
			// Offered during a check-in: the question stays open.
			return b.answerNoteOffer(ctx, t, d.Day, d.Value == "yes")
		}
		if t.st.Mode != modeNote || d.Day != b.today(t.user) || (d.Value != "yes" && d.Value != "no") {
			return b.staleButton(t, txtStaleButton)
		}
		pending := t.st.Pending
		t.st.Mode, t.st.Pending, t.st.PendingMsg = modeIdle, "", ""
		return b.saveNote(ctx, t, d.Value == "yes", pending)
	}
	return b.staleButton(t, txtBadButton)
}

func (b *Bot) staleButton(t *turn, why string) error {
	t.stale = true
	t.ack = why
	return nil
}

func (b *Bot) checkinButton(ctx context.Context, t *turn, d ButtonData) error {
	if !b.enabled(d.Field) || d.Field == itemNote && d.Value != "skip" {
		return b.staleButton(t, txtBadButton)
	}
	// Buttons count for the open prompt's day, today, or yesterday's prompt
	// answered after midnight; anything older is stale.
	if d.Day == "" {
		return b.staleButton(t, txtBadButton) // check-in buttons always carry their day
	}
	today := b.today(t.user)
	age := stats.DaysBetween(d.Day, today)
	if age < 0 || age > 1 || (age == 1 && !(t.st.Mode == modeCheckin && t.st.Day == d.Day && b.stillOpen(t.user, d.Day))) {
		return b.staleButton(t, txtStaleButton)
	}
	if t.st.Mode == modeCheckin && t.st.Pending != "" {
		// A sentence offered as a note, and the person answered or skipped
		// the question instead: keep their words.
		if err := b.keepPendingInCheckin(ctx, t); err != nil {
			return err
		}
	}
	if d.Value == "skip" {
		if d.Field == itemMood || d.Field == itemSleep || d.Field == itemQuality {
			return b.staleButton(t, txtBadButton)
		}
		if t.st.Mode != modeCheckin || t.st.Day != d.Day {
			t.st.Mode, t.st.Day = modeCheckin, d.Day
		}
		return b.skip(ctx, t, d.Day, d.Field)
	}
	if d.Value == "other" {
		// "Other" under a guessed rating: the whole scale again.
		t.ack = txtOkay
		t.st.Mode, t.st.Day, t.st.Step = modeCheckin, d.Day, d.Field
		b.askItem(t, d.Day, d.Field)
		return b.saveState(ctx, t)
	}
	f, ok := buttonValue(d.Field, d.Value)
	if !ok {
		return b.staleButton(t, txtBadButton)
	}
	if t.st.Mode != modeCheckin || t.st.Day != d.Day {
		// A press on today's prompt re-opens it, even after a restart or a detour.
		t.st.Mode, t.st.Day, t.st.Step = modeCheckin, d.Day, d.Field
	}
	return b.record(ctx, t, d.Day, f, "", d.Field)
}

// buttonValue checks a button's value strictly: buttons only ever carry
// the exact values checkin put there.
func buttonValue(item, v string) (parse.Fields, bool) {
	var f parse.Fields
	switch item {
	case itemMood, itemEnergy, itemInterest, itemQuality, itemFunctioning:
		n, err := strconv.Atoi(v)
		lo, hi := ratingRange(item)
		if err != nil || n < lo || n > hi || strconv.Itoa(n) != v {
			return f, false
		}
		setRating(&f, item, n)
	case itemSleep:
		h, err := strconv.ParseFloat(v, 64)
		// Only the plain decimals checkin writes: no NaN, Inf, exponents or signs.
		if err != nil || strings.Trim(v, "0123456789.") != "" || h > 24 || strconv.FormatFloat(h, 'f', -1, 64) != v {
			return f, false
		}
		f.Sleep = &h
	case itemMed:
		if v != "yes" && v != "no" {
			return f, false
		}
		y := v == "yes"
		f.Med = &y
	default:
		return f, false
	}
	return f, true
}

func (b *Bot) onboardButton(ctx context.Context, t *turn, d ButtonData) error {
	switch d.Field {
	case "skip":
		if t.st.Mode != modeOnboard || t.st.Step != d.Value {
			return b.staleButton(t, txtStaleButton)
		}
		t.ack = txtSkipped
		return b.nextStep(ctx, t, true)
	case "at":
		at, ok := t.timeButton(d.Value)
		if !ok {
			return b.staleButton(t, txtStaleButton)
		}
		t.ack = txtOkay
		return b.answerStep(ctx, t, at)
	case "change":
		switch d.Value {
		case "done":
			t.ack = txtOkay
			t.say(txtNothingChanged)
			return nil
		case stepZone, stepTime, stepCountry, stepQuiet:
			t.ack = txtOkay
			return b.setOne(ctx, t, d.Value, "")
		}
	}
	return b.staleButton(t, txtBadButton)
}
