package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"
)

// shared is the one cluster of a test binary, started on first use so
// that a run of SQLite-only tests starts nothing.
var shared struct {
	once sync.Once
	srv  *Server
	err  error
	// prepare, when set (MainPrepared), fills a template database once;
	// every test database is then a copy of it.
	prepare func(ctx context.Context, dsn string) error
}

// MainPrepared is Main with every test database a copy of one that
// prepare filled once (say, migrated), which is quicker than preparing
// each. prepare must close its connections before it returns.
func MainPrepared(m *testing.M, prepare func(ctx context.Context, dsn string) error) {
	shared.prepare = prepare
	Main(m)
}

// Main runs a package's tests (call it from TestMain) and stops the
// shared cluster afterwards if a test started it.
func Main(m *testing.M) {
	code := m.Run()
	if shared.srv != nil {
		if err := shared.srv.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
	os.Exit(code)
}

// Shared returns the package's cluster, starting it on first use. Under
// CI=true a missing PostgreSQL fails the test; elsewhere it skips it with
// the reason.
func Shared(t testing.TB) *Server {
	t.Helper()
	shared.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		shared.srv, shared.err = Start(ctx)
		if shared.err == nil && shared.prepare != nil {
			shared.err = shared.srv.makeTemplate(ctx, shared.prepare)
		}
	})
	if shared.err != nil {
		if errors.Is(shared.err, ErrNoServer) && os.Getenv("CI") != "true" {
			t.Skipf("skipping the PostgreSQL backend: %v", shared.err)
		}
		t.Fatalf("start PostgreSQL: %v", shared.err)
	}
	return shared.srv
}

// NewDSN creates a fresh database on the shared cluster for this test and
// drops it when the test ends.
func NewDSN(t testing.TB) string {
	t.Helper()
	srv := Shared(t)
	dsn, err := srv.NewDatabase(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := srv.DropDatabase(context.Background(), dsn); err != nil {
			t.Logf("drop test database: %v", err)
		}
	})
	return dsn
}
