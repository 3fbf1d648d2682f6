package discord

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/checkin-bot/checkin/bot"
)

// optionTypes maps the core's argument kinds to Discord's option types,
// so Discord's client checks numbers before they reach the core.
var optionTypes = map[bot.ArgKind]discordgo.ApplicationCommandOptionType{
	bot.ArgString: discordgo.ApplicationCommandOptionString,
	bot.ArgInt:    discordgo.ApplicationCommandOptionInteger,
	bot.ArgNumber: discordgo.ApplicationCommandOptionNumber,
}

// applicationCommands is the core's command table as Discord slash
// commands, usable in servers and in DMs with the bot.
func applicationCommands(cmds []bot.Command) ([]*discordgo.ApplicationCommand, error) {
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	install := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	out := make([]*discordgo.ApplicationCommand, 0, len(cmds))
	for _, c := range cmds {
		ac := &discordgo.ApplicationCommand{
			Name: c.Name, Description: c.Description, Type: discordgo.ChatApplicationCommand,
			Contexts: &contexts, IntegrationTypes: &install,
		}
		for _, arg := range orderedArgs(c.Args) {
			typ, ok := optionTypes[arg.Kind]
			if !ok {
				return nil, fmt.Errorf("discord: /%s %s: unknown argument kind %d", c.Name, arg.Name, arg.Kind)
			}
			opt := &discordgo.ApplicationCommandOption{
				Type: typ, Name: arg.Name, Description: arg.Description, Required: arg.Required,
			}
			for _, ch := range arg.Choices {
				v, err := choiceValue(arg.Kind, ch)
				if err != nil {
					return nil, fmt.Errorf("discord: /%s %s: %w", c.Name, arg.Name, err)
				}
				opt.Choices = append(opt.Choices, &discordgo.ApplicationCommandOptionChoice{Name: ch, Value: v})
			}
			ac.Options = append(ac.Options, opt)
		}
		out = append(out, ac)
	}
	return out, nil
}

// orderedArgs puts required arguments first, as Discord demands, keeping
// the order within each group. The text for the core is built from the
// declared order, not this one.
func orderedArgs(args []bot.Arg) []bot.Arg {
	var req, opt []bot.Arg
	for _, a := range args {
		if a.Required {
			req = append(req, a)
		} else {
			opt = append(opt, a)
		}
	}
	return append(req, opt...)
}

func choiceValue(kind bot.ArgKind, choice string) (any, error) {
	switch kind {
	case bot.ArgInt:
		return strconv.ParseInt(choice, 10, 64)
	case bot.ArgNumber:
		return strconv.ParseFloat(choice, 64)
	}
	return choice, nil
}

// gapError is a slash command with a later option but not an earlier one.
type gapError struct{ missing, given string }

func (e *gapError) Error() string {
	return fmt.Sprintf("option %q given without %q", e.given, e.missing)
}

// commandText turns a slash command back into the text the core reads,
// "/name arg1 arg2", with the arguments in their declared order. A later
// argument without an earlier one cannot be said that way: gapError.
func commandText(cmds []bot.Command, d discordgo.ApplicationCommandInteractionData) (string, error) {
	given := map[string]string{}
	for _, o := range d.Options {
		given[o.Name] = optionText(o)
	}
	words := []string{"/" + d.Name}
	var cmd *bot.Command
	for i := range cmds {
		if cmds[i].Name == d.Name {
			cmd = &cmds[i]
		}
	}
	if cmd == nil { // a command removed since registration: let the core say so
		return strings.Join(words, " "), nil
	}
	missing := ""
	for _, arg := range cmd.Args {
		v, ok := given[arg.Name]
		ok = ok && v != ""
		switch {
		case !ok && missing == "":
			missing = arg.Name
		case ok && missing != "":
			return "", &gapError{missing: missing, given: arg.Name}
		case ok:
			words = append(words, v)
		}
	}
	return strings.Join(words, " "), nil
}

// optionText writes an option value as a person would type it.
func optionText(o *discordgo.ApplicationCommandInteractionDataOption) string {
	switch v := o.Value.(type) {
	case string:
		return strings.TrimSpace(v)
	case float64:
		if o.Type == discordgo.ApplicationCommandOptionInteger {
			return strconv.FormatInt(int64(v), 10)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return fmt.Sprint(o.Value)
}
