package bot_test

import (
	"strings"
	"testing"
	"time"
)

// TestPromptAfterAQuietWeek: after a week with no answers the daily prompt
// offers a pause, kindly; once they answer again it is the usual prompt.
func TestPromptAfterAQuietWeek(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	prompt := func() string {
		t.Helper()
		rs, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin")
		if err != nil || len(rs) == 0 {
			t.Fatalf("prompt: %v %+v", err, rs)
		}
		return rs[0].Text
	}
	h.clk.Set(h.clk.Now().Add(3 * 24 * time.Hour))
	if p := prompt(); strings.Contains(p, "/pause") {
		t.Errorf("three days after setting up, the prompt already offers a pause:\n%s", p)
	}
	h.clk.Set(h.clk.Now().Add(7 * 24 * time.Hour))
	p := prompt()
	if !strings.Contains(p, "/pause 14") || strings.Contains(strings.ToLower(p), "missed") {
		t.Errorf("after a quiet week the prompt should offer a pause without scolding:\n%s", p)
	}
	c.send("/checkin 6 7")
	h.clk.Set(h.clk.Now().Add(24 * time.Hour))
	if p := prompt(); strings.Contains(p, "/pause") {
		t.Errorf("after answering again the prompt still offers a pause:\n%s", p)
	}
}
