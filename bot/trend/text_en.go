package trend

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/checkin-bot/checkin/bot/stats"
)

// Every word the trend rules produce, in one place for review and
// translation. Two kinds of text live here:
//   - details, stored in the flag and shown to a clinician: short, third
//     person, numbers only;
//   - message lines, sent to the person: second person, warm, plain, and
//     never a diagnosis ("this can happen when…", never "you are relapsing").

const (
	msgIntroOne  = "A gentle note from your check-ins. I noticed that %s."
	msgIntroMany = "A gentle note from your check-ins. I noticed that:"
	msgBullet    = "• %s"
	msgWhy       = "This can happen for many reasons: stress, a hard stretch, changes in routine, and sometimes a medication " +
		"that isn't working as well as it used to. It could be worth talking it over with your doctor or prescriber."
	msgWhySoon = "This can happen for many reasons, sometimes a medication that isn't working as well as it used to. " +
		"When changes like these last for weeks, it's a good idea to talk them over with your doctor or prescriber soon; " +
		"you don't have to wait for your next appointment."
	msgDoses = "Missed doses happen to everyone now and then. They can also feel a lot like the medication fading, " +
		"so it's worth telling your prescriber, especially if taking it has become hard. They can help."
	msgReport = "If it helps, /report makes a two-week report you can show them."
	msgCrisis = "I'm only a tracker: this is not a diagnosis, and I'm not an emergency service. " +
		"If you ever feel unsafe, /crisis shows who you can reach right now."
)

// names of one measure, for the mood-like rules.
type names struct{ detail, line, floor string }

var (
	moodNames     = names{"mood", "your mood", "mood"}
	interestNames = names{"interest or enjoyment", "your interest and enjoyment", "your interest and enjoyment"}
	energyNames   = names{"energy", "your energy", "your energy"}
)

// symptomWords name each symptom rule in the persistence line.
var symptomWords = map[string]string{
	RuleMood:     "lower mood",
	RuleSleep:    "disturbed sleep",
	RuleInterest: "less interest or enjoyment",
	RuleEnergy:   "low energy",
}

// num writes a number with at most one decimal: 7, 6.5, 4.2.
func num(x float64) string { return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) }

func lowWords(c Config, n names, f lowFinding) (detail, line string) {
	var details []string
	if f.byBaseline {
		details = append(details, fmt.Sprintf("%s averaged %s over the last %d days (%d answered), usual level %s",
			n.detail, num(f.mean), c.MoodDays, f.answered, num(f.usual)))
		line = fmt.Sprintf("%s over the last %d days averaged %s, down from your usual %s",
			n.line, c.MoodDays, num(f.mean), num(f.usual))
	}
	if f.byFloor {
		details = append(details, fmt.Sprintf("%s %d or lower on %d of %d answered days in the last %d",
			n.detail, c.LowScore, f.low, f.answered, c.MoodDays))
		if line == "" {
			line = fmt.Sprintf("you rated %s %d or lower on %d of the %d days you answered in the last %d days",
				n.floor, c.LowScore, f.low, f.answered, c.MoodDays)
		}
	}
	return strings.Join(details, "; "), line
}

func sleepWords(c Config, f sleepFinding) (detail, line string) {
	var details, lines []string
	if f.byHours {
		bad := f.short + f.long
		switch {
		case f.long == 0:
			details = append(details, fmt.Sprintf("sleep under %s h on %d of the last %d nights", num(c.ShortSleepHours), bad, c.SleepDays))
			lines = append(lines, fmt.Sprintf("your sleep was under %s hours on %d of the last %d nights", num(c.ShortSleepHours), bad, c.SleepDays))
		case f.short == 0:
			details = append(details, fmt.Sprintf("sleep over %s h on %d of the last %d nights", num(c.LongSleepHours), bad, c.SleepDays))
			lines = append(lines, fmt.Sprintf("you slept over %s hours on %d of the last %d nights", num(c.LongSleepHours), bad, c.SleepDays))
		default:
			details = append(details, fmt.Sprintf("sleep under %s h or over %s h on %d of the last %d nights",
				num(c.ShortSleepHours), num(c.LongSleepHours), bad, c.SleepDays))
			lines = append(lines, fmt.Sprintf("your sleep was under %s or over %s hours on %d of the last %d nights",
				num(c.ShortSleepHours), num(c.LongSleepHours), bad, c.SleepDays))
		}
	}
	if f.byQuality {
		details = append(details, fmt.Sprintf("sleep quality %d of 5 or lower on %d of the last %d nights", c.PoorSleepQuality, f.poor, c.SleepDays))
		lines = append(lines, fmt.Sprintf("you rated your sleep %d out of 5 or lower on %d of the last %d nights", c.PoorSleepQuality, f.poor, c.SleepDays))
	}
	if f.byDrop {
		details = append(details, fmt.Sprintf("sleep averaged %s h over the last %d nights, usual level %s h", num(f.mean), c.SleepDays, num(f.usual)))
		lines = append(lines, fmt.Sprintf("your sleep averaged %s hours over the last %d nights, down from your usual %s", num(f.mean), c.SleepDays, num(f.usual)))
	}
	return strings.Join(details, "; "), strings.Join(lines, ", and ")
}

func dosesWords(c Config, f doseFinding) (detail, line string) {
	return fmt.Sprintf("medication marked not taken on %d of the last %d days", f.missed, c.DoseDays),
		fmt.Sprintf("you marked your medication as not taken on %d of the last %d days", f.missed, c.DoseDays)
}

func phqSevereWords(c Config, f phqFinding) (detail, line string) {
	return fmt.Sprintf("PHQ-9 total %d (%d or more)", f.total, c.PHQ9Severe),
		fmt.Sprintf("your latest PHQ-9 score was %d (%d or more is the questionnaire's highest range)", f.total, c.PHQ9Severe)
}

func phqHighWords(c Config, f phqFinding) (detail, line string) {
	return fmt.Sprintf("PHQ-9 totals %d then %d (%d or more twice running)", f.previous, f.total, c.PHQ9High),
		fmt.Sprintf("your last two PHQ-9 scores were %d and %d, both %d or more", f.previous, f.total, c.PHQ9High)
}

func phqRiseWords(c Config, f phqFinding) (detail, line string) {
	up := num(float64(f.total) - f.usual)
	return fmt.Sprintf("PHQ-9 total %d, %s points above the usual %s", f.total, up, num(f.usual)),
		fmt.Sprintf("your latest PHQ-9 score, %d, is %s points above your usual %s", f.total, up, num(f.usual))
}

func persistWords(c Config, days int, seen []string) (detail, line string) {
	var what []string
	for _, r := range seen {
		what = append(what, symptomWords[r])
	}
	list := orList(what)
	return fmt.Sprintf("%s on %d of the last %d days", list, days, c.PersistDays),
		fmt.Sprintf("on %d of the last %d days your check-ins showed %s", days, c.PersistDays, list)
}

// orList joins words as "a", "a or b", "a, b or c".
func orList(ws []string) string {
	if len(ws) <= 1 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " or " + ws[len(ws)-1]
}

// compose builds the one message for an evaluation's hits.
func compose(hits []Hit, lines []string) string {
	var b strings.Builder
	if len(lines) == 1 {
		fmt.Fprintf(&b, msgIntroOne, lines[0])
	} else {
		b.WriteString(msgIntroMany)
		for _, l := range lines {
			b.WriteString("\n")
			fmt.Fprintf(&b, msgBullet, l)
		}
	}
	soon, symptom, doses := false, false, false
	for _, h := range hits {
		switch h.Rule {
		case RuleDoses:
			doses = true
		case RulePersist, RulePHQ9Severe:
			soon, symptom = true, true
		default:
			symptom = true
		}
	}
	switch {
	case soon:
		b.WriteString("\n\n" + msgWhySoon)
	case symptom:
		b.WriteString("\n\n" + msgWhy)
	}
	if doses {
		b.WriteString("\n\n" + msgDoses)
	}
	b.WriteString("\n\n" + msgReport + "\n\n" + msgCrisis)
	return b.String()
}

// Words of the change detector (trend.decline).
const (
	declineDetail     = "below the well baseline (%s%s): %s; over the limit: %s"
	declineLine       = "your check-ins over the last %d days have been lower than when you were doing well (%s): on average %s"
	declineLineAll    = "your check-ins over the last %d days have been a little lower all round than when you were doing well (%s)"
	declineDetailAll  = "several measures slightly lower together"
	declineLineSignal = "%s %s%s (%s%s then)"
	declineLineShown  = 3 // measures named in the message, the largest falls first; the detail has all
	declineSignalWord = "%s averaged %s%s, well baseline %s%s"
	declineMarked     = ", marked with /baseline"
	declineByCombined = "combined score"
	stretchLayout     = "Jan 2"
	dosesUnit         = " %"
	stretchSep        = "–"
)

// stretchWords writes a stretch of days as "Mar 3–Apr 27".
func stretchWords(from, to string) string {
	a, err1 := time.Parse(stats.DayLayout, from)
	b, err2 := time.Parse(stats.DayLayout, to)
	if err1 != nil || err2 != nil {
		return from + stretchSep + to
	}
	return a.Format(stretchLayout) + stretchSep + b.Format(stretchLayout)
}

// andList joins words as "a", "a and b", "a, b and c".
func andList(ws []string) string {
	if len(ws) <= 1 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

func declineWords(f declineFinding, d *detector, stretch string, recentDays int, drops []signalDrop) (detail, line string) {
	var parts, names []string
	for i, x := range drops {
		sg := d.sigs[x.sig]
		parts = append(parts, fmt.Sprintf(declineSignalWord, sg.name, num(x.recent), sg.unit, num(x.well), sg.unit))
		if i < declineLineShown {
			names = append(names, fmt.Sprintf(declineLineSignal, sg.words, num(x.recent), sg.unit, num(x.well), sg.unit))
		}
	}

	var by []string
	if f.combined {
		by = append(by, declineByCombined)
	}
	for _, j := range f.alarms {
		by = append(by, d.sigs[j].name)
	}
	marked := ""
	if d.marked {
		marked = declineMarked
	}
	if len(parts) == 0 {
		return fmt.Sprintf(declineDetail, stretch, marked, declineDetailAll, strings.Join(by, ", ")),
			fmt.Sprintf(declineLineAll, recentDays, stretch)
	}
	return fmt.Sprintf(declineDetail, stretch, marked, strings.Join(parts, "; "), strings.Join(by, ", ")),
		fmt.Sprintf(declineLine, recentDays, stretch, andList(names))
}
