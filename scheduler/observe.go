package scheduler

import "time"

// Observer counts what the scheduler does, for metrics. It sees platforms,
// kinds and durations only: never a person, a score or any text.
type Observer interface {
	PromptSent(platform, kind string)
	PromptFailed(platform, kind string)
	SweepDone(d time.Duration)
}

type noObserver struct{}

func (noObserver) PromptSent(string, string)   {}
func (noObserver) PromptFailed(string, string) {}
func (noObserver) SweepDone(time.Duration)     {}

// SetObserver installs a metrics observer; call it before Start.
func (s *Scheduler) SetObserver(o Observer) {
	if o != nil {
		s.obs = o
	}
}
