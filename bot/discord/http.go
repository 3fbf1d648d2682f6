package discord

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// requestTimeout bounds one REST call; the session's context bounds more.
const requestTimeout = 20 * time.Second

// newHTTPClient keeps what Go's default transport does right (proxy
// variables, system CA roots) and, when apiURL is set, sends every request
// meant for discord.com there instead. discordgo builds its URLs from
// package variables; rewriting here keeps them untouched, so several
// adapters (or tests) in one process cannot disturb each other.
func newHTTPClient(apiURL string) (*http.Client, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	c := &http.Client{Timeout: requestTimeout, Transport: tr}
	if apiURL == "" {
		return c, nil
	}
	base, err := url.Parse(apiURL)
	if err != nil {
		return nil, fmt.Errorf("discord: api_url: %w", err)
	}
	api, err := url.Parse(discordgo.EndpointAPI)
	if err != nil {
		return nil, fmt.Errorf("discord: discordgo endpoint: %w", err)
	}
	c.Transport = rewrite{from: api.Host, to: base, next: tr}
	return c, nil
}

type rewrite struct {
	from string
	to   *url.URL
	next http.RoundTripper
}

func (r rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != r.from {
		return r.next.RoundTrip(req)
	}
	req = req.Clone(req.Context())
	req.URL.Scheme, req.URL.Host = r.to.Scheme, r.to.Host
	req.URL.Path = strings.TrimSuffix(r.to.Path, "/") + req.URL.Path
	req.Host = ""
	return r.next.RoundTrip(req)
}

var (
	// secretInURL matches the interaction or webhook token in a REST path.
	secretInURL = regexp.MustCompile(`((?:interactions|webhooks)/[0-9]+/)[^/?\s"']+`)
	// botToken matches Discord bot tokens (three base64url parts).
	botToken = regexp.MustCompile(`[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}`)
	// authValue matches an Authorization value or an IDENTIFY token field.
	authValue = regexp.MustCompile(`(?i)(Bot |"token":\s*")[^\s"]+`)
)

// scrub removes tokens from text bound for a log.
func scrub(s string) string {
	s = secretInURL.ReplaceAllString(s, "${1}[redacted]")
	s = authValue.ReplaceAllString(s, "${1}[redacted]")
	return botToken.ReplaceAllString(s, "[redacted]")
}

// errAttr logs an error with tokens removed. Errors from REST calls name
// their URL, and an interaction's URL carries its token.
func errAttr(err error) slog.Attr {
	return slog.String("err", scrub(err.Error()))
}

// discordgo logs through one package variable. It is pointed, once, at a
// function that forwards to the newest adapter's logger with tokens
// removed and long payloads cut, so nothing secret or personal reaches
// the log even if a future discordgo logs more at its error level.
var (
	libraryLogOnce sync.Once
	libraryLogger  atomic.Pointer[slog.Logger]
)

const maxLibraryLog = 300

func routeLibraryLog(l *slog.Logger) {
	libraryLogger.Store(l)
	libraryLogOnce.Do(func() { discordgo.Logger = libraryLog })
}

func libraryLog(level, _ int, format string, a ...any) {
	l := libraryLogger.Load()
	if l == nil {
		return
	}
	msg := scrub(fmt.Sprintf(format, a...))
	if len(msg) > maxLibraryLog {
		msg = strings.ToValidUTF8(msg[:maxLibraryLog], "") + "…"
	}
	switch level {
	case discordgo.LogError:
		l.Error("discord: library", "detail", msg)
	case discordgo.LogWarning:
		l.Warn("discord: library", "detail", msg)
	default:
		l.Debug("discord: library", "detail", msg)
	}
}
