package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/checkin-bot/checkin/store"
)

// openStore opens the configured store.
func (c Config) openStore(ctx context.Context) (*store.DB, error) {
	if c.Database.Driver == "postgres" {
		return store.OpenPostgres(ctx, c.Database.DSN)
	}
	return store.Open(ctx, c.Database.Path)
}

// storeName names the configured store for people, without a password.
func (c Config) storeName() string {
	if c.Database.Driver == "postgres" {
		return "postgres " + store.PostgresName(c.Database.DSN)
	}
	return c.Database.Path
}

// openExisting opens the configured store for a command that reads what
// is there (export, backup, trends, import): a SQLite path with no file
// is a mistake in the config, never a reason to make an empty database.
func (c Config) openExisting(ctx context.Context) (*store.DB, error) {
	if c.Database.Driver != "postgres" {
		_, err := os.Stat(c.Database.Path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no database at %s (check database.path)", c.Database.Path)
		}
		if err != nil {
			return nil, fmt.Errorf("database.path: %w", err)
		}
	}
	return c.openStore(ctx)
}
