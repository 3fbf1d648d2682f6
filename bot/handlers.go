package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/parse"
)

// command runs a slash command.
func (b *Bot) command(ctx context.Context, t *turn, name, args string) error {
	if t.known && t.st.Mode == modeCheckin && t.st.Pending != "" {
		// A sentence offered as a note, and the person moved on: keep it.
		if err := b.keepPendingInCheckin(ctx, t); err != nil {
			return err
		}
	}
	switch name {
	case "start":
		if code, ok := strings.CutPrefix(args, invitePrefix); ok {
			return b.accept(ctx, t, code) // a Telegram invitation link
		}
		return b.start(ctx, t)
	case "accept":
		return b.accept(ctx, t, args)
	case "untrust":
		return b.untrust(ctx, t)
	case "help":
		t.say(txtHelp())
		return nil
	case "crisis", "sos":
		t.replies = append(t.replies, b.withPlan(ctx, t, b.helpText(t))...)
		return nil
	}
	if !t.known || t.user.ConsentAt.IsZero() {
		if isKnownCommand(name) {
			b.welcome(t, false)
		} else {
			t.say(txtUnknownCommand(name))
		}
		return nil
	}
	if t.st.Mode == modeOnboard && !t.st.Once && name != "delete" {
		// Finish the setup first; keep what was asked.
		t.say(txtFinishSetup)
		b.askStep(t, t.st.Step)
		return nil
	}
	switch name {
	case "checkin", "c":
		if args == "" {
			return b.startCheckin(ctx, t, b.openDay(t))
		}
		return b.oneLine(ctx, t, args)
	case "cancel", "stop":
		return b.text(ctx, t, "stop")
	case "history":
		return b.history(ctx, t)
	case "export":
		return b.export(ctx, t, args)
	case "delete":
		return b.askDelete(ctx, t)
	case "pause":
		return b.pause(ctx, t, args)
	case "resume":
		return b.resume(ctx, t)
	case "time":
		return b.setOne(ctx, t, stepTime, args)
	case "timezone", "tz", "zone":
		return b.setOne(ctx, t, stepZone, args)
	case "country":
		return b.setOne(ctx, t, stepCountry, args)
	case "quiet":
		return b.setOne(ctx, t, stepQuiet, args)
	case "summary":
		return b.summaryNow(ctx, t)
	case "report":
		return b.report(ctx, t, args)
	case "phq9", "phq":
		return b.startPHQ(ctx, t)
	case "med", "meds":
		return b.med(ctx, t, args)
	case "name":
		return b.setName(ctx, t, args)
	case "plan":
		return b.plan(ctx, t)
	case "baseline":
		return b.baseline(ctx, t, args)
	case "trusted":
		return b.trusted(ctx, t, args)
	}
	t.say(txtUnknownCommand(name))
	return nil
}

func isKnownCommand(name string) bool {
	for _, c := range Commands {
		if c.Name == name {
			return true
		}
	}
	return false
}

// oneLine is "/checkin 6 7.5" or "/checkin mood 6 sleep 7.5".
func (b *Bot) oneLine(ctx context.Context, t *turn, args string) error {
	f, err := parse.OneLine(args)
	if err != nil || f.Empty() {
		t.say(txtOneLineReask)
		return nil
	}
	rest := f.Rest
	if len([]rune(rest)) < 3 {
		rest = ""
	}
	return b.record(ctx, t, b.openDay(t), f, rest, "")
}

// setOne changes one setting: straight away when given ("/time 21:00"),
// or by asking.
func (b *Bot) setOne(ctx context.Context, t *turn, step, args string) error {
	t.st = state{Mode: modeOnboard, Step: step, Once: true, Recent: t.st.Recent}
	if args == "" {
		b.askStep(t, step)
		return b.saveState(ctx, t)
	}
	return b.answerStep(ctx, t, args)
}

func (b *Bot) pause(ctx context.Context, t *turn, args string) error {
	days := 7
	if args != "" {
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(args, "days")), "d"))
		if err != nil || n < 1 || n > 365 {
			t.say(txtPauseReask)
			return nil
		}
		days = n
	}
	loc := b.loc(t.user)
	now := b.now().In(loc)
	// Paused through the end of the last paused local day.
	end := time.Date(now.Year(), now.Month(), now.Day()+days, 0, 0, 0, 0, loc)
	t.user.PausedUntil = end.UTC()
	if t.st.Mode == modeCheckin {
		t.st = state{Recent: t.st.Recent}
	}
	if err := b.rescheduleAndSave(ctx, t); err != nil {
		return err
	}
	t.say(fmt.Sprintf(txtPaused, end.AddDate(0, 0, -1).Format("Mon 2 Jan")+" (inclusive)"))
	return nil
}

func (b *Bot) resume(ctx context.Context, t *turn) error {
	if !t.user.Paused(b.now()) {
		t.say(fmt.Sprintf(txtNotPaused, b.when(t.user, t.user.NextCheckin)))
		return nil
	}
	t.user.PausedUntil = time.Time{}
	if err := b.rescheduleAndSave(ctx, t); err != nil {
		return err
	}
	t.say(fmt.Sprintf(txtResumed, b.when(t.user, t.user.NextCheckin)))
	return nil
}

func normWord(s string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(s), ".!?,"))
}

// setName sets the name the clinician report shows; empty means "Patient".
func (b *Bot) setName(ctx context.Context, t *turn, args string) error {
	name := clip(strings.Join(strings.Fields(args), " "), 60)
	t.user.Name = name
	if err := b.db.UpdateUser(ctx, t.user); err != nil {
		return fmt.Errorf("bot: set name: %w", err)
	}
	if name == "" {
		t.say(txtNameCleared)
	} else {
		t.say(fmt.Sprintf(txtNameSet, name))
	}
	return nil
}
