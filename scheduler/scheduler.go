package scheduler

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/store"
)

// prompter builds a prompt's replies; the core (*bot.Bot) implements it.
// kind is "checkin", "reminder", "summary" or "phq9".
type prompter interface {
	Prompt(ctx context.Context, u store.User, kind string) ([]bot.Reply, error)
}

var _ prompter = (*bot.Bot)(nil)

// ErrStopped is returned by Sweep after Stop.
var ErrStopped = errors.New("scheduler: stopped")

// Timing constants that are not worth a setting.
const (
	batchSize   = 1000             // people per claiming transaction
	claimLease  = 5 * time.Minute  // an unrenewed claim older than this is an orphan
	sendTimeout = 30 * time.Second // one Sender.Send; adapters wait out rate limits within it
	settleWait  = 10 * time.Second // recording an outcome, even while stopping
	overflowLag = time.Minute      // a claim that found its queue full is retried this much later
)

// Scheduler finds due prompts in the store, claims them in the send ledger
// and hands them to per-platform worker pools. See the package doc.
type Scheduler struct {
	db       *store.DB
	prompter prompter
	senders  map[string]bot.Sender
	cfg      Config
	log      *slog.Logger
	now      func() time.Time
	owner    string                      // this process's name on its claims
	queues   map[string]chan store.Claim // per platform that has a sender

	sweepMu sync.Mutex // one sweep at a time; guards stopped
	stopped bool

	startMu  sync.Mutex
	started  bool
	cron     *cron.Cron
	run      context.Context // jobs and sends; cancelled by Stop
	cancel   context.CancelFunc
	workers  sync.WaitGroup
	stopOnce sync.Once
	stopErr  error

	totals      counters
	outstanding atomic.Int64 // claims queued or being sent, renewed on each sweep
	obs         Observer
}

// New builds a scheduler. senders maps a platform name ("telegram",
// "discord", "console") to its adapter; people on a platform without one
// are passed over. cfg must have passed Validate.
func New(db *store.DB, p prompter, senders map[string]bot.Sender, cfg Config, logger *slog.Logger, now func() time.Time) *Scheduler {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand panics rather than return an error)
	s := &Scheduler{
		db: db, prompter: p, senders: senders, cfg: cfg, log: logger, now: now,
		owner:  hex.EncodeToString(b[:]),
		queues: make(map[string]chan store.Claim, len(senders)),
		obs:    noObserver{},
	}
	for platform := range senders {
		s.queues[platform] = make(chan store.Claim, cfg.Queue)
	}
	return s
}

// Start starts the send workers, runs one sweep at once (the catch-up after
// downtime) and then schedules the minute sweep, hourly maintenance and
// the weekly audit. ctx's values are kept, but the scheduler runs until
// Stop, so that Stop can drain sends in order. If Start fails, it has
// stopped what it started.
func (s *Scheduler) Start(ctx context.Context) error {
	s.startMu.Lock()
	defer s.startMu.Unlock()
	if s.started {
		return errors.New("scheduler: already started")
	}
	s.started = true
	s.run, s.cancel = context.WithCancel(context.WithoutCancel(ctx))
	for _, q := range s.queues {
		for i := 0; i < s.cfg.Workers; i++ {
			s.workers.Add(1)
			go s.work(q)
		}
	}
	// The owner names this process on its ledger claims: with several
	// instances on one database, the log says whose a stuck claim is.
	s.log.Info("scheduler: starting", "owner", s.owner)
	if _, err := s.Sweep(s.run); err != nil {
		s.shutdown(ctx)
		return fmt.Errorf("scheduler: catch-up sweep at start: %w", err)
	}
	cl := cronLogger{s.log}
	s.cron = cron.New(cron.WithLocation(time.UTC), cron.WithLogger(cl),
		cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)))
	for _, job := range []struct {
		spec string
		run  func()
	}{
		{"* * * * *", s.sweepJob},
		{"7 * * * *", s.maintainJob},
		{"23 4 * * 0", s.auditJob},
	} {
		if _, err := s.cron.AddFunc(job.spec, job.run); err != nil {
			s.shutdown(ctx)
			return fmt.Errorf("scheduler: schedule %q: %w", job.spec, err)
		}
	}
	s.cron.Start()
	return nil
}

// Stop stops the cron jobs (waiting for a running one), then lets the
// workers send what is queued until ctx's deadline. Claims still queued at
// the deadline are put back in the ledger for the next start. It is safe
// to call more than once and without Start.
func (s *Scheduler) Stop(ctx context.Context) error {
	s.startMu.Lock()
	defer s.startMu.Unlock()
	if !s.started {
		return nil
	}
	s.shutdown(ctx)
	return s.stopErr
}

func (s *Scheduler) shutdown(ctx context.Context) {
	s.stopOnce.Do(func() {
		if s.cron != nil {
			select {
			case <-s.cron.Stop().Done():
			case <-ctx.Done():
				s.cancel() // abort the running job; it returns promptly
				<-s.cron.Stop().Done()
			}
		}
		s.sweepMu.Lock()
		s.stopped = true
		for _, q := range s.queues {
			close(q)
		}
		s.sweepMu.Unlock()
		done := make(chan struct{})
		go func() { s.workers.Wait(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
			s.cancel() // workers put the rest back
			<-done
			s.stopErr = fmt.Errorf("scheduler: stop: unsent prompts put back for the next start: %w", ctx.Err())
		}
		s.cancel()
	})
}

func (s *Scheduler) sweepJob() {
	began := s.now()
	st, err := s.Sweep(s.run)
	s.obs.SweepDone(s.now().Sub(began))
	if err != nil {
		s.log.Error("scheduler: sweep", "err", err)
	}
	if st != (Stats{}) {
		s.log.Info("scheduler: sweep", st.attrs()...)
	}
}

func (s *Scheduler) maintainJob() {
	if err := s.Maintain(s.run); err != nil {
		s.log.Error("scheduler: maintenance", "err", err)
	}
}

func (s *Scheduler) auditJob() {
	if err := s.Audit(s.run); err != nil {
		s.log.Error("scheduler: weekly audit", "err", err)
	}
}

// cronLogger routes cron's own messages to slog; its routine chatter is debug.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append(kv, "err", err)...)
}

// Totals are counts since New, for metrics and tests.
type Totals struct {
	Sent, Skipped, Retried, Failed, Unreachable int64
	// Repeats counts prompts that may have reached a person twice: claims
	// recovered after a crash and confirms whose claim another process had
	// taken over.
	Repeats int64
}

type counters struct {
	sent, skipped, retried, failed, unreachable, repeats atomic.Int64
}

// Totals returns the counts since New.
func (s *Scheduler) Totals() Totals {
	c := &s.totals
	return Totals{Sent: c.sent.Load(), Skipped: c.skipped.Load(), Retried: c.retried.Load(),
		Failed: c.failed.Load(), Unreachable: c.unreachable.Load(), Repeats: c.repeats.Load()}
}
