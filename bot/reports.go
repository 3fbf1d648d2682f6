package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/report"
	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// reportInput loads what summaries, charts and reports are built from:
// the period plus enough history before it for the baseline.
func (b *Bot) reportInput(ctx context.Context, u store.User, from, to string) (report.Input, error) {
	start := stats.AddDays(from, -stats.BaselineFrom-1)
	cs, err := b.db.Checkins(ctx, u.ID, start, to)
	if err != nil {
		return report.Input{}, fmt.Errorf("bot: load check-ins: %w", err)
	}
	since, _ := parseDay(start)
	flags, err := b.db.Flags(ctx, u.ID, since)
	if err != nil {
		return report.Input{}, fmt.Errorf("bot: load flags: %w", err)
	}
	qs, err := b.db.Questionnaires(ctx, u.ID, time.Time{})
	if err != nil {
		return report.Input{}, fmt.Errorf("bot: load questionnaires: %w", err)
	}
	meds, err := b.db.Medications(ctx, u.ID)
	if err != nil {
		return report.Input{}, fmt.Errorf("bot: load medications: %w", err)
	}
	well, err := b.well(ctx, u, to)
	if err != nil {
		return report.Input{}, err
	}
	return report.Input{
		Name: u.Name, Today: to, Checkins: cs, Flags: flags, PHQ9: qs, Meds: meds,
		Items: report.Items{Energy: b.cfg.Items.Energy, Interest: b.cfg.Items.Interest, Functioning: b.cfg.Items.Functioning,
			Medication: b.cfg.Items.Medication},
		Well: well,
	}, nil
}

// weekly builds the weekly summary for the 7 days ending on end, with the
// four-week chart attached.
func (b *Bot) weekly(ctx context.Context, u store.User, end string) (Reply, error) {
	in, err := b.reportInput(ctx, u, stats.AddDays(end, -27), end)
	if err != nil {
		return Reply{}, err
	}
	r := Reply{Text: report.Weekly(in, stats.AddDays(end, -6)), Private: true}
	if stats.Count(in.Checkins, stats.AddDays(end, -6), end, stats.Mood)+stats.Count(in.Checkins, stats.AddDays(end, -6), end, stats.Sleep) == 0 {
		return r, nil // no numbers, no chart: just the kind line
	}
	png, err := report.Chart(in, stats.AddDays(end, -27), end)
	if err != nil {
		b.log.Error("chart failed; sending the summary without it", "user", u.ID, "err", err)
		return r, nil
	}
	r.Image = &File{Name: "checkin-" + end + ".png", MIME: "image/png", Data: png}
	return r, nil
}

func (b *Bot) summaryNow(ctx context.Context, t *turn) error {
	r, err := b.weekly(ctx, t.user, b.today(t.user))
	if err != nil {
		return err
	}
	t.replies = append(t.replies, r)
	return nil
}

// report is /report [14|28|90]: a one-page PDF and the same rows as CSV.
func (b *Bot) report(ctx context.Context, t *turn, args string) error {
	days := 14
	if a := strings.TrimSuffix(strings.TrimSpace(args), "d"); a != "" {
		n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(a, "days")))
		if err != nil || (n != 14 && n != 28 && n != 90) {
			t.say(txtReportFormat)
			return nil
		}
		days = n
	}
	end := b.today(t.user)
	from := stats.AddDays(end, -(days - 1))
	in, err := b.reportInput(ctx, t.user, from, end)
	if err != nil {
		return err
	}
	pdf, err := report.PDF(in, from, end)
	if err != nil {
		return fmt.Errorf("bot: build report: %w", err)
	}
	var rows []store.Checkin
	for _, c := range in.Checkins {
		if c.Day >= from && c.Day <= end {
			rows = append(rows, c)
		}
	}
	name := fmt.Sprintf("checkin-report-%s-%dd", end, days)
	t.replies = append(t.replies,
		Reply{Text: fmt.Sprintf(txtReportReady, days), File: &File{Name: name + ".pdf", MIME: "application/pdf", Data: pdf}, Private: true},
		Reply{File: &File{Name: name + ".csv", MIME: "text/csv", Data: report.CSV(rows)}, Private: true},
	)
	return nil
}

// Prompt builds what the scheduler sends: "checkin" (the daily prompt; it
// opens the dialogue for the person's local day), "reminder", "summary" or
// "phq9". No replies means there is nothing to send, for example when the
// person already answered today.
func (b *Bot) Prompt(ctx context.Context, u store.User, kind string) ([]Reply, error) {
	unlock := b.lock(u.Platform, u.PlatformID)
	defer unlock()
	t := &turn{in: Inbound{Platform: u.Platform, UserID: u.PlatformID, ChatID: u.ChatID}, user: u, known: true}
	if err := b.loadState(ctx, t); err != nil {
		return nil, err
	}
	today := b.today(u)
	switch kind {
	case "checkin", "reminder":
		c, err := b.loadDay(ctx, u, today)
		if err != nil {
			return nil, err
		}
		item := b.nextItem(c, "")
		if item == "" || dayDone(c) || (kind == "reminder" && c.Mood != nil) {
			return nil, nil
		}
		if t.st.Mode == modeCheckin && t.st.Pending != "" {
			// A sentence offered as a note during yesterday's check-in.
			if err := b.keepPendingInCheckin(ctx, t); err != nil {
				return nil, err
			}
			t.replies = nil
		}
		if t.st.Mode == modeNote {
			// An unanswered offer to keep a message as a note: keep it.
			pending, msg, day := t.st.Pending, t.st.PendingMsg, t.st.Day
			t.st.Mode, t.st.Pending, t.st.PendingMsg, t.st.Day = modeIdle, "", "", ""
			if err := b.keepPending(ctx, t, pending, msg, day); err != nil {
				return nil, err
			}
			t.replies = nil
		}
		// The daily prompt takes over the dialogue, so typed answers go to it:
		// an abandoned setting change, /med or /delete must not swallow them
		// (and a later "yes" must never erase). Only a questionnaire begun
		// today keeps its place; the prompt's buttons work either way.
		busy := t.st.Mode == modePHQ9 && t.st.Day == today
		if !busy {
			t.st = state{Mode: modeCheckin, Step: item, Day: today, Recent: t.st.Recent}
			if err := b.saveState(ctx, t); err != nil {
				return nil, err
			}
		}
		intro := txtPromptIntro
		if kind == "reminder" {
			intro = txtReminderIntro
		} else if quiet, err := b.quietWeek(ctx, u, today); err != nil {
			return nil, err
		} else if quiet {
			intro = txtPromptAfterBreak
		}
		b.askItem(t, today, item)
		// One message: the greeting and the first question with its buttons.
		r := t.replies[len(t.replies)-1]
		r.Text = intro + "\n\n" + r.Text
		return []Reply{r}, nil
	case "summary":
		r, err := b.weekly(ctx, u, today)
		if err != nil {
			return nil, err
		}
		b.mentionPlan(ctx, u, &r)
		return []Reply{r}, nil
	case "phq9":
		if t.st.Mode == modePHQ9 || t.st.Mode == modeOnboard || t.st.Mode == modeDelete {
			return nil, nil
		}
		t.replies = append(t.replies, Reply{Text: txtPHQDue, Private: true})
		if err := b.startPHQ(ctx, t); err != nil {
			return nil, err
		}
		return t.replies, nil
	case trustedKind:
		// A message to a trusted person left claimed by a crash may have
		// gone out: it is never sent again (the ledger then skips it).
		return nil, nil
	}
	return nil, fmt.Errorf("bot: unknown prompt kind %q", kind)
}

// quietWeek reports whether a person set up over a week ago answered
// nothing in the last seven days: the prompt then says, kindly, that a
// pause is there if they want one.
func (b *Bot) quietWeek(ctx context.Context, u store.User, today string) (bool, error) {
	if u.OnboardedAt.IsZero() || b.now().Sub(u.OnboardedAt) < 7*24*time.Hour {
		return false, nil
	}
	cs, err := b.db.Checkins(ctx, u.ID, stats.AddDays(today, -7), stats.AddDays(today, -1))
	if err != nil {
		return false, fmt.Errorf("bot: prompt: %w", err)
	}
	return len(cs) == 0, nil
}
