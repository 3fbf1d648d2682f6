package crisis

import "strings"

// Every user-facing English sentence of this package is in this file, so the
// wording can be reviewed (and translated) without reading the logic.
//
// The acute reply follows safe-messaging practice (WHO, "Preventing suicide:
// a resource for media professionals"; Samaritans' media guidelines; the 988
// Lifeline's safe messaging guidance): short, warm and non-judgemental; it
// acknowledges what was said, says the person matters and is not alone, puts
// the ways to reach a person first, and never mentions methods, never
// diagnoses, never promises confidentiality. See docs/SAFETY.md.
const (
	acuteUrgent  = "If you might act on these thoughts or are in danger now, call %s now."
	acuteOpening = "Thank you for telling me. It sounds like you're going through something really painful, and you don't have to face it alone. You matter."
	// acutePastOpening answers thoughts the person puts in the past ("I
	// used to want to die, I'm better now"): glad with them, and the same
	// ways to reach someone if the thoughts come back.
	acutePastOpening = "Thank you for telling me. I'm glad things feel better now. If those thoughts ever come back, you don't have to face them alone. You matter."
	acuteLinesIntro  = "You can talk to someone right now:"
	acuteDanger      = "If you are in danger, call %s."
	acuteReachOut    = "Please also reach out now to your doctor or care team, or to someone you trust, and tell them how you're feeling."
	acuteAutomated   = "checkin is an automated program: it can't watch over you or send help."
	acutePaused      = "Your daily questions are paused. Send /checkin whenever you want to carry on."
	helpIntro        = "If you're struggling or thinking about suicide, you can reach someone now:"
	helpEmergency    = "In an emergency, call %s."
	helpElsewhere    = "Abroad? %s"
	helpNotEmergency = "checkin is not an emergency service and can't send help."
	localEmergency   = "your local emergency number"
	directoryLine    = "%s lists helplines in many countries: %s"
	// unconfirmedLine follows the lines of an entry whose numbers could not
	// be confirmed from a primary source, so that nobody is left with only
	// a number that no longer works.
	unconfirmedLine = "These numbers could not be checked recently and may have changed. If one doesn't work, %s lists other helplines: %s"
)

// Said when the country was guessed from the app's language because the
// person has not set one.
const (
	guessLines      = "Country guessed from your app's language: %s. Elsewhere?"
	guessNote       = "Country guessed from your app's language: %s."
	guessEmergency  = "%s, or your local emergency number"
	guessSetCountry = "Send /country to set your country, and I'll show its lines."
)

// Lines formats the crisis lines for a country, one short line per
// service: name, how to reach it, hours. For an unknown or empty code, or a
// country with no lines listed, it points to the international directory;
// for an entry not confirmed from a primary source it adds the directory
// beside the lines and says the numbers may have changed.
func (t Table) Lines(code string) string {
	c, ok := t.For(code)
	if !ok || len(c.Lines) == 0 {
		return t.directory()
	}
	var b strings.Builder
	for i, l := range c.Lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("• ")
		b.WriteString(formatLine(l))
	}
	if !c.IsConfirmed() {
		b.WriteByte('\n')
		b.WriteString(sprintf(unconfirmedLine, t.Fallback.Name, t.Fallback.URL))
	}
	return b.String()
}

// formatLine: "988 Suicide & Crisis Lifeline: call or text 988, chat
// https://988lifeline.org (24/7)".
func formatLine(l Line) string {
	var ways []string
	text := l.Text
	switch {
	case len(l.Call) == 1 && l.Call[0] == l.Text:
		ways = append(ways, "call or text "+l.Text)
		text = ""
	case len(l.Call) > 0:
		ways = append(ways, "call "+strings.Join(l.Call, " or "))
	}
	if text != "" {
		ways = append(ways, "text "+text)
	}
	if l.Chat != "" {
		ways = append(ways, "chat "+l.Chat)
	}
	if l.WhatsApp != "" {
		ways = append(ways, "WhatsApp "+l.WhatsApp)
	}
	s := l.Name + ": " + strings.Join(ways, ", ")
	if l.Hours != "" {
		s += " (" + l.Hours + ")"
	}
	return s
}

func (t Table) directory() string {
	return sprintf(directoryLine, t.Fallback.Name, t.Fallback.URL)
}

func (t Table) emergency(code string) string {
	if c, ok := t.For(code); ok && c.Emergency != "" {
		return c.Emergency
	}
	return localEmergency
}

// Acute is the immediate reply to risk language. When urgent (a plan, the
// means, a time, a goodbye) the emergency number comes first of all; then
// acknowledgement, the crisis lines for the user's country, a nudge to reach
// a person they know, and plainly what checkin is and is not.
func (t Table) Acute(code string, urgent bool) string {
	return t.AcuteWith(code, AcuteOptions{Urgent: urgent})
}

// AcuteGuess is Acute for a country guessed from the app's language (see
// CountryForLocale): it says plainly that it guessed and how to set the
// country, puts the international directory beside the lines, and names
// the guessed emergency number as one that may not apply.
func (t Table) AcuteGuess(code string, urgent bool) string {
	return t.AcuteWith(code, AcuteOptions{Urgent: urgent, Guessed: true})
}

// AcuteOptions shape the acute reply.
type AcuteOptions struct {
	Urgent  bool // a plan, the means, a time, a goodbye: the emergency number first
	Guessed bool // the country is a guess from the app's language
	Past    bool // the thoughts are told as past: a gentler opening, the same lines
	// Untracked is someone with no daily questions (not set up, or not
	// agreed): the reply does not say their questions are paused.
	Untracked bool
}

// AcuteWith is the acute reply shaped by o.
func (t Table) AcuteWith(code string, o AcuteOptions) string {
	urgent, guessed := o.Urgent, o.Guessed
	emergency := t.emergency(code)
	lines := t.Lines(code)
	if c, ok := t.For(code); ok && guessed {
		if emergency != localEmergency {
			emergency = sprintf(guessEmergency, emergency)
		}
		switch {
		case len(c.Lines) > 0 && c.IsConfirmed():
			lines += "\n" + sprintf(guessLines, c.Name) + " " + t.directory()
		default: // the directory is already beside the lines, or stands for them
			lines += "\n" + sprintf(guessNote, c.Name)
		}
	}
	var parts []string
	if urgent {
		parts = append(parts, sprintf(acuteUrgent, emergency))
	}
	opening := acuteOpening
	if o.Past && !urgent {
		opening = acutePastOpening
	}
	parts = append(parts, opening, acuteLinesIntro+"\n"+lines)
	if !urgent {
		parts = append(parts, sprintf(acuteDanger, emergency))
	}
	if guessed {
		parts = append(parts, guessSetCountry)
	}
	closing := acuteAutomated + " " + acutePaused
	if o.Untracked {
		closing = acuteAutomated
	}
	parts = append(parts, acuteReachOut, closing)
	return strings.Join(parts, "\n\n")
}

// Help is what /crisis shows at any time: the lines, the emergency number,
// the international directory, and that checkin is not an emergency service.
func (t Table) Help(code string) string { return t.help(code, false) }

// HelpGuess is Help for a country guessed from the app's language.
func (t Table) HelpGuess(code string) string { return t.help(code, true) }

func (t Table) help(code string, guessed bool) string {
	emergency := t.emergency(code)
	c, known := t.For(code)
	if known && guessed && emergency != localEmergency {
		emergency = sprintf(guessEmergency, emergency)
	}
	parts := []string{
		helpIntro + "\n" + t.Lines(code),
		sprintf(helpEmergency, emergency),
	}
	// The directory is already in the lines when the country has none or
	// they are not confirmed; otherwise it is there for travellers.
	withDirectory := known && len(c.Lines) > 0 && c.IsConfirmed()
	switch {
	case known && guessed && withDirectory:
		parts = append(parts, sprintf(guessLines, c.Name)+" "+t.directory())
	case known && guessed:
		parts = append(parts, sprintf(guessNote, c.Name))
	case withDirectory:
		parts = append(parts, sprintf(helpElsewhere, t.directory()))
	}
	if guessed {
		parts = append(parts, guessSetCountry)
	}
	parts = append(parts, helpNotEmergency)
	return strings.Join(parts, "\n")
}
