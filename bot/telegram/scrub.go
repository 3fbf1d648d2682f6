package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// The bot token is in every Bot API URL, and Go's url.Error prints the URL:
// without care a network error would put the token in a log file. Every
// error this package returns or logs goes through a scrubber, and the
// logger itself scrubs as a second line of defence.

// scrubber replaces a token, raw or URL-escaped, with "<token>".
type scrubber struct{ forms []string }

func newScrubber(token string) scrubber {
	if token == "" {
		return scrubber{}
	}
	forms := []string{token}
	for _, f := range []string{url.PathEscape(token), url.QueryEscape(token)} {
		if f != token {
			forms = append(forms, f)
		}
	}
	return scrubber{forms: forms}
}

func (s scrubber) string(v string) string {
	for _, f := range s.forms {
		v = strings.ReplaceAll(v, f, "<token>")
	}
	return v
}

// err returns err unchanged when its message is clean, else an error whose
// message is scrubbed and which still unwraps to err for errors.Is/As.
func (s scrubber) err(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if clean := s.string(msg); clean != msg {
		return &scrubbedError{msg: clean, err: err}
	}
	return err
}

type scrubbedError struct {
	msg string
	err error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.err }

// scrubHandler is a slog.Handler that scrubs the message and every
// attribute before passing the record on.
type scrubHandler struct {
	inner slog.Handler
	s     scrubber
}

func (h scrubHandler) Enabled(ctx context.Context, l slog.Level) bool { return h.inner.Enabled(ctx, l) }

func (h scrubHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, h.s.string(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.inner.Handle(ctx, out)
}

func (h scrubHandler) WithAttrs(as []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(as))
	for i, a := range as {
		clean[i] = h.attr(a)
	}
	return scrubHandler{inner: h.inner.WithAttrs(clean), s: h.s}
}

func (h scrubHandler) WithGroup(name string) slog.Handler {
	return scrubHandler{inner: h.inner.WithGroup(name), s: h.s}
}

func (h scrubHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.s.string(v.String()))
	case slog.KindGroup:
		g := v.Group()
		clean := make([]any, len(g))
		for i, x := range g {
			clean[i] = h.attr(x)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		if err, ok := v.Any().(error); ok {
			return slog.String(a.Key, h.s.string(err.Error()))
		}
		return slog.String(a.Key, h.s.string(fmt.Sprint(v.Any())))
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// libLogger receives the library's own log lines (it logs little with
// Debug off, but would print URLs with tokens otherwise). The library's
// logger is global, so it scrubs every token any adapter in this process
// registered and forwards to the most recent adapter's logger.
type libLogger struct {
	mu     sync.Mutex
	forms  []string
	logger *slog.Logger
}

var library = &libLogger{}

func (l *libLogger) register(token string, logger *slog.Logger) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, f := range newScrubber(token).forms {
		if !slices.Contains(l.forms, f) {
			l.forms = append(l.forms, f)
		}
	}
	l.logger = logger
	_ = tgbotapi.SetLogger(l)
}

func (l *libLogger) line(msg string) {
	l.mu.Lock()
	s, logger := scrubber{forms: l.forms}, l.logger
	l.mu.Unlock()
	if logger != nil {
		logger.Warn("telegram library", "detail", s.string(strings.TrimSpace(msg)))
	}
}

func (l *libLogger) Println(v ...any)               { l.line(fmt.Sprintln(v...)) }
func (l *libLogger) Printf(format string, v ...any) { l.line(fmt.Sprintf(format, v...)) }
