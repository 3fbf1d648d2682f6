package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/parse"
	"github.com/checkin-bot/checkin/bot/report"
	"github.com/checkin-bot/checkin/bot/stats"
)

// history shows the last 14 days, one compact line each, gaps included.
func (b *Bot) history(ctx context.Context, t *turn) error {
	today := b.today(t.user)
	from := stats.AddDays(today, -13)
	cs, err := b.db.Checkins(ctx, t.user.ID, from, today)
	if err != nil {
		return fmt.Errorf("bot: history: %w", err)
	}
	if len(cs) == 0 {
		t.replies = append(t.replies, Reply{Text: txtHistoryEmpty, Private: true})
		return nil
	}
	// Start at the first day with an answer: a new person sees no wall of gaps.
	from = cs[0].Day
	byDay := make(map[string]int, len(cs))
	for i, c := range cs {
		byDay[c.Day] = i
	}
	var sb strings.Builder
	if n := stats.DaysBetween(from, today) + 1; n == 1 {
		sb.WriteString(txtHistoryToday + "\n")
	} else {
		fmt.Fprintf(&sb, txtHistoryDays+"\n", n)
	}
	for d := today; d >= from; d = stats.AddDays(d, -1) {
		day, _ := parseDay(d)
		sb.WriteString(day.Format("Mon 02 Jan") + "  ")
		i, ok := byDay[d]
		if !ok {
			sb.WriteString("—\n")
			continue
		}
		c := cs[i]
		var parts []string
		if c.Mood != nil {
			parts = append(parts, fmt.Sprintf("mood %d", *c.Mood))
		}
		if c.SleepHours != nil {
			parts = append(parts, "sleep "+strings.ReplaceAll(fmtHours(*c.SleepHours), " ", ""))
		}
		if c.SleepQuality != nil {
			parts = append(parts, fmt.Sprintf("quality %d/5", *c.SleepQuality))
		}
		if c.Energy != nil {
			parts = append(parts, fmt.Sprintf("energy %d", *c.Energy))
		}
		if c.Interest != nil {
			parts = append(parts, fmt.Sprintf("interest %d", *c.Interest))
		}
		if c.Functioning != nil {
			parts = append(parts, fmt.Sprintf("did %d/10", *c.Functioning))
		}
		if c.MedTaken != nil {
			parts = append(parts, map[bool]string{true: "meds ✓", false: "meds ✗"}[*c.MedTaken])
		}
		if c.Note != "" {
			parts = append(parts, "📝")
		}
		if len(parts) == 0 {
			parts = append(parts, "—")
		}
		sb.WriteString(strings.Join(parts, " · ") + "\n")
	}
	t.replies = append(t.replies, Reply{Text: strings.TrimRight(sb.String(), "\n"), Private: true})
	return nil
}

// export sends the person's own data: CSV (check-ins) or JSON (everything).
func (b *Bot) export(ctx context.Context, t *turn, args string) error {
	format := strings.ToLower(strings.TrimSpace(args))
	stamp := b.today(t.user)
	switch format {
	case "", "csv":
		cs, err := b.db.Checkins(ctx, t.user.ID, "", "")
		if err != nil {
			return fmt.Errorf("bot: export: %w", err)
		}
		if len(cs) == 0 {
			t.say(txtExportEmpty)
			return nil
		}
		t.replies = append(t.replies, Reply{
			Text:    fmt.Sprintf(txtExportCSV, days(len(cs))),
			File:    &File{Name: "checkin-" + stamp + ".csv", MIME: "text/csv", Data: report.CSV(cs)},
			Private: true,
		})
	case "json":
		data, err := b.exportJSON(ctx, t.user)
		if err != nil {
			return fmt.Errorf("bot: export: %w", err)
		}
		t.replies = append(t.replies, Reply{
			Text:    txtExportJSON,
			File:    &File{Name: "checkin-" + stamp + ".json", MIME: "application/json", Data: data},
			Private: true,
		})
	default:
		t.say(txtExportFormat)
	}
	return nil
}

func (b *Bot) askDelete(ctx context.Context, t *turn) error {
	cs, err := b.db.Checkins(ctx, t.user.ID, "", "")
	if err != nil {
		return fmt.Errorf("bot: delete: %w", err)
	}
	t.st = state{Mode: modeDelete, Day: b.today(t.user), Asked: b.now().Unix(), Recent: t.st.Recent}
	yes := EncodeButton(ButtonData{Kind: 'x', Field: "delete", Value: "yes"})
	no := EncodeButton(ButtonData{Kind: 'x', Field: "delete", Value: "no"})
	t.ask(fmt.Sprintf(txtDeleteAsk, days(len(cs))), [][]Button{{{Label: lblEraseAll, Data: yes}, {Label: lblKeep, Data: no}}})
	t.replies[len(t.replies)-1].Private = false
	return b.saveState(ctx, t)
}

// deleteWindow is how long a typed answer can confirm /delete.
const deleteWindow = 15 * time.Minute

// deleteAnswer takes a typed answer to "erase everything?". Erasing cannot
// be undone, so only a plain "yes" or "delete" typed soon after the
// question confirms it ("ok" or 👍 do not); anything later is a new message.
func (b *Bot) deleteAnswer(ctx context.Context, t *turn, text string) error {
	if b.now().Sub(time.Unix(t.st.Asked, 0)) > deleteWindow {
		t.st = state{Recent: t.st.Recent}
		if err := b.saveState(ctx, t); err != nil {
			return err
		}
		return b.text(ctx, t, text)
	}
	switch normWord(text) {
	case "yes", "yes delete", "yes, delete", "yes erase", "yes, erase", "yes, erase everything", "delete", "erase":
		return b.deleteConfirmed(ctx, t, true)
	}
	if yes, err := parse.YesNo(text); err == nil && !yes || keepWords(text) {
		return b.deleteConfirmed(ctx, t, false)
	}
	t.say(txtDeleteReask)
	return nil
}

func (b *Bot) deleteConfirmed(ctx context.Context, t *turn, yes bool) error {
	if !yes {
		t.st = state{Recent: t.st.Recent}
		t.say(txtDeleteKept)
		t.ack = txtDeleteKept
		if t.user.OnboardedAt.IsZero() {
			// They asked in the middle of setting up: pick it up again.
			t.st = state{Mode: modeOnboard, Step: stepZone, Recent: t.st.Recent}
			b.askStep(t, stepZone)
		}
		return b.saveState(ctx, t)
	}
	tellTrusted, err := b.endLinksOnDelete(ctx, t)
	if err != nil {
		return err
	}
	if err := b.db.DeleteUser(ctx, t.user.ID); err != nil {
		return fmt.Errorf("bot: delete person: %w", err)
	}
	tellTrusted()
	b.log.Info("person erased their data", "platform", t.in.Platform)
	t.known, t.st = false, state{}
	b.greeted.forget(greetKey(t.in))
	t.say(txtDeleteDone)
	t.ack = txtErased
	return nil
}

// keepWords reports whether an answer to "erase everything?" leans to no
// ("wait no", "don't", "keep it", "cancel").
func keepWords(text string) bool {
	for _, w := range strings.Fields(normWord(text)) {
		switch strings.Trim(w, ".,!?") {
		case "no", "nope", "don't", "dont", "keep", "cancel", "stop", "wait", "not":
			return true
		}
	}
	return false
}
