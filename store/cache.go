package store

import (
	"sync"
	"time"
)

// rowCache keeps, for people who wrote recently, the rows every message of
// theirs reads: the person, their dialogue state and one day's check-in.
// A reply then reads nothing from SQLite; it writes through.
//
// Coherence rests on two rules. Every write to those rows goes through
// this store and, after it commits, either updates the cached copy or
// drops it. A row read on a miss is put in only if no write to that
// person committed since the read began: each write stamps the person's
// slot with a new generation, and a read that finds its slot stamped after
// it started is not kept. The cache is per process: one database file is
// served by one `checkin run` (Telegram allows one poller per token, and
// Discord one gateway session per shard, in any case). On PostgreSQL,
// where several instances write the same rows, there is no cache: a nil
// *rowCache misses every read and ignores every write.
type rowCache struct {
	mu    sync.Mutex
	max   int
	byID  map[int64]*cached
	byKey map[userKey]int64
	gen   uint64
	slots [cacheSlots]uint64 // generation of the last write, by id modulo cacheSlots
}

// cacheSlots is how many write stamps are kept; two people share a slot
// only by id modulo this, which at worst costs a miss.
const cacheSlots = 4096

// cacheSize bounds the people kept: about 1 KB each.
const cacheSize = 16384

type userKey struct{ platform, id string }

type cached struct {
	user     User
	dialogue []byte // nil: no dialogue state
	day      string // the day of checkin; "" when none is cached
	checkin  Checkin
	dayFound bool // false: no row for day
}

// newRowCacheFor is the cache an engine gets: none on PostgreSQL, where
// other instances write the same rows.
func newRowCacheFor(d dialect) *rowCache {
	if d.name == pgDialect.name {
		return nil
	}
	return newRowCache(cacheSize)
}

func newRowCache(max int) *rowCache {
	return &rowCache{max: max, byID: make(map[int64]*cached), byKey: make(map[userKey]int64)}
}

// stamp is the generation before a read; keep accepts the read only if
// nothing was written to the person since.
func (c *rowCache) stamp() uint64 {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

func (c *rowCache) written(id int64) {
	c.gen++
	c.slots[uint64(id)%cacheSlots] = c.gen
}

func (c *rowCache) stale(id int64, since uint64) bool {
	return c.slots[uint64(id)%cacheSlots] > since
}

// person returns a copy of the cached person and dialogue state.
func (c *rowCache) person(platform, platformID string) (User, []byte, bool) {
	if c == nil {
		return User{}, nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.byKey[userKey{platform, platformID}]
	if !ok {
		return User{}, nil, false
	}
	e := c.byID[id]
	return e.user, cloneBytes(e.dialogue), true
}

// keepPerson stores what a miss read, unless a write came in between.
func (c *rowCache) keepPerson(u User, dialogue []byte, since uint64) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stale(u.ID, since) {
		return
	}
	if e, ok := c.byID[u.ID]; ok {
		e.user, e.dialogue = u, cloneBytes(dialogue)
		return
	}
	if len(c.byID) >= c.max {
		for id, e := range c.byID { // map order: an arbitrary victim
			c.drop(id, e)
			break
		}
	}
	c.byID[u.ID] = &cached{user: u, dialogue: cloneBytes(dialogue)}
	c.byKey[userKey{u.Platform, u.PlatformID}] = u.ID
}

// checkin returns a copy of the cached row of day: found is false when
// the day is known to have no row; ok is false when it is not cached.
func (c *rowCache) checkin(id int64, day string) (ch Checkin, found, ok bool) {
	if c == nil {
		return Checkin{}, false, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, hit := c.byID[id]
	if !hit || e.day == "" || e.day != day {
		return Checkin{}, false, false
	}
	return e.checkin.clone(), e.dayFound, true
}

// keepCheckin stores a day read on a miss (found false: no row), for a
// person already cached, unless a write came in between.
func (c *rowCache) keepCheckin(id int64, day string, ch Checkin, found bool, since uint64) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byID[id]
	if !ok || c.stale(id, since) {
		return
	}
	e.day, e.checkin, e.dayFound = day, ch.clone(), found
}

// update applies a committed write to the person's cached rows, if any.
func (c *rowCache) update(id int64, f func(*cached)) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.written(id)
	if e, ok := c.byID[id]; ok {
		f(e)
	}
}

// reset drops everything, after rows changed beneath the cache.
func (c *rowCache) reset() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	for i := range c.slots {
		c.slots[i] = c.gen
	}
	c.byID = make(map[int64]*cached)
	c.byKey = make(map[userKey]int64)
}

// forget drops the person after a write the cache does not mirror.
func (c *rowCache) forget(id int64) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.written(id)
	if e, ok := c.byID[id]; ok {
		c.drop(id, e)
	}
}

func (c *rowCache) drop(id int64, e *cached) {
	delete(c.byID, id)
	if c.byKey[userKey{e.user.Platform, e.user.PlatformID}] == id {
		delete(c.byKey, userKey{e.user.Platform, e.user.PlatformID})
	}
}

// mirrored runs write, one of the writes to the cached tables, and then
// mirrors it in the cache with mirror, or forgets the person when write
// failed, all under s.mirror so that the cache sees writes in commit order.
func (s *DB) mirrored(id int64, write func() error, mirror func(*cached)) error {
	s.mirror.Lock()
	defer s.mirror.Unlock()
	if err := write(); err != nil {
		s.rows.forget(id)
		return err
	}
	s.rows.update(id, mirror)
	return nil
}

// setCheckin mirrors a saved day as a read would return it.
func (e *cached) setCheckin(ch *Checkin) {
	c := ch.clone()
	c.CreatedAt, c.UpdatedAt = asStored(c.CreatedAt), asStored(c.UpdatedAt)
	e.day, e.checkin, e.dayFound = ch.Day, c, true
}

// setUser mirrors a saved person as a read would return it: times in whole
// seconds, UTC.
func (e *cached) setUser(u User) {
	for _, t := range []*time.Time{&u.PausedUntil, &u.ConsentAt, &u.OnboardedAt,
		&u.NextCheckin, &u.NextSummary, &u.NextPHQ9, &u.CreatedAt} {
		*t = asStored(*t)
	}
	e.user = u
}

func asStored(t time.Time) time.Time { return fromUnix(unix(t)) }

// cloneBytes copies b; nil stays nil and empty stays empty (nil means no
// dialogue state).
func cloneBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// clone copies c with its own answer values.
func (c Checkin) clone() Checkin {
	c.Mood = clonePtr(c.Mood)
	c.SleepHours = clonePtr(c.SleepHours)
	c.SleepQuality = clonePtr(c.SleepQuality)
	c.Energy = clonePtr(c.Energy)
	c.Interest = clonePtr(c.Interest)
	c.MedTaken = clonePtr(c.MedTaken)
	c.Functioning = clonePtr(c.Functioning)
	return c
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
