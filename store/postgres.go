package store

import (
	"context"
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// The store writes its SQL once, with SQLite's ? placeholders. On
// PostgreSQL every connection goes through pgConn, which rewrites ? to $1,
// $2... (outside quotes and comments) before pgx sees a statement, and
// turns the few values PostgreSQL takes differently into what SQLite
// accepted: a bool into 0 or 1 for the INTEGER columns that hold flags,
// and text into valid UTF-8 without NUL bytes, which PostgreSQL's text
// cannot hold (SQLite keeps them; PostgreSQL would refuse the whole row).

// pgConnector opens pgx connections wrapped in pgConn.
type pgConnector struct{ driver.Connector }

func newPGConnector(dsn string) (driver.Connector, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: the PostgreSQL connection string is not valid: %w", err)
	}
	return pgConnector{stdlib.GetConnector(*cfg)}, nil
}

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	pc, ok := conn.(pgxConn)
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("store: unexpected pgx connection type %T", conn)
	}
	return pgConn{pc}, nil
}

// pgxConn is what pgx's database/sql connection does.
type pgxConn interface {
	driver.Conn
	driver.ConnPrepareContext
	driver.ConnBeginTx
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.NamedValueChecker
	driver.SessionResetter
}

type pgConn struct{ pgxConn }

func (c pgConn) Prepare(query string) (driver.Stmt, error) {
	return c.pgxConn.PrepareContext(context.Background(), rebind(query))
}

func (c pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.pgxConn.PrepareContext(ctx, rebind(query))
}

func (c pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.pgxConn.ExecContext(ctx, rebind(query), args)
}

func (c pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.pgxConn.QueryContext(ctx, rebind(query), args)
}

// CheckNamedValue converts what PostgreSQL stores differently; database/sql
// calls it for every argument, prepared or not.
func (c pgConn) CheckNamedValue(nv *driver.NamedValue) error {
	switch v := nv.Value.(type) {
	case bool:
		nv.Value = int64(0)
		if v {
			nv.Value = int64(1)
		}
	case string:
		nv.Value = pgText(v)
	}
	return c.pgxConn.CheckNamedValue(nv)
}

// pgText makes s storable in a PostgreSQL text column: invalid UTF-8 and
// NUL become U+FFFD, so the rest of what the person wrote is kept.
func pgText(s string) string {
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// rebound caches rebind's answers for the statements the store runs
// again and again; statements longer than maxRebound (a sweep's batch,
// a copy's rows, whose lengths vary) are rewritten each time, so the
// cache stays small.
var rebound sync.Map

const maxRebound = 2048

// rebind rewrites ? placeholders to $1, $2... outside quoted text and
// comments.
func rebind(query string) string {
	if q, ok := rebound.Load(query); ok {
		return q.(string)
	}
	if !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		ch := query[i]
		switch {
		case ch == '\'' || ch == '"':
			j := strings.IndexByte(query[i+1:], ch)
			if j < 0 {
				b.WriteString(query[i:])
				i = len(query)
				continue
			}
			b.WriteString(query[i : i+j+2])
			i += j + 1
		case ch == '-' && i+1 < len(query) && query[i+1] == '-':
			j := strings.IndexByte(query[i:], '\n')
			if j < 0 {
				j = len(query) - i - 1
			}
			b.WriteString(query[i : i+j+1])
			i += j
		case ch == '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteByte(ch)
		}
	}
	q := b.String()
	if len(query) <= maxRebound {
		rebound.Store(query, q)
	}
	return q
}
