package trend

import (
	"math/rand"
	"testing"

	"github.com/checkin-bot/checkin/bot/stats"
	"github.com/google/go-cmp/cmp"
)

// TestReplayMatchesTheLiveEngine replays a stored history and must find
// exactly the flags the engine raised when it ran after each check-in.
func TestReplayMatchesTheLiveEngine(t *testing.T) {
	for _, seed := range []int64{7, 8} {
		s := newMemSim(t, DefaultConfig(), allItems)
		p := newSimPerson(seed, allItems)
		for i := range warmDays + 200 {
			x := min(max(float64(i-warmDays)/150, 0), 1)
			if c, ok := p.next(x); ok {
				s.checkin(dayN(yearStart, i), c)
			}
		}
		var live []Fired
		for _, f := range s.flags() {
			live = append(live, Fired{Day: f.Day, Rule: f.Rule, Detail: f.Detail})
		}
		if len(live) == 0 {
			t.Fatalf("seed %d: a 5-month fade raised no flag", seed)
		}
		got := Replay(DefaultConfig(), allItems, shuffled(s.log.(*memLog).cs, seed), nil, "")
		if diff := cmp.Diff(live, got); diff != "" {
			t.Errorf("seed %d: replay differs from the live engine (-live +replay):\n%s", seed, diff)
		}
		from := dayN(yearStart, warmDays+60)
		for _, f := range Replay(DefaultConfig(), allItems, s.log.(*memLog).cs, nil, from) {
			if f.Day < from {
				t.Errorf("replay from %s printed a flag of %s", from, f.Day)
			}
		}
	}
}

func shuffled[T any](xs []T, seed int64) []T {
	out := append([]T(nil), xs...)
	rand.New(rand.NewSource(seed)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func TestDescribeComparesWithBothReferences(t *testing.T) {
	p := newSimPerson(3, allItems)
	s := newMemSim(t, DefaultConfig(), allItems)
	last := ""
	for i := range warmDays + 120 {
		x := min(max(float64(i-warmDays)/150, 0), 1)
		if c, ok := p.next(x); ok {
			last = dayN(yearStart, i)
			s.log.saveCheckin(withDay(c, last))
		}
	}
	st := Describe(DefaultConfig(), allItems, last, s.log.(*memLog).cs, nil)
	if st.WellFrom == "" || st.WellTo >= dayN(yearStart, warmDays+30) {
		t.Fatalf("well stretch %s–%s: want one from before the fade began on %s", st.WellFrom, st.WellTo, dayN(yearStart, warmDays))
	}
	if len(st.Signals) != 6 || st.Signals[5].Name != "doses taken" {
		t.Fatalf("%d signals, want mood, sleep, quality, energy, interest and doses", len(st.Signals))
	}
	if d := st.Signals[5]; !d.WellOK || !d.RollingOK || d.Well < 90 || d.Limit != 0 {
		t.Errorf("doses: %+v; want both references, near 98 %% taken, no CUSUM", d)
	}
	for _, sg := range st.Signals[:5] {
		if !sg.WellOK || !sg.RollingOK || sg.RecentN == 0 {
			t.Errorf("%s: want both references and recent days: %+v", sg.Name, sg)
			continue
		}
		if sg.Recent >= sg.Well {
			t.Errorf("%s: 17 weeks into a fade the last 4 weeks (%.2f) should sit below the well level (%.2f)", sg.Name, sg.Recent, sg.Well)
		}
	}
	if st.Combined < st.Limit {
		t.Errorf("combined score %.1f under its limit %.1f 17 weeks into a fade", st.Combined, st.Limit)
	}
	if st := Describe(DefaultConfig(), allItems, "2026-13-01", nil, nil); st.WellFrom != "" || len(st.Signals) != 0 {
		t.Errorf("a malformed day described %+v", st)
	}
}

func TestMarkedStretchIsTheWellBaseline(t *testing.T) {
	p := newSimPerson(4, allItems)
	s := newMemSim(t, DefaultConfig(), allItems)
	last := ""
	for i := range warmDays + 60 {
		if c, ok := p.next(0); ok {
			last = dayN(yearStart, i)
			s.log.saveCheckin(withDay(c, last))
		}
	}
	cs := s.log.(*memLog).cs
	items := allItems
	items.Well = Stretch{From: dayN(yearStart, 100), To: dayN(yearStart, 160)}
	st := Describe(DefaultConfig(), items, last, cs, nil)
	if !st.Marked || st.WellFrom != items.Well.From || st.WellTo != items.Well.To {
		t.Errorf("marked %s–%s, described %s–%s (marked %v)", items.Well.From, items.Well.To, st.WellFrom, st.WellTo, st.Marked)
	}
	for _, bad := range []Stretch{
		{From: dayN(yearStart, 100), To: dayN(yearStart, 105)},                     // too few answered days
		{From: stats.AddDays(yearStart, -900), To: stats.AddDays(yearStart, -800)}, // before the history
		{From: "2026-02-30", To: dayN(yearStart, 160)},                             // malformed
	} {
		items.Well = bad
		st := Describe(DefaultConfig(), items, last, cs, nil)
		if st.Marked || st.WellFrom == "" {
			t.Errorf("unusable stretch %+v: described %s–%s marked %v; want the found one", bad, st.WellFrom, st.WellTo, st.Marked)
		}
	}
}
