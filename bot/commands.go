package bot

// ArgKind is the type of a command argument, for platforms with typed
// commands (Discord slash commands).
type ArgKind int

// Argument kinds.
const (
	ArgString ArgKind = iota
	ArgInt
	ArgNumber
)

// Arg is one argument of a command.
type Arg struct {
	Name        string
	Description string
	Kind        ArgKind
	Required    bool
	Choices     []string // fixed choices, if any
}

// Command is one bot command. Adapters register these with their platform
// (Telegram's setMyCommands, Discord's application commands) and turn a
// typed command back into the text "/name arg1 arg2" for Handle.
type Command struct {
	Name        string // without the slash
	Description string // at most 100 characters
	Args        []Arg
	// Private commands ask for or show health data: on Discord, in a guild
	// channel, their answers move to the person's DMs.
	Private bool
}

// Commands is every command checkin understands, in the order /help lists them.
var Commands = []Command{
	{Name: "start", Description: "Set up checkin, or see and change your settings"},
	{Name: "checkin", Description: "Check in now (or in one line: /checkin 6 7.5)", Private: true, Args: []Arg{
		{Name: "mood", Description: "Mood 0–10 (0 = worst)", Kind: ArgInt},
		{Name: "sleep", Description: "Hours slept last night", Kind: ArgNumber},
		{Name: "quality", Description: "Sleep quality 1–5", Kind: ArgInt},
	}},
	{Name: "history", Description: "Your last 14 days", Private: true},
	{Name: "summary", Description: "This week's summary", Private: true},
	{Name: "report", Description: "A report for your clinician (PDF and CSV)", Private: true, Args: []Arg{
		{Name: "days", Description: "Period in days", Kind: ArgString, Choices: []string{"14", "28", "90"}},
	}},
	{Name: "phq9", Description: "Take the PHQ-9 questionnaire", Private: true},
	{Name: "name", Description: "The name on your report (default: Patient)", Args: []Arg{
		{Name: "name", Description: "e.g. Ana K.; empty to go back to Patient", Kind: ArgString},
	}},
	{Name: "med", Description: "Record your medication and dose changes", Private: true, Args: []Arg{
		{Name: "details", Description: "e.g. sertraline 50mg since 2026-09-01", Kind: ArgString},
	}},
	{Name: "time", Description: "Change your daily check-in time", Args: []Arg{
		{Name: "time", Description: "HH:MM (24 h) or 9pm", Kind: ArgString},
	}},
	{Name: "timezone", Description: "Change your time zone", Args: []Arg{
		{Name: "zone", Description: "e.g. Europe/Berlin, New York, UTC+5:30", Kind: ArgString},
	}},
	{Name: "country", Description: "Change your country (for crisis lines)", Args: []Arg{
		{Name: "country", Description: "Two-letter code or name", Kind: ArgString},
	}},
	{Name: "quiet", Description: "Hours with no reminders, e.g. 22:30-08:00", Args: []Arg{
		{Name: "hours", Description: "e.g. 22:30-08:00", Kind: ArgString},
	}},
	{Name: "pause", Description: "Pause daily prompts", Args: []Arg{
		{Name: "days", Description: "Number of days (default 7)", Kind: ArgInt},
	}},
	{Name: "resume", Description: "Resume daily prompts"},
	{Name: "export", Description: "Download your data (CSV, or /export json)", Private: true, Args: []Arg{
		{Name: "format", Description: "csv or json", Kind: ArgString, Choices: []string{"csv", "json"}},
	}},
	{Name: "baseline", Description: "The time you were doing well, that I compare with", Private: true, Args: []Arg{
		{Name: "when", Description: "e.g. 2026-03-01 2026-04-30, last 8 weeks, or clear", Kind: ArgString},
	}},
	{Name: "plan", Description: "Your safety plan: what helps, in your own words", Private: true},
	{Name: "trusted", Description: "Choose someone I may tell, only when you say so", Private: true, Args: []Arg{
		{Name: "name", Description: "Their first name, e.g. Sam", Kind: ArgString},
	}},
	{Name: "accept", Description: "Accept an invitation to be someone's trusted person", Args: []Arg{
		{Name: "code", Description: "The code they gave you, e.g. K7QX-M2PD", Kind: ArgString, Required: true},
	}},
	{Name: "untrust", Description: "Stop being someone's trusted person"},
	{Name: "delete", Description: "Erase everything checkin stores about you"},
	{Name: "crisis", Description: "Crisis lines, any time"},
	{Name: "help", Description: "What checkin can do"},
}
