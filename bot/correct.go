package bot

import (
	"context"
	"slices"
	"strings"

	"github.com/checkin-bot/checkin/store"
)

// correctionCues open a message that changes an answer just given:
// "actually make that a 5", "sorry, I meant 4", "change it to 6".
var correctionCues = []string{
	"actually", "sorry", "oops", "correction", "no wait", "wait", "i meant", "meant",
	"make that", "make it", "change that to", "change it to", "change to", "rather",
}

// correctionValue returns what follows the cues of a correction, or false
// when the message does not open with one.
func correctionValue(text string) (string, bool) {
	s := strings.ToLower(strings.TrimSpace(text))
	found := false
	for {
		s = strings.TrimLeft(s, " ,.;:!-—–")
		cut := false
		for _, c := range correctionCues {
			if rest, ok := strings.CutPrefix(s, c); ok && (rest == "" || !isLetter(rest[0])) {
				s, cut, found = rest, true, true
				break
			}
		}
		if !cut {
			break
		}
	}
	s = strings.TrimSpace(s)
	return s, found && s != ""
}

// answeredBefore is the nearest item before step, in the order they are
// asked, that has a value.
func (b *Bot) answeredBefore(c store.Checkin, step string) string {
	its := b.items()
	i := slices.Index(its, step)
	for i--; i >= 0; i-- {
		if answeredItem(c, its[i]) {
			return its[i]
		}
	}
	return ""
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' }

// lastAnswered is the item the person answered last on day, for a
// correction that names no item ("make that a 5").
func lastAnswered(st state, day string) string {
	for i := len(st.Recent) - 1; i >= 0; i-- {
		a := st.Recent[i]
		if a.Day != day {
			continue
		}
		switch a.Item {
		case itemMood, itemSleep, itemQuality, itemEnergy, itemInterest, itemFunctioning, itemMed:
			return a.Item
		}
	}
	return ""
}

// correct applies a correction of the last answer of day ("actually make
// that a 5") and reports whether the message was one. At a check-in
// question the value goes to the answer before, and the question is asked
// again; a value the last item cannot take is left to the usual reading.
func (b *Bot) correct(ctx context.Context, t *turn, day, text string) (bool, error) {
	v, ok := correctionValue(text)
	if !ok {
		return false, nil
	}
	item := lastAnswered(t.st, day)
	if t.st.Mode == modeCheckin {
		// At a question, the answer before it (typed or tapped).
		c, err := b.loadDay(ctx, t.user, day)
		if err != nil {
			return false, err
		}
		item = b.answeredBefore(c, t.st.Step)
	}
	if item == "" {
		return false, nil
	}
	f, err := parseItem(item, v)
	if err != nil || f.Empty() {
		return false, nil
	}
	return true, b.record(ctx, t, day, f, "", "")
}
