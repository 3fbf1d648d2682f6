package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/checkin-bot/checkin/bot/parse"
	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// Check-in items, in the order they are asked.
const (
	itemMood     = "mood"
	itemSleep    = "sleep"
	itemQuality  = "quality"
	itemEnergy   = "energy"
	itemInterest = "interest"
	// itemFunctioning: "Did you do what you meant to today?" 0–10.
	itemFunctioning = "functioning"
	itemMed         = "med"
	itemNote        = "note"
)

// items lists the questions of a check-in: mood and sleep always, then the
// optional ones the configuration enables.
func (b *Bot) items() []string {
	its := []string{itemMood, itemSleep, itemQuality}
	if b.cfg.Items.Energy {
		its = append(its, itemEnergy)
	}
	if b.cfg.Items.Interest {
		its = append(its, itemInterest)
	}
	if b.cfg.Items.Functioning {
		its = append(its, itemFunctioning)
	}
	if b.cfg.Items.Medication {
		its = append(its, itemMed)
	}
	if b.cfg.Items.Note {
		its = append(its, itemNote)
	}
	return its
}

func (b *Bot) enabled(item string) bool {
	for _, it := range b.items() {
		if it == item {
			return true
		}
	}
	return false
}

// answeredItem reports whether item has a value on c.
func answeredItem(c store.Checkin, item string) bool {
	switch item {
	case itemMood:
		return c.Mood != nil
	case itemSleep:
		return c.SleepHours != nil
	case itemQuality:
		return c.SleepQuality != nil
	case itemEnergy:
		return c.Energy != nil
	case itemInterest:
		return c.Interest != nil
	case itemFunctioning:
		return c.Functioning != nil
	case itemMed:
		return c.MedTaken != nil
	case itemNote:
		return c.Note != ""
	}
	return false
}

// required are the items a check-in needs; the rest can be skipped.
var required = []string{itemMood, itemSleep, itemQuality}

// dayDone reports whether a day's check-in has every required answer: it
// is not asked again that day (optional items stay open to typing).
func dayDone(c store.Checkin) bool {
	for _, it := range required {
		if !answeredItem(c, it) {
			return false
		}
	}
	return true
}

// nextItem is the first unanswered item after `after` ("" = from the start).
func (b *Bot) nextItem(c store.Checkin, after string) string {
	its := b.items()
	start := 0
	if after != "" {
		for i, it := range its {
			if it == after {
				start = i + 1
			}
		}
	}
	for _, it := range its[start:] {
		if !answeredItem(c, it) {
			return it
		}
	}
	return ""
}

// loadDay returns the person's row for day, or an empty one.
func (b *Bot) loadDay(ctx context.Context, u store.User, day string) (store.Checkin, error) {
	c, err := b.db.Checkin(ctx, u.ID, day)
	if errors.Is(err, store.ErrNotFound) {
		return store.Checkin{UserID: u.ID, Day: day}, nil
	}
	if err != nil {
		return store.Checkin{}, fmt.Errorf("bot: load check-in: %w", err)
	}
	return c, nil
}

// openDay is the day typed answers count for: an open prompt's day (even
// after midnight, until the next day's prompt), otherwise today.
func (b *Bot) openDay(t *turn) string {
	if t.st.Mode == modeCheckin && t.st.Day != "" && b.stillOpen(t.user, t.st.Day) {
		return t.st.Day
	}
	return b.today(t.user)
}

// graceEnd is the latest local time of the next day at which answers still
// count for the previous day's prompt (unless the check-in time is earlier).
const graceEnd = "12:00"

// stillOpen reports whether answers now can belong to day's prompt: on
// that day, or the next day before noon and before the next prompt.
func (b *Bot) stillOpen(u store.User, day string) bool {
	now := b.now().In(b.loc(u))
	switch stats.DaysBetween(day, now.Format(stats.DayLayout)) {
	case 0:
		return true
	case 1:
		clock := now.Format("15:04")
		return clock < graceEnd && clock < u.CheckinTime
	}
	return false
}

// startCheckin opens the check-in dialogue for day and asks the first
// unanswered question.
func (b *Bot) startCheckin(ctx context.Context, t *turn, day string) error {
	c, err := b.loadDay(ctx, t.user, day)
	if err != nil {
		return err
	}
	if t.st.Mode == modeCheckin && t.st.Day == day && t.st.Step != "" && !answeredItem(c, t.st.Step) {
		// A check-in still open carries on where it stopped.
		b.askItem(t, day, t.st.Step)
		return b.saveState(ctx, t)
	}
	item := b.nextItem(c, "")
	if item == "" || dayDone(c) {
		t.st.Mode, t.st.Step, t.st.Day = modeIdle, "", ""
		t.say(txtAlreadyDone)
		return b.saveState(ctx, t)
	}
	t.st = state{Mode: modeCheckin, Step: item, Day: day, Recent: t.st.Recent}
	b.askItem(t, day, item)
	return b.saveState(ctx, t)
}

// change is one item's value before and after an answer.
type change struct {
	item     string
	old, new string // formatted; old "" when it had no value
}

// apply writes f into c and lists what changed.
func apply(c *store.Checkin, f parse.Fields) []change {
	var ch []change
	setInt := func(item string, dst **int, v *int) {
		if v == nil {
			return
		}
		old := ""
		if *dst != nil {
			if **dst == *v {
				ch = append(ch, change{item: item, old: fmtItem(item, float64(*v)), new: fmtItem(item, float64(*v))})
				return
			}
			old = fmtItem(item, float64(**dst))
		}
		x := *v
		*dst = &x
		ch = append(ch, change{item: item, old: old, new: fmtItem(item, float64(x))})
	}
	setInt(itemMood, &c.Mood, f.Mood)
	if f.Sleep != nil {
		old := ""
		if c.SleepHours != nil {
			old = fmtItem(itemSleep, *c.SleepHours)
		}
		x := *f.Sleep
		c.SleepHours = &x
		ch = append(ch, change{item: itemSleep, old: old, new: fmtItem(itemSleep, x)})
	}
	setInt(itemQuality, &c.SleepQuality, f.Quality)
	setInt(itemEnergy, &c.Energy, f.Energy)
	setInt(itemInterest, &c.Interest, f.Interest)
	setInt(itemFunctioning, &c.Functioning, f.Functioning)
	if f.Med != nil {
		old := ""
		if c.MedTaken != nil {
			old = fmtMed(*c.MedTaken)
		}
		x := *f.Med
		c.MedTaken = &x
		ch = append(ch, change{item: itemMed, old: old, new: fmtMed(x)})
	}
	return ch
}

func fmtItem(item string, v float64) string {
	switch item {
	case itemSleep:
		return "slept " + fmtHours(v)
	case itemQuality:
		return fmt.Sprintf("sleep quality %d/5", int(v))
	default:
		return fmt.Sprintf("%s %d", item, int(v))
	}
}

func fmtHours(h float64) string {
	return strings.TrimSuffix(strings.TrimSuffix(strconv.FormatFloat(h, 'f', 2, 64), "0"), ".0") + " h"
}

func fmtMed(taken bool) string {
	if taken {
		return "took medication"
	}
	return "medication missed"
}

// echo says what was understood, so a misreading is visible at once.
func echo(ch []change) string {
	var got, upd []string
	for _, c := range ch {
		switch {
		case c.old == "" || c.old == c.new:
			got = append(got, c.new)
		default:
			upd = append(upd, c.old+" → "+strings.TrimPrefix(c.new, itemPrefix(c.item)))
		}
	}
	var parts []string
	if len(got) > 0 {
		parts = append(parts, txtGotIt+strings.Join(got, ", ")+".")
	}
	if len(upd) > 0 {
		parts = append(parts, txtUpdated+strings.Join(upd, ", ")+".")
	}
	return strings.Join(parts, " ")
}

func itemPrefix(item string) string {
	switch item {
	case itemSleep:
		return "slept "
	case itemQuality:
		return "sleep quality "
	case itemMed:
		return ""
	}
	return item + " "
}

// addNote appends text to the day's note, keeping it bounded; it reports
// whether the text had to be cut.
func addNote(c *store.Checkin, text string) bool {
	text = strings.TrimSpace(text)
	if text == "" {
		return false
	}
	if c.Note != "" {
		text = c.Note + "; " + text
	}
	cut := false
	if r := []rune(text); len(r) > maxNoteRunes {
		text, cut = string(r[:maxNoteRunes]), true
	}
	c.Note = text
	return cut
}
