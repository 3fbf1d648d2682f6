package bot

import (
	"fmt"
	"strconv"

	"github.com/checkin-bot/checkin/bot/parse"
)

// askItem asks one check-in question with its buttons: the whole question,
// or the short line in t.reask, or a hesitant rating offered back
// (t.choice).
func (b *Bot) askItem(t *turn, day, item string) {
	btn := func(label, v string) Button {
		return Button{Label: label, Data: EncodeButton(ButtonData{Kind: 'c', Field: item, Day: day, Value: v})}
	}
	scale := func(lo, hi int) [][]Button {
		var rows [][]Button
		var row []Button
		for v := lo; v <= hi; v++ {
			row = append(row, btn(strconv.Itoa(v), strconv.Itoa(v)))
			if len(row) == 6 || (hi-lo > 5 && v == lo+5) {
				rows = append(rows, row)
				row = nil
			}
		}
		if len(row) > 0 {
			rows = append(rows, row)
		}
		return rows
	}
	skipRow := []Button{btn(lblSkip, "skip")}
	ask := t.ask
	if t.choice != nil && item != itemSleep && item != itemMed && item != itemNote {
		// A hesitant or worded rating is offered back to confirm.
		r := *t.choice
		t.choice, t.reask = nil, ""
		b.askChoice(t, day, item, r)
		return
	}
	if line := t.reask; line != "" {
		// A short line in place of the whole question, same buttons.
		t.reask = ""
		ask = func(_ string, buttons [][]Button) { t.ask(line, buttons) }
	}
	switch item {
	case itemMood:
		ask(txtAskMood, scale(0, 10))
	case itemSleep:
		var row1, row2 []Button
		for _, h := range []string{"4", "5", "6", "7"} {
			row1 = append(row1, btn(h+" h", h))
		}
		for _, h := range []string{"8", "9", "10", "12"} {
			row2 = append(row2, btn(h+" h", h))
		}
		ask(txtAskSleep, [][]Button{row1, row2})
	case itemQuality:
		ask(txtAskQuality, scale(1, 5))
	case itemEnergy:
		ask(txtAskEnergy, append(scale(0, 10), skipRow))
	case itemInterest:
		ask(txtAskInterest, append(scale(0, 10), skipRow))
	case itemFunctioning:
		words := []Button{btn(lblMostly, fmt.Sprint(parse.FunctioningMostly)),
			btn(lblPartly, fmt.Sprint(parse.FunctioningPartly)), btn(lblHardly, fmt.Sprint(parse.FunctioningHardly))}
		ask(txtAskFunctioning, append([][]Button{words}, append(scale(0, 10), skipRow)...))
	case itemMed:
		ask(txtAskMed, [][]Button{{btn(lblTaken, "yes"), btn(lblNotTaken, "no"), btn(lblSkip, "skip")}})
	case itemNote:
		ask(txtAskNote, [][]Button{skipRow})
	}
}

func reask(item string) string {
	switch item {
	case itemMood:
		return txtMoodReask
	case itemSleep:
		return txtSleepReask
	case itemQuality:
		return txtQualityReask
	case itemEnergy:
		return txtEnergyReask
	case itemInterest:
		return txtInterestReask
	case itemFunctioning:
		return txtFunctioningReask
	case itemMed:
		return txtMedReask
	}
	return txtUnknownText
}

// ratingRange is the scale of a rating item.
func ratingRange(item string) (lo, hi int) {
	if item == itemQuality {
		return 1, 5
	}
	return 0, 10
}

// setRating puts a rating into the field of its item.
func setRating(f *parse.Fields, item string, v int) {
	switch item {
	case itemMood:
		f.Mood = &v
	case itemEnergy:
		f.Energy = &v
	case itemInterest:
		f.Interest = &v
	case itemFunctioning:
		f.Functioning = &v
	case itemQuality:
		f.Quality = &v
	}
}

// parseItem reads a typed answer to one item into f.
func parseItem(item, text string) (parse.Fields, error) {
	var f parse.Fields
	switch item {
	case itemFunctioning:
		v, err := parse.Functioning(text)
		if err != nil {
			return f, err
		}
		f.Functioning = &v
	case itemMood, itemEnergy, itemInterest, itemQuality:
		lo, hi := ratingRange(item)
		r, err := parse.ReadRating(text, lo, hi)
		if err == nil && !r.Exact() {
			err = parse.ErrUnclear // a choice to confirm: ReadAnswer offers it back
		}
		v := r.Lo
		if err != nil && item == itemQuality {
			if q, ok := parse.QualityWord(text); ok {
				v, err = q, nil
			}
		}
		if err != nil {
			return f, err
		}
		setRating(&f, item, v)
	case itemSleep:
		v, err := parse.Hours(text)
		if err != nil {
			return f, err
		}
		f.Sleep = &v
	case itemMed:
		v, err := parse.YesNo(text)
		if err != nil {
			return f, err
		}
		f.Med = &v
	default:
		return f, parse.ErrUnclear
	}
	return f, nil
}
