package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/telegram/tgfake"
)

const chat = "555"

func TestSendRendersReplies(t *testing.T) {
	png := &bot.File{Name: "mood.png", MIME: "image/png", Data: []byte("\x89PNG fake")}
	pdf := &bot.File{Name: "report.pdf", MIME: "application/pdf", Data: []byte("%PDF fake")}
	long := strings.Repeat("a", 1030)
	huge := strings.Repeat("line of text\n", 400) // about 5200 characters
	type sent struct {
		Method, Text, Caption, File string
		Keyboard                    bool
	}
	tests := []struct {
		name  string
		reply bot.Reply
		want  []sent
	}{
		{"text", bot.Reply{Text: "hello"}, []sent{{Method: "sendMessage", Text: "hello"}}},
		{"buttons", bot.Reply{Text: "Mood?", Buttons: [][]bot.Button{{{Label: "1", Data: "m:1"}}}},
			[]sent{{Method: "sendMessage", Text: "Mood?", Keyboard: true}}},
		{"image with caption", bot.Reply{Text: "Your week", Image: png},
			[]sent{{Method: "sendPhoto", Caption: "Your week", File: "mood.png"}}},
		{"caption too long goes first as text", bot.Reply{Text: long, Image: png},
			[]sent{{Method: "sendMessage", Text: long}, {Method: "sendPhoto", File: "mood.png"}}},
		{"document", bot.Reply{Text: "Your report", File: pdf},
			[]sent{{Method: "sendDocument", Caption: "Your report", File: "report.pdf"}}},
		{"image and document", bot.Reply{Text: "Both", Image: png, File: pdf, Buttons: [][]bot.Button{{{Label: "ok", Data: "x"}}}},
			[]sent{{Method: "sendPhoto", Caption: "Both", File: "mood.png"}, {Method: "sendDocument", File: "report.pdf", Keyboard: true}}},
		{"long text is split at lines", bot.Reply{Text: huge},
			[]sent{{Method: "sendMessage", Text: strings.TrimRight(huge[:13*315], "\n")}, {Method: "sendMessage", Text: huge[13*315:]}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, nil)
			id, err := e.a.Send(context.Background(), chat, tt.reply)
			if err != nil {
				t.Fatalf("Send: %v", err)
			}
			calls := e.fake.Calls("sendMessage", "sendPhoto", "sendDocument")
			var got []sent
			for _, c := range calls {
				s := sent{Method: c.Method, Text: c.Params["text"], Caption: c.Params["caption"], Keyboard: c.Params["reply_markup"] != ""}
				for _, f := range c.Files {
					s.File = f.Name
				}
				if c.ChatID() != 555 {
					t.Errorf("%s went to chat %d, want 555", c.Method, c.ChatID())
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("calls (-want +got):\n%s", diff)
			}
			if id == "" {
				t.Error("no message id returned")
			}
		})
	}
}

func TestSendKeyboardAndUploadBytes(t *testing.T) {
	e := newEnv(t, nil)
	r := bot.Reply{Text: "Sleep?", Image: &bot.File{Name: "c.png", Data: []byte{1, 2, 3}},
		Buttons: [][]bot.Button{{{Label: "<5h", Data: "s:4"}, {Label: "5-7h", Data: "s:6"}}, {{Label: "skip", Data: "s:-"}}}}
	if _, err := e.a.Send(context.Background(), chat, r); err != nil {
		t.Fatal(err)
	}
	c := e.fake.Calls("sendPhoto")[0]
	if got := c.Files["photo"].Data; string(got) != "\x01\x02\x03" {
		t.Errorf("uploaded %q, want the reply's bytes", got)
	}
	var kb struct {
		InlineKeyboard [][]struct{ Text, CallbackData string } `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(strings.ReplaceAll(c.Params["reply_markup"], "callback_data", "CallbackData")), &kb); err != nil {
		t.Fatal(err)
	}
	want := [][]struct{ Text, CallbackData string }{{{"<5h", "s:4"}, {"5-7h", "s:6"}}, {{"skip", "s:-"}}}
	if diff := cmp.Diff(want, kb.InlineKeyboard); diff != "" {
		t.Errorf("keyboard (-want +got):\n%s", diff)
	}
}

func TestSendFailures(t *testing.T) {
	tests := []struct {
		name        string
		faults      []tgfake.Fault
		wantErr     bool
		unreachable bool
		wantCalls   int
		minElapsed  time.Duration
	}{
		{"429 waits retry_after", []tgfake.Fault{{Status: 429, Description: "Too Many Requests: retry after 1", RetryAfter: 1}}, false, false, 2, time.Second},
		{"5xx retried", []tgfake.Fault{{Status: 502, Description: "Bad Gateway"}, {Status: 500}}, false, false, 3, 0},
		{"non-JSON 5xx retried", []tgfake.Fault{{Status: 503, Raw: "<html>down</html>"}}, false, false, 2, 0},
		{"slow answer past the timeout retried", []tgfake.Fault{{Delay: 700 * time.Millisecond}}, false, false, 2, 500 * time.Millisecond},
		{"5xx gives up after bounded attempts", repeat(tgfake.Fault{Status: 500}, 10), true, false, maxAttempts, 0},
		{"403 blocked is unreachable", []tgfake.Fault{{Status: 403, Description: "Forbidden: bot was blocked by the user"}}, true, true, 1, 0},
		{"403 deactivated is unreachable", []tgfake.Fault{{Status: 403, Description: "Forbidden: user is deactivated"}}, true, true, 1, 0},
		{"400 is not retried", []tgfake.Fault{{Status: 400, Description: "Bad Request: chat not found"}}, true, false, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, func(c *Config) { c.Timeout = 500 * time.Millisecond })
			e.fake.Fail("sendMessage", tt.faults...)
			start := time.Now()
			_, err := e.a.Send(context.Background(), chat, bot.Reply{Text: "hi"})
			if (err != nil) != tt.wantErr {
				t.Fatalf("Send error = %v, want error: %v", err, tt.wantErr)
			}
			if got := errors.Is(err, bot.ErrUnreachable); got != tt.unreachable {
				t.Errorf("errors.Is(err, ErrUnreachable) = %v, want %v (err %v)", got, tt.unreachable, err)
			}
			if n := len(e.fake.Calls("sendMessage")); n != tt.wantCalls {
				t.Errorf("%d sendMessage calls, want %d", n, tt.wantCalls)
			}
			if el := time.Since(start); el < tt.minElapsed {
				t.Errorf("returned after %v, want at least %v", el, tt.minElapsed)
			}
			if err != nil && strings.Contains(err.Error(), testToken) {
				t.Errorf("error shows the token: %v", err)
			}
		})
	}
}

func repeat(f tgfake.Fault, n int) []tgfake.Fault {
	out := make([]tgfake.Fault, n)
	for i := range out {
		out[i] = f
	}
	return out
}

// A server that cannot take pictures (the emulator) must not swallow the
// words that came with one.
func TestSendImageRefusedStillSendsText(t *testing.T) {
	e := newEnv(t, nil)
	e.fake.FailAlways("sendPhoto", tgfake.Fault{Status: 500, Description: "not supported"})
	id, err := e.a.Send(context.Background(), chat, bot.Reply{Text: "Your 14 days", Image: &bot.File{Name: "c.png", Data: []byte{1}},
		Buttons: [][]bot.Button{{{Label: "ok", Data: "x"}}}})
	if err == nil {
		t.Error("Send reported no error for a refused photo")
	}
	if errors.Is(err, bot.ErrUnreachable) {
		t.Error("a refused photo is not an unreachable person")
	}
	msgs := e.fake.Calls("sendMessage")
	if len(msgs) != 1 || msgs[0].Params["text"] != "Your 14 days" || msgs[0].Params["reply_markup"] == "" {
		t.Fatalf("fallback messages %+v, want the caption with its buttons", msgs)
	}
	if _, err := strconv.Atoi(id); err != nil || id == "0" {
		t.Errorf("id %q, want the fallback message's id", id)
	}
}

func TestSendBadChatID(t *testing.T) {
	e := newEnv(t, nil)
	if _, err := e.a.Send(context.Background(), "not-a-chat", bot.Reply{Text: "x"}); err == nil {
		t.Error("no error for a chat id that is not a number")
	}
	if n := len(e.fake.Calls("sendMessage")); n != 0 {
		t.Errorf("%d calls made for a bad chat id", n)
	}
}

func TestSendHonoursContext(t *testing.T) {
	e := newEnv(t, nil)
	e.fake.FailAlways("sendMessage", tgfake.Fault{Status: http.StatusTooManyRequests, RetryAfter: 30})
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := e.a.Send(ctx, chat, bot.Reply{Text: "x"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the context's deadline", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("Send took %v after its context ended", el)
	}
}
