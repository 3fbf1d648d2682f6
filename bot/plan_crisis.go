package bot

import (
	"context"
	"strings"
)

// crisisSteps are the steps a crisis reply shows, in the order the plan is
// meant to be used in a hard moment: what the person can do alone, then
// people and places that distract, then people to ask for help, then
// professionals. Warning signs are for noticing early and stay in /plan;
// so do the words about making surroundings safer, which may name what
// the person put away: safe-messaging guidance keeps means out of a
// message read at the worst moment (see docs/SAFETY.md).
var crisisSteps = []int{2, 3, 4, 5}

// crisisPlan is the start of every crisis reply for a person with a plan:
// their own words for a hard moment, a few short lines. Empty without a plan.
func (b *Bot) crisisPlan(ctx context.Context, t *turn) (string, error) {
	if !t.known || t.user.ConsentAt.IsZero() {
		return "", nil
	}
	steps, err := b.planSteps(ctx, t.user)
	if err != nil {
		return "", err
	}
	var lines []string
	for _, n := range crisisSteps {
		if w := steps[n]; w != "" {
			lines = append(lines, "• "+txtPlanCrisisTitles[n-1]+": "+clip(strings.Join(strings.Fields(w), " "), planCrisisRune))
		}
	}
	if len(lines) == 0 {
		return "", nil
	}
	return txtPlanSays + "\n" + strings.Join(lines, "\n"), nil
}

// withPlan puts the person's plan before a crisis text. The crisis text
// goes out even when the plan cannot be read. The plan holds names and
// numbers, so it is private; in a Discord server, where a private reply
// moves to the DMs, the crisis text stays a reply of its own shown where
// the person asked (only to them), so that closed DMs never hide it.
func (b *Bot) withPlan(ctx context.Context, t *turn, crisis string) []Reply {
	p, err := b.crisisPlan(ctx, t)
	if err != nil {
		b.log.Error("crisis reply sent without the safety plan", "user", t.user.ID, "err", err)
	}
	switch {
	case p == "":
		return []Reply{{Text: crisis}}
	case t.in.GuildID != "":
		return []Reply{{Text: p, Private: true}, {Text: crisis}}
	}
	return []Reply{{Text: p + "\n\n" + crisis, Private: true}}
}
