package telegram

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// emuAdapter runs an adapter on the emulator with h as the core. The
// emulator answers getUpdates at once, so empty polls are paced at 100 ms
// here instead of 1 s to keep the test quick; the per-chat limit is raised
// for the same reason (both are tested against the fake).
func emuAdapter(t *testing.T, emu *emulator, h handler, db *store.DB, m marker, logs *logBuffer) *Adapter {
	t.Helper()
	return emuAdapterRate(t, emu, h, db, m, logs, 20)
}

// emuAdapterRate is emuAdapter sending at most perChat messages a second
// to one chat (Telegram's own pace is 1).
func emuAdapterRate(t *testing.T, emu *emulator, h handler, db *store.DB, m marker, logs *logBuffer, perChat float64) *Adapter {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Token = emu.token
	cfg.APIURL = emu.url
	cfg.Timeout = 5 * time.Second
	cfg.Rate.PerChat = perChat
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(context.Background(), cfg, h, db, m, logger)
	if err != nil {
		t.Fatal(err)
	}
	a.emptyPoll = 100 * time.Millisecond
	a.retryBase = 20 * time.Millisecond
	t.Cleanup(func() {
		assertClean(t, "the logs", logs.String())
	})
	run(t, a)
	return a
}

func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The adapter's translation against the emulator, with a scripted core:
// commands, button presses and their edits, a picture and a file the
// emulator cannot take, a group chat, and a command menu the emulator refuses.
func TestEmulatorPlumbing(t *testing.T) {
	emu := startEmulator(t, testToken)
	core := &fakeCore{respond: func(in bot.Inbound) (bot.Response, error) {
		switch {
		case in.Text == "/start":
			return bot.Response{Replies: []bot.Reply{{Text: "Welcome. Agree?",
				Buttons: [][]bot.Button{{{Label: "Yes", Data: "o:consent:yes"}, {Label: "No", Data: "o:consent:no"}}}}}}, nil
		case in.Data == "o:consent:yes":
			return bot.Response{Ack: "Yes", Replies: []bot.Reply{{Text: "Your chart", Image: &bot.File{Name: "c.png", Data: []byte{1}}}}}, nil
		case in.Data != "":
			return bot.Response{Ack: "That button is old.", Stale: true}, nil
		}
		// Every echo carries a file the emulator cannot take (sendDocument).
		return bot.Response{Replies: []bot.Reply{{Text: "echo", File: &bot.File{Name: "x.csv", Data: []byte("a,b")}}}}, nil
	}}
	logs := &logBuffer{}
	a := emuAdapter(t, emu, core, openStore(t), nil, logs)
	if a.Username() != "TestNameBot" {
		t.Errorf("Username() = %q, want the emulator's bot", a.Username())
	}

	ann := emu.person(1, "Ann")
	ann.say(t, "/start")
	welcome := emu.waitBot(t, 1)[0]
	if welcome.Text != "Welcome. Agree?" || welcome.ChatID != "1" || len(welcome.labels()) != 2 {
		t.Fatalf("first message %+v, want the welcome with two buttons", welcome)
	}
	ann.press(t, welcome, "Yes")
	h := emu.waitBot(t, 2)
	if h[1].Text != "Your chart" {
		t.Errorf("second message %q: the words of a picture the emulator refused are lost", h[1].Text)
	}
	if h[0].Text != "Welcome. Agree?\n✓ Yes" || len(h[0].labels()) != 0 {
		t.Errorf("pressed prompt now %q with buttons %v, want the choice shown and no buttons", h[0].Text, h[0].labels())
	}
	ann.press(t, welcome, "No") // the old keyboard, as a forged or double press
	ann.say(t, "hello")
	h = emu.waitBot(t, 3)
	if h[2].Text != "echo" || h[0].Text != "Welcome. Agree?\n✓ Yes" {
		t.Errorf("after a stale press: %+v", h)
	}

	group := &person{emu: emu, userID: 2, chatID: -77, name: "Bob", chat: "group"}
	group.say(t, "/checkin 6 7")
	group.say(t, "anyone?")
	emu.waitBot(t, 4)
	ann.say(t, "again") // a marker: once it is answered, the group had its turn
	h = emu.waitBot(t, 5)
	var notices int
	for _, m := range h {
		if m.ChatID == "-77" {
			notices++
			if !strings.Contains(m.Text, "https://t.me/TestNameBot?start=from_group") {
				t.Errorf("group notice %q has no deep link", m.Text)
			}
		}
	}
	if notices != 1 {
		t.Errorf("%d notices in the group, want exactly 1", notices)
	}
	var seen []string
	for _, in := range core.inbounds() {
		if in.ChatID == "-77" || in.UserID == "2" {
			t.Errorf("the core saw a group message: %+v", in)
		}
		seen = append(seen, in.Text+in.Data)
	}
	want := []string{"/start", "o:consent:yes", "o:consent:no", "hello", "again"}
	if strings.Join(seen, "|") != strings.Join(want, "|") {
		t.Errorf("core saw %q, want %q", seen, want)
	}
	if !strings.Contains(logs.String(), "could not publish the command menu") {
		t.Error("the refused setMyCommands was not logged")
	}
}
