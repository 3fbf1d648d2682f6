package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/store"
)

// backupLoop makes one backup a day (the first soon after start when today's
// is missing) and keeps the newest keep copies.
func backupLoop(ctx context.Context, db *store.DB, dir string, keep int, log *slog.Logger, now func() time.Time) {
	for {
		if err := dailyBackup(ctx, db, dir, keep, now()); err != nil {
			log.Error("daily backup failed", "dir", dir, "err", err)
		}
		t := time.NewTimer(time.Hour)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// dailyBackup writes checkin-YYYY-MM-DD.db into dir unless it exists, then
// removes all but the newest keep copies.
func dailyBackup(ctx context.Context, db *store.DB, dir string, keep int, now time.Time) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	path := filepath.Join(dir, "checkin-"+now.UTC().Format("2006-01-02")+".db")
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".tmp"
		_ = os.Remove(tmp)
		if err := db.Backup(ctx, tmp); err != nil {
			return err
		}
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("backup: %w", err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "checkin-") && strings.HasSuffix(e.Name(), ".db") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for len(names) > keep {
		if err := os.Remove(filepath.Join(dir, names[0])); err != nil {
			return fmt.Errorf("backup: prune: %w", err)
		}
		names = names[1:]
	}
	return nil
}
