//go:build unix

package report

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used (user + system, all
// threads). Benchmarks report it beside wall time because a shared machine
// under load stretches wall time but not the work done.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
