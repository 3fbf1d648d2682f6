package bot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/checkin-bot/checkin/bot/parse"
)

// askChoice offers the values of a hesitant or worded rating as buttons,
// with "Other" for the whole scale: "About 2–3? Tap the one that fits."
func (b *Bot) askChoice(t *turn, day, item string, r parse.RatingRead) {
	btn := func(label, v string) Button {
		return Button{Label: label, Data: EncodeButton(ButtonData{Kind: 'c', Field: item, Day: day, Value: v})}
	}
	var row []Button
	var vals []string
	for v := r.Lo; v <= r.Hi; v++ {
		row = append(row, btn(strconv.Itoa(v), strconv.Itoa(v)))
		vals = append(vals, strconv.Itoa(v))
	}
	_, top := ratingRange(item)
	if r.Guess {
		row = append(row, btn(lblOther, "other"))
		t.ask(fmt.Sprintf(txtRatingGuess, r.Lo, r.Hi, top), [][]Button{row})
		return
	}
	either := strings.Join(vals[:len(vals)-1], ", ") + " or " + vals[len(vals)-1]
	t.ask(fmt.Sprintf(txtRatingBetween, either), [][]Button{row})
}
