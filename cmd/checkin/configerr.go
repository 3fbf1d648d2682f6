package main

import (
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// friendlyYAMLError turns "field foo not found in type main.Config" into
// words that name the key.
func friendlyYAMLError(err error, doc []byte) string {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: unmarshal errors:\n")
	msg = unknownField.ReplaceAllString(msg, "unknown key \"$1\" (check its spelling and indentation against config.example.yaml)")
	msg = badValue.ReplaceAllStringFunc(msg, func(m string) string {
		sub := badValue.FindStringSubmatch(m)
		kind, ok := valueKinds[sub[2]]
		if !ok {
			kind = "a " + sub[2]
		}
		return fmt.Sprintf("%q is not %s", sub[1], kind)
	})
	var root yaml.Node
	if yaml.Unmarshal(doc, &root) == nil {
		keys := map[int]string{}
		keyLines(&root, "", keys)
		msg = lineRef.ReplaceAllStringFunc(msg, func(m string) string {
			var n int
			fmt.Sscanf(m, "line %d:", &n)
			if k, ok := keys[n]; ok {
				return k + ":"
			}
			return m
		})
	}
	return strings.TrimSpace(msg)
}

// valueKinds says in words what a key of each Go type takes.
var valueKinds = map[string]string{
	"bool":          "true or false; write true or false",
	"time.Duration": "a duration; write it like 3h, 90m or 1h30m",
	"int":           "a whole number; write it like 14",
	"float64":       "a number; write it like 1.5",
	"[]string":      "a list; write it like [a, b]",
	"string":        "text; put it in quotes",
}

var (
	unknownField = regexp.MustCompile(`field (\S+) not found in type \S+`)
	badValue     = regexp.MustCompile("cannot unmarshal !!\\w+ `([^`]*)` into (\\S+)")
	lineRef      = regexp.MustCompile(`line \d+:`)
)

// keyLines maps each line of a YAML document to the dotted key it sets.
func keyLines(n *yaml.Node, prefix string, out map[int]string) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			keyLines(c, prefix, out)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if prefix != "" {
				k = prefix + "." + k
			}
			out[n.Content[i].Line] = k
			out[n.Content[i+1].Line] = k
			keyLines(n.Content[i+1], k, out)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			k := fmt.Sprintf("%s[%d]", prefix, i)
			out[c.Line] = k
			keyLines(c, k, out)
		}
	}
}
