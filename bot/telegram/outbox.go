package telegram

import (
	"context"
	"sync"
	"time"
)

// outbox sends the deliveries of handled updates, per chat, so that the
// dispatcher can read a chat's next message while the replies to its last
// one still wait for the per-chat limit. Within a chat, deliveries leave in
// the order they were put, except that urgent ones (the crisis reply,
// bot.Reply.Urgent) go before every delivery still waiting: a risk message
// sent behind twenty others is answered at once, not in twenty seconds.
//
// Like the dispatcher, each busy chat has one goroutine, which ends when
// its queue is empty.
type outbox struct {
	// turn says how long until a chat's next send may leave. A routine
	// delivery is only taken from the queue then, so a crisis reply that
	// comes in meanwhile goes first instead of waiting behind it.
	turn func(chat int64) time.Duration

	mu    sync.Mutex
	chats map[int64]*chatQueue
	wg    sync.WaitGroup
}

// chatQueue holds one chat's waiting deliveries.
type chatQueue struct {
	urgent, normal []delivery
	wake           chan struct{} // poked when an urgent delivery is put
}

// delivery is one send (a reply, or an edit of a pressed prompt) of an
// update's batch. run reports false when the person cannot be reached, and
// the rest of its batch is dropped.
type delivery struct {
	ctx    context.Context
	urgent bool
	run    func(ctx context.Context) bool
	b      *batch
}

// batch is the deliveries of one update; done is closed when all have run
// (or been dropped), which is when the update counts as handled.
type batch struct {
	left    int
	stopped bool
	done    chan struct{}
}

func newOutbox(turn func(chat int64) time.Duration) *outbox {
	return &outbox{turn: turn, chats: make(map[int64]*chatQueue)}
}

// put queues one update's deliveries for chat and returns a channel closed
// once they have all run.
func (o *outbox) put(ctx context.Context, chat int64, ds []delivery) <-chan struct{} {
	b := &batch{left: len(ds), done: make(chan struct{})}
	if len(ds) == 0 {
		close(b.done)
		return b.done
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	q, busy := o.chats[chat]
	if !busy {
		q = &chatQueue{wake: make(chan struct{}, 1)}
		o.chats[chat] = q
	}
	for _, d := range ds {
		d.ctx, d.b = ctx, b
		if !d.urgent {
			q.normal = append(q.normal, d)
			continue
		}
		q.urgent = append(q.urgent, d)
		select {
		case q.wake <- struct{}{}:
		default:
		}
	}
	if !busy {
		o.wg.Add(1)
		go o.run(chat, q)
	}
	return b.done
}

// run sends one chat's deliveries, urgent ones first, until none wait.
func (o *outbox) run(chat int64, q *chatQueue) {
	defer o.wg.Done()
	for {
		o.wait(chat, q)
		o.mu.Lock()
		var d delivery
		switch {
		case len(q.urgent) > 0:
			d, q.urgent = q.urgent[0], q.urgent[1:]
		case len(q.normal) > 0:
			d, q.normal = q.normal[0], q.normal[1:]
		default:
			delete(o.chats, chat)
			o.mu.Unlock()
			return
		}
		skip := d.b.stopped
		o.mu.Unlock()

		ok := skip || d.run(d.ctx)

		o.mu.Lock()
		if !ok {
			d.b.stopped = true
		}
		if d.b.left--; d.b.left == 0 {
			close(d.b.done)
		}
		o.mu.Unlock()
	}
}

// wait holds a routine delivery until the chat's turn comes, or an urgent
// one is put, or the delivery's context ends.
func (o *outbox) wait(chat int64, q *chatQueue) {
	o.mu.Lock()
	if len(q.urgent) > 0 || len(q.normal) == 0 || o.turn == nil {
		o.mu.Unlock()
		return
	}
	select {
	case <-q.wake: // a poke for urgent deliveries already sent
	default:
	}
	done := q.normal[0].ctx.Done()
	o.mu.Unlock()
	d := o.turn(chat)
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-q.wake:
	case <-done:
	}
}

// drain blocks until every queued delivery has run.
func (o *outbox) drain() { o.wg.Wait() }
