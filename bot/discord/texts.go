package discord

// The few words the adapter says itself, about Discord itself. Everything
// else a person reads comes from the core.
const (
	// textMovedToDM answers in a server channel when health data went to DMs.
	textMovedToDM = "I've sent you a DM so this stays private."
	// textDMClosed answers in a server channel when Discord refused the DM.
	textDMClosed = "I couldn't send you a DM, and this is private, so I didn't show it here. " +
		"Please allow direct messages from this server's members (server name → Privacy Settings) and try again."
	// textTrouble answers when the bot failed on its side.
	textTrouble = "Sorry, something went wrong on my side. Please try again in a minute."
	// textExpired answers a press of an old button when the core gave no words.
	textExpired = "That button is no longer active."
	// textDone answers a command that needed no words.
	textDone = "Done."
	// ackMark prefixes the choice shown on a prompt after a press.
	ackMark = "\n✓ "
)

// textOptionGap answers a slash command with a later option filled in but
// an earlier one left empty: the core reads options in order.
func textOptionGap(missing, given string) string {
	return "Please fill in “" + missing + "” too when you give “" + given + "”: I read them in order."
}
