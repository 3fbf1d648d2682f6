package main

import (
	"net/http"

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
	}
	m.reg.MustRegister(m.received, m.stored, m.flags,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) ReplyReceived(platform string) { m.received.WithLabelValues(platform).Inc() }
func (m *metrics) CheckinStored(platform string) { m.stored.WithLabelValues(platform).Inc() }
func (m *metrics) FlagRaised(rule string)        { m.flags.WithLabelValues(rule).Inc() }

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// watch exports the scheduler's counts.
func (m *metrics) watch(s *scheduler.Scheduler) {
	for name, get := range map[string]func(scheduler.Totals) int64{
		"sent": func(t scheduler.Totals) int64 { return t.Sent }, "failed": func(t scheduler.Totals) int64 { return t.Failed },
		"skipped": func(t scheduler.Totals) int64 { return t.Skipped }, "retried": func(t scheduler.Totals) int64 { return t.Retried },
		"unreachable": func(t scheduler.Totals) int64 { return t.Unreachable },
	} {
		get := get
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "checkin_prompts_" + name + "_total", Help: "Scheduled prompts " + name + ".",
		}, func() float64 { return float64(get(s.Totals())) }))
	}
}
