package bot

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/checkin-bot/checkin/bot/parse"
	"github.com/checkin-bot/checkin/bot/risk"
	"github.com/checkin-bot/checkin/store"
)

// Limits on what a person can send, so a 64 KB paste cannot slow the bot
// or bloat the log.
const (
	maxTextRunes = 4000 // read this much of a message
	maxNoteRunes = 1000 // keep this much of a note
)

// Observer counts what happens, for metrics. It never sees ids or text.
type Observer interface {
	ReplyReceived(platform string)
	CheckinStored(platform string)
	FlagRaised(rule string)
}

type noObserver struct{}

func (noObserver) ReplyReceived(string) {}
func (noObserver) CheckinStored(string) {}
func (noObserver) FlagRaised(string)    {}

// Bot is the conversation. It is safe for concurrent use: messages of one
// person are handled one at a time, different people in parallel.
type Bot struct {
	db    *store.DB
	cfg   Config
	log   *slog.Logger
	now   func() time.Time
	obs   Observer
	locks [256]sync.Mutex
	// greeted is who was shown the welcome lately (in memory only).
	greeted greeted
	// senders reach chats other than the one being answered (SetSenders).
	senders atomic.Pointer[map[string]Sender]
}

// New makes the conversation core over db.
func New(db *store.DB, cfg Config, logger *slog.Logger, now func() time.Time) *Bot {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	return &Bot{db: db, cfg: cfg, log: logger, now: now, obs: noObserver{}}
}

// SetObserver installs a metrics observer.
func (b *Bot) SetObserver(o Observer) {
	if o != nil {
		b.obs = o
	}
}

func (b *Bot) lock(platform, userID string) func() {
	h := fnv.New32a()
	h.Write([]byte(platform))
	h.Write([]byte{0})
	h.Write([]byte(userID))
	m := &b.locks[h.Sum32()%uint32(len(b.locks))]
	m.Lock()
	return m.Unlock
}

// turn is the state of handling one inbound: who, what they said, and what
// we answer.
type turn struct {
	in      Inbound
	full    string // the text as sent, for the risk check (in.Text is cut)
	user    store.User
	known   bool // the person exists in the store
	st      state
	replies []Reply
	ack     string
	stale   bool
	quiet   bool // a risk message: record what it answers, ask nothing next
	// reask, when set, asks the next check-in question in this short line
	// instead of its whole text; choice offers a hesitant rating back.
	reask  string
	choice *parse.RatingRead
	// again is the question to ask next whatever the day already holds:
	// a value for it was wrong and is asked again.
	again string
}

func (t *turn) say(text string) { t.replies = append(t.replies, Reply{Text: text}) }

// prefixLast puts a line (such as the echo of an answer) before the last
// reply's text.
func (t *turn) prefixLast(line string) {
	if line == "" || len(t.replies) == 0 {
		return
	}
	r := &t.replies[len(t.replies)-1]
	r.Text = joinLines(line, r.Text)
}

func joinLines(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}

func (t *turn) ask(text string, buttons [][]Button) {
	t.replies = append(t.replies, Reply{Text: text, Buttons: buttons, Private: true})
}

// Handle answers one message, command or button press.
func (b *Bot) Handle(ctx context.Context, in Inbound) (Response, error) {
	// The risk check reads the whole message, cleaned the same way as the
	// rest (a NUL inside a word must not hide it) but not cut short.
	full := strings.ReplaceAll(strings.ToValidUTF8(in.Text, "\uFFFD"), "\x00", "")
	in.Text = clean(in.Text)
	if in.UserID == "" || in.Platform == "" {
		return Response{}, errors.New("bot: inbound without platform or user")
	}
	b.obs.ReplyReceived(in.Platform)
	unlock := b.lock(in.Platform, in.UserID)
	defer unlock()

	t := &turn{in: in, full: full}
	u, raw, err := b.db.UserAndDialogue(ctx, in.Platform, in.UserID)
	switch {
	case err == nil:
		t.user, t.known = u, true
	case errors.Is(err, store.ErrNotFound):
	default:
		return Response{}, fmt.Errorf("bot: load person: %w", err)
	}
	if !b.allowed(in, t.known) {
		return b.denied(t), nil
	}
	if t.known {
		b.decodeState(t, raw)
		if err := b.touch(ctx, t); err != nil {
			return Response{}, err
		}
	}
	if err := b.dispatch(ctx, t); err != nil {
		return Response{}, err
	}
	if in.Data == "" {
		t.ack = "" // an acknowledgement is for a button press only
	}
	return Response{Replies: t.replies, Ack: t.ack, Stale: t.stale}, nil
}

// touch records where the person can be reached and, when they come back
// after being unreachable, that they can be reached again.
func (b *Bot) touch(ctx context.Context, t *turn) error {
	changed := false
	if t.in.ChatID != "" && t.in.ChatID != t.user.ChatID {
		t.user.ChatID = t.in.ChatID
		changed = true
	}
	if t.user.Inactive {
		t.user.Inactive = false
		changed = true
	}
	if !changed {
		return nil
	}
	if err := b.db.UpdateUser(ctx, t.user); err != nil {
		return fmt.Errorf("bot: update person: %w", err)
	}
	return nil
}

func (b *Bot) dispatch(ctx context.Context, t *turn) error {
	if t.in.Data != "" {
		return b.button(ctx, t)
	}
	text := t.in.Text
	if text == "" {
		t.say(txtUnknownText)
		return nil
	}
	// Safety first: every free text is checked before anything else, and a
	// hit is answered before any routine question.
	if r := detectAll(t.full); r.Risk() {
		if err := b.acute(ctx, t, r); err != nil {
			return err
		}
		// What they wrote is still recorded where it answers something, but
		// the routine questions pause for the safety message.
		return b.quietly(ctx, t)
	}
	if t.in.Edited && t.known && !t.user.ConsentAt.IsZero() && t.st.Mode != modeOnboard {
		// An edit amends what the message answered, commands included.
		return b.edited(ctx, t, text)
	}
	if name, args, ok := command(text); ok {
		return b.command(ctx, t, name, args)
	}
	if !t.known || t.user.ConsentAt.IsZero() || t.st.Mode == modeOnboard {
		return b.onboard(ctx, t, text)
	}
	return b.text(ctx, t, text)
}

func (b *Bot) allowed(in Inbound, known bool) bool {
	if len(b.cfg.Allow) == 0 {
		return true
	}
	guilds := false
	for _, a := range b.cfg.Allow {
		p, id, _ := strings.Cut(a, ":")
		if p == in.Platform && id == in.UserID {
			return true
		}
		if p == "discord-guild" {
			guilds = true
			if in.Platform == Discord && in.GuildID == id {
				return true
			}
		}
	}
	// Someone admitted through an allowed guild may go on in DMs.
	return guilds && known && in.Platform == Discord
}

// MarkUnreachable records that the platform refused delivery for good, so
// no more prompts go out until the person writes again.
func (b *Bot) MarkUnreachable(ctx context.Context, platform, platformUserID string) error {
	u, err := b.db.UserByPlatform(ctx, platform, platformUserID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("bot: mark unreachable: %w", err)
	}
	b.log.Info("person unreachable; prompts stop until they write again", "user", u.ID, "platform", platform)
	return b.db.SetInactive(ctx, u.ID, true)
}

// Risk windows: the detector reads a bounded window, so a long message is
// checked window by window, overlapping so no phrase falls between two.
const (
	riskWindow  = 3000
	riskOverlap = 300
	maxRiskText = 64 << 10 // bytes of one message that are checked at all
)

// detectAll checks every part of a message for risk language and returns
// the most urgent finding.
func detectAll(text string) risk.Result {
	if len(text) > maxRiskText {
		text = strings.ToValidUTF8(text[:maxRiskText], "")
	}
	runes := []rune(text)
	var best risk.Result
	for start := 0; ; start += riskWindow - riskOverlap {
		end := min(start+riskWindow, len(runes))
		if r := risk.Detect(string(runes[start:end])); r.Level > best.Level {
			best = r
		}
		if end == len(runes) {
			return best
		}
	}
}

// clean makes text safe to work with: valid UTF-8, no NULs, bounded length.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\x00", "")
	if utf8.RuneCountInString(s) > maxTextRunes {
		s = string([]rune(s)[:maxTextRunes])
	}
	return strings.TrimSpace(s)
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// command splits "/name args" (also "/name@botname args").
func command(text string) (name, args string, ok bool) {
	if !strings.HasPrefix(text, "/") || len(text) < 2 {
		return "", "", false
	}
	head, rest, _ := strings.Cut(text[1:], " ")
	head, _, _ = strings.Cut(head, "@")
	if head == "" {
		return "", "", false
	}
	return strings.ToLower(head), strings.TrimSpace(rest), true
}
