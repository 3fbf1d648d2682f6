package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/scheduler/next"
	"github.com/checkin-bot/checkin/store"
)

// Dialogue modes: what the person is being asked now.
const (
	modeIdle    = ""
	modeOnboard = "onboard"
	modeCheckin = "checkin"
	modePHQ9    = "phq9"
	modeDelete  = "delete"
	modeNote    = "note" // offered to save a stray message as a note
	modeMed     = "med"
)

// state is saved in the store after every turn, so a restart in the middle
// of a check-in loses nothing.
type state struct {
	Mode    string `json:"m,omitempty"`
	Step    string `json:"s,omitempty"`
	Day     string `json:"d,omitempty"` // the check-in's local day
	Once    bool   `json:"o,omitempty"` // onboarding: change one setting, then stop; a check-in: one value asked again
	PHQ     []int  `json:"p,omitempty"` // PHQ-9 answers so far
	Pending string `json:"t,omitempty"` // text offered as a note
	// PendingMsg is the message Pending came in, so that keeping it can
	// be told from keeping it again when the message is delivered again.
	PendingMsg string     `json:"tm,omitempty"`
	Asked      int64      `json:"a,omitempty"` // when a confirmation was asked (Unix seconds)
	Recent     []answered `json:"r,omitempty"` // recent answers by message, for edits
}

// answered remembers which message answered which item, so an edited
// message can amend that answer.
type answered struct {
	Msg  string `json:"m"`
	Day  string `json:"d"`
	Item string `json:"i"`
	Text string `json:"t,omitempty"` // for a note: the words this message added
}

const maxRecent = 20

func (s *state) remember(msg, day, note string, items ...string) {
	if msg == "" {
		return
	}
	for _, it := range items {
		a := answered{Msg: msg, Day: day, Item: it}
		if it == itemNote {
			a.Text = note
		}
		s.Recent = append(s.Recent, a)
	}
	if n := len(s.Recent); n > maxRecent {
		s.Recent = s.Recent[n-maxRecent:]
	}
}

// recorded reports whether message msg already answered something, and
// for which day: the platform delivered it again (after a crash before its
// update was confirmed, or a webhook retried).
func (s *state) recorded(msg string) (day string, ok bool) {
	if msg == "" {
		return "", false
	}
	for _, a := range s.Recent {
		if a.Msg == msg {
			return a.Day, true
		}
	}
	return "", false
}

// noted reports whether message msg already added note to a day.
func (s *state) noted(msg, note string) bool {
	note = strings.TrimSpace(note)
	if msg == "" || note == "" {
		return false
	}
	for _, a := range s.Recent {
		if a.Msg == msg && a.Item == itemNote && a.Text == note {
			return true
		}
	}
	return false
}

func (b *Bot) loadState(ctx context.Context, t *turn) error {
	raw, err := b.db.Dialogue(ctx, t.user.ID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: load dialogue: %w", err)
	}
	b.decodeState(t, raw)
	return nil
}

// decodeState reads a saved dialogue state (nil: nothing being asked).
func (b *Bot) decodeState(t *turn, raw []byte) {
	t.st = state{}
	if raw == nil {
		return
	}
	if err := json.Unmarshal(raw, &t.st); err != nil {
		// A state this version cannot read is dropped, not fatal: the
		// answers themselves are in the check-ins table.
		b.log.Warn("dropping unreadable dialogue state", "user", t.user.ID)
		t.st = state{}
	}
}

func encodeState(st state) []byte {
	if st.Mode == modeIdle && len(st.Recent) == 0 && st.PendingMsg == "" {
		return nil
	}
	raw, _ := json.Marshal(st)
	return raw
}

// saveState writes the dialogue state alone.
func (b *Bot) saveState(ctx context.Context, t *turn) error {
	return b.db.SaveDialogue(ctx, t.user.ID, encodeState(t.st))
}

// loc is the person's time zone; an unreadable one falls back to UTC.
// It uses the scheduler's cached loader, so a message does not read the
// zone database again and the core and scheduler agree on every name.
func (b *Bot) loc(u store.User) *time.Location {
	if l, err := next.Location(u.TZ); err == nil {
		return l
	}
	return time.UTC
}

// today is the person's local calendar day now.
func (b *Bot) today(u store.User) string {
	return stats.Day(b.now(), b.loc(u))
}

func parseDay(s string) (time.Time, error) {
	return time.Parse(stats.DayLayout, s)
}
