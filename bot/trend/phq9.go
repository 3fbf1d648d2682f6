package trend

import (
	"sort"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/checkin-bot/checkin/store"
)

// phqView is a person's PHQ-9 totals in the order taken, each placed on the
// day grid, so the PHQ-9 rules can be judged for any day like the others:
// on a day, the newest questionnaire taken by then counts, for
// PHQ9MaxAgeDays (the PHQ-9 asks about two weeks; an old score says little
// about today).
type phqView struct {
	totals []int
	slots  []int
	usual  []float64 // median of the earlier totals, filled on demand
	known  []bool
}

func newPHQView(g stats.Grid, qs []store.Questionnaire) phqView {
	var p phqView
	type placed struct {
		slot int
		q    *store.Questionnaire
	}
	var ps []placed
	for i := range qs {
		q := &qs[i]
		if q.Kind != "" && q.Kind != "phq9" {
			continue
		}
		if slot, ok := g.Slot(q.Day); ok && slot < g.Len() {
			ps = append(ps, placed{slot, q})
		}
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].slot != ps[j].slot {
			return ps[i].slot < ps[j].slot
		}
		return ps[i].q.TakenAt.Before(ps[j].q.TakenAt)
	})
	for _, x := range ps {
		p.totals = append(p.totals, x.q.Total)
		p.slots = append(p.slots, x.slot)
	}
	p.usual = make([]float64, len(ps))
	p.known = make([]bool, len(ps))
	return p
}

// latest is the index of the questionnaire that counts on slot s, or -1.
func (p *phqView) latest(s, maxAge int) int {
	for k := len(p.slots) - 1; k >= 0; k-- {
		if p.slots[k] <= s {
			if s-p.slots[k] < maxAge {
				return k
			}
			return -1
		}
	}
	return -1
}

// usualBefore is the median of the totals before the k-th: the person's usual score.
func (p *phqView) usualBefore(k int) float64 {
	if !p.known[k] {
		earlier := make([]float64, k)
		for i := range k {
			earlier[i] = float64(p.totals[i])
		}
		p.usual[k], _ = stats.Median(earlier)
		p.known[k] = true
	}
	return p.usual[k]
}

// phqFinding is one PHQ-9 rule on one day.
type phqFinding struct {
	st              state
	total, previous int
	usual           float64
}

func (v *view) phqSevereAt(s int) phqFinding {
	k := v.phq.latest(s, v.cfg.PHQ9MaxAgeDays)
	if k < 0 {
		return phqFinding{}
	}
	f := phqFinding{st: inRange, total: v.phq.totals[k]}
	if f.total >= v.cfg.PHQ9Severe {
		f.st = outOfRange
	}
	return f
}

// phqHighAt needs two questionnaires running at or above PHQ9High. A high
// score after a lower one is not yet "twice", but neither is it back in
// range, so it is left unjudged.
func (v *view) phqHighAt(s int) phqFinding {
	k := v.phq.latest(s, v.cfg.PHQ9MaxAgeDays)
	if k < 0 {
		return phqFinding{}
	}
	f := phqFinding{total: v.phq.totals[k]}
	switch {
	case f.total < v.cfg.PHQ9High:
		f.st = inRange
	case k > 0 && v.phq.totals[k-1] >= v.cfg.PHQ9High:
		f.st, f.previous = outOfRange, v.phq.totals[k-1]
	}
	return f
}

func (v *view) phqRiseAt(s int) phqFinding {
	k := v.phq.latest(s, v.cfg.PHQ9MaxAgeDays)
	if k < 1 {
		return phqFinding{}
	}
	f := phqFinding{st: inRange, total: v.phq.totals[k], usual: v.phq.usualBefore(k)}
	if float64(f.total)-f.usual >= float64(v.cfg.PHQ9Rise)-eps {
		f.st = outOfRange
	}
	return f
}
