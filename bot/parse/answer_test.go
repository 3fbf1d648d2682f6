package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// show renders an Answer compactly: "mood=6 sleep=8 !sleep(out of range:26) ?2-3~ rest=…".
func show(a Answer) string {
	var parts []string
	add := func(name string, p *int) {
		if p != nil {
			parts = append(parts, fmt.Sprintf("%s=%d", name, *p))
		}
	}
	add("mood", a.Mood)
	if a.Sleep != nil {
		parts = append(parts, fmt.Sprintf("sleep=%g", *a.Sleep))
	}
	add("quality", a.Quality)
	add("energy", a.Energy)
	add("interest", a.Interest)
	add("functioning", a.Functioning)
	if a.Med != nil {
		parts = append(parts, fmt.Sprintf("med=%v", *a.Med))
	}
	var probs []string
	for _, p := range a.Problems {
		kind := "unclear"
		if p.Err == ErrOutOfRange {
			kind = "range"
		}
		probs = append(probs, fmt.Sprintf("!%s(%s:%s)", p.Item, kind, p.Value))
	}
	sort.Strings(probs)
	parts = append(parts, probs...)
	if c := a.Choice; c != nil {
		g := ""
		if c.Guess {
			g = "~"
		}
		parts = append(parts, fmt.Sprintf("?%d-%d%s", c.Lo, c.Hi, g))
	}
	if a.Rest != "" {
		parts = append(parts, "rest="+a.Rest)
	}
	return strings.Join(parts, " ")
}

func TestReadAnswer(t *testing.T) {
	tests := []struct {
		step, in, want string
	}{
		{ItemMood, "6/10 and about 8h", "mood=6 sleep=8"},
		{ItemMood, "6/10, slept 7h", "mood=6 sleep=7"},
		{ItemMood, "mood 6, slept 26 hours", "mood=6 !sleep(range:26)"},
		{ItemMood, "6, 26 hours of sleep", "mood=6 !sleep(range:26)"},
		{ItemMood, "6 and 26h", "mood=6 !sleep(range:26)"},
		{ItemMood, "mood 12, slept 7h", "sleep=7 !mood(range:12)"},
		{ItemMood, "12", "!mood(range:12)"},
		{ItemMood, "like a 4", "mood=4"},
		{ItemMood, "meh, like a 4", "mood=4 rest=meh"},
		{ItemMood, "3 or 4", "?3-4"},
		{ItemMood, "pretty bad", "?2-3~"},
		{ItemMood, "pretty bad, slept 5h", "sleep=5 ?2-3~"},
		{ItemMood, "rough day, cancelled dinner again", "rest=rough day, cancelled dinner again"},
		{ItemMood, "between 3 and 4", "?3-4"},
		{ItemMood, "4, energy 3", "mood=4 energy=3"},
		{ItemMood, "4 and took my meds", "mood=4 med=true"},
		{ItemMood, "a solid 6, 7.5 hours", "mood=6 sleep=7.5"},
		{ItemMood, "4 but work was awful", "mood=4 rest=work was awful"},
		{ItemMood, "mood 6 mood 3", "!mood(unclear:3)"},
		{ItemSleep, "7 or 8 hours", "sleep=7.5"},
		{ItemSleep, "7 or 8", "sleep=7.5"},
		{ItemSleep, "about 6", "sleep=6"},
		{ItemSleep, "26", "!sleep(range:26)"},
		{ItemSleep, "seven and a half", "sleep=7.5"},
		{ItemSleep, "6, mood 5", "mood=5 sleep=6"},
		{ItemSleep, "woke up a lot", "rest=woke up a lot"},
		{ItemQuality, "poor", "quality=2"},
		{ItemQuality, "3 or 4", "?3-4"},
		{ItemQuality, "9", "!quality(range:9)"},
		{ItemEnergy, "low, like a 2", "energy=2 rest=low"},
		{ItemInterest, "not great", "?3-4~"},
		{ItemFunctioning, "mostly", "functioning=8"},
		{ItemFunctioning, "partly", "functioning=5"},
		{ItemFunctioning, "hardly", "functioning=2"},
		{ItemFunctioning, "some of it", "functioning=5"},
		{ItemFunctioning, "about a 7", "functioning=7"},
		{ItemFunctioning, "15", "!functioning(range:15)"},
		{ItemFunctioning, "functioning 6, mood 5", "mood=5 functioning=6"},
		{ItemMed, "yes, mood 7", "mood=7 med=true"},
		{ItemMed, "forgot", "med=false"},
		{ItemMed, "I dont think I want to be here anymore", "rest=I dont think I want to be here anymore"},
		{ItemMed, "never mind", "rest=never mind"},
		{ItemMed, "i didnt take them", "med=false"},
		{ItemMed, "not today", "med=false"},
		{ItemMed, "no, forgot", "med=false"},
		{"", "mood 6, 8h", "mood=6 sleep=8"},
		{ItemMood, "6/10 8h", "mood=6 sleep=8"},
		{ItemMood, "6 with 8 hours sleep", "mood=6 sleep=8 rest=with"},
		{ItemMood, "4 feeling tired", "mood=4 rest=feeling tired"},
		{ItemMood, "3 hours", "sleep=3"},
		{ItemMood, "6 pm", "rest=6 pm"},
		{ItemMood, "2 at 3am", "mood=2 rest=at 3am"},
		{ItemMood, "pretty bad day at work", "rest=pretty bad day at work"},
		{ItemMood, "I'd say a 7 today", "mood=7"},
		{ItemMood, "a 3, rough day", "mood=3 rest=rough day"},
		{ItemMood, "a 3, rough day at work", "mood=3 rest=rough day at work"},
		{ItemMood, "5.5", "?5-6"},
		{ItemMood, "3 or 4, slept badly 5h", "sleep=5 quality=2 ?3-4"},
		{ItemMood, "around 5ish, slept 6", "mood=5 sleep=6"},
		{ItemMood, "4. slept 5 hours", "mood=4 sleep=5"},
		{ItemMood, "mood 6, slept -2 hours", "mood=6 !sleep(range:-2)"},
		{ItemMood, "6/10 and about 8h, energy 3", "mood=6 sleep=8 energy=3"},
		{ItemMood, "like a 2, can't sleep", "mood=2 rest=can't sleep"},
		{ItemMood, "8 good day", "mood=8"},
		{ItemSleep, "barely 4", "sleep=4"},
		{ItemSleep, "6.5 hours I think", "sleep=6.5"},
		{ItemSleep, "6 hours woke up twice", "sleep=6 rest=woke up twice"},
		{ItemSleep, "7 mood 5", "mood=5 sleep=7"},
		{ItemSleep, "didn't sleep", "sleep=0"},
		{ItemQuality, "terrible, woke at 3", "quality=1 rest=woke at 3"},
		{ItemQuality, "2 woke a lot", "quality=2 rest=woke a lot"},
		{ItemQuality, "pretty bad", "quality=2"},
		{ItemQuality, "very badly", "quality=1"},
		{ItemQuality, "really well", "quality=5"},
		{ItemQuality, "quite good", "quality=4"},
		{ItemQuality, "not great", "?2-3~"},
		{ItemQuality, "not bad", "?3-4~"},
		{ItemQuality, "not too bad", "?3-4~"},
		{ItemEnergy, "low", "?2-3~"},
		{ItemEnergy, "3 so tired", "energy=3 rest=so tired"},
		{ItemInterest, "not much, a 3", "interest=3 rest=not much"},
		{ItemMood, "pretty bad, a 3", "mood=3 rest=pretty bad"},
		{ItemMood, "a 3. pretty bad", "mood=3 rest=pretty bad"},
		{ItemMood, "a 3, pretty bad day at work", "mood=3 rest=pretty bad day at work"},
		{ItemFunctioning, "barely got out of bed", "functioning=2 rest=got out of bed"},
		{ItemFunctioning, "mostly, but skipped the gym", "functioning=8 rest=skipped the gym"},
		{ItemFunctioning, "7 went to work", "functioning=7 rest=went to work"},
	}
	for _, tt := range tests {
		t.Run(tt.step+"/"+tt.in, func(t *testing.T) {
			if got := show(ReadAnswer(tt.in, tt.step)); got != tt.want {
				t.Errorf("ReadAnswer(%q at %s) = %q, want %q", tt.in, tt.step, got, tt.want)
			}
		})
	}
}

func TestFreeEach(t *testing.T) {
	tests := []struct{ in, want string }{
		{"mood 6, slept 26 hours", "mood=6 !sleep(range:26)"},
		{"mood 11 slept 7h", "sleep=7 !mood(range:11)"},
		{"mood 6, energy 15, meds yes", "mood=6 med=true !energy(range:15)"},
		{"mood 5-6, slept 7h", "sleep=7 !mood(unclear:5)"},
		{"mood 6, slept 7h", "mood=6 sleep=7"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			f, errs := FreeEach(tt.in)
			if got := show(Answer{Fields: f, Problems: errs}); got != tt.want {
				t.Errorf("FreeEach(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
