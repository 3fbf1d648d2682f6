package telegram

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"
)

// recorder is a delivery target that notes what ran, in order.
type recorder struct {
	mu      sync.Mutex
	sent    []string
	started chan string   // when set, each run says it started...
	gate    chan struct{} // ...and waits for the gate to open
}

func (r *recorder) d(name string, urgent, ok bool) delivery {
	return delivery{urgent: urgent, run: func(context.Context) bool {
		if r.gate != nil {
			r.started <- name
			<-r.gate
		}
		r.mu.Lock()
		r.sent = append(r.sent, name)
		r.mu.Unlock()
		return ok
	}}
}

func (r *recorder) got() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.sent)
}

func closedWithin(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s: not done", what)
	}
}

// Within a chat, deliveries keep their order, except that urgent ones go
// before every routine one still waiting; another chat is not held up.
func TestOutboxUrgentFirst(t *testing.T) {
	ctx := context.Background()
	r := &recorder{gate: make(chan struct{}), started: make(chan string, 10)}
	o := newOutbox(nil)
	first := o.put(ctx, 1, []delivery{r.d("a1", false, true), r.d("a2", false, true)})
	if got := <-r.started; got != "a1" {
		t.Fatalf("%s started first", got)
	}
	second := o.put(ctx, 1, []delivery{r.d("b1", false, true)})
	crisis := o.put(ctx, 1, []delivery{r.d("crisis", true, true), r.d("echo", false, true)})
	again := o.put(ctx, 1, []delivery{r.d("crisis2", true, true)})
	close(r.gate) // a1 is on its way; now let everything run
	for _, ch := range []<-chan struct{}{first, second, crisis, again} {
		closedWithin(t, ch, "batch")
	}
	o.drain()
	want := []string{"a1", "crisis", "crisis2", "a2", "b1", "echo"}
	if got := r.got(); !slices.Equal(got, want) {
		t.Errorf("sent %v, want %v", got, want)
	}
	if n := len(o.chats); n != 0 {
		t.Errorf("%d chat queues left after draining", n)
	}
}

// A person who cannot be reached gets nothing more of that update's
// deliveries; the batch is still done, and later updates still go.
func TestOutboxUnreachableStopsTheBatch(t *testing.T) {
	ctx := context.Background()
	r := &recorder{}
	o := newOutbox(nil)
	b := o.put(ctx, 1, []delivery{r.d("edit", false, false), r.d("reply", false, true)})
	closedWithin(t, b, "stopped batch")
	closedWithin(t, o.put(ctx, 1, []delivery{r.d("later", false, true)}), "later batch")
	closedWithin(t, o.put(ctx, 1, nil), "empty batch")
	o.drain()
	if got, want := r.got(), []string{"edit", "later"}; !slices.Equal(got, want) {
		t.Errorf("sent %v, want %v", got, want)
	}
}

// A routine delivery waits for the chat's turn before it is taken, so a
// crisis reply put meanwhile goes first and at once.
func TestOutboxCrisisReplyDoesNotWaitForARoutineTurn(t *testing.T) {
	ctx := context.Background()
	r := &recorder{}
	o := newOutbox(func(int64) time.Duration { return time.Hour })
	rctx, cancel := context.WithCancel(ctx)
	routine := o.put(rctx, 1, []delivery{r.d("routine", false, true)})
	time.Sleep(20 * time.Millisecond) // the routine one is waiting its turn
	start := time.Now()
	closedWithin(t, o.put(ctx, 1, []delivery{r.d("crisis", true, true)}), "crisis")
	if el := time.Since(start); el > time.Second {
		t.Errorf("the crisis reply took %v behind a routine turn", el)
	}
	if got := r.got(); !slices.Equal(got, []string{"crisis"}) {
		t.Errorf("sent %v, want only the crisis reply so far", got)
	}
	select {
	case <-routine:
		t.Error("the routine delivery did not wait for its turn")
	default:
	}
	cancel() // shutting down: the routine delivery stops waiting
	closedWithin(t, routine, "routine")
	o.drain()
}

// Crisis replies already sent leave no stale wake-up behind: the routine
// delivery waiting under them still waits for its turn.
func TestOutboxRoutineWaitsItsTurnAfterCrisisReplies(t *testing.T) {
	ctx := context.Background()
	r := &recorder{}
	o := newOutbox(func(int64) time.Duration { return time.Hour })
	rctx, cancel := context.WithCancel(ctx)
	routine := o.put(rctx, 1, []delivery{r.d("routine", false, true)})
	time.Sleep(20 * time.Millisecond) // it waits for its turn
	hold, running := make(chan struct{}), make(chan struct{})
	first := o.put(ctx, 1, []delivery{{urgent: true, run: func(context.Context) bool {
		close(running)
		<-hold
		return true
	}}})
	<-running
	// Two more while the first is being sent: each pokes the queue.
	more := o.put(ctx, 1, []delivery{r.d("crisis2", true, true)})
	last := o.put(ctx, 1, []delivery{r.d("crisis3", true, true)})
	close(hold)
	for _, ch := range []<-chan struct{}{first, more, last} {
		closedWithin(t, ch, "crisis")
	}
	time.Sleep(20 * time.Millisecond)
	if got, want := r.got(), []string{"crisis2", "crisis3"}; !slices.Equal(got, want) {
		t.Errorf("sent %v, want %v: the routine one must wait for its turn", got, want)
	}
	cancel()
	closedWithin(t, routine, "routine")
	o.drain()
}
