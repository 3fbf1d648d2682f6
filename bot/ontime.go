package bot

import (
	"errors"
	"fmt"

	"github.com/checkin-bot/checkin/bot/parse"
)

// readTime reads the answer to "what time should I check in?". It returns
// the time as "HH:MM" when it is clear. A bare hour ("9", "half past
// eight") is asked again as am or pm with two buttons, and remembered in
// the dialogue so that "pm" or "in the evening" alone completes it; a
// time without an hour ("after dinner") asks which hour.
func (b *Bot) readTime(t *turn, text string) (string, bool) {
	c, err := parse.ReadClock(text)
	if err != nil && t.st.Pending != "" {
		// "pm", "evening", "in the morning" after "am or pm?".
		if c2, err2 := parse.ReadClock(t.st.Pending + " " + text); err2 == nil && !c2.Ambiguous {
			c, err = c2, nil
		}
	}
	switch {
	case errors.Is(err, parse.ErrVagueTime):
		t.say(txtTimeWhichHour)
		return "", false
	case err != nil:
		t.say(txtTimeReask)
		return "", false
	case c.Ambiguous:
		// Kept as "9 00", which reads back as the same bare hour.
		t.st.Pending = fmt.Sprintf("%d %02d", c.Hour, c.Minute)
		shown := fmt.Sprintf("%d:%02d", c.Hour, c.Minute)
		am, pm := hhmm(c.At(false)), hhmm(c.At(true))
		btn := func(label, at string) Button {
			return Button{Label: label, Data: EncodeButton(ButtonData{Kind: 'o', Field: "at", Value: compact(at)})}
		}
		t.ask(fmt.Sprintf(txtTimeAmPm, shown), [][]Button{{
			btn(fmt.Sprintf(lblMorningAt, shown), am),
			btn(fmt.Sprintf(lblEveningAt, shown), pm),
		}})
		return "", false
	}
	t.st.Pending = ""
	return hhmm(c.Hour, c.Minute), true
}

// timeButton is a press on "9:00 in the morning / evening": it counts only
// while that question is open and only for one of its two answers.
func (t *turn) timeButton(value string) (string, bool) {
	if t.st.Mode != modeOnboard || t.st.Step != stepTime || t.st.Pending == "" {
		return "", false
	}
	c, err := parse.ReadClock(t.st.Pending)
	if err != nil || !c.Ambiguous {
		return "", false
	}
	for _, pm := range []bool{false, true} {
		if at := hhmm(c.At(pm)); compact(at) == value {
			return at, true
		}
	}
	return "", false
}

func hhmm(h, m int) string { return fmt.Sprintf("%02d:%02d", h, m) }

// compact drops the colon, which button data cannot carry.
func compact(at string) string { return at[:2] + at[3:] }
