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

// Thirty messages sent back to back through the emulator, at Telegram's
// real pace of one message a second per chat, mixing check-in answers,
// unclear text, notes, commands and six risk messages (during a check-in
// step, while a note offer waits, three in a row, in a one-line check-in):
// every risk message gets its own crisis reply within 2 s of being sent,
// ahead of the twenty-odd replies still queued for the chat, and every
// message is answered.
func TestEmulatorRiskRepliesJumpTheQueue(t *testing.T) {
	emu := startEmulator(t, testToken)
	db := openStore(t)
	logs := &logBuffer{}
	core := bot.New(db, bot.DefaultConfig(), slog.New(slog.NewTextHandler(logs, nil)), time.Now)
	emuAdapterRate(t, emu, core, db, core, logs, 1)
	kim := emu.person(5201, "Kim")

	// Set up first, as a new person would.
	kim.say(t, "/start")
	welcome, i := emu.waitText(t, 0, "checkin")
	kim.press(t, welcome, welcome.labels()[0])
	_, i = emu.waitText(t, i+1, "time zone")
	kim.say(t, "UTC")
	_, i = emu.waitText(t, i+1, "What time")
	kim.say(t, "21:00")
	_, i = emu.waitText(t, i+1, "country")
	kim.say(t, "GB")
	_, i = emu.waitText(t, i+1, "All set")
	before := len(emu.history(t))

	msgs := []string{
		"/checkin", "6", "i want to die", "7", "3", "skip",
		"the bus was so late today", "honestly i want to kill myself", "/history", "mood 5, slept 6h",
		"i dont want to wake up tomorrow", "i want to die", "thinking of ending it all",
		"hello", "what is this", "/help", "slept 7 hours", "/crisis",
		"/checkin 4 6 i want to die", "ok", "thanks", "mood 6",
		"blah blah", "feeling tired", "/name Kim", "energy 4", "skip",
		"i feel a bit better", "no", "good night",
	}
	if len(msgs) != 30 {
		t.Fatalf("%d messages, want 30", len(msgs))
	}
	var sent []time.Time // when each risk message was sent
	for _, m := range msgs {
		if strings.Contains(m, "die") || strings.Contains(m, "kill myself") || strings.Contains(m, "wake up") || strings.Contains(m, "ending it") {
			sent = append(sent, time.Now())
		}
		kim.say(t, m)
	}

	// Watch the bot's messages: when each crisis reply first appears.
	var seen []time.Time
	ids := map[int]bool{}
	deadline := time.Now().Add(15 * time.Second)
	for len(seen) < len(sent) && time.Now().Before(deadline) {
		for _, m := range emu.history(t)[before:] {
			if strings.Contains(m.Text, "You matter") && !ids[m.ID] {
				ids[m.ID] = true
				seen = append(seen, time.Now())
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if len(seen) != len(sent) {
		t.Fatalf("%d crisis replies for %d risk messages", len(seen), len(sent))
	}
	for k := range sent {
		lat := seen[k].Sub(sent[k])
		t.Logf("risk message %d: crisis reply after %v", k+1, lat.Round(time.Millisecond))
		if lat >= 2*time.Second {
			t.Errorf("risk message %d: crisis reply after %v, want under 2 s", k+1, lat)
		}
	}

	// Everything else is still answered, in its turn.
	var h []botMessage
	waitFor := time.Now().Add(60 * time.Second)
	for {
		h = emu.history(t)[before:]
		if len(h) >= len(msgs) || time.Now().After(waitFor) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(h) < len(msgs) {
		t.Errorf("%d replies to %d messages: some went unanswered", len(h), len(msgs))
	}
	if n := strings.Count(logs.String(), "not delivered"); n > 0 {
		t.Errorf("%d replies not delivered:\n%s", n, logs)
	}
}
