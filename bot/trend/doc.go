// Package trend notices the slow fade: the weeks-long changes in sleep,
// mood, interest, energy, medication and PHQ-9 scores that people on
// long-term antidepressants often see only in retrospect. It is pure logic
// over a person's stored history; the core calls Evaluate after each saved
// check-in and each completed PHQ-9, stores every Hit as a store.Flag and
// sends the one Message. It never diagnoses: a hit says in plain words what
// was seen and suggests talking to a provider, with the two-week report
// (/report) and the crisis lines (/crisis).
//
// # Defaults and what they rest on
//
// Change (trend.decline): the change detector of cusum.go and
// reference.go. Each measure (mood, sleep, sleep quality, energy and
// interest when asked, functioning where answered) is compared with the
// person's well baseline (the stretch of 8 weeks at the 60th percentile of
// mean mood among those of the last year, or the one they marked with
// /baseline), its days standardised, weekends against weekends, scaled for
// day-to-day carry-over and summed in a lower CUSUM; the mean of the
// measures runs one too, so several small declines flag sooner than one.
// docs/SAFETY.md gives the maths, the in-control run lengths and the
// simulated targets (go test ./bot/trend -run 'DetectionTargets|InControlARL' -v).
//
// Sleep (trend.sleep): a night under 6 h or over 10 h on 4 of the last 7
// days, or sleep quality 1 of 5 on 4 of them, or the week's mean 2 h (or
// 1.5 standard deviations, if larger) below the rolling reference.
// The National Sleep Foundation's panel (Hirshkowitz et al., Sleep Health
// 2015) calls 7–9 h recommended for adults and under 6 or over 10 h "not
// recommended"; the AASM/SRS consensus (Watson et al., Sleep 2015) asks for
// 7 h or more and links regularly less with harm. Insomnia and hypersomnia
// "nearly every day" is a DSM-5 criterion of a depressive episode, so both
// ends count, and "4 of 7" is the smallest majority of a week.
//
// Mood (trend.mood): abrupt change. The last 14 days' mean, with at least
// 10 of the 14 answered, at or below the rolling reference (the personal
// baseline of bot/stats: the median of days 15–70 back, once 28 are
// answered) minus the larger of 2 points and 1.5 standard deviations. Two
// weeks is the DSM-5 duration of a depressive episode and the NICE
// active-monitoring interval (CG90: reassess "normally within 2 weeks").
// The rolling reference follows a slow decline down; the slow fade is
// trend.decline's, so this rule can ask for a large, quick fall.
// lookback_days (default 0) can still make "usual" the upper quartile of
// the rolling baselines of up to 56 days.
//
// Interest and energy (trend.interest, trend.energy; only when those items
// are asked): the same comparison, or 3 of 10 or lower on most answered
// days of the last 14 (at least 10 answered): loss of interest is a core
// DSM-5 symptom and fatigue another, and a floor catches someone whose
// usual is already low.
//
// Persistence (trend.persist): a sleep, mood, interest or energy condition
// true on at least 15 of the last 28 days, and still true today. Each of
// those conditions already looks back one to two weeks, so 15 such days
// means the change has covered most of four weeks. Advice for the public is
// to see a doctor after two weeks of symptoms most days (NHS); four weeks
// is also when NICE asks prescribers to review an antidepressant that has
// not helped, adherence included (NG222, 1.9.1). Persistence is judged per
// day, not from flags: a rule that rests does not hide a stretch that goes on.
//
// Missed doses (trend.doses; only when the medication item is asked):
// "taken" answered no on 3 or more of the last 7 days. Missed doses can look
// like a medication fading and bring discontinuation symptoms; NICE lists
// adherence as the first thing to discuss when treatment seems not to work
// (NG222, 1.9.1). The message asks gently to tell the prescriber.
//
// PHQ-9 (phq9.high, phq9.rise, phq9.severe): a total of 10 or more twice
// running (10 is the cut-off for moderate depression, sensitivity and
// specificity 88% for major depression; Kroenke et al., J Gen Intern Med
// 2001), a rise of 5 or more over the median of the person's earlier totals
// (5 points is the minimal clinically important difference; Löwe et al.,
// Med Care 2004), or any 20 or more (the severe band). A questionnaire
// counts for 28 days: it asks about two weeks, and an old score says little
// about today.
//
// # Resting, clearing and one message a week
//
// A rule that fired rests: its flag stays active until the rule has been
// back in range 7 days running (clear_days), and it does not fire again
// before 14 days (cooldown_days) have passed as well; a condition that
// never clears never repeats. "Back in range" means judged and fine; a day
// with too few answers to judge neither clears nor counts. Persistence is
// back in range on days when no symptom rule holds.
//
// Every trend message is a nudge toward a provider, and those go out at most
// once every 7 days (nudge_every_days). Rules that fire in the same
// evaluation share one message. While the last nudge is younger than that,
// hits wait unsent and unstored; whatever still holds when the week is up
// goes out then, so every trend flag matches a message the person got.
package trend
