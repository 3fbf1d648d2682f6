// Package pgtest runs a throwaway PostgreSQL cluster for tests: initdb in a
// temp dir, pg_ctl start on a Unix socket in that dir (no TCP port to
// collide with), a fresh database per test, and pg_ctl stop with the dir
// removed at the end. One cluster serves a whole test package (see Main).
//
// initdb and postgres refuse to run as root; as root the cluster runs as
// the postgres system user the Debian package creates (or nobody), with
// the temp dir handed to that user.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// ErrNoServer is returned by Start when no PostgreSQL binaries are found.
var ErrNoServer = errors.New("pgtest: PostgreSQL not found: install it (Debian: apt-get install postgresql) or put initdb and pg_ctl on PATH")

// Server is one running throwaway cluster.
type Server struct {
	dir     string // data directory and socket directory
	bin     string // directory of initdb, pg_ctl, postgres
	cred    *syscall.Credential
	admin   *sql.DB
	tmpl    string // the database new ones copy
	next    atomic.Int64
	stopMu  sync.Mutex
	stopped bool
}

// BinDir finds the directory holding initdb, pg_ctl and postgres: on PATH,
// or where Debian puts them (/usr/lib/postgresql/<version>/bin, newest first).
func BinDir() (string, error) {
	has := func(dir string) bool {
		for _, b := range []string{"initdb", "pg_ctl", "postgres"} {
			if st, err := os.Stat(filepath.Join(dir, b)); err != nil || st.IsDir() {
				return false
			}
		}
		return true
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil && has(filepath.Dir(real)) {
			return filepath.Dir(real), nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if has(d) {
			return d, nil
		}
	}
	return "", ErrNoServer
}

func version(binDir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return v
}

// Start creates and starts a cluster for tests: no fsync, little memory.
// Stop it with Stop.
func Start(ctx context.Context) (*Server, error) {
	return start(ctx, []string{"-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
		"-c shared_buffers=16MB", "-c autovacuum=off"})
}

// StartDurable starts a cluster for benchmarks, as durable as the SQLite
// store: every write reaches the disk (fsync on), and like SQLite's WAL
// with synchronous=NORMAL a commit returns before its log is flushed, so
// a power cut may lose the last transactions but never corrupts.
func StartDurable(ctx context.Context) (*Server, error) {
	return start(ctx, []string{"-c synchronous_commit=off", "-c shared_buffers=128MB"})
}

func start(ctx context.Context, settings []string) (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	// A short path: the socket's full name must fit in 107 bytes.
	dir, err := os.MkdirTemp("", "pgt")
	if err != nil {
		return nil, fmt.Errorf("pgtest: temp dir: %w", err)
	}
	s := &Server{dir: dir, bin: bin, tmpl: "template0"}
	if os.Geteuid() == 0 {
		cred, err := unprivileged()
		if err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		s.cred = cred
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("pgtest: hand %s to the server's user: %w", dir, err)
		}
	}
	if err := s.run(ctx, "initdb", "-D", s.data(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
		"--locale=C", "--no-sync", "--no-instructions"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// Lean settings: tests need no durability, and the machine is shared.
	opts := strings.Join(append([]string{"-c listen_addresses=''", "-k " + dir,
		"-c max_connections=200", "-c max_wal_size=256MB"}, settings...), " ")
	if err := s.run(ctx, "pg_ctl", "start", "-w", "-t", "60", "-D", s.data(), "-l", filepath.Join(dir, "log"),
		"-o", opts); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w\n%s", err, log)
	}
	admin, err := sql.Open("pgx", s.DSN("postgres"))
	if err != nil {
		s.Stop()
		return nil, fmt.Errorf("pgtest: connect: %w", err)
	}
	admin.SetMaxOpenConns(2)
	s.admin = admin
	if err := admin.PingContext(ctx); err != nil {
		s.Stop()
		return nil, fmt.Errorf("pgtest: connect: %w", err)
	}
	return s, nil
}

// unprivileged is the user the cluster runs as when tests run as root.
func unprivileged() (*syscall.Credential, error) {
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), NoSetGroups: true}, nil
	}
	return nil, errors.New("pgtest: running as root and neither a postgres nor a nobody user exists to run PostgreSQL as")
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }

// run runs one of the server's programs as the server's user.
func (s *Server) run(ctx context.Context, prog string, args ...string) error {
	cmd := exec.CommandContext(ctx, filepath.Join(s.bin, prog), args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("pgtest: %s: %w\n%s", prog, err, out)
	}
	return nil
}

// DSN is the connection string of database name on this cluster.
func (s *Server) DSN(name string) string {
	return fmt.Sprintf("host=%s port=5432 user=postgres dbname=%s sslmode=disable", s.dir, name)
}

// NewDatabase creates an empty database and returns its connection string.
func (s *Server) NewDatabase(ctx context.Context) (string, error) {
	name := fmt.Sprintf("t%d_%d", os.Getpid(), s.next.Add(1))
	if _, err := s.admin.ExecContext(ctx, `CREATE DATABASE `+name+` TEMPLATE `+s.tmpl); err != nil {
		return "", fmt.Errorf("pgtest: create database: %w", err)
	}
	return s.DSN(name), nil
}

// makeTemplate creates a database, lets prepare fill it, and makes it the
// template of the databases NewDatabase creates from then on.
func (s *Server) makeTemplate(ctx context.Context, prepare func(ctx context.Context, dsn string) error) error {
	dsn, err := s.NewDatabase(ctx)
	if err != nil {
		return err
	}
	if err := prepare(ctx, dsn); err != nil {
		return fmt.Errorf("pgtest: prepare the template database: %w", err)
	}
	i := strings.Index(dsn, "dbname=")
	s.tmpl, _, _ = strings.Cut(dsn[i+len("dbname="):], " ")
	return nil
}

// CopyDatabase creates a new database as a copy of the one at dsn (which
// must have no open connections) and returns its connection string.
func (s *Server) CopyDatabase(ctx context.Context, dsn string) (string, error) {
	i := strings.Index(dsn, "dbname=")
	if i < 0 {
		return "", fmt.Errorf("pgtest: no dbname in %q", dsn)
	}
	from, _, _ := strings.Cut(dsn[i+len("dbname="):], " ")
	name := fmt.Sprintf("t%d_%d", os.Getpid(), s.next.Add(1))
	if _, err := s.admin.ExecContext(ctx, `CREATE DATABASE `+name+` TEMPLATE `+from); err != nil {
		return "", fmt.Errorf("pgtest: copy database: %w", err)
	}
	return s.DSN(name), nil
}

// DropDatabase removes a database made by NewDatabase, ending its sessions.
func (s *Server) DropDatabase(ctx context.Context, dsn string) error {
	i := strings.Index(dsn, "dbname=")
	if i < 0 {
		return fmt.Errorf("pgtest: no dbname in %q", dsn)
	}
	name, _, _ := strings.Cut(dsn[i+len("dbname="):], " ")
	_, err := s.admin.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`)
	return err
}

// Stop stops the cluster and removes its directory. It is safe to call
// more than once.
func (s *Server) Stop() error {
	s.stopMu.Lock()
	defer s.stopMu.Unlock()
	if s.stopped {
		return nil
	}
	s.stopped = true
	if s.admin != nil {
		s.admin.Close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err := s.run(ctx, "pg_ctl", "stop", "-w", "-m", "immediate", "-D", s.data())
	return errors.Join(err, os.RemoveAll(s.dir))
}
