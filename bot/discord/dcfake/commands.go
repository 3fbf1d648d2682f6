package dcfake

import (
	"encoding/json"
	"net/http"
	"regexp"
	"unicode/utf8"
)

// Command is a registered application (slash) command.
type Command struct {
	ID          string          `json:"id,omitempty"`
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Options     []CommandOption `json:"options"`
	Contexts    []int           `json:"contexts"`
}

// CommandOption is one typed option of a command.
type CommandOption struct {
	Type        int      `json:"type"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Required    bool     `json:"required"`
	Choices     []Choice `json:"choices"`
}

// Choice is one fixed value of an option.
type Choice struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// Option types as Discord numbers them.
const (
	OptionString  = 3
	OptionInteger = 4
	OptionNumber  = 10
)

// nameRule is Discord's rule for command and option names (lower case).
var nameRule = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)

// putCommands is the bulk overwrite: the scope's commands become exactly
// the ones sent, as on Discord, so registering twice changes nothing.
func (s *Server) putCommands(w http.ResponseWriter, r *http.Request, app, guild string) {
	if app != s.AppID {
		writeError(w, &apiError{http.StatusForbidden, 50001, "Missing Access"})
		return
	}
	var cmds []Command
	if err := json.NewDecoder(r.Body).Decode(&cmds); err != nil {
		writeError(w, invalid("body: %v", err))
		return
	}
	if err := checkCommands(cmds); err != nil {
		writeError(w, err)
		return
	}
	s.mu.Lock()
	prev := map[string]string{}
	for _, c := range s.commands[guild] {
		prev[c.Name] = c.ID
	}
	for i := range cmds {
		if id, ok := prev[cmds[i].Name]; ok {
			cmds[i].ID = id // an overwrite keeps the ids of commands that stay
		} else {
			cmds[i].ID = s.idLocked()
		}
	}
	s.commands[guild] = cmds
	s.mu.Unlock()
	out := make([]map[string]any, len(cmds))
	for i, c := range cmds {
		out[i] = map[string]any{"id": c.ID, "application_id": app, "version": c.ID, "type": 1, "name": c.Name,
			"description": c.Description, "options": c.Options, "contexts": c.Contexts}
		if guild != "" {
			out[i]["guild_id"] = guild
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func checkCommands(cmds []Command) *apiError {
	if len(cmds) > 100 {
		return invalid("at most 100 commands")
	}
	seen := map[string]bool{}
	for i, c := range cmds {
		if !nameRule.MatchString(c.Name) || seen[c.Name] {
			return invalid("[%d].name: %q is not a valid, unique command name", i, c.Name)
		}
		seen[c.Name] = true
		if n := utf8.RuneCountInString(c.Description); n < 1 || n > 100 {
			return invalid("[%d].description: must be 1 to 100 characters", i)
		}
		if len(c.Options) > 25 {
			return invalid("[%d].options: at most 25", i)
		}
		optional := false
		names := map[string]bool{}
		for j, o := range c.Options {
			switch {
			case !nameRule.MatchString(o.Name) || names[o.Name]:
				return invalid("[%d].options[%d].name: %q is not a valid, unique option name", i, j, o.Name)
			case utf8.RuneCountInString(o.Description) < 1 || utf8.RuneCountInString(o.Description) > 100:
				return invalid("[%d].options[%d].description: must be 1 to 100 characters", i, j)
			case o.Type != OptionString && o.Type != OptionInteger && o.Type != OptionNumber:
				return invalid("[%d].options[%d].type: %d is not used by checkin", i, j, o.Type)
			case o.Required && optional:
				return invalid("[%d].options[%d]: required options must be placed before non-required options", i, j)
			case len(o.Choices) > 25:
				return invalid("[%d].options[%d].choices: at most 25", i, j)
			}
			names[o.Name] = true
			optional = optional || !o.Required
			for k, ch := range o.Choices {
				if err := checkChoice(o.Type, ch); err != nil {
					return invalid("[%d].options[%d].choices[%d]: %s", i, j, k, err.msg)
				}
			}
		}
	}
	return nil
}

func checkChoice(typ int, ch Choice) *apiError {
	if n := utf8.RuneCountInString(ch.Name); n < 1 || n > 100 {
		return invalid("name must be 1 to 100 characters")
	}
	switch v := ch.Value.(type) {
	case string:
		if typ != OptionString {
			return invalid("a string value on a number option")
		}
	case float64:
		if typ == OptionString || (typ == OptionInteger && v != float64(int64(v))) {
			return invalid("value %v does not fit the option type", v)
		}
	default:
		return invalid("value of type %T", v)
	}
	return nil
}
