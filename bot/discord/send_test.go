package discord

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/discord/dcfake"
)

// sender is an adapter that is not running: Send needs only REST.
func sender(t *testing.T, edit func(*Config)) (*dcfake.Server, *Adapter) {
	t.Helper()
	fake := dcfake.New(dcfake.Options{})
	t.Cleanup(fake.Close)
	a, logs := newAdapter(t, fake, &fakeCore{}, nil, edit)
	t.Cleanup(func() { assertCleanLogs(t, logs.String(), fake.Token()) })
	return fake, a
}

func TestSendScheduledPromptToDM(t *testing.T) {
	t.Parallel()
	fake, a := sender(t, nil)
	ctx := context.Background()
	dm := fake.DMChannel("8001")
	chart := &bot.File{Name: "week.png", MIME: "image/png", Data: []byte("\x89PNG private chart")}
	report := &bot.File{Name: "report.pdf", MIME: "application/pdf", Data: []byte("%PDF-1.7")}
	long := strings.Repeat("A line of the weekly summary, twenty-odd words long, to pass the limit.\n", 60)

	tests := []struct {
		name      string
		reply     bot.Reply
		messages  int
		wantFiles []string
		wantRows  int
	}{
		{"prompt with buttons", bot.Reply{Text: "How is your mood today?", Buttons: [][]bot.Button{{{Label: "1", Data: "m:1"}}}}, 1, nil, 1},
		{"chart and report", bot.Reply{Text: "Your week", Image: chart, File: report}, 1, []string{"week.png", "report.pdf"}, 0},
		{"long text split", bot.Reply{Text: long, Buttons: [][]bot.Button{{{Label: "More", Data: "more"}}}}, 3, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(fake.Messages(dm))
			id, err := a.Send(ctx, dm, tt.reply)
			if err != nil {
				t.Fatalf("Send: %v", err)
			}
			ms := fake.Messages(dm)[before:]
			if len(ms) != tt.messages {
				t.Fatalf("%d messages, want %d", len(ms), tt.messages)
			}
			last := ms[len(ms)-1]
			if id != last.ID {
				t.Errorf("Send returned %q, want the last message %q", id, last.ID)
			}
			if len(last.Buttons) != tt.wantRows {
				t.Errorf("last message has %d button rows, want %d", len(last.Buttons), tt.wantRows)
			}
			var names []string
			for _, f := range last.Files {
				names = append(names, f.Name)
			}
			if !slices.Equal(names, tt.wantFiles) {
				t.Errorf("attachments = %v, want %v", names, tt.wantFiles)
			}
			var text strings.Builder
			for i, m := range ms {
				if i > 0 {
					text.WriteString("\n")
				}
				text.WriteString(m.Content)
			}
			if got, want := text.String(), strings.TrimRight(tt.reply.Text, "\n"); got != want {
				t.Errorf("text differs after splitting: got %d chars, want %d", len(got), len(want))
			}
		})
	}
	m := fake.Messages(dm)[1]
	if string(m.Files[0].Data) != string(chart.Data) || m.Files[0].ContentType != "image/png" {
		t.Errorf("chart arrived as %q (%s)", m.Files[0].Data, m.Files[0].ContentType)
	}
}

func TestRateLimitIsWaitedOutAndDeliveredOnce(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		global bool
	}{{"route", false}, {"global", true}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake, a := sender(t, nil)
			dm := fake.DMChannel("8002")
			fake.RateLimit("POST", "channels/"+dm+"/messages", 1, 300*time.Millisecond, tt.global)
			if _, err := a.Send(context.Background(), dm, bot.Reply{Text: "Time to check in"}); err != nil {
				t.Fatalf("Send: %v", err)
			}
			if n := len(fake.Messages(dm)); n != 1 {
				t.Fatalf("%d messages delivered, want exactly 1", n)
			}
			var posts []dcfake.Request
			for _, r := range fake.Requests() {
				if r.Method == "POST" {
					posts = append(posts, r)
				}
			}
			if len(posts) != 2 || posts[0].Status != http.StatusTooManyRequests || posts[1].Status != http.StatusOK {
				t.Fatalf("requests = %+v, want a 429 then a 200", posts)
			}
			if gap := posts[1].At.Sub(posts[0].At); gap < 300*time.Millisecond {
				t.Errorf("retried after %v, before retry_after (300ms)", gap)
			}
		})
	}
}

func TestServerErrorsAreRetriedBoundedly(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		status   int
		failures int
		want     int // POSTs in all
		ok       bool
	}{
		{"502 recovers", http.StatusBadGateway, 2, 3, true},
		{"500 recovers", http.StatusInternalServerError, 1, 2, true},
		{"503 gives up", http.StatusServiceUnavailable, 10, 4, false},
		{"502 gives up", http.StatusBadGateway, 10, 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake, a := sender(t, nil)
			dm := fake.DMChannel("8003")
			fake.Fail("POST", "/messages", tt.failures, tt.status, 0)
			_, err := a.Send(context.Background(), dm, bot.Reply{Text: "Time to check in"})
			if (err == nil) != tt.ok {
				t.Fatalf("Send error = %v, want ok=%v", err, tt.ok)
			}
			if errors.Is(err, bot.ErrUnreachable) {
				t.Error("a server error must not mark the person unreachable")
			}
			posts := 0
			for _, r := range fake.Requests() {
				if r.Method == "POST" {
					posts++
				}
			}
			if posts != tt.want {
				t.Errorf("%d attempts, want %d", posts, tt.want)
			}
			if want := map[bool]int{true: 1, false: 0}[tt.ok]; len(fake.Messages(dm)) != want {
				t.Errorf("%d messages delivered, want %d", len(fake.Messages(dm)), want)
			}
		})
	}
}

func TestLostAnswerIsNotSentTwice(t *testing.T) {
	t.Parallel()
	fake, a := sender(t, nil)
	dm := fake.DMChannel("8004")
	fake.CutAfterWrite("POST", "/messages", 1)
	id, err := a.Send(context.Background(), dm, bot.Reply{Text: "Time to check in"})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	ms := fake.Messages(dm)
	if len(ms) != 1 || ms[0].ID != id {
		t.Fatalf("messages = %+v, want one, with id %s", ms, id)
	}
}

func TestRefusedDMIsUnreachable(t *testing.T) {
	t.Parallel()
	fake, a := sender(t, nil)
	ctx := context.Background()
	fake.CloseDMs("8005")
	_, err := a.Send(ctx, fake.DMChannel("8005"), bot.Reply{Text: "Time to check in"})
	if !errors.Is(err, bot.ErrUnreachable) || apiCode(err) != dcfake.CodeCannotDM {
		t.Errorf("Send to closed DMs = %v, want ErrUnreachable (50007)", err)
	}
	fake.DeleteUser("8006")
	if _, err := a.dmChannel(ctx, "8006"); !errors.Is(err, bot.ErrUnreachable) {
		t.Errorf("DM channel for a deleted user = %v, want ErrUnreachable", err)
	}
	if posts := len(fake.Requests()); posts != 2 {
		t.Errorf("%d requests, want 2: a refusal is not retried", posts)
	}
}

func TestReplyToRefusedPersonMarksThem(t *testing.T) {
	t.Parallel()
	marker := &fakeMarker{}
	var fake *dcfake.Server
	core := &fakeCore{fn: func(in bot.Inbound) (bot.Response, error) {
		fake.CloseDMs(in.UserID) // they block the bot right after writing
		return bot.Response{Replies: []bot.Reply{{Text: "Thanks, saved."}}}, nil
	}}
	h := start(t, core, marker, nil)
	fake = h.fake
	h.fake.UserSays("8007", "slept badly")
	waitFor(t, h.fake, "the mark", func() bool { return len(marker.marked()) == 1 })
	if got := marker.marked(); got[0] != "discord/8007" {
		t.Errorf("marked %v", got)
	}
}

func TestFanOutIsPaced(t *testing.T) {
	t.Parallel()
	fake, a := sender(t, func(c *Config) { c.Rate = 20 })
	const n = 11
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		dm := fake.DMChannel("90" + string(rune('a'+i)))
		wg.Go(func() {
			_, err := a.Send(context.Background(), dm, bot.Reply{Text: "Time to check in"})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	reqs := fake.Requests()
	if len(reqs) != n {
		t.Fatalf("%d requests, want %d", len(reqs), n)
	}
	// 11 requests at 20 a second with a burst of 1 take at least 10/20 s.
	if span := reqs[n-1].At.Sub(reqs[0].At); span < 450*time.Millisecond {
		t.Errorf("%d sends took %v, faster than the configured 20/s", n, span)
	}
}
