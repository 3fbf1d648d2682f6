package console

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// terminals routes the core's own sends to the terminal of the chat.
type terminals map[string]*Adapter

func (ts terminals) Send(ctx context.Context, chat string, r bot.Reply) (string, error) {
	return ts[chat].Send(ctx, chat, r)
}

// lockedBuffer is a terminal's output, read while the core writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Two people at terminals on one store: Ana invites Sam, who accepts
// without being set up. Nothing reaches Sam without Ana's Yes; the Yes
// pressed again sends nothing more; Sam's terminal never shows anything
// about Ana's health; Sam ends the link and Ana is told.
func TestTrustedPersonAtTheTerminal(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.DiscardHandler), time.Now)
	var anaOut, samOut lockedBuffer
	ana := New(core, nil, &anaOut, "ana", t.TempDir())
	sam := New(core, nil, &samOut, "sam", t.TempDir())
	core.SetSenders(map[string]bot.Sender{bot.Console: terminals{ana.ChatID(): ana, sam.ChatID(): sam}})
	say := func(a *Adapter, line string) {
		t.Helper()
		if err := a.handleLine(ctx, line); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
	}
	for _, line := range []string{"/start", "yes", "skip", "skip", "gb", "/plan", "skip", "play guitar", "skip", "skip", "skip", "skip", "/trusted Sam"} {
		say(ana, line)
	}
	code := regexp.MustCompile(`/accept ([A-Z2-9]{4}-[A-Z2-9]{4})`).FindStringSubmatch(anaOut.String())
	if code == nil {
		t.Fatalf("no invitation:\n%s", anaOut.String())
	}
	say(sam, "/accept "+code[1])
	if !strings.Contains(samOut.String(), "ana has chosen you") || !strings.Contains(anaOut.String(), "Sam (as \"sam\") accepted") {
		t.Fatalf("acceptance:\nSam: %s\nAna: %s", samOut.String(), anaOut.String())
	}
	if us, _ := db.Users(ctx); len(us) != 1 {
		t.Errorf("people stored = %d, want Ana alone", len(us))
	}
	afterWelcome := samOut.String()

	say(ana, "i want to die")
	if !strings.Contains(anaOut.String(), "Would you like me to let Sam know") {
		t.Fatalf("no offer:\n%s", anaOut.String())
	}
	say(ana, "No, thanks")
	if samOut.String() != afterWelcome {
		t.Fatalf("Sam got something after a No:\n%s", samOut.String()[len(afterWelcome):])
	}
	say(ana, "i really want to end my life")
	offer := ana.opts
	say(ana, "Yes, let Sam know")
	told := samOut.String()
	if !strings.Contains(told[len(afterWelcome):], "ana asked me to let you know they could use some support") {
		t.Fatalf("Sam was not told:\n%s", told)
	}
	ana.opts = offer // the same button pressed again
	say(ana, "Yes, let Sam know")
	if samOut.String() != told || !strings.Contains(anaOut.String(), "already let Sam know") {
		t.Errorf("a second press sent again:\n%s", samOut.String()[len(told):])
	}

	say(sam, "/untrust")
	if !strings.Contains(anaOut.String(), "Sam has ended the trusted-person link") {
		t.Errorf("Ana was not told the link ended:\n%s", anaOut.String())
	}
	for _, line := range strings.Split(samOut.String(), "\n") {
		if strings.Contains(line, "(type the number") {
			continue // how to answer the terminal's options
		}
		line = optionNumber.ReplaceAllString(line, "") // "1) End link" is a label numbered
		low := strings.ToLower(line)
		for _, bad := range []string{"mood", "sleep", "note", "score", "116 123", "samaritans", "guitar"} {
			if strings.Contains(low, bad) {
				t.Errorf("Sam's terminal shows %q: %q", bad, line)
			}
		}
		if strings.ContainsAny(line, "0123456789") {
			t.Errorf("Sam's terminal shows a digit: %q", line)
		}
	}
}

var optionNumber = regexp.MustCompile(`(^|\s)\d+\) `)
