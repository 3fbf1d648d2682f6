package benchkit

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Machine describes where a figure was measured, for the reports: CPUs,
// CPU model, Go version and the date.
func Machine(now time.Time) string {
	model := "unknown CPU"
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	load := "?"
	if raw, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(raw))[:3], " ")
	}
	// The load average matters: on a shared machine other work takes CPU
	// and delays timers, which shows in every figure.
	return fmt.Sprintf("nproc=%d GOMAXPROCS=%d cpu=%q go=%s %s/%s loadavg=%q date=%s", runtime.NumCPU(),
		runtime.GOMAXPROCS(0), model, runtime.Version(), runtime.GOOS, runtime.GOARCH, load, now.UTC().Format("2006-01-02"))
}

// Mem is a process's memory from /proc/<pid>/status, in bytes.
type Mem struct {
	RSS, HWM int64 // VmRSS (resident now) and VmHWM (resident peak)
}

// ProcMem reads /proc/<pid>/status; pid 0 means this process.
func ProcMem(pid int) (Mem, error) {
	path := "/proc/self/status"
	if pid != 0 {
		path = fmt.Sprintf("/proc/%d/status", pid)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return Mem{}, fmt.Errorf("benchkit: read %s: %w", path, err)
	}
	var m Mem
	for _, line := range strings.Split(string(raw), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		var dst *int64
		switch k {
		case "VmRSS":
			dst = &m.RSS
		case "VmHWM":
			dst = &m.HWM
		default:
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			return Mem{}, fmt.Errorf("benchkit: %s %s: %w", path, k, err)
		}
		*dst = kb << 10
	}
	return m, nil
}

// MB formats bytes as mebibytes with one decimal.
func MB(b int64) string { return strconv.FormatFloat(float64(b)/(1<<20), 'f', 1, 64) + " MB" }
