package discord

import "sync"

// serial runs work for one person at a time, in arrival order, while
// different people run in parallel. Gateway events arrive one by one
// (SyncEvents) and are handed here, so two quick messages from the same
// person reach the core in the order they were written, and shutdown can
// wait for every accepted piece of work.
type serial struct {
	mu     sync.Mutex
	queues map[string][]func()
	closed bool
	wg     sync.WaitGroup
}

func newSerial() *serial { return &serial{queues: map[string][]func(){}} }

// do queues f behind the person's earlier work. It reports false, and
// drops f, once the queue is closed for shutdown.
func (q *serial) do(key string, f func()) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return false
	}
	pending, busy := q.queues[key]
	q.queues[key] = append(pending, f)
	if !busy {
		q.wg.Add(1)
		go q.drain(key)
	}
	return true
}

// drain runs the person's queue until it is empty, then removes it.
func (q *serial) drain(key string) {
	defer q.wg.Done()
	for {
		q.mu.Lock()
		pending := q.queues[key]
		if len(pending) == 0 {
			delete(q.queues, key)
			q.mu.Unlock()
			return
		}
		f := pending[0]
		pending[0] = nil
		q.queues[key] = pending[1:]
		q.mu.Unlock()
		f()
	}
}

// close refuses new work; wait then returns when accepted work is done.
func (q *serial) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
}

func (q *serial) wait() { q.wg.Wait() }
