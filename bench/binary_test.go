package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildCheckin compiles the checkin binary into a temporary folder.
func buildCheckin(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "checkin")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/checkin-bot/checkin/cmd/checkin")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeConfig writes a config for `checkin run` against the fake at
// apiURL, with the token taken from the environment.
func writeConfig(t *testing.T, dir string, c *crowd, apiURL string, global float64) string {
	t.Helper()
	path := filepath.Join(dir, "config.yaml")
	database := "  path: " + c.path
	if c.driver == "postgres" {
		// From the environment, as a deployment's would be.
		database = "  driver: postgres\n  dsn: ${CHECKIN_BENCH_DSN}"
		t.Setenv("CHECKIN_BENCH_DSN", c.source)
	}
	cfg := fmt.Sprintf(`database:
%s
log:
  level: info
  format: json
telegram:
  token: ${CHECKIN_BENCH_TOKEN}
  api_url: %s
  poll_timeout: 1s
  timeout: 5s
  rate:
    global: %g
    per_chat: 1
`, database, apiURL, global)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CHECKIN_BENCH_TOKEN", token)
	return path
}

// process is one run of the built binary; its output goes to a log file.
type process struct {
	cmd     *exec.Cmd
	log     string
	started time.Time
	done    chan error
}

func start(t *testing.T, bin, config, logPath string) *process {
	t.Helper()
	f, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "-config", config)
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		f.Close()
		t.Fatal(err)
	}
	p := &process{cmd: cmd, log: logPath, started: time.Now(), done: make(chan error, 1)}
	go func() {
		p.done <- cmd.Wait()
		f.Close()
	}()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return p
}

// kill ends the process with SIGKILL, as a power cut or the OOM killer
// would, and waits until it is gone.
func (p *process) kill(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.done
}

// stop sends SIGTERM and expects a clean exit.
func (p *process) stop(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-p.done:
		if err != nil {
			t.Fatalf("checkin run did not exit cleanly after SIGTERM: %v\n%s", err, p.tail())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("checkin run did not stop within 30 s of SIGTERM\n%s", p.tail())
	}
}

// exited reports whether the process ended on its own, with its error.
func (p *process) exited() (bool, error) {
	select {
	case err := <-p.done:
		p.done <- err
		return true, err
	default:
		return false, nil
	}
}

// tail is the end of the process's log, for failure messages.
func (p *process) tail() string {
	raw, _ := os.ReadFile(p.log)
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if len(lines) > 30 {
		lines = lines[len(lines)-30:]
	}
	return strings.Join(lines, "\n")
}
