package crisis

import (
	"fmt"
	"strings"
)

// The texts that show crisis lines, in one place so their wording can be
// reviewed. They follow safe-messaging practice: warm, short and
// non-judgemental; help first; no diagnosis, no talk of methods, no
// promise of confidentiality; always a human to contact.

// Lines lists the crisis lines for a country, one service per line, or
// the international directory when the country is unknown.
func (t Table) Lines(code string) string {
	c, ok := t.For(code)
	if !ok {
		return fmt.Sprintf("• %s: %s", t.Fallback.Name, t.Fallback.URL)
	}
	var b strings.Builder
	for _, l := range c.Lines {
		b.WriteString("• " + l.Name + " — " + contacts(l))
		if l.Hours != "" {
			b.WriteString(" (" + l.Hours + ")")
		}
		b.WriteString("\n")
	}
	if c.Notes != "" {
		b.WriteString(c.Notes + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func contacts(l Line) string {
	var ways []string
	if len(l.Call) > 0 {
		ways = append(ways, "call "+strings.Join(l.Call, " or "))
	}
	if l.Text != "" {
		ways = append(ways, "text "+l.Text)
	}
	if l.WhatsApp != "" {
		ways = append(ways, "WhatsApp "+l.WhatsApp)
	}
	if l.Chat != "" {
		ways = append(ways, "chat "+l.Chat)
	}
	return strings.Join(ways, ", ")
}

// emergency is the country's emergency number, or a plain instruction.
func (t Table) emergency(code string) string {
	if c, ok := t.For(code); ok && c.Emergency != "" {
		return c.Emergency
	}
	return "your local emergency number"
}

// Acute is the immediate reply to words that may mean thoughts of
// suicide or self-harm. When urgent (a plan, means or a goodbye), the
// emergency number comes first of all.
func (t Table) Acute(code string, urgent bool) string {
	var b strings.Builder
	if urgent {
		fmt.Fprintf(&b, "If you might act on these thoughts or you are in danger now, please call %s now.\n\n", t.emergency(code))
	}
	b.WriteString("Thank you for telling me. It sounds like you're going through something really painful, " +
		"and you don't have to go through it alone. You matter.\n\n")
	b.WriteString("You can talk to someone right now:\n")
	b.WriteString(t.Lines(code) + "\n")
	if !urgent {
		fmt.Fprintf(&b, "In an emergency: %s.\n", t.emergency(code))
	}
	b.WriteString("\nIf you can, tell your doctor or therapist, or someone you trust, today.\n\n")
	b.WriteString("I'm an automated program: I can't watch over you or send help. " +
		"I've paused the check-in questions — /checkin picks them up whenever you want.")
	return b.String()
}

// Help is what /crisis shows, any time.
func (t Table) Help(code string) string {
	var b strings.Builder
	b.WriteString("If you're struggling, you don't have to wait. You can talk to someone now:\n")
	b.WriteString(t.Lines(code) + "\n")
	fmt.Fprintf(&b, "In an emergency: %s.\n", t.emergency(code))
	if _, ok := t.For(code); ok {
		fmt.Fprintf(&b, "Elsewhere: %s (%s).\n", t.Fallback.URL, t.Fallback.Name)
	} else {
		b.WriteString("Set your country with /country to see the lines where you are.\n")
	}
	b.WriteString("\nI'm not an emergency service and can't send help; these people can.")
	return b.String()
}
