package main

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/checkin-bot/checkin/scheduler"
)

// metrics is checkin's Prometheus registry. Labels are platforms, kinds
// and rule names only: never a user id, a score or any text.
type metrics struct {
	reg      *prometheus.Registry
	received *prometheus.CounterVec
	stored   *prometheus.CounterVec
	flags    *prometheus.CounterVec
	sent     *prometheus.CounterVec
	failed   *prometheus.CounterVec
	sweep    prometheus.Histogram
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		received: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "checkin_replies_received_total", Help: "Messages and button presses received, by platform.",
		}, []string{"platform"}),
		stored: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "checkin_checkins_stored_total", Help: "Check-in answers stored, by platform.",
		}, []string{"platform"}),
		flags: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "checkin_flags_raised_total", Help: "Safety flags raised, by rule.",
		}, []string{"rule"}),
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "checkin_prompts_sent_total", Help: "Scheduled prompts delivered, by platform and kind.",
		}, []string{"platform", "kind"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "checkin_send_failures_total", Help: "Scheduled prompts that failed to send (retried or given up), by platform and kind.",
		}, []string{"platform", "kind"}),
		sweep: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "checkin_sweep_duration_seconds", Help: "Time one scheduler sweep took.",
			Buckets: []float64{.001, .005, .01, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}),
	}
	m.reg.MustRegister(m.received, m.stored, m.flags, m.sent, m.failed, m.sweep,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) ReplyReceived(platform string) { m.received.WithLabelValues(platform).Inc() }
func (m *metrics) CheckinStored(platform string) { m.stored.WithLabelValues(platform).Inc() }
func (m *metrics) FlagRaised(rule string)        { m.flags.WithLabelValues(rule).Inc() }

func (m *metrics) PromptSent(platform, kind string)   { m.sent.WithLabelValues(platform, kind).Inc() }
func (m *metrics) PromptFailed(platform, kind string) { m.failed.WithLabelValues(platform, kind).Inc() }
func (m *metrics) SweepDone(d time.Duration)          { m.sweep.Observe(d.Seconds()) }

// rateLimited exports an adapter's count of 429 answers.
func (m *metrics) rateLimited(platform string, count func() int64) {
	m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "checkin_rate_limited_total", Help: "429 answers from the platform.",
		ConstLabels: prometheus.Labels{"platform": platform},
	}, func() float64 { return float64(count()) }))
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// watch exports the scheduler's counts.
func (m *metrics) watch(s *scheduler.Scheduler) {
	s.SetObserver(m)
	for name, get := range map[string]func(scheduler.Totals) int64{
		"skipped": func(t scheduler.Totals) int64 { return t.Skipped }, "given_up": func(t scheduler.Totals) int64 { return t.Failed },
		"unreachable":      func(t scheduler.Totals) int64 { return t.Unreachable },
		"possible_repeats": func(t scheduler.Totals) int64 { return t.Repeats },
	} {
		get := get
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "checkin_prompts_" + name + "_total", Help: "Scheduled prompts " + name + ".",
		}, func() float64 { return float64(get(s.Totals())) }))
	}
}
