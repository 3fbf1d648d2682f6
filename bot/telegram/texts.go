package telegram

// The adapter's only user-facing words. Everything else a person reads
// comes from the core; this line exists because a group chat never reaches
// the core at all.

// groupNotice is said once in a group or channel: check-ins hold health
// data, so checkin talks to each person privately.
func groupNotice(link string) string {
	return "I only work in a private chat, so your check-ins stay yours. " +
		"Talk to me here: " + link
}
