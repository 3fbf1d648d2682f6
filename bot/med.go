package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// /med keeps the treatment timeline: "/med sertraline 50mg since
// 2026-09-01" records a medication or a dose change from that day (today
// when no day is given); "/med" alone lists the timeline.

var (
	medDose  = regexp.MustCompile(`(?i)\b(\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|ml|iu|units?)\b(?:\s*(?:/|a|per)\s*day|\s*daily|\s*twice daily)?)`)
	medSince = regexp.MustCompile(`(?i)\b(?:since|from|starting|on|as of)\s+(\S+)\s*$`)
)

func (b *Bot) med(ctx context.Context, t *turn, args string) error {
	args = strings.TrimSpace(args)
	if args == "" {
		return b.medList(ctx, t)
	}
	return b.medText(ctx, t, args)
}

func (b *Bot) medList(ctx context.Context, t *turn) error {
	ms, err := b.db.Medications(ctx, t.user.ID)
	if err != nil {
		return fmt.Errorf("bot: list medications: %w", err)
	}
	t.st = state{Mode: modeMed, Recent: t.st.Recent}
	var sb strings.Builder
	if len(ms) == 0 {
		sb.WriteString(txtMedNone)
	} else {
		sb.WriteString(txtMedTimeline + "\n")
		for _, m := range ms {
			fmt.Fprintf(&sb, "• from %s: %s %s\n", m.StartDay, m.Name, m.Dose)
		}
	}
	sb.WriteString("\n" + txtMedHowTo)
	t.replies = append(t.replies, Reply{Text: strings.TrimSpace(sb.String()), Private: true})
	return b.saveState(ctx, t)
}

// medText records "name dose [since day]".
func (b *Bot) medText(ctx context.Context, t *turn, text string) error {
	if isStop(text) {
		t.st = state{Recent: t.st.Recent}
		t.say(txtOkay)
		return b.saveState(ctx, t)
	}
	day := b.today(t.user)
	if m := medSince.FindStringSubmatch(text); m != nil {
		d, ok := b.medDay(t.user, m[1])
		if !ok {
			t.say(txtMedDateReask)
			return nil
		}
		day = d
		text = strings.TrimSpace(text[:len(text)-len(m[0])])
	}
	dose := ""
	if m := medDose.FindStringIndex(text); m != nil {
		dose = strings.TrimSpace(text[m[0]:m[1]])
		text = strings.TrimSpace(text[:m[0]] + " " + text[m[1]:])
	}
	name := clip(strings.Join(strings.Fields(text), " "), 60)
	if name == "" || len([]rune(name)) < 2 {
		t.say(txtMedNameReask)
		return nil
	}
	m := store.Medication{UserID: t.user.ID, Name: name, Dose: clip(dose, 30), StartDay: day}
	if err := b.db.AddMedication(ctx, &m); err != nil {
		return fmt.Errorf("bot: add medication: %w", err)
	}
	t.st = state{Recent: t.st.Recent}
	if err := b.saveState(ctx, t); err != nil {
		return err
	}
	t.replies = append(t.replies, Reply{Text: fmt.Sprintf(txtMedRecorded,
		m.Name, m.Dose, m.StartDay), Private: true})
	return nil
}

func (b *Bot) medDay(u store.User, s string) (string, bool) {
	today := b.today(u)
	switch strings.ToLower(strings.Trim(s, ".")) {
	case "today":
		return today, true
	case "yesterday":
		return stats.AddDays(today, -1), true
	}
	d, err := time.Parse(stats.DayLayout, s)
	if err != nil || d.Format(stats.DayLayout) > today || d.Year() < 1950 {
		return "", false
	}
	return d.Format(stats.DayLayout), true
}
