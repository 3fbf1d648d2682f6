package phq9

// The PHQ-9 wording, verbatim. The questionnaire is free to use: no
// permission is required to reproduce, translate, display or distribute it.
// Do not edit these strings; a reworded item is no longer the validated
// instrument and its scores no longer mean what the bands say.

// Stem introduces the nine items.
var Stem = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"

// Questions are items 1 to 9, in order.
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

// Answers are the choices for every item; the index is the score.
var Answers = [4]string{"Not at all", "Several days", "More than half the days", "Nearly every day"}

// Difficulty is asked after the nine items. It is not scored.
var Difficulty = "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?"

// DifficultyAnswers are the choices for Difficulty, least to most.
var DifficultyAnswers = [4]string{"Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"}

// Attribution must be shown with the questionnaire (in the report, for example).
var Attribution = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."

var bandNames = [...]string{"minimal", "mild", "moderate", "moderately severe", "severe"}
