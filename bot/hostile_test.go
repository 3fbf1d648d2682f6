package bot_test

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/checkin-bot/checkin/bot"
)

// hostileMsg is one corpus entry: typed text, or button data.
type hostileMsg struct {
	line   int
	text   string
	data   string
	isData bool
}

func (m hostileMsg) String() string {
	s := m.text
	if m.isData {
		s = "data " + m.data
	}
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return "line " + strconv.Itoa(m.line) + ": " + strconv.Quote(s)
}

// generated are the corpus's 64 KB texts, made here to keep the file small.
func generated(name string) (string, bool) {
	const size = 64 * 1024
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)+1)[:size] }
	switch name {
	case "64k-a":
		return fill("a"), true
	case "64k-emoji":
		return strings.Repeat("😀", size/4), true
	case "64k-words":
		return fill("lorem ipsum dolor "), true
	case "64k-digits":
		return fill("9"), true
	case "64k-mood":
		return fill("mood 5, slept 7h, "), true
	case "64k-invalid":
		return fill("\xff\xfe"), true
	case "64k-nul":
		return fill("\x00"), true
	case "64k-zero-width":
		return strings.Repeat("\u200b", size/3), true
	case "64k-newlines":
		return fill("mood 6\n"), true
	case "64k-rtl":
		return strings.Repeat("\u202eמצב רוח ", size/16), true
	}
	return "", false
}

// loadHostile reads bot/testdata/hostile.txt (see its header for the
// notation).
func loadHostile(t testing.TB, path string) []hostileMsg {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open corpus: %v", err)
	}
	defer f.Close()
	var out []hostileMsg
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := hostileMsg{line: n}
		unquote := func(s string) string {
			u, err := strconv.Unquote(s)
			if err != nil {
				t.Fatalf("corpus line %d: %q is not a Go string: %v", n, s, err)
			}
			return u
		}
		switch {
		case strings.HasPrefix(line, "q:"):
			m.text = unquote(line[2:])
		case strings.HasPrefix(line, "dq:"):
			m.data, m.isData = unquote(line[3:]), true
		case strings.HasPrefix(line, "d:"):
			m.data, m.isData = line[2:], true
		case strings.HasPrefix(line, "gen:"):
			g, ok := generated(line[4:])
			if !ok {
				t.Fatalf("corpus line %d: no generator %q", n, line[4:])
			}
			m.text = g
		default:
			m.text = line
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read corpus: %v", err)
	}
	return out
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
		case m.isData:
			data++
		case len(m.text) >= 64*1024:
			big++
		}
		if strings.Contains(m.text, "\x00") {
			nul++
		}
		if !utf8.ValidString(m.text) || !utf8.ValidString(m.data) {
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
		if m.isData {
			r = c.pressData(m.data)
		} else {
			r = c.send(m.text)
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
