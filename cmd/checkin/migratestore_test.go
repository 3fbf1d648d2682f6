package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/checkin-bot/checkin/store/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// A deployment's SQLite file copied to PostgreSQL exports the same, as
// JSON (every stored field) and as CSV; a second copy into the filled
// database is refused unless forced.
func TestMigrateStoreToPostgres(t *testing.T) {
	config, dbPath := seed(t)
	dsn := pgtest.NewDSN(t)
	t.Setenv("CHECKIN_TEST_DSN", dsn)
	pgConfig := filepath.Join(t.TempDir(), "pg.yaml")
	if err := os.WriteFile(pgConfig, []byte("database:\n  driver: postgres\n  dsn: ${CHECKIN_TEST_DSN}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "migrate-store", "-from", "sqlite:"+dbPath, "-to", "postgres:"+dsn)
	if code != 0 {
		t.Fatalf("migrate-store: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "users 2") || !strings.Contains(out, "checkins 2") {
		t.Errorf("migrate-store said %q, want the rows copied per table", out)
	}
	if strings.Contains(out, "dbname=") {
		t.Errorf("migrate-store printed the connection string: %q", out)
	}
	for _, format := range []string{"json", "csv"} {
		_, before, _ := runCLI(t, "export", "-config", config, "-format", format)
		code, after, errOut := runCLI(t, "export", "-config", pgConfig, "-format", format)
		if code != 0 {
			t.Fatalf("export from PostgreSQL: exit %d: %s", code, errOut)
		}
		if before != after || !strings.Contains(after, "alpha note") {
			t.Errorf("%s export differs after the copy:\nSQLite %s\nPostgreSQL %s", format, before, after)
		}
	}
	code, _, errOut = runCLI(t, "migrate-store", "-from", "sqlite:"+dbPath, "-to", "postgres:"+dsn)
	if code == 0 || !strings.Contains(errOut, "already holds data") || !strings.Contains(errOut, "force") {
		t.Errorf("a second copy into the filled database: exit %d, %q; want a refusal that mentions -force", code, errOut)
	}
	if code, _, errOut := runCLI(t, "migrate-store", "-from", "sqlite:"+dbPath, "-to", "postgres:"+dsn, "-force"); code != 0 {
		t.Errorf("forced copy: exit %d: %s", code, errOut)
	}
	// And back: PostgreSQL to a new SQLite file exports the same too.
	back := filepath.Join(t.TempDir(), "back.db")
	if code, _, errOut := runCLI(t, "migrate-store", "-from", "postgres:"+dsn, "-to", "sqlite:"+back); code != 0 {
		t.Fatalf("copy back: exit %d: %s", code, errOut)
	}
	backConfig := filepath.Join(t.TempDir(), "back.yaml")
	os.WriteFile(backConfig, []byte("database:\n  path: "+back+"\n"), 0o600)
	_, before, _ := runCLI(t, "export", "-config", config, "-format", "json")
	if _, after, _ := runCLI(t, "export", "-config", backConfig, "-format", "json"); before != after {
		t.Errorf("copied back, the export differs:\nbefore %s\nafter %s", before, after)
	}
}

func TestMigrateStoreMistakes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no flags", nil, "needs -from and -to"},
		{"unknown engine", []string{"-from", "mysql:x", "-to", "sqlite:y"}, "use sqlite:FILE or postgres:DSN"},
		{"no file", []string{"-from", "sqlite:", "-to", "sqlite:y"}, "name the SQLite file"},
		{"missing file", []string{"-from", "sqlite:" + filepath.Join(t.TempDir(), "none.db"), "-to", "sqlite:y"}, "no such file"},
		{"same store", []string{"-from", "sqlite:a.db", "-to", "sqlite:a.db"}, "same store"},
		{"bad dsn", []string{"-from", "sqlite:a.db", "-to", "postgres://u:p@h:notaport/db"}, "-to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, append([]string{"migrate-store"}, tt.args...)...)
			if code == 0 || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, %q; want a failure saying %q", code, errOut, tt.want)
			}
			if strings.Contains(errOut, ":p@") {
				t.Errorf("the password was printed: %q", errOut)
			}
		})
	}
}
