package bench

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bench/internal/benchkit"
	"github.com/checkin-bot/checkin/bench/tglimit"
	"github.com/checkin-bot/checkin/store"
)

const token = "123456:RELIABILITY-token-never-logged"

// replyText is what replying people send; replyMood is the mood in it.
const (
	replyText = "mood 7, slept 6.5h, quality 4"
	replyMood = 7
)

// crowd is the people of a reliability test: some due for a check-in
// prompt (within the catch-up window), others not due, who reply.
type crowd struct {
	driver    string  // "sqlite" or "postgres"
	source    string  // the SQLite file or the PostgreSQL connection string
	path      string  // the SQLite file, for SQLite
	prompted  []int64 // chat ids (= platform ids) of people due for a prompt
	replying  []int64 // chat ids of people who send a reply
	userByID  map[int64]int64
	due       time.Time
	onboarded time.Time
}

// newCrowd makes a database at dir/checkin.db with the store's schema and
// the two groups: prompted people due at due, replying people due a day
// later.
func newCrowd(t *testing.T, dir string, prompted, replying int, due time.Time) *crowd {
	t.Helper()
	path := filepath.Join(dir, "checkin.db")
	c := newCrowdOn(t, "sqlite", path, prompted, replying, due)
	c.path = path
	return c
}

// newCrowdOn is newCrowd on any store: driver and source as for
// store.OpenDriver.
func newCrowdOn(t *testing.T, driver, source string, prompted, replying int, due time.Time) *crowd {
	t.Helper()
	ctx := context.Background()
	c := &crowd{driver: driver, source: source, userByID: map[int64]int64{}, due: due,
		onboarded: due.AddDate(0, 0, -3)}
	s, err := store.OpenDriver(ctx, driver, source)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db := c.open(t)
	for _, g := range []struct {
		first int64
		n     int
		due   time.Time
		chats *[]int64
	}{{1001, prompted, due, &c.prompted}, {5001, replying, due.Add(24 * time.Hour), &c.replying}} {
		ids, err := benchkit.People{First: g.first, N: g.n, Due: g.due, Now: c.onboarded}.Create(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		for i, id := range ids {
			chat := g.first + int64(i)
			*g.chats = append(*g.chats, chat)
			c.userByID[chat] = id
		}
	}
	return c
}

// open opens the crowd's database with the store's settings.
func (c *crowd) open(t *testing.T) *sql.DB {
	t.Helper()
	db, err := store.OpenSQL(c.driver, c.source)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// checkinStates maps each person's store id to the state of their
// check-in ledger rows ("sent", "claimed" …); several rows are joined.
func (c *crowd) checkinStates(t *testing.T, db *sql.DB) map[int64]string {
	t.Helper()
	rows, err := db.Query(`SELECT user_id, state FROM sends WHERE kind = 'checkin' ORDER BY period`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var st string
		if err := rows.Scan(&id, &st); err != nil {
			t.Fatal(err)
		}
		if out[id] != "" {
			st = out[id] + "," + st
		}
		out[id] = st
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// storedReplies is the set of chats whose person has the reply's mood stored.
func (c *crowd) storedReplies(t *testing.T, db *sql.DB) map[int64]bool {
	t.Helper()
	rows, err := db.Query(`SELECT u.platform_id FROM checkins k JOIN users u ON u.id = k.user_id WHERE k.mood = ?`, replyMood)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		chat, _ := strconv.ParseInt(id, 10, 64)
		out[chat] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// byChat groups delivered new messages (not edits) by chat, in order.
func byChat(sends []tglimit.Send) map[int64][]tglimit.Send {
	out := map[int64][]tglimit.Send{}
	for _, s := range sends {
		if strings.HasPrefix(s.Method, "edit") {
			continue
		}
		out[s.Chat] = append(out[s.Chat], s)
	}
	for _, list := range out {
		sort.Slice(list, func(i, j int) bool { return list[i].Seq < list[j].Seq })
	}
	return out
}

// answered reports whether a message is the core's acknowledgement of the reply.
func answered(s tglimit.Send) bool { return strings.Contains(s.Text, "Got it") }

// pushReplies queues one reply update from each chat.
func pushReplies(fake *tglimit.Server, chats []int64) {
	for _, chat := range chats {
		fake.Push(fake.Text(tglimit.Person{ID: chat, Name: "P"}, replyText))
	}
}

// size picks a crowd size: smaller under the race detector.
func size(normal, race int) int {
	if raceEnabled {
		return race
	}
	return normal
}

func chatsString(chats []int64) string {
	if len(chats) > 10 {
		return fmt.Sprint(chats[:10]) + fmt.Sprintf(" and %d more", len(chats)-10)
	}
	return fmt.Sprint(chats)
}
