package bot_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/checkin-bot/checkin/bot"
	"github.com/checkin-bot/checkin/bot/internal/hostile"
)

type hostileMsg = hostile.Msg

func loadHostile(t testing.TB, path string) []hostileMsg {
	t.Helper()
	ms, err := hostile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// TestHostileCorpusShape keeps the corpus as broad as promised.
func TestHostileCorpusShape(t *testing.T) {
	t.Parallel()
	ms := loadHostile(t, "testdata/hostile.txt")
	if len(ms) < 200 {
		t.Errorf("corpus has %d messages, want at least 200", len(ms))
	}
	var data, big, invalid, nul int
	for _, m := range ms {
		switch {
		case m.IsData:
			data++
		case len(m.Text) >= 64*1024:
			big++
		}
		if strings.Contains(m.Text, "\x00") {
			nul++
		}
		if !utf8.ValidString(m.Text) || !utf8.ValidString(m.Data) {
			invalid++
		}
	}
	if data < 30 || big < 5 || invalid < 5 || nul < 5 {
		t.Errorf("corpus: %d button data, %d 64 KB texts, %d invalid UTF-8, %d with NUL", data, big, invalid, nul)
	}
}

// TestHostileCorpus drives every corpus message, in a shuffled order with
// a fixed seed, at a person mid-check-in and at a person idle: every one
// gets an answer, Handle never fails, and the store keeps its invariants.
func TestHostileCorpus(t *testing.T) {
	t.Parallel()
	ms := loadHostile(t, "testdata/hostile.txt")
	rng := rand.New(rand.NewPCG(20261125, 7))
	rng.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })

	h := newHarness(t)
	mid := h.person("hostile-mid")
	idle := h.person("hostile-idle")
	mid.onboard("Europe/Berlin", "21:00", "DE")
	idle.onboard("UTC", "20:00", "GB")
	ensure := func(c *conv) {
		if _, ok := c.user(); !ok {
			c.onboard("UTC", "20:00", "GB") // erased by a /delete and a yes: start again
		}
	}
	send := func(c *conv, m hostileMsg) {
		t.Helper()
		var r bot.Response
		if m.IsData {
			r = c.pressData(m.Data)
		} else {
			r = c.send(m.Text)
		}
		if !replied(r) {
			t.Errorf("%s to %s: no reply and no Ack:\n%s", m, c.id, dump(r))
		}
		for _, x := range r.Replies {
			for _, row := range x.Buttons {
				for _, b := range row {
					if len(b.Data) > 64 {
						t.Errorf("%s: button data of %d bytes", m, len(b.Data))
					}
				}
			}
		}
	}
	for i, m := range ms {
		ensure(mid)
		// The first person is mid-check-in before every message, on a
		// fresh day, at the mood, sleep, quality or energy question.
		h.clk.Add(24 * time.Hour)
		mid.send("/checkin")
		for _, a := range []string{"5", "7", "3"}[:i%4] {
			mid.send(a)
		}
		send(mid, m)
		ensure(idle)
		send(idle, m)
		if i%50 == 0 {
			h.checkInvariants()
		}
	}
	h.checkInvariants()
	if t.Failed() {
		return
	}
	// The store still works for both afterwards.
	for _, c := range []*conv{mid, idle} {
		ensure(c)
		r := c.send("/history")
		if !replied(r) {
			t.Errorf("%s: /history silent after the corpus", c.id)
		}
	}
}
