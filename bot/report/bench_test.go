package report

import (
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// yearInput is one person with a year of answers, a dose change and a flag.
func yearInput() Input {
	return Input{
		Today:    "2026-03-08",
		Checkins: synth(11, "2026-03-08", 365),
		Flags:    []store.Flag{{Rule: "trend.sleep", Day: "2026-03-05", Detail: "sleep under 6 h on 5 of the last 7 nights"}},
		Meds:     []store.Medication{{Name: "Sertraline", Dose: "100 mg", StartDay: "2026-02-20"}},
		Items:    Items{Energy: true, Interest: true, Medication: true},
	}
}

// BenchmarkWeeklyWithChart is what one weekly summary costs: the text and
// its 28-day chart, from a year of data (target: under 50 ms).
func BenchmarkWeeklyWithChart(b *testing.B) {
	in := yearInput()
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if Weekly(in, "2026-03-02") == "" {
			b.Fatal("empty summary")
		}
		if _, err := Chart(in, "", ""); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, 1)
}

// reportCPU adds the CPU time per op (and per item when items > 1).
func reportCPU(b *testing.B, start time.Duration, items int) {
	cpu := float64(cpuTime()-start) / float64(b.N)
	b.ReportMetric(cpu/1e6, "cpu-ms/op")
	if items > 1 {
		b.ReportMetric(cpu/float64(items), "cpu-ns/person")
	}
}

// BenchmarkWeeklySweep is the summary texts of 10,000 people, each with the
// week and the 77 days of history the baseline needs; one op is the sweep.
func BenchmarkWeeklySweep(b *testing.B) {
	const people, distinct = 10000, 100
	ins := make([]Input, distinct)
	for i := range ins {
		ins[i] = Input{Today: "2026-03-08", Checkins: synth(uint64(i+1), "2026-03-08", 84), Items: Items{Energy: true, Interest: true, Medication: true}}
	}
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		for p := range people {
			if Weekly(ins[p%distinct], "2026-03-02") == "" {
				b.Fatal("empty summary")
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/people, "ns/person")
	reportCPU(b, cpu, people)
}

// BenchmarkPDF90 is a 90-day clinician report with its chart.
func BenchmarkPDF90(b *testing.B) {
	in := yearInput()
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := PDF(in, "2025-12-09", "2026-03-08"); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, 1)
}
