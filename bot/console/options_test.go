package console_test

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/console"
	"github.com/checkin-bot/checkin/store"
)

// asker shows the same buttons for every message and notes what came in.
type asker struct {
	mu      sync.Mutex
	buttons [][]bot.Button
	got     []bot.Inbound
}

func (h *asker) Handle(_ context.Context, in bot.Inbound) (bot.Response, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.got = append(h.got, in)
	if len(h.got) > 1 {
		return bot.Response{Replies: []bot.Reply{{Text: "noted"}}}, nil // no buttons
	}
	return bot.Response{Replies: []bot.Reply{{Text: "question?", Buttons: h.buttons}}}, nil
}

func row(labels ...string) []bot.Button {
	var r []bot.Button
	for _, l := range labels {
		r = append(r, bot.Button{Label: l, Data: "data:" + l})
	}
	return r
}

// TestConsoleTypedNumberMeansTheOptionShown: a typed number presses the
// option shown with that number, whatever the labels hold, and text that
// is no option reaches the core as typed.
func TestConsoleTypedNumberMeansTheOptionShown(t *testing.T) {
	scale := [][]bot.Button{row("0", "1", "2", "3", "4", "5"), row("6", "7", "8", "9", "10"), row("Skip")}
	tests := []struct {
		name    string
		buttons [][]bot.Button
		typed   string
		data    string // the press expected, or "" for text
		shows   []string
	}{
		{"times: 2 is the second option, not 2:00", [][]bot.Button{row("8:30 am", "8:30 pm")}, "2", "data:8:30 pm", []string{"1) 8:30 am", "2) 8:30 pm", "type the number"}},
		{"times: 1 is the first", [][]bot.Button{row("8:30 am", "8:30 pm")}, "1", "data:8:30 am", nil},
		{"times: a number beyond the options is text", [][]bot.Button{row("8:30 am", "8:30 pm")}, "9", "", nil},
		{"times: a label typed", [][]bot.Button{row("8:30 am", "8:30 pm")}, "8:30 PM", "data:8:30 pm", nil},
		{"words numbered", [][]bot.Button{row("Yes", "No", "Skip")}, "3", "data:Skip", []string{"1) Yes   2) No   3) Skip"}},
		{"a step numbered in its label is still option order", [][]bot.Button{row("Keep", "Step 1", "Step 2")}, "2", "data:Step 1", []string{"1) Keep   2) Step 1   3) Step 2"}},
		{"scale: 2 is the button labelled 2", scale, "2", "data:2", []string{"[0] [1] [2] [3] [4] [5]", "[Skip]", "number in brackets, or the word"}},
		{"scale: 0 is a value", scale, "0", "data:0", nil},
		{"scale: skip typed", scale, "skip", "data:Skip", nil},
		{"scale: beyond it is text for the core", scale, "11", "", nil},
		{"hours: 7 is 7 h", [][]bot.Button{row("4 h", "5 h", "6 h", "7 h"), row("8 h", "12 h")}, "7", "data:7 h", []string{"[4 h] [5 h] [6 h] [7 h]"}},
		{"hours: 1 is text, not the first option", [][]bot.Button{row("4 h", "5 h")}, "1", "", nil},
		{"answers led by their value", [][]bot.Button{row("0 · Not at all"), row("1 · Several days"), row("2 · More than half the days")}, "2", "data:2 · More than half the days", nil},
		{"emoji-led label typed as a word", [][]bot.Button{row("✅ Done", "Later")}, "done", "data:✅ Done", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &asker{buttons: tt.buttons}
			var out strings.Builder
			if err := console.New(h, strings.NewReader("hello\n"+tt.typed+"\n"), &out, "ana", t.TempDir()).Run(context.Background()); err != nil {
				t.Fatal(err)
			}
			if len(h.got) != 2 {
				t.Fatalf("%d messages, want 2", len(h.got))
			}
			got := h.got[1]
			if tt.data != "" && (got.Data != tt.data || got.Text != "") {
				t.Errorf("typed %q: data %q text %q, want the press %q\n%s", tt.typed, got.Data, got.Text, tt.data, out.String())
			}
			if tt.data == "" && (got.Data != "" || got.Text != tt.typed) {
				t.Errorf("typed %q: data %q text %q, want it as text\n%s", tt.typed, got.Data, got.Text, out.String())
			}
			for _, s := range tt.shows {
				if !strings.Contains(out.String(), s) {
					t.Errorf("output lacks %q:\n%s", s, out.String())
				}
			}
		})
	}
}

// TestConsoleOptionsOutliveARepliesWithoutButtons: an error reply shows no
// buttons, and the options shown before it still answer to their numbers.
func TestConsoleOptionsOutliveRepliesWithoutButtons(t *testing.T) {
	h := &asker{buttons: [][]bot.Button{row("Skip")}}
	var out strings.Builder
	if err := console.New(h, strings.NewReader("hello\nlisboa\n1\n1\n"), &out, "ana", t.TempDir()).Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	for i, in := range h.got[2:] {
		if in.Data != "data:Skip" {
			t.Errorf("message %d after the error: data %q text %q, want the Skip press", i+3, in.Data, in.Text)
		}
	}
}

func openCore(t *testing.T, now func() time.Time) (*store.DB, *bot.Bot) {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "checkin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, bot.New(db, bot.DefaultConfig(), nil, now)
}

// TestConsoleOnboardingByNumbers walks the first questions with numbers
// and typos against the real core: an unknown zone, then Skip by its
// number; a bare hour, then "evening" as option 2.
func TestConsoleOnboardingByNumbers(t *testing.T) {
	ctx := context.Background()
	db, core := openCore(t, func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC) })
	var out strings.Builder
	in := "/start\n1\natlantis\n1\n9\n2\n"
	if err := console.New(core, strings.NewReader(in), &out, "ana", t.TempDir()).Run(ctx); err != nil {
		t.Fatal(err)
	}
	u, err := db.UserByPlatform(ctx, bot.Console, "ana")
	if err != nil {
		t.Fatalf("person not stored: %v\n%s", err, out.String())
	}
	if u.TZ != "UTC" || u.CheckinTime != "21:00" {
		t.Errorf("zone %q time %q, want UTC and 21:00\n%s", u.TZ, u.CheckinTime, out.String())
	}
	if n := strings.Count(out.String(), "couldn't find that time zone"); n != 1 {
		t.Errorf("the zone error was given %d times, want once\n%s", n, out.String())
	}
}

// TestConsoleNumbersSurviveARestart: the chat is closed on an open
// question and started again; its numbers still press its options.
func TestConsoleNumbersSurviveARestart(t *testing.T) {
	ctx := context.Background()
	db, core := openCore(t, func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC) })
	state := filepath.Join(t.TempDir(), "checkin.db.chat")
	files := t.TempDir()
	var first, second strings.Builder
	if err := console.New(core, strings.NewReader("/start\n"), &first, "ana", files, console.WithStateFile(state)).Run(ctx); err != nil {
		t.Fatal(err)
	}
	if err := console.New(core, strings.NewReader("1\n"), &second, "ana", files, console.WithStateFile(state)).Run(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.UserByPlatform(ctx, bot.Console, "ana"); err != nil {
		t.Fatalf("1 after the restart did not give consent: %v\n%s", err, second.String())
	}
	before, after, _ := strings.Cut(second.String(), "time zone")
	if !strings.Contains(before, "Is that okay with you?") || !strings.Contains(before, "1) Yes") || after == "" {
		t.Errorf("the restart does not show the open question, or consent did not go on:\n%s", second.String())
	}
	if strings.Contains(before, "Once a day") {
		t.Errorf("the restart shows more than the question:\n%s", before)
	}
}

// TestConsoleLongLineIsRefusedAndTheChatGoesOn: a paste longer than a
// message may be is refused out loud, nothing of it is sent, and the next
// line is read as usual; a line just under the bound goes through whole.
func TestConsoleLongLineIsRefusedAndTheChatGoesOn(t *testing.T) {
	long := strings.Repeat("a", 1<<20+10)
	fits := strings.Repeat("b", 1<<20)
	h := &asker{}
	var out strings.Builder
	in := strings.NewReader("hello\n" + long + "\n" + fits + "\r\nmood 5")
	if err := console.New(h, in, &out, "ana", t.TempDir()).Run(context.Background()); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(h.got) != 3 || h.got[1].Text != fits || h.got[2].Text != "mood 5" {
		var lens []int
		for _, g := range h.got {
			lens = append(lens, len(g.Text))
		}
		t.Fatalf("messages of lengths %v, want hello, the line that fits, and mood 5", lens)
	}
	if !strings.Contains(out.String(), "longer than I can read") {
		t.Errorf("the long line was not refused out loud:\n%.500s", out.String())
	}
}
