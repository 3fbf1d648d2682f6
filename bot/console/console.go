// Package console is the terminal adapter behind `checkin chat`: it reads
// lines from an input, hands each to the core as one message, and prints
// the replies. Buttons become numbered options; files are written to a
// folder and their paths printed.
package console

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/checkin-bot/checkin/bot"
)

// ChatID is the terminal's chat; each person's is ChatID + ":" + their
// name, so that two people on one store (a trusted person, in tests) can
// be told apart.
const ChatID = "console"

type handler interface {
	Handle(ctx context.Context, in bot.Inbound) (bot.Response, error)
}

// Adapter talks to one person at a terminal.
type Adapter struct {
	h       handler
	in      io.Reader
	out     io.Writer
	user    string
	fileDir string

	mu      sync.Mutex // guards out and options: the scheduler prints too
	options []bot.Button
	run     string // tells this run's message ids from an earlier run's
	msgID   int
}

var _ bot.Sender = (*Adapter)(nil)

// New makes a terminal adapter for the person named user; files go to fileDir.
func New(h handler, in io.Reader, out io.Writer, user, fileDir string) *Adapter {
	return &Adapter{h: h, in: in, out: out, user: user, fileDir: fileDir, run: runID()}
}

// runID is a random prefix for this run's message ids: the core takes a
// message id it has already recorded for a repeated delivery, so ids must
// not start again at 1 when the chat is started again.
func runID() string {
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		return "0"
	}
	return hex.EncodeToString(b)
}

func (a *Adapter) nextID() string {
	a.msgID++
	return a.run + "." + strconv.Itoa(a.msgID)
}

// ChatID is this person's chat at the terminal.
func (a *Adapter) ChatID() string { return ChatID + ":" + a.user }

// Run reads lines until the input ends or ctx is done.
func (a *Adapter) Run(ctx context.Context) error {
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(a.in)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		errc <- sc.Err()
		close(lines)
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case line, ok := <-lines:
			if !ok {
				if err := <-errc; err != nil {
					return fmt.Errorf("console: read input: %w", err)
				}
				return nil
			}
			if err := a.handleLine(ctx, line); err != nil {
				return err
			}
		}
	}
}

func (a *Adapter) handleLine(ctx context.Context, line string) error {
	line = strings.TrimSpace(line)
	if line == "" {
		return nil
	}
	in := bot.Inbound{Platform: bot.Console, UserID: a.user, ChatID: a.ChatID(), Name: a.user}
	a.mu.Lock()
	in.MessageID = a.nextID()
	if d, ok := a.pick(line); ok {
		in.Data = d
	} else {
		in.Text = line
	}
	a.mu.Unlock()
	resp, err := a.h.Handle(ctx, in)
	if err != nil {
		a.mu.Lock()
		fmt.Fprintln(a.out, "Sorry — something went wrong on my side and I couldn't save that. Please try again in a moment.")
		a.mu.Unlock()
		return fmt.Errorf("console: %w", err)
	}
	if in.Data != "" && resp.Ack != "" {
		a.mu.Lock()
		fmt.Fprintf(a.out, "✓ %s\n", resp.Ack)
		a.mu.Unlock()
	}
	for _, r := range resp.Replies {
		if _, err := a.Send(ctx, a.ChatID(), r); err != nil {
			return err
		}
	}
	return nil
}

// pick maps a typed option number or an exact label to the offered
// button's data. Scales whose labels are numbers are typed as text
// instead, which the core reads the same way.
func (a *Adapter) pick(line string) (string, bool) {
	if len(a.options) == 0 {
		return "", false
	}
	if n, err := strconv.Atoi(line); err == nil && !numericLabels(a.options) {
		if n >= 1 && n <= len(a.options) {
			return a.options[n-1].Data, true
		}
		return "", false
	}
	for _, b := range a.options {
		if strings.EqualFold(b.Label, line) {
			return b.Data, true
		}
	}
	return "", false
}

// numericLabels reports whether any option is labelled with a number (a
// scale, "9:00 pm"): then every option is typed as its label, since an
// option number could not be told from a value.
func numericLabels(bs []bot.Button) bool {
	for _, b := range bs {
		if b.Label != "" && unicode.IsDigit(rune(b.Label[0])) {
			return true
		}
	}
	return false
}

// Send prints one reply (also used by the scheduler for prompts).
func (a *Adapter) Send(ctx context.Context, chatID string, r bot.Reply) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if r.Text != "" {
		fmt.Fprintf(a.out, "%s\n", r.Text)
	}
	var opts []bot.Button
	for _, row := range r.Buttons {
		opts = append(opts, row...)
	}
	if len(opts) > 0 {
		a.options = opts
		fmt.Fprintln(a.out, renderOptions(opts))
	} else if r.Text != "" {
		a.options = nil
	}
	for _, f := range []*bot.File{r.Image, r.File} {
		if f == nil {
			continue
		}
		path, err := a.save(f)
		if err != nil {
			fmt.Fprintf(a.out, "(I couldn't save %s: %v)\n", f.Name, err)
			continue
		}
		fmt.Fprintf(a.out, "📎 saved %s\n", path)
	}
	fmt.Fprintln(a.out)
	return a.nextID(), nil
}

func renderOptions(opts []bot.Button) string {
	var parts []string
	if numericLabels(opts) {
		for _, b := range opts {
			parts = append(parts, "["+b.Label+"]")
		}
		return "  " + strings.Join(parts, " ")
	}
	for i, b := range opts {
		parts = append(parts, fmt.Sprintf("%d) %s", i+1, b.Label))
	}
	return "  " + strings.Join(parts, "   ") + "   (type the number)"
}

// save writes a file privately (it holds health data) and returns its path.
func (a *Adapter) save(f *bot.File) (string, error) {
	if err := os.MkdirAll(a.fileDir, 0o700); err != nil {
		return "", err
	}
	name := filepath.Base(f.Name)
	if name == "." || name == "/" || name == "" {
		return "", errors.New("no file name")
	}
	path := filepath.Join(a.fileDir, name)
	if err := os.WriteFile(path, f.Data, 0o600); err != nil {
		return "", err
	}
	return path, nil
}
