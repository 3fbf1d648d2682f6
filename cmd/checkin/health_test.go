package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// fakeAdapter is an adapter whose connection state a test sets.
type fakeAdapter struct{ up bool }

func (f *fakeAdapter) Send(context.Context, string, bot.Reply) (string, error) { return "", nil }
func (f *fakeAdapter) Run(context.Context) error                               { return nil }
func (f *fakeAdapter) Connected() bool                                         { return f.up }

func TestHealthz(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	tg, dc := &fakeAdapter{up: true}, &fakeAdapter{up: true}
	h := healthHandler(db, map[string]adapter{"telegram": tg, "discord": dc})
	get := func() (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		b, _ := io.ReadAll(rec.Body)
		return rec.Code, string(b)
	}
	tests := []struct {
		name     string
		setup    func()
		code     int
		contains string
	}{
		{"all up", func() {}, http.StatusOK, "ok"},
		{"discord down", func() { dc.up = false }, http.StatusServiceUnavailable, "discord"},
		{"database closed", func() { dc.up = true; db.Close() }, http.StatusServiceUnavailable, "database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.setup()
			code, body := get()
			if code != tt.code || !strings.Contains(body, tt.contains) {
				t.Errorf("healthz = %d %q, want %d naming %q", code, body, tt.code, tt.contains)
			}
		})
	}
}
