package main

import (
	"os"
	"testing"
)

// FuzzConfig feeds arbitrary bytes to the config loader: it must never
// panic, and whatever it accepts must validate.
func FuzzConfig(f *testing.F) {
	if b, err := os.ReadFile("../../config.example.yaml"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{"", "database:\n  path: x.db\n", "checkin: [", "telegram:\n  token: ${X}\n", "a: &a [*a]",
		"scheduler:\n  catch_up: 99999999999h\n", "trend:\n  sleep_days: -1\n", "crisis_lines:\n  countries:\n    US: {}\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		c, err := parseConfig(raw, func(string) string { return "v" })
		if err == nil {
			if verr := c.Validate(); verr != nil {
				t.Fatalf("accepted a config that does not validate: %v", verr)
			}
		}
	})
}
