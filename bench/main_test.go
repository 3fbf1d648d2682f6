package bench

import (
	"testing"

	"github.com/checkin-bot/checkin/store/pgtest"
)

// TestMain stops the PostgreSQL cluster the multi-instance tests start.
func TestMain(m *testing.M) { pgtest.Main(m) }
