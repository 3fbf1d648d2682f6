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

	mu        sync.Mutex // guards out and opts: the scheduler prints too
	opts      *options   // the last buttons shown; a reply without buttons keeps them
	statePath string
	run       string // tells this run's message ids from an earlier run's
	msgID     int
}

var _ bot.Sender = (*Adapter)(nil)

// New makes a terminal adapter for the person named user; files go to fileDir.
func New(h handler, in io.Reader, out io.Writer, user, fileDir string, opts ...Option) *Adapter {
	a := &Adapter{h: h, in: in, out: out, user: user, fileDir: fileDir, run: runID()}
	for _, o := range opts {
		o(a)
	}
	return a
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

// Run reads lines until the input ends or ctx is done. A question left
// open by an earlier run is shown again first, with its options working.
func (a *Adapter) Run(ctx context.Context) error {
	a.resume()
	lines := make(chan inputLine)
	errc := make(chan error, 1)
	go func() {
		r := bufio.NewReaderSize(a.in, 64*1024)
		for {
			l, err := readLine(r, maxLine)
			if l.text != "" || l.tooLong {
				select {
				case lines <- l:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = nil
				}
				errc <- err
				close(lines)
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case l, ok := <-lines:
			if !ok {
				if err := <-errc; err != nil {
					return fmt.Errorf("console: read input: %w", err)
				}
				return nil
			}
			if l.tooLong {
				a.mu.Lock()
				fmt.Fprint(a.out, txtTooLong+"\n\n")
				a.mu.Unlock()
				continue
			}
			if err := a.handleLine(ctx, l.text); err != nil {
				return err
			}
		}
	}
}

// maxLine bounds one typed message; a longer one is refused out loud.
const maxLine = 1 << 20

type inputLine struct {
	text    string
	tooLong bool
}

// readLine reads one line; past max bytes it reads on to the line's end
// and reports the line too long rather than cutting it short.
func readLine(r *bufio.Reader, max int) (inputLine, error) {
	var buf []byte
	var l inputLine
	for {
		chunk, err := r.ReadSlice('\n')
		if !l.tooLong {
			if len(buf)+len(chunk) > max+2 { // the line break is not counted
				l.tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if !l.tooLong {
			l.text = strings.TrimRight(string(buf), "\r\n")
		}
		return l, err
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
	if d, ok := a.opts.pick(line); ok {
		in.Data = d
	} else {
		in.Text = line
	}
	a.mu.Unlock()
	resp, err := a.h.Handle(ctx, in)
	if err != nil {
		a.mu.Lock()
		fmt.Fprintln(a.out, txtWentWrong)
		a.mu.Unlock()
		return fmt.Errorf("console: %w", err)
	}
	if in.Data != "" && resp.Ack != "" {
		a.mu.Lock()
		fmt.Fprintln(a.out, resp.Ack)
		a.mu.Unlock()
	}
	for _, r := range resp.Replies {
		if _, err := a.Send(ctx, a.ChatID(), r); err != nil {
			return err
		}
	}
	return nil
}

// resume shows again the question last asked with buttons in an earlier
// run, so that its numbers still work. It may have been answered since:
// the core says so kindly when a stale option is pressed.
func (a *Adapter) resume() {
	if a.statePath == "" {
		return
	}
	last, err := a.loadShown()
	if err != nil {
		return // unreadable: it is written afresh with the next buttons
	}
	o := newOptions(last.Buttons)
	if o == nil {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.opts = o
	fmt.Fprintln(a.out, txtLeftOff)
	if last.Text != "" {
		fmt.Fprintln(a.out, last.Text)
	}
	fmt.Fprintln(a.out, o.render())
	fmt.Fprintln(a.out)
}

// Send prints one reply (also used by the scheduler for prompts).
func (a *Adapter) Send(ctx context.Context, chatID string, r bot.Reply) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if r.Text != "" {
		fmt.Fprintf(a.out, "%s\n", r.Text)
	}
	if o := newOptions(r.Buttons); o != nil {
		a.opts = o
		fmt.Fprintln(a.out, o.render())
		// Best effort: if the file cannot be written, the numbers still
		// work until the chat is closed.
		_ = a.saveShown(shown{Text: question(r.Text), Buttons: r.Buttons})
	}
	for _, f := range []*bot.File{r.Image, r.File} {
		if f == nil {
			continue
		}
		path, err := a.save(f)
		if err != nil {
			fmt.Fprintf(a.out, txtCouldNotSave+"\n", f.Name, err)
			continue
		}
		fmt.Fprintf(a.out, txtSaved+"\n", path)
	}
	fmt.Fprintln(a.out)
	return a.nextID(), nil
}

// question is the part of a reply the buttons answer: its last paragraph,
// without what was said before it ("Got it: mood 5.").
func question(text string) string {
	text = strings.TrimSpace(text)
	if i := strings.LastIndex(text, "\n\n"); i >= 0 {
		return text[i+2:]
	}
	return text
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
