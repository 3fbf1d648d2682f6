package console

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/checkin-bot/checkin/bot"
)

// Option changes how an Adapter works.
type Option func(*Adapter)

// WithStateFile keeps the options last shown in a small file, so that the
// numbers still work after `checkin chat` is started again. The file
// holds one entry per person at this terminal, readable by its owner only.
func WithStateFile(path string) Option {
	return func(a *Adapter) { a.statePath = path }
}

// shown is what the terminal keeps of the last question with buttons.
type shown struct {
	Text    string         `json:"text"`
	Buttons [][]bot.Button `json:"buttons"`
}

func (a *Adapter) loadShown() (shown, error) {
	all, err := readShown(a.statePath)
	if err != nil {
		return shown{}, err
	}
	return all[a.user], nil
}

// saveShown records the question now shown; the caller holds a.mu.
func (a *Adapter) saveShown(s shown) error {
	if a.statePath == "" {
		return nil
	}
	all, err := readShown(a.statePath)
	if err != nil {
		all = map[string]shown{} // an unreadable file is replaced
	}
	all[a.user] = s
	b, err := json.Marshal(all)
	if err != nil {
		return fmt.Errorf("console: keep the last options: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(a.statePath), ".chat-state-*")
	if err != nil {
		return fmt.Errorf("console: keep the last options: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("console: keep the last options: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("console: keep the last options: %w", err)
	}
	if err := os.Rename(tmp.Name(), a.statePath); err != nil {
		return fmt.Errorf("console: keep the last options: %w", err)
	}
	return nil
}

func readShown(path string) (map[string]shown, error) {
	all := map[string]shown{}
	if path == "" {
		return all, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return all, nil
	}
	if err != nil {
		return nil, fmt.Errorf("console: read %s: %w", path, err)
	}
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, fmt.Errorf("console: read %s: %w", path, err)
	}
	return all, nil
}
