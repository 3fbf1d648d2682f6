package report

// Every word this package shows a person or a clinician lives here, so the
// wording can be reviewed (and one day translated) without reading logic.
// The weekly texts are warm and never scold: a missed day is a gap, not a
// failure. The clinician texts are plain and factual.

// Weekly summary.
const (
	msgWeekEmpty = "No check-ins this week, and that is completely fine. Whenever you feel like it, I am here: a check-in takes just a couple of taps."

	msgWeekHeader   = "Your week, %s – %s"
	msgWeekDays     = "You checked in on %d of %d days."
	msgWeekDaysSoFr = "You checked in on %d of %d days so far."

	msgMoodLine     = "Mood  %s  %s of 10 on average"
	msgSleepLine    = "Sleep  %s  %s a night on average"
	msgEnergyLine   = "Energy  %s  %s of 10 on average."
	msgInterestLine = "Interest  %s  %s of 10 on average."
	msgFunctionLine = "Did what you meant to  %s  %s of 10 on average."
	msgMedLine      = "Medication taken on %d of the %d days you noted it."

	msgBestHardest = "Best day: %s (mood %d). Hardest day: %s (mood %d)."
	msgFlagsHead   = "Worth noting this week:"
	msgFlag        = "• %s"
	msgFlagGeneric = "a change in your answers"
	msgFlagSleep   = "a change in your sleep"
	msgFlagMood    = "a change in your mood"
	msgFlagPHQ9    = "a change in your questionnaire score"
	msgFlagsAdvice = "If that sounds familiar, it may help to talk it over with your provider; /report makes a one-page summary for them."

	msgCloseFull    = "Thank you for checking in every day this week. Your log is becoming a clear picture."
	msgClosePartial = "Thank you for the days you checked in. Every entry adds to the picture, and there is never any catching up to do."
)

// Words for a change of a 0–10 score against last week and against the
// person's rolling baseline (the median of days 15–70 back, said as "the
// 8 weeks before" so the reader knows which yardstick), and of sleep in minutes.
const (
	wordSameLastWeek = "about the same as last week"
	wordSameUsual    = "about the same as the 8 weeks before"
	wordSameBoth     = "about the same as last week and as the 8 weeks before"

	wordLittleHigherLastWeek = "a little higher than last week"
	wordLittleLowerLastWeek  = "a little lower than last week"
	wordHigherLastWeek       = "higher than last week"
	wordLowerLastWeek        = "lower than last week"
	wordMuchHigherLastWeek   = "much higher than last week"
	wordMuchLowerLastWeek    = "much lower than last week"

	wordLittleAboveUsual = "a little above the 8 weeks before"
	wordLittleBelowUsual = "a little below the 8 weeks before"
	wordAboveUsual       = "above the 8 weeks before"
	wordBelowUsual       = "below the 8 weeks before"
	wordWellAboveUsual   = "well above the 8 weeks before"
	wordWellBelowUsual   = "well below the 8 weeks before"

	wordSleepMoreLastWeek = "%s more than last week"
	wordSleepLessLastWeek = "%s less than last week"
	wordSleepMoreUsual    = "%s more than in the 8 weeks before"
	wordSleepLessUsual    = "%s less than in the 8 weeks before"

	fmtMinutes      = "%d minutes"
	fmtHoursMinutes = "%d h %d min"
	fmtHoursOnly    = "%d h"
	fmtMinutesOnly  = "%d min"
)

// Chart labels.
const (
	chartTitle      = "Mood and sleep, %s – %s"
	chartMoodAxis   = "Mood (0–10)"
	chartSleepAxis  = "Sleep (hours)"
	chartNoData     = "No check-ins in this period yet"
	chartUsual      = "your usual"
	chartFlagLegend = "flag"
	chartDayLabel   = "2 Jan"
)

// Clinician report.
const (
	pdfTitle         = "Mood and sleep log: %s"
	pdfAnonymous     = "Patient"
	pdfPeriod        = "Period: %s to %s (%d days). Days answered: %d of %d. Generated %s."
	pdfDailyHeading  = "Daily answers"
	pdfWeeklyHeading = "Weekly means (periods over %d days are shown by week)"
	pdfNoRows        = "No answered days in this period."
	pdfMeansHeading  = "Means over the period"
	pdfMeanMood      = "Mood: %.1f / 10 (n = %d)"
	pdfMeanSleep     = "Sleep: %.1f h (n = %d)"
	pdfMeanQuality   = "Sleep quality: %.1f / 5 (n = %d)"
	pdfMeanEnergy    = "Energy: %.1f / 10 (n = %d)"
	pdfMeanInterest  = "Interest/enjoyment: %.1f / 10 (n = %d)"
	pdfMeanFunction  = "Functioning (did what they meant to: work, plans, people): %.1f / 10 (n = %d)"
	pdfMeanMed       = "Medication taken: %d of %d days noted"
	pdfNoMeans       = "No answers to average."
	pdfTrendHeading  = "Trend (first half vs second half)"
	pdfTrendMood     = "Mood: %.1f then %.1f (%s)"
	pdfTrendSleep    = "Sleep: %.1f h then %.1f h (%s)"
	pdfTrendNone     = "Not enough answers in both halves to compare."
	pdfPHQHeading    = "PHQ-9"
	pdfPHQRow        = "%s   %d (%s)"
	pdfPHQItem9      = ", item 9: %d"
	pdfPHQNone       = "None in this period."
	pdfFlagsHeading  = "Trend flags"
	pdfFlagRow       = "%s   %s"
	pdfFlagsNone     = "None in this period."
	pdfMedsHeading   = "Medication timeline"
	pdfMedRow        = "%s   %s"
	pdfMedsNone      = "None recorded."
	pdfMore          = "(%d earlier not shown)"
	pdfNote          = "Self-reported data from checkin, a personal mood and sleep tracking tool. Not a diagnosis; not validated clinical monitoring."
)

// Clinician trend words for second half against first half.
const (
	trendSame       = "about the same"
	trendLittleUp   = "slightly higher"
	trendLittleDown = "slightly lower"
	trendUp         = "higher"
	trendDown       = "lower"
	trendMuchUp     = "much higher"
	trendMuchDown   = "much lower"
)

// Daily and weekly table headings.
const (
	hdrDate     = "Date"
	hdrWeekOf   = "Week of"
	hdrDays     = "Days"
	hdrMood     = "Mood"
	hdrSleep    = "Sleep h"
	hdrQuality  = "Quality"
	hdrEnergy   = "Energy"
	hdrInterest = "Interest"
	hdrFunction = "Function"
	hdrMed      = "Med"
	cellYes     = "yes"
	cellNo      = "no"
)

// Weekdays, weekends and the well baseline (weekend.go).
const (
	msgWeekendMood         = "On weekends over the last 4 weeks your mood was lower than on weekdays: %.1f against %.1f."
	msgWeekendSleepLonger  = "On weekends over the last 4 weeks you slept %s longer than on weekdays (%s against %s)."
	msgWeekendSleepShorter = "On weekends over the last 4 weeks you slept %s less than on weekdays (%s against %s)."
	msgWellLine            = "Compared with your well baseline (%s): %s."
	wellLayout             = "Jan 2"
	wellMarked             = ", the time you marked"
	wordWellMoodSame       = "mood about the same"
	wordWellMoodLower      = "mood %.1f lower"
	wordWellMoodHigher     = "mood %.1f higher"
	wordWellSleepSame      = "sleep about the same"
	wordWellSleepLess      = "sleep %s less"
	wordWellSleepMore      = "sleep %s more"
	pdfWeekendHeading      = "Weekdays and weekends"
	pdfWeekendMood         = "Mood: weekdays %.1f (%d days), weekends %.1f (%d days)"
	pdfWeekendSleep        = "Sleep: weekdays %.1f h (%d days), weekends %.1f h (%d days)"
	pdfWellRow             = "Well baseline %s to %s%s: mood %.1f, sleep %.1f h"
	pdfWellMarked          = " (marked by the person)"
)
