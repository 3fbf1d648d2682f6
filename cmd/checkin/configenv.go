package main

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// unsetVar is a ${NAME} the config uses that the environment left empty,
// with the key whose value it was in.
type unsetVar struct {
	Name, Key string
}

// expandEnv replaces ${VAR} inside scalar values (never keys or
// structure) and returns the references that were not set.
func expandEnv(root *yaml.Node, getenv func(string) string) []unsetVar {
	var unset []unsetVar
	var walk func(n *yaml.Node, key string)
	walk = func(n *yaml.Node, key string) {
		switch n.Kind {
		case yaml.ScalarNode:
			n.Value = envRef.ReplaceAllStringFunc(n.Value, func(m string) string {
				name := m[2 : len(m)-1]
				v := getenv(name)
				if v == "" {
					unset = append(unset, unsetVar{Name: name, Key: key})
				}
				return v
			})
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i].Value
				if key != "" {
					k = key + "." + k
				}
				walk(n.Content[i+1], k)
			}
		default:
			for _, ch := range n.Content {
				walk(ch, key)
			}
		}
	}
	walk(root, "")
	return unset
}

// unsetNotes names the unset variables that change what runs: not the
// PostgreSQL URL of a SQLite setup, nor the settings of a platform that
// is off.
func (c Config) unsetNotes() []string {
	var lines []string
	for _, u := range c.unset {
		if c.matters(u.Key) {
			lines = append(lines, "note: ${"+u.Name+"} is not set, so "+u.Key+" is empty")
		}
	}
	return lines
}

// matters reports whether the key's value is used by this config.
func (c Config) matters(key string) bool {
	under := func(section string) bool { return key == section || strings.HasPrefix(key, section+".") }
	switch {
	case under("database.dsn"):
		return c.Database.Driver == "postgres"
	case under("database.path"):
		return c.Database.Driver != "postgres"
	case under("telegram.token"), under("discord.token"):
		return true
	case under("telegram.webhook") && !under("telegram.webhook.url"):
		return c.Telegram.Token != "" && c.Telegram.Webhook.URL != ""
	case under("telegram"):
		return c.Telegram.Token != ""
	case under("discord"):
		return c.Discord.Token != ""
	}
	return true
}

// oncePerKey keeps the first message about each key: the same setting is
// checked by more than one part (phq9.every by the core and the
// scheduler), and one clear message is enough.
func oncePerKey(errs []error) []error {
	var out []error
	seen := map[string]bool{}
	var add func(err error)
	add = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				add(e)
			}
			return
		}
		key, _, found := strings.Cut(err.Error(), ": ")
		if found && !strings.Contains(key, " ") {
			if seen[key] {
				return
			}
			seen[key] = true
		}
		out = append(out, err)
	}
	for _, err := range errs {
		add(err)
	}
	return out
}

// runnable reports what `run` would refuse; check-config says the same.
func (c Config) runnable() error {
	if c.Telegram.Token != "" || c.Discord.Token != "" {
		return nil
	}
	// The variables the file names for the tokens are what to set.
	var notes strings.Builder
	for _, u := range c.unset {
		if u.Key == "telegram.token" || u.Key == "discord.token" {
			notes.WriteString("\n  note: ${" + u.Name + "} is not set, so " + u.Key + " is empty")
		}
	}
	if notes.Len() == 0 {
		return errNoPlatform
	}
	return fmt.Errorf("%w%s", errNoPlatform, notes.String())
}
