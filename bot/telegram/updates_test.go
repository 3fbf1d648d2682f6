package telegram

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
)

var ann = tgfake.Person{ID: 1001, Name: "Ann"}

func TestMessageReachesCoreAndReplyIsSent(t *testing.T) {
	e := newEnv(t, nil)
	run(t, e.a)
	u := e.fake.Text(ann, "/start@checkin_test_bot now")
	id := e.fake.Push(u)
	e.fake.WaitCalls(5*time.Second, 1, "sendMessage")

	want := []bot.Inbound{{Platform: "telegram", UserID: "1001", ChatID: "1001", Name: "Ann",
		Text: "/start now", MessageID: itoa(u.Message.MessageID)}}
	if diff := cmp.Diff(want, e.core.inbounds()); diff != "" {
		t.Errorf("inbound (-want +got):\n%s", diff)
	}
	sent := e.fake.Calls("sendMessage")
	if len(sent) != 1 || sent[0].ChatID() != 1001 || sent[0].Params["text"] != "ok" {
		t.Errorf("sent %+v, want one \"ok\" to chat 1001", sent)
	}
	eventually(t, "the cursor to be stored", func() bool {
		c, err := e.db.Cursor(context.Background(), cursorName)
		return err == nil && c == int64(id)
	})
	if !e.a.Connected() {
		t.Error("Connected() = false after a working poll")
	}
}

func TestEditedMessageIsMarked(t *testing.T) {
	e := newEnv(t, nil)
	run(t, e.a)
	e.fake.Push(e.fake.Edited(ann, 77, "mood 6"))
	e.fake.WaitCalls(5*time.Second, 1, "sendMessage")
	got := e.core.inbounds()
	if len(got) != 1 || !got[0].Edited || got[0].Text != "mood 6" || got[0].MessageID != "77" {
		t.Errorf("inbound %+v, want the edit of message 77 with Edited set", got)
	}
}

func TestButtonPress(t *testing.T) {
	tests := []struct {
		name     string
		resp     bot.Response
		wantEdit string // "" for no edit
	}{
		{"choice", bot.Response{Ack: "Mood 7", Replies: []bot.Reply{{Text: "Sleep?"}}}, "How was your mood?\n✓ Mood 7"},
		{"stale or forged", bot.Response{Ack: "That question has passed.", Stale: true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, nil)
			e.core.respond = func(bot.Inbound) (bot.Response, error) { return tt.resp, nil }
			run(t, e.a)
			e.fake.Push(e.fake.Press(ann, 321, "How was your mood?", "m:7:forged?"))
			answers := e.fake.WaitCalls(5*time.Second, 1, "answerCallbackQuery")
			if len(answers) != 1 || answers[0].Params["text"] != tt.resp.Ack {
				t.Fatalf("answers %+v, want one with %q", answers, tt.resp.Ack)
			}
			e.fake.WaitCalls(time.Second, len(tt.resp.Replies), "sendMessage")
			in := e.core.inbounds()
			if len(in) != 1 || in[0].Data != "m:7:forged?" || in[0].MessageID != "321" || in[0].Text != "" {
				t.Errorf("inbound %+v, want the press on prompt 321 with its data verbatim", in)
			}
			edits := e.fake.Calls("editMessageText", "editMessageReplyMarkup", "editMessageCaption")
			if tt.wantEdit == "" {
				if len(edits) != 0 {
					t.Errorf("stale press edited the prompt: %+v", edits)
				}
				return
			}
			if len(edits) != 1 || edits[0].Method != "editMessageText" {
				t.Fatalf("edits %+v, want one editMessageText", edits)
			}
			p := edits[0].Params
			if p["text"] != tt.wantEdit || p["message_id"] != "321" || p["reply_markup"] != `{"inline_keyboard":[]}` {
				t.Errorf("edit %v, want text %q on 321 with the keyboard removed", p, tt.wantEdit)
			}
			if s := e.fake.Calls("sendMessage"); len(s) != 1 || s[0].Params["text"] != "Sleep?" {
				t.Errorf("replies %+v, want the next question", s)
			}
		})
	}
}

func TestGroupsAreToldOnceAndNothingReachesCore(t *testing.T) {
	e := newEnv(t, nil)
	run(t, e.a)
	e.fake.Push(e.fake.AddedTo(ann, -100, "supergroup"))
	e.fake.Push(e.fake.GroupText(ann, -100, "supergroup", "/checkin 6 7"))
	e.fake.Push(e.fake.GroupText(ann, -100, "supergroup", "my mood is low"))
	e.fake.Push(e.fake.GroupText(ann, -200, "group", "hi"))
	e.fake.Push(e.fake.AddedTo(ann, -400, "group"))
	e.fake.Push(e.fake.ChannelPost(-300, "news"))
	last := e.fake.Push(e.fake.ChannelPost(-300, "more news"))
	eventually(t, "all updates handled", func() bool {
		c, _ := e.db.Cursor(context.Background(), cursorName)
		return c == int64(last)
	})
	if got := e.core.inbounds(); len(got) != 0 {
		t.Errorf("group messages reached the core: %+v", got)
	}
	told := map[int64]int{}
	for _, c := range e.fake.Calls("sendMessage") {
		told[c.ChatID()]++
		if !strings.Contains(c.Params["text"], "https://t.me/checkin_test_bot?start=from_group") {
			t.Errorf("notice %q has no link to a private chat", c.Params["text"])
		}
	}
	if diff := cmp.Diff(map[int64]int{-100: 1, -200: 1, -300: 1, -400: 1}, told); diff != "" {
		t.Errorf("notices per chat (-want +got):\n%s", diff)
	}
}

func TestRepeatedUpdatesAreHandledOnce(t *testing.T) {
	e := newEnv(t, nil)
	e.fake.IgnoreOffset = true
	stop := run(t, e.a)
	u := e.fake.Text(ann, "hello")
	u.UpdateID = 40
	e.fake.Push(u)
	e.fake.WaitCalls(5*time.Second, 1, "sendMessage")
	e.fake.Push(u) // delivered again in the same run
	next := e.fake.Text(ann, "second")
	next.UpdateID = 41
	e.fake.Push(next)
	e.fake.WaitCalls(5*time.Second, 2, "sendMessage")
	stop()

	// A restart on the same store: both are delivered again. The restarted
	// adapter talks to a fresh server, so that the first adapter's abandoned
	// long poll cannot take what is meant for the second.
	e.fake = tgfake.New(testToken)
	t.Cleanup(e.fake.Close)
	e.fake.IgnoreOffset = true
	a2 := e.newAdapter(t, nil)
	run(t, a2)
	e.fake.Push(u)
	e.fake.Push(next)
	third := e.fake.Text(ann, "third")
	third.UpdateID = 42
	e.fake.Push(third)
	e.fake.WaitCalls(5*time.Second, 1, "sendMessage")
	time.Sleep(100 * time.Millisecond)

	var texts []string
	for _, in := range e.core.inbounds() {
		texts = append(texts, in.Text)
	}
	if diff := cmp.Diff([]string{"hello", "second", "third"}, texts); diff != "" {
		t.Errorf("handled (-want +got):\n%s", diff)
	}
}

func TestBlockedPersonIsMarkedUnreachable(t *testing.T) {
	e := newEnv(t, nil)
	e.fake.Fail("sendMessage", tgfake.Fault{Status: 403, Description: "Forbidden: bot was blocked by the user"})
	e.core.respond = func(bot.Inbound) (bot.Response, error) {
		return bot.Response{Replies: []bot.Reply{{Text: "one"}, {Text: "two"}}}, nil
	}
	run(t, e.a)
	e.fake.Push(e.fake.Text(ann, "hi"))
	eventually(t, "the person to be marked", func() bool { return len(e.marker.list()) == 1 })
	if got := e.marker.list(); got[0] != "telegram:1001" {
		t.Errorf("marked %v, want telegram:1001", got)
	}
	time.Sleep(50 * time.Millisecond)
	if n := len(e.fake.Calls("sendMessage")); n != 1 {
		t.Errorf("%d sends after the person blocked the bot, want 1 (no second try)", n)
	}
	bob := tgfake.Person{ID: 1002, Name: "Bob"}
	e.fake.Push(e.fake.Blocked(bob))
	eventually(t, "a block to be marked", func() bool { return len(e.marker.list()) == 2 })
	if got := e.marker.list()[1]; got != "telegram:1002" {
		t.Errorf("marked %v, want telegram:1002", got)
	}
}

// One chat's updates run in order even when its first one is slow, while
// another chat is not held up behind it.
func TestPerChatOrderAndConcurrency(t *testing.T) {
	e := newEnv(t, nil)
	release := make(chan struct{})
	var mu sync.Mutex
	var order []string
	e.core.respond = func(in bot.Inbound) (bot.Response, error) {
		if in.Text == "slow" {
			<-release
		}
		mu.Lock()
		order = append(order, in.UserID+":"+in.Text)
		mu.Unlock()
		return bot.Response{}, nil
	}
	run(t, e.a)
	bob := tgfake.Person{ID: 1002, Name: "Bob"}
	e.fake.Push(e.fake.Text(ann, "slow"))
	e.fake.Push(e.fake.Text(ann, "after"))
	e.fake.Push(e.fake.Text(bob, "bob"))
	eventually(t, "Bob to be served while Ann waits", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(order) == 1
	})
	close(release)
	eventually(t, "Ann's messages", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(order) == 3
	})
	if diff := cmp.Diff([]string{"1002:bob", "1001:slow", "1001:after"}, order); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
