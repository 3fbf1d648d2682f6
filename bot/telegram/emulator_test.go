package telegram

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The end-to-end tests run the adapter against telegram-test-api, a Bot
// API emulator from npm (pinned in the repository's package.json). A
// simulated person talks to the bot through the emulator's client API, the
// same HTTP calls its JavaScript TelegramClient makes.

// emulator is a running telegram-test-api server.
type emulator struct {
	url   string // both the Bot API base URL and the client API base URL
	token string
}

// startEmulator starts the emulator for the test's lifetime. Outside CI it
// skips when node or the npm package is missing; under CI (CI=true) that
// fails the test, so the end-to-end run cannot silently vanish.
func startEmulator(t *testing.T, token string) *emulator {
	t.Helper()
	missing := func(why string) {
		t.Helper()
		msg := why + "; run `npm ci` in the repository root (needs Node.js) to run the Telegram end-to-end test"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not installed")
	}
	if _, err := os.Stat(filepath.Join("..", "..", "node_modules", "telegram-test-api", "package.json")); err != nil {
		missing("node_modules/telegram-test-api is missing")
	}
	port := freePort(t)
	cmd := exec.Command(node, filepath.Join("testdata", "emulator.js"), fmt.Sprint(port))
	stdin, err := cmd.StdinPipe() // the emulator exits when this closes
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start the emulator: %v", err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if url, ok := strings.CutPrefix(sc.Text(), "ready "); ok {
				ready <- url
			}
		}
		close(ready)
	}()
	select {
	case url, ok := <-ready:
		if !ok {
			t.Fatalf("the emulator stopped before it was ready: %s", stderr.String())
		}
		return &emulator{url: url, token: token}
	case <-time.After(20 * time.Second):
		t.Fatalf("the emulator did not start in 20 s: %s", stderr.String())
	}
	return nil
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// person is the emulator's TelegramClient: one user in a chat.
type person struct {
	emu    *emulator
	userID int64
	chatID int64
	name   string
	chat   string // "private", "group", "supergroup"
	lang   string // the app's language, sent as from.language_code when set
}

func (e *emulator) person(id int64, name string) *person {
	return &person{emu: e, userID: id, chatID: id, name: name, chat: "private"}
}

// common is makeCommonMessage plus getMessageMeta.
func (p *person) common() map[string]any {
	from := map[string]any{"id": p.userID, "first_name": p.name, "username": "u" + fmt.Sprint(p.userID), "is_bot": false}
	if p.lang != "" {
		from["language_code"] = p.lang
	}
	return map[string]any{
		"botToken": p.emu.token,
		"date":     time.Now().Unix(),
		"from":     from,
		"chat":     map[string]any{"id": p.chatID, "first_name": p.name, "title": p.name, "type": p.chat},
	}
}

// say sends text; a leading slash sends it as a command, with the entity
// Telegram would add.
func (p *person) say(t *testing.T, text string) {
	t.Helper()
	m := p.common()
	m["text"] = text
	route := "/sendMessage"
	if strings.HasPrefix(text, "/") {
		length := len(text)
		if i := strings.IndexByte(text, ' '); i > 0 {
			length = i
		}
		m["entities"] = []map[string]any{{"offset": 0, "length": length, "type": "bot_command"}}
		route = "/sendCommand"
	}
	p.emu.post(t, route, m, nil)
}

// press presses the button labelled label on the bot message m, as
// makeCallbackQuery(data, {message: {message_id, text}}) would.
func (p *person) press(t *testing.T, m botMessage, label string) {
	t.Helper()
	data, ok := m.button(label)
	if !ok {
		t.Fatalf("no button %q on %q; buttons: %v", label, m.Text, m.labels())
	}
	cb := p.common()
	msg := map[string]any{"message_id": m.ID, "text": m.Text, "from": cb["from"], "chat": cb["chat"]}
	delete(cb, "chat")
	cb["message"], cb["data"] = msg, data
	p.emu.post(t, "/sendCallback", cb, nil)
}

// botMessage is one message the bot sent, as the emulator stores it.
type botMessage struct {
	ID       int
	ChatID   string
	Text     string
	Keyboard [][]struct {
		Text string `json:"text"`
		Data string `json:"callback_data"`
	}
}

func (m botMessage) button(label string) (string, bool) {
	for _, row := range m.Keyboard {
		for _, b := range row {
			if b.Text == label {
				return b.Data, true
			}
		}
	}
	return "", false
}

func (m botMessage) labels() []string {
	var out []string
	for _, row := range m.Keyboard {
		for _, b := range row {
			out = append(out, b.Text)
		}
	}
	return out
}

// history is every message the bot sent, in order, with edits applied.
func (e *emulator) history(t *testing.T) []botMessage {
	t.Helper()
	var resp struct {
		Result []struct {
			MessageID int `json:"messageId"`
			Message   struct {
				ChatID      json.RawMessage `json:"chat_id"`
				Text        string          `json:"text"`
				ReplyMarkup *struct {
					InlineKeyboard json.RawMessage `json:"inline_keyboard"`
				} `json:"reply_markup"`
			} `json:"message"`
		} `json:"result"`
	}
	e.post(t, "/getUpdatesHistory", map[string]any{"token": e.token}, &resp)
	var out []botMessage
	for _, r := range resp.Result {
		if r.Message.ChatID == nil { // a person's message or button press
			continue
		}
		m := botMessage{ID: r.MessageID, ChatID: strings.Trim(string(r.Message.ChatID), `"`), Text: r.Message.Text}
		if r.Message.ReplyMarkup != nil {
			if err := json.Unmarshal(r.Message.ReplyMarkup.InlineKeyboard, &m.Keyboard); err != nil {
				t.Fatalf("keyboard: %v", err)
			}
		}
		out = append(out, m)
	}
	return out
}

// waitBot waits until the bot has sent at least n messages (counting
// edits only once) and returns them all.
func (e *emulator) waitBot(t *testing.T, n int) []botMessage {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		h := e.history(t)
		if len(h) >= n {
			return h
		}
		if time.Now().After(deadline) {
			t.Fatalf("the bot sent %d messages, want %d: %+v", len(h), n, h)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (e *emulator) post(t *testing.T, route string, body any, out any) {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(e.url+route, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatalf("emulator %s: %v", route, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("emulator %s: %s", route, resp.Status)
	}
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			t.Fatalf("emulator %s: %v", route, err)
		}
	}
}
