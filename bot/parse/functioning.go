package parse

// The words of the functioning question's buttons and what they store, on 0–10: "Did you
// do what you meant to today — work, plans, seeing people?"
const (
	FunctioningMostly = 8
	FunctioningPartly = 5
	FunctioningHardly = 2
)

// functioningAnswers map one-word answers to the functioning question onto 0–10.
var functioningAnswers = map[string]int{
	"mostly": FunctioningMostly, "most": FunctioningMostly, "largely": FunctioningMostly,
	"yes": FunctioningMostly, "yeah": FunctioningMostly, "yep": FunctioningMostly,
	"partly": FunctioningPartly, "partially": FunctioningPartly, "some": FunctioningPartly,
	"half": FunctioningPartly, "somewhat": FunctioningPartly, "sort": FunctioningPartly,
	"kinda": FunctioningPartly, "bits": FunctioningPartly,
	"hardly": FunctioningHardly, "barely": FunctioningHardly, "little": FunctioningHardly,
	"no": FunctioningHardly, "nope": FunctioningHardly, "not": FunctioningHardly,
	"all": 10, "everything": 10, "fully": 10, "completely": 10, "nothing": 0, "none": 0,
}

// functioningWordAt reads the first word of a worded answer to the functioning question
// ("mostly", "partly", "hardly", "some of it", "not really", "all of it"), with the words
// that may follow it.
func functioningWordAt(toks []token) (int, int) {
	if len(toks) == 0 {
		return 0, 0
	}
	v, ok := functioningAnswers[toks[0].text]
	if !ok {
		return 0, 0
	}
	n := 1
	for n < len(toks) && functioningTail[toks[n].text] {
		n++
	}
	if toks[0].text == "not" {
		// "not really", "not much", "not at all": nothing else after "not".
		if n == 1 {
			return 0, 0
		}
		if hasPrefixWords(toks[1:], "at", "all") {
			v = 0
		}
	}
	return v, n
}

// functioningLead may stand before a worded answer: "I did most of it".
var functioningLead = map[string]bool{
	"i": true, "did": true, "got": true, "managed": true, "i've": true, "ive": true, "done": true,
	"honestly": true, "like": true, "maybe": true, "probably": true, "about": true,
}

var functioningTail = map[string]bool{
	"of": true, "it": true, "them": true, "really": true, "much": true, "at": true, "all": true,
	"done": true, "did": true, "i": true, "the": true, "things": true, "stuff": true,
	"today": true, "way": true, "a": true, "bit": true, "lot": true, "anything": true,
	"planned": true, "meant": true, "to": true, "wanted": true, "my": true, "plans": true,
	"what": true, "any": true,
}

// Functioning reads an answer to "Did you do what you meant to today?": a rating 0–10 in
// the everyday forms ReadRating knows ("6", "about a 7", "6/10"), or words: "mostly" 8,
// "partly" 5, "hardly" 2, "all of it" 10, "nothing" 0, and their near forms ("some of
// it", "not really", "barely"). A hesitant rating ("5 or 6") is returned by ReadRating's
// rules as ErrUnclear; words about anything else are ErrUnclear.
func Functioning(s string) (int, error) {
	toks, err := shortTokens(s)
	if err != nil {
		return 0, err
	}
	// "I did most of it", "got nothing done", "managed some".
	lead := 0
	for lead < len(toks)-1 && lead < 3 && functioningLead[toks[lead].text] {
		lead++
	}
	if v, n := functioningWordAt(toks[lead:]); n > 0 && lead+n == len(toks) {
		return v, nil
	}
	r, err := ReadRating(s, 0, 10)
	if err != nil {
		return 0, err
	}
	if !r.Exact() || r.Guess {
		return 0, ErrUnclear
	}
	return r.Lo, nil
}
