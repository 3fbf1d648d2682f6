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

// TestAccessAllowList: the terminal person is subject to access.allow
// like anyone else; when not listed they get one polite line per message
// and nothing is stored.
func TestAccessAllowList(t *testing.T) {
	tests := []struct {
		name    string
		allow   []string
		admit   bool
		wantOut string
	}{
		{"not listed", []string{"console:someone-else"}, false, "only open to people its operator has invited"},
		{"listed", []string{"console:ana"}, true, "time zone"},
		{"open deployment", nil, true, "time zone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db, err := store.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			cfg := bot.DefaultConfig()
			cfg.Allow = tt.allow
			core := bot.New(db, cfg, slog.New(slog.DiscardHandler), time.Now)
			var out bytes.Buffer
			term := New(core, strings.NewReader("/start\nyes\n"), &out, "ana", t.TempDir())
			if err := term.Run(ctx); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("output lacks %q:\n%s", tt.wantOut, out.String())
			}
			users, err := db.Users(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(users) == 1; got != tt.admit {
				t.Errorf("stored people = %d, admitted = %v", len(users), tt.admit)
			}
		})
	}
}
