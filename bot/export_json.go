package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// exportJSON is every stored field of one person: settings, check-ins,
// questionnaires, flags, medications, the safety plan and whether a
// trusted person is linked. It reads by that person's id
// only, so nobody else's rows can appear in it.
func (b *Bot) exportJSON(ctx context.Context, u store.User) ([]byte, error) {
	return ExportJSON(ctx, b.db, u)
}

// ExportJSON builds one person's JSON export; the operator CLI uses it too.
func ExportJSON(ctx context.Context, db *store.DB, u store.User) ([]byte, error) {
	cs, err := db.Checkins(ctx, u.ID, "", "")
	if err != nil {
		return nil, err
	}
	qs, err := db.Questionnaires(ctx, u.ID, time.Time{})
	if err != nil {
		return nil, err
	}
	fs, err := db.Flags(ctx, u.ID, time.Time{})
	if err != nil {
		return nil, err
	}
	ms, err := db.Medications(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	plan, err := db.Plan(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	var trusted *trustedExport
	switch l, err := db.TrustedLink(ctx, u.ID); {
	case err == nil:
		trusted = linkExport(l)
	case !errors.Is(err, store.ErrNotFound):
		return nil, err
	}
	doc := struct {
		Settings       store.User            `json:"settings"`
		Checkins       []store.Checkin       `json:"checkins"`
		Questionnaires []store.Questionnaire `json:"questionnaires"`
		Flags          []store.Flag          `json:"flags"`
		Medications    []store.Medication    `json:"medications"`
		SafetyPlan     []store.PlanStep      `json:"safety_plan"`
		TrustedPerson  *trustedExport        `json:"trusted_person"`
	}{u, nonNil(cs), nonNil(qs), nonNil(fs), nonNil(ms), nonNil(plan), trusted}
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("bot: export json: %w", err)
	}
	return out, nil
}

// trustedExport is what the export says of a trusted person: the name the
// person gave them and the link's state, never the other person's ids.
type trustedExport struct {
	Name       string
	Status     string // "invited" or "linked"
	Since      time.Time
	InviteTill time.Time `json:",omitempty"`
}

func linkExport(l store.TrustedLink) *trustedExport {
	if l.Accepted() {
		return &trustedExport{Name: l.Name, Status: "linked", Since: l.AcceptedAt}
	}
	return &trustedExport{Name: l.Name, Status: "invited", Since: l.CreatedAt, InviteTill: l.CodeExpires}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
