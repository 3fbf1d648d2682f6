package parse

import "strings"

// The words an answer to "is that okay with you?" is made of. An agreeing word ("yes",
// "sure", "agree", "👍") or a refusing one ("no", "disagree") carries the answer; polite
// words ("please", "thanks", "that's") may surround it; any other word makes it unclear, so
// "yes but what do you store?" is asked again rather than taken as agreement.
var (
	agreeWords = map[string]bool{
		"agree": true, "agreed": true, "accept": true, "accepted": true, "fine": true,
		"alright": true, "allright": true, "good": true, "great": true, "perfect": true,
		"cool": true, "deal": true, "certainly": true, "totally": true, "gladly": true,
		"happy": true, "understood": true, "understand": true, "consent": true, "go": true, "right": true,
		"okie": true, "oki": true, "okey": true, "dokey": true, "dokie": true, "okie-dokie": true,
		"👌": true, "🙂": true, "😊": true, "🙏": true,
	}
	refuseWords = map[string]bool{
		"disagree": true, "decline": true, "refuse": true, "rather": true, "don't": true,
		"dont": true, "not": true, "never": true, "cancel": true, "stop": true,
	}
	politeWords = map[string]bool{
		"please": true, "pls": true, "plz": true, "thanks": true, "thank": true, "thx": true,
		"you": true, "that's": true, "thats": true, "that": true, "is": true, "it's": true,
		"its": true, "it": true, "sounds": true, "with": true, "me": true, "by": true, "i": true,
		"i'm": true, "im": true, "am": true, "to": true, "for": true, "now": true, "a": true,
		"let's": true, "lets": true, "ahead": true, "all": true, "of": true,
		"course": true, "very": true, "so": true, "that'll": true, "works": true, "do": true,
		"it'll": true, "would": true, "i'd": true, "id": true, "like": true, "thing": true,
		"and": true, "then": true, "well": true, "oh": true, "um": true, "uh": true, "hmm": true,
		"be": true, "nice": true, "really": true, "thank-you": true,
		"sir": true, "the": true, "terms": true, "this": true, "want": true,
		"start": true, "-": true, "!": true, ":": true, "=": true, "~": true, "way": true,
	}
)

// negatable are the agreeing words a negation turns into a refusal ("don't agree"); other
// negated words stay unclear ("not sure").
var negatable = map[string]bool{
	"agree": true, "consent": true, "accept": true, "okay": true, "ok": true, "want": true, "fine": true,
	"interested": true,
}

// Consent reads the answer to checkin's first question, "is that okay with you?": "yes",
// "y", "yes please", "ok", "okay", "sure", "sounds good", "👍", "I agree", "go ahead" and a
// one-letter slip of these ("yse", "yea", "sur", "agre") are true; "no", "nope", "no thanks",
// "I don't agree", "rather not", "👎" are false. Anything else, a mix included ("yes no"), is
// ErrUnclear: agreement is never guessed.
func Consent(s string) (bool, error) {
	toks, err := shortTokens(s)
	if err != nil {
		return false, err
	}
	var yes, no bool
	words := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tSep {
			continue
		}
		words++
		w := unstretch(t.text)
		switch {
		case w == "no" && (hasPrefixWords(toks[i+1:], "problem") || hasPrefixWords(toks[i+1:], "worries")):
			yes = true // "no problem", "no worries"
			i++
		case w == "why" && hasPrefixWords(toks[i+1:], "not"):
			yes = true // "why not", "sure why not"
			i++
		case w == "do" && hasPrefixWords(toks[i+1:], "it") && i > 0 && (toks[i-1].text == "let's" || toks[i-1].text == "lets"):
			yes = true // "let's do it"
			i++
		case negators[w] && i+1 < len(toks) && negatable[toks[i+1].text]:
			no = true // "don't agree", "not okay"
			i++
		case noWords[w], refuseWords[w]:
			no = true
		case yesWords[w], agreeWords[w]:
			yes = true
		case politeWords[w]:
		case len(w) >= 3 && slipOf(w):
			yes = true
		default:
			return false, ErrUnclear
		}
	}
	switch {
	case words > 12, yes && no, !yes && !no:
		return false, ErrUnclear
	}
	return yes, nil
}

// slipWords are the agreeing words a one-letter slip is read back to.
var slipWords = []string{"yes", "yeah", "yep", "sure", "okay", "agree", "alright"}

// slipOf reports whether w is one typing slip away from an agreeing word: two neighbours
// swapped ("yse"), a letter missing ("agre") or added ("yees"), or, in words of four letters
// or more, one changed ("okat"). The first letter must be right, so words that merely rhyme
// ("pure", "nine") are not read as agreement, and no refusing word is ever one slip away.
func slipOf(w string) bool {
	if len(w) > 9 {
		return false
	}
	for _, s := range slipWords {
		if w[0] == s[0] && oneSlip(w, s) {
			return true
		}
	}
	return false
}

// oneSlip reports whether a and b differ by exactly one edit or one swap of neighbours; a
// changed letter counts only in words of four letters or more.
func oneSlip(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := len(a), len(b)
	switch {
	case la == lb:
		diff := -1
		for i := 0; i < la; i++ {
			if a[i] != b[i] {
				if diff >= 0 {
					// Two differences: only a swap of neighbours counts.
					return i == diff+1 && a[diff] == b[i] && a[i] == b[diff] && a[i+1:] == b[i+1:]
				}
				diff = i
			}
		}
		// A changed letter: in a short word only a neighbouring key ("yws").
		return la >= 4 || (diff >= 0 && neighbours(a[diff], b[diff]))
	case la == lb+1:
		return dropOne(a, b)
	case lb == la+1:
		return dropOne(b, a)
	}
	return false
}

// dropOne reports whether long becomes short by removing one byte.
func dropOne(long, short string) bool {
	for i := 0; i < len(long); i++ {
		if long[:i]+long[i+1:] == short {
			return true
		}
	}
	return false
}

// keyRows is the QWERTY layout, for telling a slip of the finger from another word.
var keyRows = [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// neighbours reports whether two letters sit side by side, or one above the other, on a
// QWERTY keyboard.
func neighbours(a, b byte) bool {
	ra, ca := keyAtPos(a)
	rb, cb := keyAtPos(b)
	if ra < 0 || rb < 0 {
		return false
	}
	dr, dc := ra-rb, ca-cb
	return (dr == 0 && (dc == 1 || dc == -1)) || ((dr == 1 || dr == -1) && dc >= -1 && dc <= 1)
}

// keyAtPos is the row and column of a letter on the keyboard; -1 for anything else.
func keyAtPos(c byte) (row, col int) {
	for r, keys := range keyRows {
		if i := strings.IndexByte(keys, c); i >= 0 {
			return r, i
		}
	}
	return -1, -1
}
