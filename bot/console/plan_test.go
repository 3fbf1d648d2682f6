package console

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// At the terminal: /plan walks through the six steps; risk words then get
// the person's plan first and the crisis lines after; /trusted makes an
// an invitation code; /delete erases the plan and the invitation.
func TestPlanAtTheTerminal(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), time.Now)
	var out bytes.Buffer
	script := strings.Join([]string{"/start", "yes", "skip", "skip", "gb",
		"/plan", "I go quiet", "skip", "the park", "my brother", "my GP", "skip",
		"i really want to die", "/trusted Sam"}, "\n")
	if err := New(core, strings.NewReader(script), &out, "ana", t.TempDir()).Run(ctx); err != nil {
		t.Fatal(err)
	}
	all := out.String()
	crisis := all[strings.LastIndex(all, "Your plan says:"):strings.LastIndex(all, "invitation for Sam")]
	at := -1
	for _, w := range []string{"Your plan says:", "People and places: the park", "Who you can ask: my brother", "Professionals: my GP", "116 123"} {
		i := strings.Index(crisis, w)
		if i <= at {
			t.Fatalf("%q missing or out of order after the plan was written:\n%s", w, crisis)
		}
		at = i
	}
	if strings.Contains(crisis, "I go quiet") {
		t.Errorf("the crisis reply shows the warning signs:\n%s", crisis)
	}
	if !strings.Contains(all, "/accept ") {
		t.Errorf("no invitation printed:\n%s", all[strings.LastIndex(all, "/trusted"):])
	}
	us, _ := db.Users(ctx)
	if len(us) != 1 {
		t.Fatalf("users = %+v", us)
	}
	ps, _ := db.Plan(ctx, us[0].ID)
	if len(ps) != 4 {
		t.Errorf("stored plan = %+v, want 4 steps", ps)
	}

	// Erasing, in a second run on the same store.
	out.Reset()
	script = strings.Join([]string{"/delete", "Yes, erase everything"}, "\n")
	if err := New(core, strings.NewReader(script), &out, "ana", t.TempDir()).Run(ctx); err != nil {
		t.Fatal(err)
	}
	if ps, _ := db.Plan(ctx, us[0].ID); len(ps) != 0 {
		t.Errorf("plan after /delete = %+v", ps)
	}
	if _, err := db.TrustedLink(ctx, us[0].ID); err == nil {
		t.Errorf("invitation after /delete")
	}
}
