package telegram

import (
	"context"
	"errors"
	"log/slog"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
	"github.com/checkin-bot/checkin/store"
)

// assertClean fails when the token shows in s, raw or escaped.
func assertClean(t *testing.T, what, s string) {
	t.Helper()
	for _, form := range []string{testToken, url.QueryEscape(testToken), url.PathEscape(testToken)} {
		if strings.Contains(s, form) {
			t.Errorf("%s shows the token: %s", what, s)
		}
	}
}

func TestTokenNotInNetworkErrors(t *testing.T) {
	dead := tgfake.New(testToken)
	deadURL := dead.URL
	dead.Close()

	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	logs := &logBuffer{}
	cfg := DefaultConfig()
	cfg.Token, cfg.APIURL, cfg.Timeout = testToken, deadURL, time.Second
	_, err = New(context.Background(), cfg, &fakeCore{}, db, nil, slog.New(slog.NewTextHandler(logs, nil)))
	if err == nil {
		t.Fatal("New succeeded against a closed server")
	}
	assertClean(t, "New's error", err.Error())
	// The scrubbing mattered: the underlying url.Error does hold the URL.
	var ue *url.Error
	if !errors.As(err, &ue) || !strings.Contains(ue.URL, testToken) {
		t.Errorf("expected a url.Error carrying the URL under the scrubbed message, got %#v", err)
	}
	if !strings.Contains(err.Error(), "<token>") {
		t.Errorf("error %q does not show where the token was", err)
	}
}

func TestTokenNotInSendErrorsOrLogs(t *testing.T) {
	e := newEnv(t, nil)
	e.fake.Fail("sendMessage", repeat(tgfake.Fault{Status: 500, Description: "Internal Server Error"}, maxAttempts)...)
	_, err := e.a.Send(context.Background(), chat, bot.Reply{Text: "x"})
	if err == nil {
		t.Fatal("no error after only 500s")
	}
	assertClean(t, "the 500 error", err.Error())

	e.fake.Close() // now every call is a network error naming the URL
	_, err = e.a.Send(context.Background(), chat, bot.Reply{Text: "x"})
	if err == nil {
		t.Fatal("no error with the server gone")
	}
	assertClean(t, "the network error", err.Error())
	e.a.logger.Error("send failed", "err", err)

	// The poll loop logs its failures; run it against the dead server.
	stop := run(t, e.a)
	eventually(t, "a logged poll failure", func() bool { return strings.Contains(e.logs.String(), "getUpdates failed") })
	stop()
	logs := e.logs.String()
	assertClean(t, "the logs", logs)
	if !strings.Contains(logs, "<token>") {
		t.Errorf("logs show no scrubbed URL; is the failure logged at all?\n%s", logs)
	}
}

func TestLoggersScrub(t *testing.T) {
	logs := &logBuffer{}
	s := newScrubber(testToken)
	l := slog.New(scrubHandler{inner: slog.NewJSONHandler(logs, nil), s: s}).With("bound", "x"+testToken)
	l.Info("message "+testToken,
		"err", errors.New("Post https://api/bot"+testToken+"/getMe"),
		"escaped", url.QueryEscape(testToken),
		slog.Group("g", slog.String("u", testToken), slog.Any("v", []string{testToken})))
	l.WithGroup("grp").Warn("again", "k", testToken)

	library.register(testToken, slog.New(slog.NewTextHandler(logs, nil)))
	library.Printf("Endpoint: %s", "https://api.telegram.org/bot"+testToken+"/getMe")
	library.Println("params", testToken)

	out := logs.String()
	assertClean(t, "the logs", out)
	if n := strings.Count(out, "<token>"); n < 9 {
		t.Errorf("%d scrubbed tokens in the logs, want at least 9:\n%s", n, out)
	}
}

func TestDebugStaysOff(t *testing.T) {
	e := newEnv(t, nil)
	if e.a.bot.Debug {
		t.Error("library debug output is on; it prints URLs with the token")
	}
}
