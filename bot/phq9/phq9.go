// Package phq9 holds the Patient Health Questionnaire-9 (PHQ-9): its
// standard wording, scoring and severity bands. The PHQ-9 is free to use;
// its wording must stay verbatim.
package phq9

import "fmt"

// Items is the number of scored questions.
const Items = 9

// Stem introduces the nine questions.
const Stem = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"

// Questions are the nine items, in order, verbatim.
var Questions = [Items]string{
	"Little interest or pleasure in doing things",
	"Feeling down, depressed, or hopeless",
	"Trouble falling or staying asleep, or sleeping too much",
	"Feeling tired or having little energy",
	"Poor appetite or overeating",
	"Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
	"Trouble concentrating on things, such as reading the newspaper or watching television",
	"Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
	"Thoughts that you would be better off dead or of hurting yourself in some way",
}

// Answers are the item answers, scored 0–3.
var Answers = [4]string{"Not at all", "Several days", "More than half the days", "Nearly every day"}

// Difficulty is the unscored tenth question.
const Difficulty = "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?"

// DifficultyAnswers answer the difficulty question.
var DifficultyAnswers = [4]string{"Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"}

// Attribution credits the questionnaire's authors, as its terms ask.
const Attribution = "PHQ-9: Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."

// Validate checks that every item is answered 0–3.
func Validate(items [Items]int) error {
	for i, v := range items {
		if v < 0 || v > 3 {
			return fmt.Errorf("phq9: item %d is %d; answers are 0 to 3", i+1, v)
		}
	}
	return nil
}

// Total is the sum of the nine items (0–27).
func Total(items [Items]int) int {
	t := 0
	for _, v := range items {
		t += v
	}
	return t
}

// Band is a severity band of the total (Kroenke, Spitzer & Williams 2001).
type Band int

// The bands, by total: 0–4, 5–9, 10–14, 15–19, 20–27.
const (
	Minimal Band = iota
	Mild
	Moderate
	ModeratelySevere
	Severe
)

// BandOf is the band a total falls in.
func BandOf(total int) Band {
	switch {
	case total >= 20:
		return Severe
	case total >= 15:
		return ModeratelySevere
	case total >= 10:
		return Moderate
	case total >= 5:
		return Mild
	}
	return Minimal
}

func (b Band) String() string {
	switch b {
	case Mild:
		return "mild"
	case Moderate:
		return "moderate"
	case ModeratelySevere:
		return "moderately severe"
	case Severe:
		return "severe"
	}
	return "minimal"
}
