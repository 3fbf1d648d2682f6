package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/checkin-bot/checkin/bot/parse"
)

// edited amends the answer an edited message gave.
func (b *Bot) edited(ctx context.Context, t *turn, text string) error {
	if done, err := b.planEdited(ctx, t, text); done || err != nil {
		return err
	}
	var hits []answered
	for _, a := range t.st.Recent {
		if a.Msg == t.in.MessageID {
			hits = append(hits, a)
		}
	}
	if len(hits) == 0 {
		t.say(txtEditUnknown)
		return nil
	}
	day := hits[0].Day
	if len(hits) == 1 && hits[0].Item == itemNote {
		c, err := b.loadDay(ctx, t.user, day)
		if err != nil {
			return err
		}
		replaced := replaceNotePart(c.Note, hits[0].Text, text)
		c.Note = ""
		cut := addNote(&c, replaced) // the same bound as a new note
		for i := range t.st.Recent {
			if t.st.Recent[i].Msg == t.in.MessageID && t.st.Recent[i].Item == itemNote {
				t.st.Recent[i].Text = strings.TrimSpace(text)
			}
		}
		if err := b.db.SaveTurn(ctx, t.user.ID, &c, encodeState(t.st)); err != nil {
			return fmt.Errorf("bot: save edited note: %w", err)
		}
		if cut {
			t.say(txtNoteUpdated + " " + fmt.Sprintf(txtNoteTooLong, maxNoteRunes))
		} else {
			t.say(txtNoteUpdated)
		}
		return nil
	}
	var f parse.Fields
	var err error
	if name, args, ok := command(text); ok && (name == "checkin" || name == "c") {
		f, err = parse.OneLine(args)
	} else if len(hits) == 1 {
		f, err = parseItem(hits[0].Item, text)
		if err != nil {
			f, err = parse.Free(text)
		}
	} else {
		f, err = parse.Free(text)
		if answeredMood(hits) {
			// It answered the mood question with more ("4, slept 5h"): read
			// it again the same way, mood first.
			if g, gerr := parse.OneLine(text); gerr == nil && g.Mood != nil {
				f, err = g, nil
			}
		}
	}
	if err != nil || f.Empty() {
		t.say(txtEditUnclear)
		return nil
	}
	saved := t.st
	t.st.Mode = modeIdle // an edit never moves the open dialogue on
	err = b.record(ctx, t, day, f, "", "")
	t.st = saved
	if err != nil {
		return err
	}
	return b.saveState(ctx, t)
}

func answeredMood(hits []answered) bool {
	for _, a := range hits {
		if a.Item == itemMood {
			return true
		}
	}
	return false
}

func itemName(s string) string {
	switch s {
	case "sleep", "hours", "sleep_hours":
		return itemSleep
	case "quality", "sleep_quality":
		return itemQuality
	case "medication", "meds", "med":
		return itemMed
	}
	return s
}

// replaceNotePart swaps one message's words in a note built from several
// messages ("a; b"), keeping the others; without the old words it replaces
// the whole note.
func replaceNotePart(note, old, repl string) string {
	if old != "" && strings.Contains(note, old) {
		return strings.Replace(note, old, strings.TrimSpace(repl), 1)
	}
	return strings.TrimSpace(repl)
}
