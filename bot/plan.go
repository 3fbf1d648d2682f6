package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/checkin-bot/checkin/store"
)

// A safety plan follows Stanley and Brown's Safety Planning Intervention:
// six steps the person writes in their own words in a calm moment, used in
// a hard one. It is kept in its own table, one row per written step.

const (
	modePlan       = "plan"
	maxPlanRunes   = 500 // of one step
	planCrisisRune = 100 // of one step, as shown in a crisis reply
)

// plan is /plan: the walk-through for a person with no plan yet, else
// their plan with a button per step to change it.
func (b *Bot) plan(ctx context.Context, t *turn) error {
	steps, err := b.planSteps(ctx, t.user)
	if err != nil {
		return err
	}
	if len(steps) == 0 {
		return b.startPlan(ctx, t)
	}
	b.showPlan(t, steps)
	return nil
}

// planSteps reads the plan as step → the person's words.
func (b *Bot) planSteps(ctx context.Context, u store.User) (map[int]string, error) {
	ps, err := b.db.Plan(ctx, u.ID)
	if err != nil {
		return nil, fmt.Errorf("bot: read safety plan: %w", err)
	}
	m := make(map[int]string, len(ps))
	for _, p := range ps {
		m[p.Step] = p.Text
	}
	return m, nil
}

func (b *Bot) startPlan(ctx context.Context, t *turn) error {
	t.st = state{Mode: modePlan, Step: "1", Recent: t.st.Recent}
	steps, err := b.planSteps(ctx, t.user)
	if err != nil {
		return err
	}
	b.askPlanStep(t, 1, steps[1], false)
	t.prefixLast(txtPlanIntro)
	return b.saveState(ctx, t)
}

// askPlanStep asks one step; current is what the person wrote before.
func (b *Bot) askPlanStep(t *turn, n int, current string, edit bool) {
	q := fmt.Sprintf(txtPlanStepOf, n, store.PlanSteps, txtPlanQuestions[n-1])
	step := strconv.Itoa(n)
	var row []Button
	if current != "" {
		q += "\n\n" + fmt.Sprintf(txtPlanNow, current)
	}
	if edit {
		row = []Button{{Label: lblPlanKeep, Data: EncodeButton(ButtonData{Kind: 's', Field: "keep", Value: step})}}
		if current != "" {
			row = append(row, Button{Label: lblPlanClear, Data: EncodeButton(ButtonData{Kind: 's', Field: "clear", Value: step})})
		}
	} else {
		row = []Button{
			{Label: lblSkip, Data: EncodeButton(ButtonData{Kind: 's', Field: "skip", Value: step})},
			{Label: lblPlanStop, Data: EncodeButton(ButtonData{Kind: 's', Field: "stop", Value: step})},
		}
	}
	t.ask(q, [][]Button{row})
}

// showPlan lists every step, the person's words or a dash, with a button
// per step to change it.
func (b *Bot) showPlan(t *turn, steps map[int]string) {
	var sb strings.Builder
	sb.WriteString(txtPlanHeader)
	var rows [][]Button
	for n := 1; n <= store.PlanSteps; n++ {
		words := steps[n]
		if words == "" {
			words = txtPlanEmptyStep
		}
		fmt.Fprintf(&sb, "\n\n%d. %s\n%s", n, txtPlanTitles[n-1], words)
		btn := Button{Label: fmt.Sprintf(lblPlanEdit, n), Data: EncodeButton(ButtonData{Kind: 's', Field: "edit", Value: strconv.Itoa(n)})}
		if (n-1)%3 == 0 {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], btn)
	}
	sb.WriteString("\n\n" + txtPlanEditHint)
	t.ask(sb.String(), rows)
}

// planText takes a typed answer to the step being asked.
func (b *Bot) planText(ctx context.Context, t *turn, text string) error {
	n, ok := planStep(t.st.Step)
	if !ok {
		t.st = state{Recent: t.st.Recent}
		return b.text(ctx, t, text)
	}
	switch {
	case isStop(text):
		t.st = state{Recent: t.st.Recent}
		t.say(txtPlanStopped)
		return b.saveState(ctx, t)
	case isSkip(text):
		return b.nextPlanStep(ctx, t, n, txtSkipped)
	}
	words := clip(strings.TrimSpace(text), maxPlanRunes)
	if err := b.db.SavePlanStep(ctx, t.user.ID, n, words); err != nil {
		return fmt.Errorf("bot: save safety plan: %w", err)
	}
	// Remember which message answered which step, for a repeat or an edit.
	t.st.PendingMsg, t.st.Pending = t.in.MessageID, strconv.Itoa(n)
	lead := txtPlanSaved
	if len([]rune(strings.TrimSpace(text))) > maxPlanRunes {
		lead = fmt.Sprintf(txtPlanTooLong, maxPlanRunes)
	}
	return b.nextPlanStep(ctx, t, n, lead)
}

// nextPlanStep moves on after step n: the next step of the walk-through,
// or, after an edit or the last step, the whole plan.
func (b *Bot) nextPlanStep(ctx context.Context, t *turn, n int, lead string) error {
	steps, err := b.planSteps(ctx, t.user)
	if err != nil {
		return err
	}
	if once := t.st.Once; once || n == store.PlanSteps {
		t.st = state{Recent: t.st.Recent, PendingMsg: t.st.PendingMsg, Pending: t.st.Pending}
		if !once {
			lead = joinLines(lead, txtPlanDone)
		}
		t.say(lead)
		b.showPlan(t, steps)
		return b.saveState(ctx, t)
	}
	t.st.Step = strconv.Itoa(n + 1)
	b.askPlanStep(t, n+1, steps[n+1], false)
	t.prefixLast(lead)
	return b.saveState(ctx, t)
}

// planButton handles the plan's buttons. Only a press on the step being
// asked changes anything; an old one says so.
func (b *Bot) planButton(ctx context.Context, t *turn, d ButtonData) error {
	n, ok := planStep(d.Value)
	if !ok {
		return b.staleButton(t, txtBadButton)
	}
	asked := t.st.Mode == modePlan && t.st.Step == d.Value
	switch d.Field {
	case "edit":
		steps, err := b.planSteps(ctx, t.user)
		if err != nil {
			return err
		}
		t.ack = txtOkay
		t.st = state{Mode: modePlan, Step: d.Value, Once: true, Recent: t.st.Recent}
		b.askPlanStep(t, n, steps[n], true)
		return b.saveState(ctx, t)
	case "start":
		t.ack = txtOkay
		return b.startPlan(ctx, t)
	case "show":
		t.ack = txtOkay
		return b.plan(ctx, t)
	case "later":
		t.ack = txtOkay
		t.say(txtPlanLater)
		return nil
	case "skip", "keep":
		if !asked {
			return b.staleButton(t, txtStaleButton)
		}
		t.ack = txtSkipped
		if d.Field == "keep" {
			t.ack = txtPlanKept
		}
		return b.nextPlanStep(ctx, t, n, t.ack)
	case "clear":
		if !asked || !t.st.Once {
			return b.staleButton(t, txtStaleButton)
		}
		if err := b.db.SavePlanStep(ctx, t.user.ID, n, ""); err != nil {
			return fmt.Errorf("bot: clear safety plan step: %w", err)
		}
		t.ack = txtPlanCleared
		return b.nextPlanStep(ctx, t, n, txtPlanCleared)
	case "stop":
		if !asked {
			return b.staleButton(t, txtStaleButton)
		}
		t.ack = txtOkay
		t.st = state{Recent: t.st.Recent}
		t.say(txtPlanStopped)
		return b.saveState(ctx, t)
	}
	return b.staleButton(t, txtBadButton)
}

// planRepeat answers a plan answer the platform delivered again: it was
// kept once, and is not taken as the next step's answer or as a note.
func (b *Bot) planRepeat(t *turn) bool {
	if t.st.Mode != modePlan && t.st.Mode != modeIdle || t.in.MessageID == "" || t.in.MessageID != t.st.PendingMsg {
		return false
	}
	if _, ok := planStep(t.st.Pending); !ok {
		return false
	}
	t.say(txtAlreadySaved)
	return true
}

// planEdited takes an edit of the message that answered the last plan
// step: the step gets the new words. It reports false for any other edit.
func (b *Bot) planEdited(ctx context.Context, t *turn, text string) (bool, error) {
	if t.st.Mode != modePlan && t.st.Mode != modeIdle || t.in.MessageID == "" || t.in.MessageID != t.st.PendingMsg {
		return false, nil
	}
	n, ok := planStep(t.st.Pending)
	if !ok {
		return false, nil
	}
	words := clip(strings.TrimSpace(text), maxPlanRunes)
	if words == "" {
		return false, nil
	}
	if err := b.db.SavePlanStep(ctx, t.user.ID, n, words); err != nil {
		return true, fmt.Errorf("bot: save edited safety plan step: %w", err)
	}
	t.say(fmt.Sprintf(txtPlanEdited, n))
	return true, nil
}

func planStep(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > store.PlanSteps || strconv.Itoa(n) != s {
		return 0, false
	}
	return n, true
}

// planQuietly keeps a plan answer that also held risk words: the crisis
// reply comes first, the words are kept, and the walk-through waits.
func (b *Bot) planQuietly(ctx context.Context, t *turn) error {
	n, ok := planStep(t.st.Step)
	if !ok || isStop(t.in.Text) || isSkip(t.in.Text) || t.in.MessageID != "" && t.in.MessageID == t.st.PendingMsg {
		return nil
	}
	if err := b.db.SavePlanStep(ctx, t.user.ID, n, clip(t.in.Text, maxPlanRunes)); err != nil {
		return fmt.Errorf("bot: save safety plan: %w", err)
	}
	t.st = state{Recent: t.st.Recent, PendingMsg: t.in.MessageID, Pending: strconv.Itoa(n)}
	t.replies = append(t.replies, Reply{Text: txtPlanKeptForLater, Private: true})
	return b.saveState(ctx, t)
}
