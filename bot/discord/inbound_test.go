package discord

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

func TestOnlyDMsFromPeopleReachTheCore(t *testing.T) {
	t.Parallel()
	core := &fakeCore{fn: func(bot.Inbound) (bot.Response, error) {
		return bot.Response{Replies: []bot.Reply{{Text: "Thanks, saved."}}}, nil
	}}
	h := start(t, core, nil, nil)
	h.fake.GuildMessage(guild, channel, "3001", "slept badly") // a server channel: not ours
	id := h.fake.UserSays("3001", "slept badly")
	h.fake.UserEdits(id, "slept badly, 6.75 hours")
	dm := h.fake.DMChannel("3001")
	waitFor(t, h.fake, "two replies", func() bool { return len(h.fake.Messages(dm)) == 2 })
	time.Sleep(100 * time.Millisecond) // let a wrongly handled echo of the bot's replies arrive
	got := core.inbound()
	if len(got) != 2 {
		t.Fatalf("core got %d inbounds, want the DM and its edit only: %+v", len(got), got)
	}
	if got[0].Edited || got[0].Text != "slept badly" {
		t.Errorf("first = %+v, want the DM", got[0])
	}
	if !got[1].Edited || got[1].MessageID != id || got[1].Text != "slept badly, 6.75 hours" {
		t.Errorf("second = %+v, want the edit of %s", got[1], id)
	}
}

func TestOnePersonsMessagesStayInOrder(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var order []string
	core := &fakeCore{fn: func(in bot.Inbound) (bot.Response, error) {
		if in.Text == "first" {
			time.Sleep(150 * time.Millisecond) // a slow answer must not be overtaken
		}
		mu.Lock()
		order = append(order, in.UserID+":"+in.Text)
		mu.Unlock()
		return bot.Response{}, nil
	}}
	h := start(t, core, nil, nil)
	h.fake.UserSays("3101", "first")
	h.fake.UserSays("3101", "second")
	h.fake.UserSays("3102", "other person")
	waitFor(t, h.fake, "three handled", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(order) == 3
	})
	mu.Lock()
	defer mu.Unlock()
	if i, j := slices.Index(order, "3101:first"), slices.Index(order, "3101:second"); i > j {
		t.Errorf("order = %v: the second message overtook the first", order)
	}
	if order[0] != "3102:other person" {
		t.Errorf("order = %v: another person waited behind a slow answer", order)
	}
}

func TestShutdownFinishesWorkInProgress(t *testing.T) {
	t.Parallel()
	started := make(chan struct{})
	core := &fakeCore{fn: func(bot.Inbound) (bot.Response, error) {
		close(started)
		time.Sleep(200 * time.Millisecond)
		return bot.Response{Replies: []bot.Reply{{Text: "Thanks, saved."}}}, nil
	}}
	h := start(t, core, nil, nil)
	h.fake.UserSays("3201", "slept badly")
	<-started
	if err := h.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	ms := h.fake.Messages(h.fake.DMChannel("3201"))
	if len(ms) != 1 || ms[0].Content != "Thanks, saved." {
		t.Errorf("after shutdown the DM has %+v, want the reply delivered", ms)
	}
	h.fake.UserSays("3201", "after the stop")
	time.Sleep(100 * time.Millisecond)
	if n := len(core.inbound()); n != 1 {
		t.Errorf("core got %d inbounds, want none after shutdown", n)
	}
}
