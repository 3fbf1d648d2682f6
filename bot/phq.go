package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/checkin-bot/checkin/bot/phq9"
	"github.com/checkin-bot/checkin/bot/risk"
	"github.com/checkin-bot/checkin/store"
)

// The PHQ-9 runs as a dialogue of ten questions (nine items and the
// difficulty item), each answered 0–3 by button or by typing.

const phqQuestions = phq9.Items + 1

func (b *Bot) startPHQ(ctx context.Context, t *turn) error {
	t.st = state{Mode: modePHQ9, Day: b.today(t.user), Recent: t.st.Recent}
	t.replies = append(t.replies, Reply{Text: txtPHQIntro + "\n\n" + phq9.Stem, Private: true})
	b.askPHQ(t)
	return b.saveState(ctx, t)
}

// askPHQ asks the next question of the open questionnaire.
func (b *Bot) askPHQ(t *turn) {
	n := len(t.st.PHQ) + 1 // 1-based question number
	text, answers := "", phq9.Answers[:]
	if n <= phq9.Items {
		text = fmt.Sprintf("%d/%d. %s", n, phq9.Items, phq9.Questions[n-1])
	} else {
		text, answers = phq9.Difficulty, phq9.DifficultyAnswers[:]
	}
	var rows [][]Button
	for v, label := range answers {
		rows = append(rows, []Button{{Label: fmt.Sprintf("%d · %s", v, label),
			Data: EncodeButton(ButtonData{Kind: 'p', Field: strconv.Itoa(n), Day: t.st.Day, Value: strconv.Itoa(v)})}})
	}
	t.ask(text, rows)
}

func (b *Bot) phqButton(ctx context.Context, t *turn, d ButtonData) error {
	n, err := strconv.Atoi(d.Field)
	v, err2 := strconv.Atoi(d.Value)
	if err != nil || err2 != nil || n < 1 || n > phqQuestions || v < 0 || v > 3 || d.Value != strconv.Itoa(v) {
		return b.staleButton(t, txtBadButton)
	}
	if t.st.Mode != modePHQ9 || t.st.Day != d.Day || n != len(t.st.PHQ)+1 {
		return b.staleButton(t, txtStaleButton)
	}
	t.ack = fmt.Sprintf("%d · %s", v, phqLabel(n, v))
	return b.phqAnswer(ctx, t, v)
}

func phqLabel(n, v int) string {
	if n > phq9.Items {
		return phq9.DifficultyAnswers[v]
	}
	return phq9.Answers[v]
}

func (b *Bot) phqText(ctx context.Context, t *turn, text string) error {
	if isStop(text) {
		t.st = state{Recent: t.st.Recent}
		t.say(txtPHQStopped)
		return b.saveState(ctx, t)
	}
	v, ok := phqValue(text, len(t.st.PHQ)+1)
	if !ok {
		t.say(txtPHQReask)
		return nil
	}
	return b.phqAnswer(ctx, t, v)
}

// phqValue reads 0–3 or the answer's words.
func phqValue(text string, n int) (int, bool) {
	s := normWord(text)
	if v, err := strconv.Atoi(s); err == nil && v >= 0 && v <= 3 {
		return v, true
	}
	answers := phq9.Answers
	if n > phq9.Items {
		answers = phq9.DifficultyAnswers
	}
	for v, a := range answers {
		if strings.EqualFold(s, a) || strings.HasPrefix(strings.ToLower(a), s) && len(s) >= 6 {
			return v, true
		}
	}
	return 0, false
}

func (b *Bot) phqAnswer(ctx context.Context, t *turn, v int) error {
	t.st.PHQ = append(t.st.PHQ, v)
	n := len(t.st.PHQ)
	item9 := n == phq9.Items && v >= 1
	if item9 {
		// Item 9 (thoughts of being better off dead or of self-harm) starts
		// the acute reply at once, before anything else. The crisis reply
		// says the questions pause, so the unscored difficulty question is
		// not asked after it: the nine scored answers are kept as they are.
		if err := b.acute(ctx, t, risk.Result{Level: risk.Passive, Rule: "phq9.item9"}); err != nil {
			return err
		}
	}
	if n < phqQuestions && !item9 {
		b.askPHQ(t)
		return b.saveState(ctx, t)
	}
	var items [phq9.Items]int
	copy(items[:], t.st.PHQ[:phq9.Items])
	total := phq9.Total(items)
	difficulty := -1 // not asked
	if n > phq9.Items {
		difficulty = t.st.PHQ[phq9.Items]
	}
	q := store.Questionnaire{UserID: t.user.ID, Kind: "phq9", Day: t.st.Day, Items: t.st.PHQ[:phq9.Items],
		Difficulty: difficulty, Total: total}
	if err := b.db.AddQuestionnaire(ctx, &q); err != nil {
		return fmt.Errorf("bot: save PHQ-9: %w", err)
	}
	day := t.st.Day
	t.st = state{Recent: t.st.Recent}
	if b.cfg.PHQ9.Enabled {
		t.user.NextPHQ9 = b.now().AddDate(0, 0, b.cfg.PHQ9.Every)
	}
	if err := b.saveUserAndState(ctx, t); err != nil {
		return err
	}
	t.replies = append(t.replies, Reply{Text: txtPHQResult(total, phq9.BandOf(total).String()) + "\n\n" + phq9.Attribution, Private: true})
	return b.afterCheckin(ctx, t, day)
}
