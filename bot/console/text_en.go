package console

// What the terminal says around the core's replies. The conversation's own
// words live in bot/texts_en.go.
const (
	txtTypeNumber      = "(type the number of your answer)"
	txtTypeValue       = "(type the number in brackets)"
	txtTypeValueOrWord = "(type the number in brackets, or the word)"
	txtWentWrong       = "Sorry — something went wrong on my side and I couldn't save that. Please try again in a moment."
	txtCouldNotSave    = "(I couldn't save %s: %v)"
	txtSaved           = "📎 saved %s"
	txtTooLong         = "That message is longer than I can read at once (over 1 MB), so I didn't take any of it. Could you send it in shorter parts?"
	txtLeftOff         = "Last time, I asked (its options still work):"
)
