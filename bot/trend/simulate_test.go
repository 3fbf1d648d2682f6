package trend

import (
	"math"
	"math/rand"

	"github.com/checkin-bot/checkin/store"
)

// simPerson generates a realistic daily log for the targets of the change
// detector (docs/SAFETY.md, "The simulation"). Everything about it is
// drawn from one seed:
//
//   - Where the person's scale sits: their well mood anywhere from 5.5 to
//     8.5 (some people never answer above 6, some never below 7), sleep
//     7–8.5 h, sleep quality 3–4 of 5; energy, interest and functioning sit with mood.
//   - Day-to-day noise that carries over: each measure's deviation is an
//     AR(1) process, d(t) = φ·d(t−1) + √(1−φ²)·σ·ε(t), with φ = 0.5 and
//     σ of 0.9 points for mood, energy, interest and
//     functioning, 0.7 h for sleep and 0.6
//     for sleep quality; 40% of each day's shock ε is shared by every
//     measure (a bad day is bad all round).
//   - A weekend effect: Saturdays and Sundays mood +0.4, energy +0.3,
//     sleep +0.6 h.
//   - Bad events: about four a year (a day's chance 4/365), each a dip of 1
//     to 3 mood points (energy and interest the same, sleep 0.4 h per
//     point) that recovers linearly within 4 to 10 days.
//   - 20% of days missed: 12% of days at random, and runs of 2 to 6 days
//     (a run starts on 2% of days).
//   - Answers as a person gives them: whole points clamped to 0–10, sleep
//     in half hours, quality 1–5.
//
// A fade lowers the person's means linearly: mood, energy, interest and
// functioning by
// 3 points, sleep by 2 h, sleep quality by 1 (the 7→4 and 7.5→5.5 h of
// the targets, carried proportionally to the other measures).
type simPerson struct {
	r            *rand.Rand
	items        Items
	functioning  bool // answers the functioning item too
	mood, sleep  float64
	quality      float64
	dev          [6]float64 // AR(1) deviations: mood, sleep, quality, energy, interest, functioning
	dip, dipDays float64    // the current bad event's depth in mood points and days left
	dipLen       float64
	runLeft      int // days left of a run of missed days
	day          int
}

// Generator constants, as documented above.
const (
	simPhi        = 0.3
	simShared     = 0.3
	simEventsYear = 4.0
	simMissRandom = 0.12
	simRunStart   = 0.02
)

var simSigma = [6]float64{0.9, 0.7, 0.6, 0.9, 0.9, 0.9}

func newSimPerson(seed int64, items Items) *simPerson {
	r := rand.New(rand.NewSource(seed))
	return &simPerson{r: r, items: items, mood: 5.5 + 3*r.Float64(), sleep: 7 + 1.5*r.Float64(), quality: 3 + r.Float64()}
}

// next is the person's next day, x of the way (0–1) through a fade, and
// whether they answered. The first day is a Thursday.
func (p *simPerson) next(x float64) (store.Checkin, bool) {
	r := p.r
	shared := r.NormFloat64()
	for i := range p.dev {
		e := math.Sqrt(simShared)*shared + math.Sqrt(1-simShared)*r.NormFloat64()
		p.dev[i] = simPhi*p.dev[i] + math.Sqrt(1-simPhi*simPhi)*simSigma[i]*e
	}
	if p.dipDays <= 0 && r.Float64() < simEventsYear/365 {
		p.dip, p.dipLen = 1+2*r.Float64(), float64(4+r.Intn(7))
		p.dipDays = p.dipLen
	}
	dip := 0.0
	if p.dipDays > 0 {
		dip = p.dip * p.dipDays / p.dipLen
		p.dipDays--
	}
	weekend := p.day%7 == 2 || p.day%7 == 3 // day 0 is a Thursday
	p.day++
	we := func(v float64) float64 {
		if weekend {
			return v
		}
		return 0
	}
	missed := false
	switch {
	case p.runLeft > 0:
		p.runLeft--
		missed = true
	case r.Float64() < simRunStart:
		p.runLeft = 1 + r.Intn(5)
		missed = true
	case r.Float64() < simMissRandom:
		missed = true
	}
	if missed {
		return store.Checkin{}, false
	}
	score := func(v float64, lo, hi int) *int {
		n := min(max(int(math.Round(v)), lo), hi)
		return &n
	}
	mood := p.mood - 3*x - dip + we(0.4)
	h := min(max(math.Round((p.sleep-2*x-0.4*dip+we(0.6)+p.dev[1])*2)/2, 0), 24)
	c := store.Checkin{
		Mood:         score(mood+p.dev[0], 0, 10),
		SleepHours:   &h,
		SleepQuality: score(p.quality-x-0.3*dip+p.dev[2], 1, 5),
	}
	if p.items.Energy {
		c.Energy = score(mood-0.1+we(-0.1)+p.dev[3], 0, 10)
	}
	if p.items.Interest {
		c.Interest = score(mood-we(0.4)+p.dev[4], 0, 10)
	}
	if p.functioning {
		c.Functioning = score(mood-0.2-we(0.2)+p.dev[5], 0, 10)
	}
	if p.items.Medication {
		taken := r.Float64() >= 0.02
		c.MedTaken = &taken
	}
	return c, true
}
