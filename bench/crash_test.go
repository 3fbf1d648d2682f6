package bench

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bench/tglimit"
	"github.com/checkin-bot/checkin/store"
	"github.com/checkin-bot/checkin/store/pgtest"
)

// kills is how many times the crash test kills the binary before the
// run that is let finish.
const kills = 5

// TestCrashKillsLoseNothing runs the built binary against a fake Bot API
// that enforces Telegram's limits, with people due for a prompt (due ten
// minutes ago, inside the catch-up window) and others replying in waves,
// and kills it with SIGKILL at random moments five times before letting a
// last run finish. It checks that
//   - after every kill, every reply the bot had answered is stored;
//   - every prompt due went out, and its ledger row says sent;
//   - a prompt (or a reply's answer) reached a chat twice only where the
//     first copy's answer was lost: the process was killed before it
//     recorded the send (its ledger row was still claimed at the kill), or
//     the answer never reached it. Those repeats are counted.
//
// It runs on each engine: a SQLite file, and a PostgreSQL database.
//
// The seed of the kill moments is logged; CHECKIN_CRASH_SEED repeats a run.
func TestCrashKillsLoseNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it five times")
	}
	bin := buildCheckin(t)
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) { crashKills(t, bin, driver) })
	}
}

func crashKills(t *testing.T, bin, driver string) {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("CHECKIN_CRASH_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("seed %d (CHECKIN_CRASH_SEED=%d repeats this run)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 0))

	dir := t.TempDir()
	due := time.Now().UTC().Add(-10 * time.Minute).Truncate(time.Minute)
	var c *crowd
	if driver == "postgres" {
		c = newCrowdOn(t, driver, pgtest.NewDSN(t), 60, 60, due)
	} else {
		c = newCrowd(t, dir, 60, 60, due)
	}
	raw := c.open(t)
	fake := tglimit.New(tglimit.Config{Token: token, Global: 20, PerChat: 1, Record: true})
	defer fake.Close()
	config := writeConfig(t, dir, c, fake.URL, 20)

	waves := make([][]int64, kills+1)
	for i, chat := range c.replying {
		waves[i%len(waves)] = append(waves[i%len(waves)], chat)
	}
	var starts []time.Time
	claimedAtKill := make([]map[int64]bool, kills) // store ids with an unconfirmed check-in claim
	var logs []*process
	// The killed processes' claims are recovered once their five-minute
	// lease runs out. Before some restarts (at random) and before the last,
	// age them by that much instead of waiting, as if the restart came late.
	ageClaims := func() {
		if _, err := raw.Exec(`UPDATE sends SET claimed_at = claimed_at - 600 WHERE state = 'claimed'`); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < kills; i++ {
		if i > 0 && rng.IntN(2) == 0 {
			ageClaims()
			t.Logf("run %d starts after the lease of the earlier claims", i+1)
		}
		p := start(t, bin, config, filepath.Join(dir, fmt.Sprintf("run%d.log", i+1)))
		logs = append(logs, p)
		starts = append(starts, p.started)
		life := time.Duration(300+rng.IntN(1700)) * time.Millisecond
		push := time.Duration(rng.Int64N(int64(life)))
		time.Sleep(push)
		pushReplies(fake, waves[i])
		time.Sleep(life - push)
		if ended, err := p.exited(); ended {
			t.Fatalf("run %d ended by itself: %v\n%s", i+1, err, p.tail())
		}
		p.kill(t)
		answeredAreStored(t, c, raw, fake, fmt.Sprintf("after kill %d", i+1))
		claimedAtKill[i] = map[int64]bool{}
		for id, st := range c.checkinStates(t, raw) {
			if strings.Contains(st, store.SendClaimed) {
				claimedAtKill[i][id] = true
			}
		}
		t.Logf("kill %d after %s: %d messages delivered so far, %d check-ins claimed and unconfirmed",
			i+1, life, fake.Stats().Sends, len(claimedAtKill[i]))
	}

	ageClaims()
	last := start(t, bin, config, filepath.Join(dir, "final.log"))
	logs = append(logs, last)
	starts = append(starts, last.started)
	pushReplies(fake, waves[kills])
	deadline := time.Now().Add(45 * time.Second)
	for !allDelivered(t, c, raw, fake) {
		if time.Now().After(deadline) {
			t.Fatalf("the last run did not deliver everything owed within 45 s; fake %+v\n%s", fake.Stats(), last.tail())
		}
		if ended, err := last.exited(); ended {
			t.Fatalf("the last run ended by itself: %v\n%s", err, last.tail())
		}
		time.Sleep(100 * time.Millisecond)
	}
	last.stop(t)
	answeredAreStored(t, c, raw, fake, "at the end")

	states := c.checkinStates(t, raw)
	for _, chat := range c.prompted {
		if st := states[c.userByID[chat]]; st != store.SendSent {
			t.Errorf("chat %d: check-in ledger %q, want one row, sent", chat, st)
		}
	}
	run := func(s tglimit.Send) int {
		r := 0
		for i, at := range starts {
			if !s.At.Before(at) {
				r = i
			}
		}
		return r
	}
	chats := byChat(fake.Sends())
	promptRepeats := crashRepeats(t, "prompt", c.prompted, chats, func(tglimit.Send) bool { return true },
		func(chat int64, s tglimit.Send) bool {
			r := run(s)
			return s.Lost || (r < kills && claimedAtKill[r][c.userByID[chat]])
		})
	// An update is handled again after a restart when the kill came before
	// its cursor was stored: its answer may then go twice, across a kill.
	answerRepeats := crashRepeats(t, "answer", c.replying, chats, answered,
		func(_ int64, s tglimit.Send) bool { return s.Lost || run(s) < kills })
	for i, p := range logs {
		raw, _ := os.ReadFile(p.log)
		for _, secret := range []string{token, replyText} {
			if strings.Contains(string(raw), secret) {
				t.Errorf("run %d logged %q", i+1, secret)
			}
		}
	}
	st := fake.Stats()
	t.Logf("%d messages delivered, %d edits, %d refused by the limits; prompts repeated %d times, answers %d times, each after a kill",
		st.Sends, st.Edits, st.Limited, promptRepeats, answerRepeats)
}

// answeredAreStored checks that every chat the bot acknowledged a reply in
// has that reply in the database.
func answeredAreStored(t *testing.T, c *crowd, db *sql.DB, fake *tglimit.Server, when string) {
	t.Helper()
	stored := c.storedReplies(t, db)
	var lost []int64
	for _, s := range fake.Sends() {
		if answered(s) && !stored[s.Chat] {
			lost = append(lost, s.Chat)
		}
	}
	if len(lost) > 0 {
		t.Fatalf("%s: the bot answered replies that are not stored, chats %s", when, chatsString(lost))
	}
}

// allDelivered reports whether every prompt is confirmed sent and every
// reply stored and answered.
func allDelivered(t *testing.T, c *crowd, db *sql.DB, fake *tglimit.Server) bool {
	t.Helper()
	states := c.checkinStates(t, db)
	for _, chat := range c.prompted {
		if states[c.userByID[chat]] != store.SendSent {
			return false
		}
	}
	return len(c.storedReplies(t, db)) == len(c.replying) && answeredAll(fake, c.replying)
}

// crashRepeats checks that each chat got its message (is) and that every
// copy before the last is excused (its answer was lost to a kill or
// otherwise), and returns the number of repeats.
func crashRepeats(t *testing.T, what string, chats []int64, sent map[int64][]tglimit.Send,
	is func(tglimit.Send) bool, excused func(int64, tglimit.Send) bool) int {
	t.Helper()
	repeats := 0
	var missing []int64
	for _, chat := range chats {
		var copies []tglimit.Send
		for _, s := range sent[chat] {
			if is(s) {
				copies = append(copies, s)
			}
		}
		if len(copies) == 0 {
			missing = append(missing, chat)
			continue
		}
		for _, s := range copies[:len(copies)-1] {
			repeats++
			if !excused(chat, s) {
				t.Errorf("chat %d got the %s %d times; copy %d (at %s) was answered and recorded, yet sent again",
					chat, what, len(copies), s.Seq, s.At.Format("15:04:05.000"))
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d chats never got their %s: %s", len(missing), what, chatsString(missing))
	}
	return repeats
}
