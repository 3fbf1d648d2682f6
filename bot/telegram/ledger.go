package telegram

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"time"
)

// updateLedger claims each webhook update for one instance, so that when
// several instances serve one webhook URL (behind a load balancer, on one
// PostgreSQL database) each update is handled once, by whichever instance
// Telegram reached, and an update Telegram delivers again (it retries any
// post that got no 200) is not handled twice. *store.DB satisfies it; the
// adapter uses it in webhook mode when its cursor store has it.
type updateLedger interface {
	ClaimUpdate(ctx context.Context, source string, id int64, owner string, now time.Time, lease time.Duration) (claimed, done bool, err error)
	FinishUpdate(ctx context.Context, source string, id int64, owner string, now time.Time) error
	PurgeUpdates(ctx context.Context, before time.Time, limit int) (int64, error)
}

const (
	// ledgerSource is this adapter's name in the inbound ledger.
	ledgerSource = "telegram"
	// updateLease is how long a claim holds off other instances: longer
	// than any update takes (drain grace included), short enough that an
	// update a dead instance held is handled soon after Telegram's next
	// retry.
	updateLease = 2 * time.Minute
	// updateRetention is how long handled ids are kept: Telegram gives up
	// redelivering an update after 24 hours.
	updateRetention = 48 * time.Hour
	// purgeEvery is how often old ledger rows are deleted.
	purgeEvery = time.Hour
)

// instanceName names this process on its claims: host, pid and a random
// part, so a restarted process never mistakes a dead one's claims for its own.
func instanceName() (string, error) {
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("telegram: name this instance: %w", err)
	}
	host, _ := os.Hostname()
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b)), nil
}

// claim asks the ledger about update id: handle it (true, 0), or answer
// Telegram with status and drop it (false, status).
func (a *Adapter) claim(ctx context.Context, id int64) (bool, int) {
	claimed, done, err := a.ledger.ClaimUpdate(ctx, ledgerSource, id, a.owner, a.now(), updateLease)
	switch {
	case err != nil:
		a.logger.Error("telegram: claim an update", "update_id", id, "err", err)
		return false, 503 // Telegram delivers it again
	case done:
		return false, 200
	case !claimed:
		return false, 503 // held by another delivery now; the retry finds it done
	}
	return true, 0
}

// purgeLedger deletes old ledger rows every purgeEvery until ctx is done.
func (a *Adapter) purgeLedger(ctx context.Context) {
	t := time.NewTicker(purgeEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for {
			n, err := a.ledger.PurgeUpdates(ctx, a.now().Add(-updateRetention), 5000)
			if err != nil {
				if ctx.Err() == nil {
					a.logger.Warn("telegram: purge handled update ids", "err", err)
				}
				break
			}
			if n < 5000 {
				break
			}
		}
	}
}
