package telegram

import (
	"context"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// dispatcher runs updates for different chats concurrently (at most
// workers at a time) and strictly in order within one chat: each busy chat
// has one goroutine draining its queue, which ends when the queue is empty,
// so goroutines and memory follow the number of busy chats, not of people.
//
// work handles an update and returns a channel closed once its replies are
// delivered (nil: nothing to wait for). The chat's next update is handled
// without waiting for that: delivery is the outbox's, so a message is read
// at once however many replies wait for the per-chat limit. The update
// counts as finished (for the cursor and back-pressure) once delivered.
type dispatcher struct {
	ctx   context.Context // the work context: outlives intake by a drain grace
	work  func(context.Context, tgbotapi.Update) <-chan struct{}
	track *tracker
	sem   chan struct{}

	mu      sync.Mutex
	queues  map[int64][]job
	pending int
	closed  bool
	changed chan struct{} // poked whenever pending drops

	wg sync.WaitGroup
}

type job struct {
	u    tgbotapi.Update
	done chan struct{} // closed when the update is handled and its replies sent
}

func newDispatcher(ctx context.Context, workers int, track *tracker, work func(context.Context, tgbotapi.Update) <-chan struct{}) *dispatcher {
	return &dispatcher{
		ctx:     ctx,
		work:    work,
		track:   track,
		sem:     make(chan struct{}, workers),
		queues:  make(map[int64][]job),
		changed: make(chan struct{}, 1),
	}
}

// submit queues u behind earlier updates of its chat. It returns a channel
// closed once u is handled, and false when u is not queued: a repeat, an
// update with no chat, or a dispatcher that is shutting down.
func (d *dispatcher) submit(u tgbotapi.Update) (<-chan struct{}, bool) {
	done := make(chan struct{})
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return nil, false
	}
	if !d.track.admit(int64(u.UpdateID)) {
		d.mu.Unlock()
		close(done)
		return done, false
	}
	key, ok := chatKey(u)
	if !ok {
		d.mu.Unlock()
		d.track.finish(d.ctx, int64(u.UpdateID))
		close(done)
		return done, true
	}
	q, busy := d.queues[key]
	d.queues[key] = append(q, job{u: u, done: done})
	d.pending++
	if !busy {
		d.wg.Add(1)
		go d.run(key)
	}
	d.mu.Unlock()
	return done, true
}

// run drains one chat's queue. The head stays queued while it runs so that
// a new update for the chat joins this goroutine instead of starting another.
func (d *dispatcher) run(key int64) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[key]
		if len(q) == 0 {
			delete(d.queues, key)
			d.mu.Unlock()
			return
		}
		j := q[0]
		d.mu.Unlock()

		d.sem <- struct{}{}
		sent := d.work(d.ctx, j.u)
		<-d.sem

		d.mu.Lock()
		d.queues[key] = d.queues[key][1:]
		d.mu.Unlock()
		if sent == nil {
			d.finish(j)
			continue
		}
		d.wg.Add(1)
		go func() {
			defer d.wg.Done()
			<-sent
			d.finish(j)
		}()
	}
}

// finish records a handled and delivered update.
func (d *dispatcher) finish(j job) {
	d.track.finish(d.ctx, int64(j.u.UpdateID))
	close(j.done)
	d.mu.Lock()
	d.pending--
	d.mu.Unlock()
	select {
	case d.changed <- struct{}{}:
	default:
	}
}

// waitBelow blocks until fewer than n updates are pending or ctx is done:
// the poll loop's back-pressure, so a flood cannot grow memory without end.
func (d *dispatcher) waitBelow(ctx context.Context, n int) error {
	for {
		d.mu.Lock()
		p := d.pending
		d.mu.Unlock()
		if p < n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-d.changed:
		}
	}
}

// close stops intake; later submits are refused.
func (d *dispatcher) close() {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
}

// wait blocks until every queued update has run.
func (d *dispatcher) wait() { d.wg.Wait() }

// chatKey is the chat an update belongs to, for per-chat ordering.
func chatKey(u tgbotapi.Update) (int64, bool) {
	switch {
	case u.Message != nil:
		return messageChat(u.Message)
	case u.EditedMessage != nil:
		return messageChat(u.EditedMessage)
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil:
		return messageChat(u.CallbackQuery.Message)
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		return u.CallbackQuery.From.ID, true
	case u.ChannelPost != nil:
		return messageChat(u.ChannelPost)
	case u.MyChatMember != nil:
		return u.MyChatMember.Chat.ID, true
	}
	return 0, false
}

func messageChat(m *tgbotapi.Message) (int64, bool) {
	if m.Chat == nil {
		return 0, false
	}
	return m.Chat.ID, true
}
