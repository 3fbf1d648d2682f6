package bench

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/checkin-bot/checkin/bench/tglimit"
	"github.com/checkin-bot/checkin/store"
	"github.com/checkin-bot/checkin/store/pgtest"
)

const hookSecret = "bench-hook-secret"

// TestInstancesShareOneDatabase runs three checkin processes on one real
// PostgreSQL database, each serving the Telegram webhook behind one URL
// (the test is Telegram and the load balancer: it posts each reply to a
// live instance at random and posts it again, elsewhere, until one
// answers 200). People are due for a prompt; once the fan-out is under
// way one instance is killed with SIGKILL and then started again. It
// checks that
//   - every due prompt went out, and its ledger row says sent;
//   - each went out exactly once, except where the killed instance held
//     its claim at the kill: the platform may have taken the message
//     before the ledger heard (those repeats are counted);
//   - every reply acknowledged with a 200, and every reply the bot
//     answered, is stored;
//   - each reply was answered once, whichever instances it was posted to.
func TestInstancesShareOneDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs three instances on PostgreSQL")
	}
	dsn := pgtest.NewDSN(t)
	bin := buildCheckin(t)
	dir := t.TempDir()
	c := newCrowdOn(t, "postgres", dsn, 90, 45, time.Now().UTC().Add(-10*time.Minute).Truncate(time.Minute))
	raw := c.open(t)
	// Telegram's limit is the bot's: the three instances share it.
	fake := tglimit.New(tglimit.Config{Token: token, Global: 24, PerChat: 1, Record: true})
	defer fake.Close()
	t.Setenv("CHECKIN_BENCH_TOKEN", token)
	t.Setenv("CHECKIN_BENCH_DSN", dsn)

	const n = 3
	ports := freePorts(t, n)
	configs := make([]string, n)
	for i := range configs {
		configs[i] = writeInstanceConfig(t, dir, i, fake.URL, ports[i], 24.0/n)
	}
	lb := newBalancer(ports)
	procs := make([]*process, n)
	owners := make([]string, n)
	for i := range procs {
		procs[i] = start(t, bin, configs[i], filepath.Join(dir, fmt.Sprintf("instance%d.log", i)))
	}
	for i := range procs {
		owners[i] = schedulerOwner(t, procs[i])
	}

	// Replies arrive throughout, through the balancer.
	updates := make([]tgbotapi.Update, len(c.replying))
	for i, chat := range c.replying {
		updates[i] = fake.Text(tglimit.Person{ID: chat, Name: "P"}, replyText)
		updates[i].UpdateID = 100000 + i
	}
	deliveries := make(chan struct{})
	go func() {
		defer close(deliveries)
		lb.deliverAll(t, updates, 60*time.Second)
	}()

	// Mid-fan-out: some prompts are out, not all.
	if !fake.WaitSends(20*time.Second, 15) {
		t.Fatalf("the fan-out did not start within 20 s; fake %+v\n%s", fake.Stats(), procs[0].tail())
	}
	victim := busiest(t, raw, owners)
	lb.down(victim)
	pid := procs[victim].cmd.Process.Pid
	procs[victim].kill(t)
	atKill := fake.Stats().Sends
	heldAtKill := map[int64]bool{}
	rows, err := raw.Query(`SELECT user_id FROM sends WHERE state = ? AND owner = ?`, store.SendClaimed, owners[victim])
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		heldAtKill[id] = true
	}
	rows.Close()
	// The updates it held: it may have answered one before the kill and
	// not lived to mark it done, so another instance answers it again.
	inFlight := map[int64]bool{}
	victimUpdates := fmt.Sprintf("%%-%d-%%", pid)
	rows, err = raw.Query(`SELECT id FROM updates WHERE done_at = 0 AND owner LIKE ?`, victimUpdates)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		inFlight[int64(c.replying[id-100000])] = true
	}
	rows.Close()
	t.Logf("killed instance %d after %d messages; it held %d prompt claims and %d updates", victim, atKill,
		len(heldAtKill), len(inFlight))
	answeredAreStored(t, c, raw, fake, "after the kill")
	// Its claims are recovered once their leases run out (five minutes for
	// prompts, two for updates): age them by that much instead of
	// waiting, as if the restart and Telegram's retries came late.
	if _, err := raw.Exec(`UPDATE sends SET claimed_at = claimed_at - 600 WHERE state = ? AND owner = ?`,
		store.SendClaimed, owners[victim]); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE updates SET claimed_at = claimed_at - 600 WHERE done_at = 0 AND owner LIKE ?`,
		victimUpdates); err != nil {
		t.Fatal(err)
	}
	procs[victim] = start(t, bin, configs[victim], filepath.Join(dir, fmt.Sprintf("instance%d-restart.log", victim)))
	schedulerOwner(t, procs[victim])
	lb.up(victim)

	deadline := time.Now().Add(60 * time.Second)
	for !allDelivered(t, c, raw, fake) {
		if time.Now().After(deadline) {
			t.Fatalf("not everything owed was delivered within 60 s: %s; fake %+v\n%s", owed(t, c, raw, fake), fake.Stats(), procs[victim].tail())
		}
		for i, p := range procs {
			if ended, err := p.exited(); ended {
				t.Fatalf("instance %d ended by itself: %v\n%s", i, err, p.tail())
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	<-deliveries
	for _, p := range procs {
		p.stop(t)
	}
	answeredAreStored(t, c, raw, fake, "at the end")
	stored := c.storedReplies(t, raw)
	for _, id := range lb.acked() {
		if !stored[id] {
			t.Errorf("chat %d: its reply was acknowledged with 200 but is not stored", id)
		}
	}

	states := c.checkinStates(t, raw)
	for _, chat := range c.prompted {
		if st := states[c.userByID[chat]]; st != store.SendSent {
			t.Errorf("chat %d: check-in ledger %q, want one row, sent", chat, st)
		}
	}
	chats := byChat(fake.Sends())
	repeats := 0
	for _, chat := range c.prompted {
		prompts := 0
		for _, s := range chats[chat] {
			if !answered(s) {
				prompts++
			}
		}
		switch {
		case prompts == 0:
			t.Errorf("chat %d: no prompt", chat)
		case prompts > 1 && !heldAtKill[c.userByID[chat]]:
			t.Errorf("chat %d: %d prompts, and no killed instance held its claim", chat, prompts)
		case prompts > 1:
			repeats += prompts - 1
		}
	}
	answerRepeats := 0
	for _, chat := range c.replying {
		switch got := countAnswers(chats[chat]); {
		case got == 0:
			t.Errorf("chat %d: its reply was not answered", chat)
		case got > 1 && !inFlight[chat]:
			t.Errorf("chat %d: its reply was answered %d times, and no killed instance held it", chat, got)
		case got > 1:
			answerRepeats += got - 1
		}
	}
	for i, p := range procs {
		raw, _ := os.ReadFile(p.log)
		for _, secret := range []string{token, replyText, hookSecret, "dbname="} {
			if strings.Contains(string(raw), secret) {
				t.Errorf("instance %d logged %q", i, secret)
			}
		}
	}
	st := fake.Stats()
	t.Logf("%d messages delivered, %d refused by the limits; %d replies posted %d times; prompts repeated %d times and answers %d times, each held by the killed instance",
		st.Sends, st.Limited, len(updates), lb.posts(), repeats, answerRepeats)
}

// owed says what is still owed, for failure messages.
func owed(t *testing.T, c *crowd, raw *sql.DB, fake *tglimit.Server) string {
	t.Helper()
	states := c.checkinStates(t, raw)
	var unsent, unstored, unanswered []string
	for _, chat := range c.prompted {
		if st := states[c.userByID[chat]]; st != store.SendSent {
			unsent = append(unsent, fmt.Sprintf("%d:%q", chat, st))
		}
	}
	stored := c.storedReplies(t, raw)
	answers := byChat(fake.Sends())
	for _, chat := range c.replying {
		if !stored[chat] {
			unstored = append(unstored, fmt.Sprint(chat))
		}
		if countAnswers(answers[chat]) == 0 {
			unanswered = append(unanswered, fmt.Sprint(chat))
		}
	}
	return fmt.Sprintf("prompts not sent %v; replies not stored %v; replies not answered %v", unsent, unstored, unanswered)
}

// busiest is the instance holding the most claims now (the one to kill
// mid-fan-out).
func busiest(t *testing.T, raw *sql.DB, owners []string) int {
	t.Helper()
	best, most := 0, -1
	for i, o := range owners {
		var n int
		if err := raw.QueryRow(`SELECT COUNT(*) FROM sends WHERE state = ? AND owner = ?`, store.SendClaimed, o).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > most {
			best, most = i, n
		}
	}
	return best
}

func countAnswers(sends []tglimit.Send) int {
	n := 0
	for _, s := range sends {
		if answered(s) {
			n++
		}
	}
	return n
}

// writeInstanceConfig writes instance i's config: the shared database and
// webhook URL, its own webhook port, its share of the send rate.
func writeInstanceConfig(t *testing.T, dir string, i int, apiURL string, port int, global float64) string {
	t.Helper()
	path := filepath.Join(dir, fmt.Sprintf("instance%d.yaml", i))
	cfg := fmt.Sprintf(`database:
  driver: postgres
  dsn: ${CHECKIN_BENCH_DSN}
log:
  level: info
  format: json
telegram:
  token: ${CHECKIN_BENCH_TOKEN}
  api_url: %s
  timeout: 5s
  rate:
    global: %g
    per_chat: 1
  webhook:
    url: https://checkin.example/tg/hook
    secret: %s
    listen: 127.0.0.1:%d
`, apiURL, global, hookSecret, port)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// schedulerOwner waits for the process to log its scheduler's owner name.
func schedulerOwner(t *testing.T, p *process) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		raw, _ := os.ReadFile(p.log)
		for _, line := range strings.Split(string(raw), "\n") {
			var rec struct {
				Msg   string `json:"msg"`
				Owner string `json:"owner"`
			}
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "scheduler: starting" && rec.Owner != "" {
				return rec.Owner
			}
		}
		if ended, err := p.exited(); ended {
			t.Fatalf("instance ended at start: %v\n%s", err, p.tail())
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no scheduler owner logged within 30 s\n%s", p.tail())
	return ""
}
