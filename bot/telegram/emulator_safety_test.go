package telegram

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/checkin-bot/checkin/bot"
)

// A new person whose app speaks German, and one whose app speaks a
// language of many countries, write risk words before any setup: through
// the emulator and the real core, the first gets the German lines as a
// guess beside the directory, the second the directory.
func TestEmulatorCrisisLocaleGuess(t *testing.T) {
	emu := startEmulator(t, testToken)
	db := openStore(t)
	logs := &logBuffer{}
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.NewTextHandler(logs, nil)), time.Now)
	emuAdapter(t, emu, core, db, core, logs)

	de := emu.person(5101, "Lena")
	de.lang = "de"
	de.say(t, "ich weiß nicht, i want to die")
	m, i := emu.waitText(t, 0, "You matter")
	for _, w := range []string{"TelefonSeelsorge", "Germany", "findahelpline", "/country"} {
		if !strings.Contains(m.Text, w) {
			t.Errorf("de: the crisis reply lacks %q:\n%s", w, m.Text)
		}
	}
	en := emu.person(5102, "Sam")
	en.lang = "en"
	en.say(t, "i want to die")
	m, _ = emu.waitText(t, i+1, "You matter")
	if m.ChatID != "5102" || !strings.Contains(m.Text, "findahelpline") || strings.Contains(m.Text, "guessed") {
		t.Errorf("en: want the directory and no guess, got (chat %s):\n%s", m.ChatID, m.Text)
	}
}
