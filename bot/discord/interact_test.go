package discord

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/discord/dcfake"
)

const (
	guild   = "900"
	channel = "901"
)

func TestSlashCommandInGuildIsEphemeralText(t *testing.T) {
	t.Parallel()
	core := &fakeCore{fn: func(in bot.Inbound) (bot.Response, error) {
		return bot.Response{Replies: []bot.Reply{{Text: "Done: " + in.Text}}}, nil
	}}
	h := start(t, core, nil, nil)
	h.fake.AddUser(dcfake.User{ID: "5001", Username: "sam", GlobalName: "Sam"})
	tests := []struct {
		name string
		cmd  string
		opts []dcfake.Option
		want string
	}{
		{"no options", "help", nil, "/help"},
		{"string option", "time", []dcfake.Option{{Name: "time", Type: dcfake.OptionString, Value: "21:30"}}, "/time 21:30"},
		{"typed numbers in declared order", "checkin", []dcfake.Option{
			{Name: "sleep", Type: dcfake.OptionNumber, Value: 7.5},
			{Name: "mood", Type: dcfake.OptionInteger, Value: 6},
		}, "/checkin 6 7.5"},
		{"choice", "report", []dcfake.Option{{Name: "days", Type: dcfake.OptionString, Value: "28"}}, "/report 28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := h.fake.Slash("5001", guild, channel, tt.cmd, tt.opts...)
			in := waitInteraction(t, h.fake, id, 1, 0)
			if cb := in.Callbacks[0]; cb.Type != dcfake.CallbackMessage || !cb.Ephemeral {
				t.Errorf("callback = %+v, want an ephemeral message", cb)
			}
			if got := message(t, h.fake, in.Original).Content; got != "Done: "+tt.want {
				t.Errorf("answer = %q, want %q", got, "Done: "+tt.want)
			}
			got := core.inbound()[len(core.inbound())-1]
			want := bot.Inbound{Platform: bot.Discord, UserID: "5001", ChatID: h.fake.DMChannel("5001"), Name: "Sam", Text: tt.want, GuildID: guild, Locale: "en-US"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("inbound (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSlashCommandWithAGapAsksForTheMissingOption(t *testing.T) {
	t.Parallel()
	core := &fakeCore{}
	h := start(t, core, nil, nil)
	id := h.fake.Slash("5002", guild, channel, "checkin", dcfake.Option{Name: "sleep", Type: dcfake.OptionNumber, Value: 7.5})
	in := waitInteraction(t, h.fake, id, 1, 0)
	if !in.Callbacks[0].Ephemeral {
		t.Error("gap answer not ephemeral")
	}
	if got := message(t, h.fake, in.Original).Content; !strings.Contains(got, "mood") {
		t.Errorf("answer = %q, want it to ask for mood", got)
	}
	if n := len(core.inbound()); n != 0 {
		t.Errorf("core called %d times for an unreadable command", n)
	}
}

func TestPrivateReplyInGuildMovesToDM(t *testing.T) {
	t.Parallel()
	core := &fakeCore{fn: func(bot.Inbound) (bot.Response, error) {
		return bot.Response{Replies: []bot.Reply{{
			Text: "How is your mood today?", Private: true,
			Buttons: [][]bot.Button{{{Label: "5", Data: "m:5"}, {Label: "6", Data: "m:6"}}},
		}}}, nil
	}}
	marker := &fakeMarker{}
	h := start(t, core, marker, nil)

	id := h.fake.Slash("5003", guild, channel, "checkin")
	in := waitInteraction(t, h.fake, id, 1, 0)
	if !in.Callbacks[0].Ephemeral {
		t.Error("answer in the server channel is not ephemeral")
	}
	if got := message(t, h.fake, in.Original).Content; got != textMovedToDM {
		t.Errorf("server answer = %q, want %q", got, textMovedToDM)
	}
	dms := h.fake.Messages(h.fake.DMChannel("5003"))
	if len(dms) != 1 || dms[0].Content != "How is your mood today?" || len(dms[0].Buttons) != 1 {
		t.Fatalf("DMs = %+v, want the prompt with its buttons", dms)
	}

	// With DMs closed nothing private is shown, the person is told why, and
	// the core hears they are unreachable.
	h.fake.CloseDMs("5004")
	id = h.fake.Slash("5004", guild, channel, "checkin")
	in = waitInteraction(t, h.fake, id, 1, 0)
	if got := message(t, h.fake, in.Original).Content; got != textDMClosed {
		t.Errorf("server answer = %q, want %q", got, textDMClosed)
	}
	if got := marker.marked(); !slices.Equal(got, []string{"discord/5004"}) {
		t.Errorf("marked = %v, want [discord/5004]", got)
	}
}

// checkinScript is a tiny check-in dialogue, enough to drive the adapter.
func checkinScript(in bot.Inbound) (bot.Response, error) {
	switch {
	case in.Text == "/checkin":
		var row []bot.Button
		for i := 0; i <= 10; i++ {
			row = append(row, bot.Button{Label: strconv.Itoa(i), Data: "mood:" + strconv.Itoa(i)})
		}
		return bot.Response{Replies: []bot.Reply{{Text: "How is your mood today?", Buttons: [][]bot.Button{row}, Private: true}}}, nil
	case in.Data == "mood:6" && in.MessageID == "stale":
		return bot.Response{Ack: "That question was already answered.", Stale: true}, nil
	case strings.HasPrefix(in.Data, "mood:"):
		return bot.Response{Ack: "Mood " + strings.TrimPrefix(in.Data, "mood:"),
			Replies: []bot.Reply{{Text: "How many hours did you sleep?", Private: true}}}, nil
	case in.Text == "6.75":
		return bot.Response{Replies: []bot.Reply{{Text: "Thanks, saved."}}}, nil
	}
	return bot.Response{Replies: []bot.Reply{{Text: "?"}}}, nil
}

func TestDMCheckinByButtonsAndText(t *testing.T) {
	t.Parallel()
	var pressed string
	core := &fakeCore{fn: func(in bot.Inbound) (bot.Response, error) {
		if in.Data != "" && in.MessageID == pressed {
			in.MessageID = "stale" // the second press of the same prompt
		}
		if in.Data != "" {
			pressed = in.MessageID
		}
		return checkinScript(in)
	}}
	h := start(t, core, nil, nil)
	const user = "6001"
	dm := h.fake.DMChannel(user)

	id := h.fake.Slash(user, "", "", "checkin")
	in := waitInteraction(t, h.fake, id, 1, 0)
	if cb := in.Callbacks[0]; cb.Type != dcfake.CallbackMessage || cb.Ephemeral {
		t.Errorf("callback in DM = %+v, want a plain message", cb)
	}
	prompt := message(t, h.fake, in.Original)
	wantRows := [][]string{{"0", "1", "2", "3"}, {"4", "5", "6", "7"}, {"8", "9", "10"}}
	if diff := cmp.Diff(wantRows, labels(prompt.Buttons)); diff != "" {
		t.Errorf("button rows (-want +got):\n%s", diff)
	}

	press, err := h.fake.Press(user, prompt.ID, "mood:6")
	if err != nil {
		t.Fatal(err)
	}
	in = waitInteraction(t, h.fake, press, 1, 1)
	if in.Callbacks[0].Type != dcfake.CallbackUpdate {
		t.Errorf("press answered with type %d, want an update of the prompt", in.Callbacks[0].Type)
	}
	prompt = message(t, h.fake, prompt.ID)
	if prompt.Content != "How is your mood today?\n✓ Mood 6" || len(prompt.Buttons) != 0 {
		t.Errorf("prompt after press = %q with %d rows, want the choice shown and no buttons", prompt.Content, len(prompt.Buttons))
	}
	if next := message(t, h.fake, in.Followups[0]); next.Content != "How many hours did you sleep?" || next.Ephemeral {
		t.Errorf("next question = %+v", next)
	}

	// Pressing the old prompt again is stale: a kind word only to the
	// presser, and the prompt stays as it is.
	again, _ := h.fake.Press(user, prompt.ID, "mood:6")
	in = waitInteraction(t, h.fake, again, 1, 0)
	if cb := in.Callbacks[0]; cb.Type != dcfake.CallbackMessage || !cb.Ephemeral {
		t.Errorf("stale press answered %+v, want an ephemeral message", cb)
	}
	if got := message(t, h.fake, in.Original).Content; got != "That question was already answered." {
		t.Errorf("stale answer = %q", got)
	}
	if m := message(t, h.fake, prompt.ID); m.Edits != 1 {
		t.Errorf("prompt edited %d times, want 1", m.Edits)
	}

	h.fake.UserSays(user, "6.75")
	waitFor(t, h.fake, "the thanks", func() bool {
		ms := h.fake.Messages(dm)
		return len(ms) > 0 && ms[len(ms)-1].Content == "Thanks, saved."
	})
	got := core.inbound()
	if len(got) != 4 {
		t.Fatalf("core got %d inbounds, want 4 (the bot's own DMs must not count): %+v", len(got), got)
	}
	want := bot.Inbound{Platform: bot.Discord, UserID: user, ChatID: dm, Name: "user" + user, Text: "6.75", MessageID: got[3].MessageID}
	if diff := cmp.Diff(want, got[3]); diff != "" || got[3].MessageID == "" {
		t.Errorf("text inbound (-want +got):\n%s", diff)
	}
	if got[1].Data != "mood:6" || got[1].MessageID != prompt.ID || got[1].ChatID != dm {
		t.Errorf("press inbound = %+v, want data mood:6 on the prompt", got[1])
	}
}

func TestSlowCoreIsDeferredThenAnswered(t *testing.T) {
	t.Parallel()
	core := &fakeCore{fn: func(in bot.Inbound) (bot.Response, error) {
		time.Sleep(800 * time.Millisecond) // longer than the window below
		return checkinScript(in)
	}}
	fake := dcfake.New(dcfake.Options{AckWindow: 600 * time.Millisecond})
	defer fake.Close()
	a, logs := newAdapter(t, fake, core, nil, nil)
	a.ackAfter = 50 * time.Millisecond
	run(t, fake, a)
	defer func() { assertCleanLogs(t, logs.String(), fake.Token()) }()

	id := fake.Slash("7001", guild, channel, "time", dcfake.Option{Name: "time", Type: dcfake.OptionString, Value: "8pm"})
	in := waitInteraction(t, fake, id, 1, 0)
	if cb := in.Callbacks[0]; cb.Type != dcfake.CallbackDeferredMessage || !cb.Ephemeral {
		t.Errorf("first callback = %+v, want a deferred ephemeral message", cb)
	}
	waitFor(t, fake, "the deferred answer", func() bool { return message(t, fake, in.Original).Content == "?" })

	id = fake.Slash("7001", "", "", "checkin")
	in = waitInteraction(t, fake, id, 1, 0)
	waitFor(t, fake, "the prompt", func() bool { return len(message(t, fake, in.Original).Buttons) == 3 })
	press, _ := fake.Press("7001", in.Original, "mood:4")
	in2 := waitInteraction(t, fake, press, 1, 1)
	if in2.Callbacks[0].Type != dcfake.CallbackDeferredUpdate {
		t.Errorf("press callback = %d, want a deferred update", in2.Callbacks[0].Type)
	}
	waitFor(t, fake, "the prompt updated", func() bool {
		m := message(t, fake, in.Original)
		return m.Content == "How is your mood today?\n✓ Mood 4" && len(m.Buttons) == 0
	})
}
