package importer

import (
	"math"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// dayAcc gathers one day's entries: Daylio keeps several a day, and a
// day's mood is then their mean, its notes all kept.
type dayAcc struct {
	day                   string
	moods                 []float64
	sleep                 *float64
	quality, energy, intr *int
	functioning           *int
	med                   *bool
	notes                 []string
}

func (a *dayAcc) checkin() store.Checkin {
	c := store.Checkin{Day: a.day, SleepHours: a.sleep, SleepQuality: a.quality, Energy: a.energy, Interest: a.intr,
		Functioning: a.functioning, MedTaken: a.med}
	if len(a.moods) > 0 {
		sum := 0.0
		for _, m := range a.moods {
			sum += m
		}
		m := int(math.Round(sum / float64(len(a.moods))))
		c.Mood = &m
	}
	c.Note = strings.Join(a.notes, noteJoin)
	return c
}

// noteJoin separates the notes of several entries of one day.
const noteJoin = "\n"

// maxNote bounds one imported note, as the bot bounds one typed.
const maxNote = 4000

func acc(days map[string]*dayAcc, day string) *dayAcc {
	a, ok := days[day]
	if !ok {
		a = &dayAcc{day: day}
		days[day] = a
	}
	return a
}

// parseDay reads a day as YYYY-MM-DD, or as M/D/YYYY (eMoods' US dates).
func parseDay(s string, us bool) (string, bool) {
	layouts := []string{"2006-01-02"}
	if us {
		layouts = append(layouts, "1/2/2006", "01/02/2006")
	}
	if len(s) > 10 && (s[10] == ' ' || s[10] == 'T') {
		s = s[:10] // a time after the day
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() >= 1990 {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

func addNote(a *dayAcc, note string) {
	note = strings.TrimSpace(strings.ToValidUTF8(note, "\uFFFD"))
	if note == "" {
		return
	}
	if r := []rune(note); len(r) > maxNote {
		note = string(r[:maxNote])
	}
	a.notes = append(a.notes, note)
}
