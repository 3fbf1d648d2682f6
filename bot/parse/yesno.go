package parse

import "strings"

// The words a yes/no answer about medication is made of. Interjections ("yes", "nope") and
// verbs ("took", "forgot") carry the answer; neutral words ("i", "my", "meds") may surround
// them; any other word makes the answer unclear, so "yes but only half" is asked again.
var (
	yesWords = map[string]bool{
		"yes": true, "y": true, "yeah": true, "yea": true, "yep": true, "yup": true, "ya": true,
		"yah": true, "yas": true, "yess": true, "yesss": true, "ye": true, "sure": true, "ok": true,
		"okay": true, "k": true, "kk": true, "okey": true, "absolutely": true, "definitely": true,
		"correct": true, "affirmative": true, "aye": true, "indeed": true, "course": true,
		"✅": true, "👍": true, "✔": true, "☑": true, "✓": true, "👌": true,
	}
	noWords = map[string]bool{
		"no": true, "n": true, "nope": true, "nah": true, "naw": true, "noo": true, "nooo": true,
		"negative": true, "❌": true, "👎": true, "✖": true, "✗": true, "✘": true, "🚫": true,
	}
	didWords = map[string]bool{
		"took": true, "taken": true, "did": true, "done": true, "had": true,
		"swallowed": true, "tooked": true,
	}
	notWords = map[string]bool{
		"not": true, "didn't": true, "didnt": true, "haven't": true, "havent": true,
		"hasn't": true, "hasnt": true, "never": true, "forgot": true, "forget": true,
		"forgotten": true, "missed": true, "miss": true, "skipped": true, "skip": true,
		"don't": true, "dont": true, "nothing": true, "none": true, "without": true,
	}
	negatorWords = map[string]bool{
		"not": true, "didn't": true, "didnt": true, "never": true, "don't": true, "dont": true,
	}
	lapseWords = map[string]bool{
		"forgot": true, "forget": true, "forgotten": true, "missed": true, "miss": true,
		"skipped": true, "skip": true,
	}
	neutralWords = map[string]bool{
		"i": true, "it": true, "them": true, "my": true, "the": true, "all": true, "already": true,
		"just": true, "yet": true, "today": true, "this": true, "morning": true, "evening": true,
		"tonight": true, "of": true, "to": true, "have": true, "has": true, "i've": true,
		"ive": true, "one": true, "dose": true, "doses": true, "both": true, "today's": true,
		"a": true, "take": true, "-": true, ":": true, "=": true, "and": true, "again": true,
	}
)

// yesNoVerdict is what a set of yes/no words says.
type yesNoVerdict uint8

const (
	ynNone     yesNoVerdict = iota // nothing either way
	ynYes                          // taken
	ynNo                           // not taken
	ynConflict                     // "yes i forgot", "no i took it"
)

// judgeYesNo weighs yes/no words. A negation beats a verb ("didn't take", "forgot to take"),
// but an explicit "yes" against a negation, or an explicit "no" against a plain verb, is a
// conflict rather than a choice.
func judgeYesNo(ws []string) yesNoVerdict {
	var yes, no, did, not bool
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case negatorWords[w] && i+1 < len(ws) && lapseWords[ws[i+1]]:
			did = true // "didn't forget", "never miss"
			i++
		case yesWords[w]:
			yes = true
		case noWords[w]:
			no = true
		case didWords[w]:
			did = true
		case notWords[w]:
			not = true
		}
	}
	switch {
	case yes && (no || not), no && did && !not:
		return ynConflict
	case no || not:
		return ynNo
	case yes || did:
		return ynYes
	}
	return ynNone
}

// isYesNoWord reports whether w may appear in a yes/no answer.
func isYesNoWord(w string) bool {
	return yesWords[w] || noWords[w] || didWords[w] || notWords[w] || neutralWords[w] || medWords[w]
}

// YesNo reads a yes/no answer, as to "did you take your medication?": "yes", "yep", "✅",
// "👍", "took it", "i did" are true; "no", "nah", "❌", "forgot", "missed it", "didn't" are
// false. Anything else, including a mix ("yes but i forgot"), is ErrUnclear.
func YesNo(s string) (bool, error) {
	toks, err := shortTokens(s)
	if err != nil {
		return false, err
	}
	ws := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.kind == tSep {
			continue
		}
		w := unstretch(t.text)
		if !isYesNoWord(w) {
			return false, ErrUnclear
		}
		ws = append(ws, w)
	}
	switch judgeYesNo(ws) {
	case ynYes:
		return true, nil
	case ynNo:
		return false, nil
	}
	return false, ErrUnclear
}

// unstretch undoes an emphatic repeated last letter ("yesss", "nooo", "yeahhh") when the
// plain word is a yes or no word.
func unstretch(w string) string {
	if len(w) < 3 || w[len(w)-1] != w[len(w)-2] {
		return w
	}
	last := w[len(w)-1:]
	plain := strings.TrimRight(w, last) + last
	if yesWords[plain] || noWords[plain] {
		return plain
	}
	return w
}

// qualityWords maps words for how a night felt onto the 1–5 sleep quality scale.
var qualityWords = map[string]int{
	"terrible": 1, "awful": 1, "horrible": 1, "dreadful": 1, "horrendous": 1, "atrocious": 1,
	"bad": 2, "badly": 2, "poor": 2, "poorly": 2, "rough": 2, "restless": 2,
	"ok": 3, "okay": 3, "fine": 3, "so-so": 3, "average": 3, "alright": 3, "meh": 3, "okish": 3,
	"good": 4, "well": 4, "decent": 4, "nice": 4,
	"great": 5, "excellent": 5, "amazing": 5, "deep": 5, "fantastic": 5, "wonderful": 5, "perfect": 5,
}

// QualityWord reads a one-word sleep quality ("terrible" 1 … "great" 5). Intensified or
// negated phrases ("very bad", "not good") are not read: which step they mean is a guess.
func QualityWord(s string) (int, bool) {
	toks, err := shortTokens(s)
	if err != nil {
		return 0, false
	}
	q, n := qualityAt(toks)
	return q, n > 0 && n == len(toks)
}

// qualityAt reads a quality word at toks[0], including "so-so" and "so so".
func qualityAt(toks []token) (q, n int) {
	if hasPrefixWords(toks, "so", "-", "so") {
		return 3, 3
	}
	if hasPrefixWords(toks, "so", "so") || hasPrefixWords(toks, "all", "right") {
		return 3, 2
	}
	if len(toks) > 0 {
		if q, ok := qualityWords[toks[0].text]; ok {
			return q, 1
		}
	}
	return 0, 0
}
