package bot

import (
	"fmt"
	"strings"
)

// Every user-facing sentence of the core lives in this file, so wording
// can be reviewed (and translated) without reading logic. Safety texts
// live with their data in bot/crisis and bot/trend.

const (
	txtWelcome = "Hi, I'm checkin. 👋\n\n" +
		"Once a day I'll ask how your mood and sleep were — two taps. I keep a private log, " +
		"show you weekly summaries and can make a report for your doctor or therapist.\n\n" +
		"Please know:\n" +
		"• I'm a tracker and a gentle nudge — not medical advice, not a diagnosis, and not an emergency service. " +
		"I'm an automated program and can't watch over you.\n" +
		"• /crisis shows crisis lines at any time.\n" +
		"• /delete erases everything I store about you.\n\n" +
		"Is that okay with you? Reply \"yes\" or tap the button."
	txtConsentReask    = "Just a yes or no for now: is that okay with you?"
	txtConsentDeclined = "That's completely fine. I haven't kept anything about you. If you change your mind, send /start. " +
		"/crisis shows crisis lines at any time."
	txtAskZone = "Which time zone are you in? You can type a city (\"Berlin\", \"New York\"), a zone name " +
		"(\"Europe/Berlin\") or an offset (\"UTC+5:30\"). Or \"skip\" to keep %s."
	txtZoneTypo   = "I took \"%s\" as %s. If that's not right, send /timezone and your city."
	txtZoneReask  = "I couldn't find that time zone. Try a big city near you (\"London\"), a zone name like \"America/Chicago\", or an offset like \"UTC-3\"."
	txtAskTime    = "What time should I check in each day? For example \"21:00\" or \"9pm\". Or \"skip\" to keep %s."
	txtTimeReask  = "I didn't catch that time. Try \"21:00\", \"9pm\" or \"half past eight in the evening\"."
	txtAskCountry = "Last one: which country are you in? I use it only to show the right crisis lines. " +
		"A name or a two-letter code (\"DE\", \"United States\"), or \"skip\"."
	txtCountryReask = "I don't know that country. Try its English name or two-letter code, like \"GB\" or \"Brazil\"."
	txtGotZone      = "Got it: %s (it's %s there now)."
	txtGotTime      = "Got it: every day at %s."
	txtLeftAsItWas  = "Okay, left as it was."
	txtStopped      = "Okay, stopping here. Everything you answered is saved. /checkin picks it up again."
	txtNothingOpen  = "Nothing is open right now — you're all set."

	txtAskMood       = "How is your mood today? 0 = the worst, 10 = the best."
	txtMoodReask     = "Please send a number from 0 (worst) to 10 (best), or tap one."
	txtAskSleep      = "How many hours did you sleep last night? Tap one or type any value (\"6.5\", \"7h30\")."
	txtSleepReask    = "Please send hours of sleep between 0 and 24, like \"7\", \"6.5\" or \"7h30\"."
	txtAskQuality    = "How well did you sleep? 1 = very badly, 5 = very well."
	txtQualityReask  = "Please send a number from 1 (very badly) to 5 (very well)."
	txtAskEnergy     = "How was your energy today? 0 = none, 10 = plenty. (\"skip\" to skip)"
	txtEnergyReask   = "Please send a number from 0 to 10 for energy, or \"skip\"."
	txtAskInterest   = "How much did you enjoy or feel interested in things today? 0 = not at all, 10 = fully. (\"skip\" to skip)"
	txtInterestReask = "Please send a number from 0 to 10, or \"skip\"."
	txtAskMed        = "Did you take your medication today?"
	txtMedReask      = "Please answer yes or no (or \"skip\")."
	txtAskNote       = "Anything you'd like to note about today? Type it, or tap Skip."
	txtCheckinDone   = "Thanks for checking in. 🌱 See you tomorrow."
	txtAlreadyDone   = "You've already checked in today — thank you. To change an answer, just send it (\"mood 5\", \"slept 6h\")."

	txtStaleButton  = "That button is from an earlier prompt, so I left things as they are. /checkin starts today's."
	txtBadButton    = "Sorry, I couldn't read that button. Nothing was changed."
	txtNotStarted   = "Let's get you set up first — send /start."
	txtUnknownText  = "I'm not sure what you mean. To check in, send /checkin or something like \"mood 6, slept 7h\". /help lists everything."
	txtOfferNote    = "Would you like me to save that as a note for today?"
	txtNoteSaved    = "Saved as today's note."
	txtNoteUpdated  = "Updated your note."
	txtAlreadySaved = "I have that message already — it's saved."
	txtEditUnknown  = "I saw you edited a message, but it isn't one of your recent answers, so nothing changed. Send the new value instead (\"mood 5\")."
	txtEditUnclear  = "I couldn't read the edited answer, so I kept the earlier one. Send the new value instead (\"mood 5\")."
	txtNoteDropped  = "Okay, not saved."
	txtKeptNote     = "I kept your earlier message as today's note (/history shows it; send \"/export\" to see it all)."
	txtNoteTooLong  = "That was long, so I kept the first %d characters in your note."
	txtAccessDenied = "Sorry, this checkin is private and only open to people its operator has invited."

	txtDeleteAsk = "This erases everything I store about you — %s of check-ins, questionnaires, medications, " +
		"flags and your settings. It can't be undone. Are you sure?"
	txtDeleteDone    = "Done. Everything I stored about you has been erased. If you ever want to start again, send /start."
	txtDeleteKept    = "Okay, nothing was deleted."
	txtDeleteReask   = "Please answer \"yes\" to erase everything, or \"no\" to keep it."
	txtNothingStored = "I don't have anything stored about you."

	txtPaused       = "Daily prompts are paused until %s. /resume any time. /crisis still works whenever you need it."
	txtPauseReask   = "Please give a number of days from 1 to 365, like \"/pause 7\"."
	txtResumed      = "Welcome back — daily prompts are on again, next one %s."
	txtNotPaused    = "Daily prompts are already on; the next one is %s."
	txtTimeSet      = "Done: I'll check in at %s each day (%s). Next prompt: %s."
	txtZoneSet      = "Done: your time zone is %s. Next prompt: %s."
	txtCountrySet   = "Done: country set to %s."
	txtQuietSet     = "Done: no reminders between %s and %s."
	txtQuietReask   = "Please give two times like \"/quiet 22:30-08:00\"."
	txtHistoryEmpty = "No check-ins in the last 14 days yet. /checkin whenever you're ready."
	txtExportEmpty  = "There's nothing to export yet."
	txtExportCSV    = "Here is everything you've logged: %s, as CSV."
	txtExportJSON   = "Here is every field I store about you, as JSON."
	txtExportFormat = "I can export as csv or json: \"/export\" or \"/export json\"."
	txtReportFormat = "Reports cover 14, 28 or 90 days: \"/report\", \"/report 28\" or \"/report 90\"."
	txtReportReady  = "Here is your %d-day report for your clinician (PDF) and the same rows as CSV. It shows only the name you chose, or \"Patient\"."
	txtNameSet      = "Your report will show the name %q. \"/name\" alone goes back to \"Patient\"."
	txtNameCleared  = "Your report will show \"Patient\". \"/name Ana\" sets a name."
	txtLongMessage  = "That message is very long; I read the start of it."
)

func txtHelp() string {
	var b strings.Builder
	b.WriteString("Here's what I can do:\n")
	for _, c := range Commands {
		fmt.Fprintf(&b, "/%s — %s\n", c.Name, c.Description)
	}
	b.WriteString("\nYou can also just write, e.g. \"mood 6, slept 7h\". I'm not an emergency service: /crisis shows crisis lines.")
	return b.String()
}

func txtUnknownCommand(name string) string {
	return fmt.Sprintf("I don't know /%s. /help lists what I can do.", clip(name, 32))
}

func txtSettings(zone, at, country, quiet, paused string) string {
	s := fmt.Sprintf("Your settings:\n• time zone: %s\n• daily check-in: %s\n• country (crisis lines): %s\n• no reminders: %s", zone, at, country, quiet)
	if paused != "" {
		s += "\n• paused until " + paused
	}
	return s + "\n\nWhat would you like to change?"
}

func txtOnboarded(at, zone, next string) string {
	return fmt.Sprintf("All set. I'll check in every day at %s (%s); the first prompt comes %s.\n\n"+
		"You can check in any time with /checkin, or in one line like \"/checkin 6 7.5\". /help lists everything.", at, zone, next)
}

// Button labels.
const (
	lblYes           = "Yes, that's okay"
	lblNo            = "No"
	lblSkip          = "Skip"
	lblTaken         = "Yes"
	lblNotTaken      = "No"
	lblSaveNote      = "Save as note"
	lblDontSave      = "No, thanks"
	lblEraseAll      = "Yes, erase everything"
	lblKeep          = "No, keep it"
	lblChangeZone    = "Time zone"
	lblChangeTime    = "Check-in time"
	lblChangeCountry = "Country"
	lblDone          = "Nothing, thanks"
)

const (
	txtPHQIntro = "This is the PHQ-9, a standard nine-question check that many clinicians use. " +
		"It takes about two minutes. Tap an answer, or type 0–3. \"stop\" ends it."
	txtPHQReask = "Please tap an answer, or type 0 (not at all), 1 (several days), 2 (more than half the days) or 3 (nearly every day)."
)

func txtPHQResult(total int, band string) string {
	return fmt.Sprintf("Thank you. Your PHQ-9 total is %d of 27 (%s range). "+
		"It's a screening score, not a diagnosis — worth sharing with your provider, and /report includes it.", total, band)
}

const (
	txtPromptIntro      = "Hi — time for today's check-in. 🌙"
	txtPromptAfterBreak = "Hi — it's been a few days, and that's completely okay. One tap is plenty today. " +
		"If you'd like a break from these messages, /pause 14 gives you two weeks."
	txtReminderIntro = "A gentle reminder, no pressure: how was today? Even one tap helps."
	txtPHQDue        = "It's been two weeks, so here is the short PHQ-9 questionnaire. \"stop\" skips it this time."
)

// Short lines of the dialogue.
const (
	txtGotIt          = "Got it: "
	txtUpdated        = "Updated: "
	txtNoted          = "Noted."
	txtSkipped        = "Skipped."
	txtOkay           = "Okay."
	txtThanks         = "Thank you."
	txtErased         = "Erased."
	txtHi             = "Hi!"
	txtWelcomeBack    = "You're welcome. 🌱"
	txtNothingChanged = "Okay — nothing changed."
	txtHistoryToday   = "Today so far:"
	txtHistoryDays    = "Your last %d days:"
	txtFinishSetup    = "Let's finish setting up first (or say \"skip\")."
	txtOneLineReask   = "I couldn't read that. Try \"/checkin 6 7.5\" (mood 0–10, then hours slept) or \"/checkin mood 6 sleep 7.5\"."
	txtPHQStopped     = "Okay, I stopped the questionnaire; nothing of it was saved. /phq9 starts it again."
	txtMedNone        = "No medication recorded yet."
	txtMedTimeline    = "Your medication timeline:"
	txtMedHowTo       = "To add one or record a dose change, send it like \"sertraline 50mg since 2026-09-01\" (or \"stop\")."
	txtMedDateReask   = "I couldn't read that date. Please write it as YYYY-MM-DD, \"today\" or \"yesterday\"."
	txtMedNameReask   = "Please give the medication's name, and the dose if you like: \"sertraline 50mg\"."
	txtMedRecorded    = "Recorded: %s %s from %s. It will show on your chart and in /report."
)

const (
	txtCrisisNoCountry = "Without a country, /crisis shows an international directory of helplines."
	txtCrisisNotListed = "I don't have crisis lines for %s yet, so /crisis shows an international directory of helplines."
	txtCrisisListed    = "/crisis shows the crisis lines for %s, any time."
)

// days says "1 day" or "N days".
func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// After the crisis reply to a command that also held risk words.
const txtRiskCommandHeld = "I've left that command for now, so nothing changed. Send it again whenever you're ready."

// Understanding everyday answers: times, ratings and mixed messages.
const (
	txtTimeAmPm      = "Is that %[1]s am or %[1]s pm?"
	txtTimeWhichHour = "Which hour is that for you? For example \"8pm\" or \"20:30\"."
	txtRatingGuess   = "About %d–%d out of %d? Tap the one that fits, or send another number."
	txtRatingBetween = "%s? Tap the one that fits — I keep whole numbers."
	lblOther         = "Other"

	txtSleepImpossible  = "%s hours of sleep can't be right for one night — how many hours did you sleep?"
	txtRatingImpossible = "%s is off the scale for %s — please send a number from %d to %d."
	txtOfferNoteShort   = "Shall I keep that as today's note?"
	txtHowToCheckIn     = "To check in instead, send /checkin or something like \"mood 6, slept 7h\"."
	txtAskFunctioning   = "Did you do what you meant to today — work, plans, seeing people? Mostly, partly, hardly, or 0–10. (\"skip\" to skip)"
	txtFunctioningReask = "Please answer mostly, partly or hardly, or a number from 0 to 10 (or \"skip\")."
	lblMostly           = "Mostly"
	lblPartly           = "Partly"
	lblHardly           = "Hardly"
	lblMorningAt        = "%s am"
	lblEveningAt        = "%s pm"
)

// stepAgain asks an open check-in question again in one short line.
func stepAgain(item string) string {
	switch item {
	case itemMood:
		return "And your mood today, 0–10?"
	case itemSleep:
		return "And how many hours did you sleep?"
	case itemQuality:
		return "And how well did you sleep, 1–5?"
	case itemEnergy:
		return "And your energy today, 0–10?"
	case itemInterest:
		return "And your interest or enjoyment today, 0–10?"
	case itemFunctioning:
		return "And did you do what you meant to today — mostly, partly or hardly?"
	case itemMed:
		return "And did you take your medication today?"
	}
	return "Anything else you'd like to note about today?"
}

// itemLabel names an item in a sentence.
func itemLabel(item string) string {
	switch item {
	case itemQuality:
		return "sleep quality"
	case itemInterest:
		return "interest"
	case itemFunctioning:
		return "doing what you meant to"
	}
	return item
}

// Safety plan (Stanley and Brown's six steps) and the trusted person.
// Short and warm; no method talk; never a promise of watching over anyone.
// See docs/SAFETY.md, "Safety plan and trusted person".
const (
	txtPlanIntro = "A safety plan is a short list in your own words, written while things are calmer, for a harder moment. " +
		"Six short questions: skip any, change them any time with /plan. Whenever I show you crisis lines, your plan comes first."
	txtPlanStepOf    = "Step %d of %d: %s"
	txtPlanNow       = "Now: %s"
	txtPlanSaved     = "Saved."
	txtPlanTooLong   = "That was long, so I kept the first %d characters."
	txtPlanDone      = "Your plan is ready. It can help to keep a copy somewhere you'll see it, or to share it with someone you trust."
	txtPlanStopped   = "Okay, I've kept what you wrote. /plan picks it up again whenever you like."
	txtPlanHeader    = "Your safety plan:"
	txtPlanEmptyStep = "—"
	txtPlanEditHint  = "Tap a step to change it."
	txtPlanKept      = "Kept as it was."
	txtPlanCleared   = "Cleared."
	txtPlanLater     = "Okay. /plan is there whenever you'd like it."
	txtPlanSays      = "Your plan says:"
	txtPlanEdited    = "Updated step %d of your plan."

	txtPlanKeptForLater = "I kept what you wrote in your plan. /plan carries on whenever you're ready."
	txtPlanOffer        = "Things seem hard at the moment. Some people find it helps to write a short safety plan while things are calmer: " +
		"what helps, and who to reach, in your own words. Would you like to make one? It takes a few minutes, and you can skip anything."
	txtPlanOfferSee = "Things seem hard at the moment. Your safety plan is there whenever you want it. Would you like to look at it?"
	txtPlanMention  = "If you'd like, /plan helps you write a short safety plan in your own words, for harder days."
)

// txtPlanQuestions are the six steps' questions, in Stanley and Brown's order.
var txtPlanQuestions = [6]string{
	"What tells you a hard time might be starting? Thoughts, feelings, situations — in your own words.",
	"What can you do on your own to take your mind off things or feel a little calmer?",
	"Which people or places help you take your mind off things? A friend, a café, a walk somewhere you like.",
	"Who could you ask for help when things get hard? Names and numbers, if you like.",
	"Which professionals or services could you contact? Your doctor, therapist, a clinic or a helpline.",
	"Is there anything you could put away, or ask someone to keep for you, to make things safer when you feel this way?",
}

// txtPlanTitles head each step in /plan.
var txtPlanTitles = [6]string{
	"Warning signs",
	"Things I can do on my own",
	"People and places that take my mind off things",
	"People I can ask for help",
	"Professionals and services",
	"Making things safer",
}

// txtPlanCrisisTitles head the steps a crisis reply shows.
var txtPlanCrisisTitles = [6]string{
	"", "What you can do", "People and places", "Who you can ask", "Professionals", "",
}

// Safety plan button labels.
const (
	lblPlanStop  = "Stop for now"
	lblPlanKeep  = "Keep"
	lblPlanClear = "Clear"
	lblPlanEdit  = "Step %d"
	lblPlanStart = "Make my plan"
	lblPlanShow  = "Show my plan"
	lblNotNow    = "Not now"
)

// Trusted person: the texts the person sees.
const (
	txtTrustedAskName = "A trusted person is someone I may tell that you could use some support — only when you say Yes, " +
		"and never anything about how you've been. What's their first name? (\"stop\" to leave it)"
	txtTrustedNameReask       = "Please send just their first name, like \"Sam\" (or \"stop\")."
	txtTrustedOneAtATime      = "You can have one trusted person at a time: to choose someone else, end this link first."
	txtTrustedCancelled       = "Okay, the invitation is cancelled."
	txtTrustedOffer           = "Would you like me to let %s know you could use some support? I'd send one short message, with nothing about how you've been."
	txtTrustedOfferStale      = "That question is from earlier, so I didn't send anything. /trusted lets you reach them now."
	txtTrustedNotTold         = "Okay, I won't. If you change your mind, /trusted can let %s know."
	txtTrustedTold            = "Done — I've let %s know you could use some support. I didn't share anything else."
	txtTrustedToldAck         = "Sent."
	txtTrustedAlreadyTold     = "I've already let %s know."
	txtTrustedUnreachable     = "I couldn't reach %s just now. If you can, contact them yourself — or someone else you trust."
	txtTrustedEndedByYou      = "Okay, the link with %s has ended. I've told them only that it ended."
	txtTrustedAlreadyAccepted = "%s has already accepted. /trusted shows the link."
	txtTrustedAlreadyEnded    = "That link has already ended, so nothing changed."
	txtTrustedEndedByThem     = "%s has ended the trusted-person link. That's okay. /trusted lets you invite someone else, and /crisis shows people you can talk to any time."
)

func txtTrustedInvite(name, platform, code, until string) string {
	return fmt.Sprintf("Here's your invitation for %s. Pass it on yourself — I never message anyone first:\n\n"+
		"\"Open a chat with checkin on %s and send: /accept %s\"\n\n"+
		"It works once, until %s. Until %s accepts I won't contact them at all. After that, I'll only message them "+
		"when you say Yes: one short message that you could use some support, never anything about how you've been.",
		name, platform, code, until, name)
}

func txtTrustedLinked(name, display string) string {
	s := fmt.Sprintf("%s is your trusted person.", name)
	if display != "" && display != name {
		s = fmt.Sprintf("%s is your trusted person (they accepted as \"%s\").", name, display)
	}
	return s + " I only contact them when you say Yes, and never with anything about how you've been."
}

func txtTrustedAccepted(name, display string) string {
	who := name
	if display != "" && display != name {
		who = fmt.Sprintf("%s (as \"%s\")", name, display)
	}
	return fmt.Sprintf("%s accepted your invitation and is now your trusted person. I'll only contact them when you say Yes. "+
		"If that isn't who you meant, /trusted ends the link.", who)
}

// Trusted person: the texts the trusted person sees. They never hold a
// number, a score or anything about the person's health.
const (
	txtTrustedSomeone         = "The person who invited you"
	txtTrustedCodeReask       = "That doesn't look like an invitation code. It has eight letters and digits, like \"/accept K7QX-M2PD\"."
	txtTrustedPrivateChat     = "Please send that to me in a private chat, not in a group."
	txtTrustedNoInvite        = "I couldn't find that invitation. It may have expired or been used already — ask for a new one."
	txtTrustedOwnCode         = "That's your own invitation. Pass it on to the person you'd like as your trusted person."
	txtTrustedNone            = "You aren't anyone's trusted person here."
	txtTrustedAcceptedAlready = "You've already accepted this invitation — thank you. /untrust ends the link at any time."
	txtTrustedUntrusted       = "Done. The link has ended, and I won't message you about them again."
)

func txtTrustedWelcome(person string) string {
	return fmt.Sprintf("Thank you. %s has chosen you as their trusted person on checkin, an automated tool they use.\n\n"+
		"I'll only message you when they ask me to let you know they could use some support. I won't share anything about "+
		"how they've been, and I can't watch over them.\n\nYou can end this at any time with /untrust or the button below.", person)
}

func txtTrustedMessage(person string) string {
	return fmt.Sprintf("%s asked me to let you know they could use some support right now. Reaching out to them — a call, "+
		"a message or a visit — may help.\n\nI'm checkin, an automated tool they use. I haven't shared anything else, and I can't "+
		"watch over them. If you think they are in danger right now, call your local emergency number.", person)
}

func txtTrustedEnded(person string) string {
	return fmt.Sprintf("%s's trusted-person link on checkin has ended. You won't get any more messages about them from me.", person)
}

// txtPlatformNames name the platforms in an invitation.
var txtPlatformNames = map[string]string{Telegram: "Telegram", Discord: "Discord", Console: "the terminal (checkin chat)"}

// Trusted person button labels.
const (
	lblTrustedNewCode = "New code"
	lblTrustedCancel  = "Cancel invitation"
	lblTrustedEnd     = "End link"
	lblTrustedTellNow = "Let %s know now"
	lblTrustedYes     = "Yes, let %s know"
)

// /baseline: the stretch the trend engine compares with (bot/well.go).
const (
	txtBaselineMarked = "You marked %s as a time you were doing well. I compare your recent weeks with it " +
		"(then: %s).\n\n/baseline clear forgets it, and I go back to finding one myself."
	txtBaselineFound = "I compare your recent weeks with %s, the stretch in your check-ins when you seemed to be doing best " +
		"(then: %s).\n\nIf another time felt better, you can mark it: /baseline 2026-03-01 2026-04-30, or /baseline last 8 weeks."
	txtBaselineNone = "I don't have a good stretch to compare with yet: that takes about 8 weeks of check-ins.\n\n" +
		"If you remember a time you were doing well and checked in then, you can mark it: " +
		"/baseline 2026-03-01 2026-04-30, or /baseline last 8 weeks."
	txtBaselineSet = "Thank you. I'll compare your weeks with %s, the time you marked as doing well " +
		"(%d check-ins from then). /baseline shows it; /baseline clear forgets it."
	txtBaselineCleared = "Okay, I've forgotten the stretch you marked. I'll find one in your check-ins myself."
	txtBaselineNothing = "There's no marked stretch to forget: I find one in your check-ins myself."
	txtBaselineReask   = "I didn't catch that. You can write /baseline 2026-03-01 2026-04-30 (two dates), " +
		"/baseline last 8 weeks, or /baseline clear."
	txtBaselineFuture = "That stretch reaches past today. Mark a time that has already happened, " +
		"for example /baseline last 8 weeks."
	txtBaselineLength = "Please mark a stretch from 2 to 26 weeks long: shorter says too little, longer blurs good and hard times together."
	txtBaselineOld    = "I can only compare with the last 12 months. Please mark a time within them."
	txtBaselineSparse = "I only have %d check-ins from %s, and I need at least %d to compare with. " +
		"Could you mark a time when you checked in more often?"
	txtBaselineThen      = "mood %s, sleep %s"
	txtBaselineThenMood  = "mood %s"
	baselineStretchWords = "Jan 2, 2006"
)
