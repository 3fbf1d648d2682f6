package parse

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// describe renders Fields compactly, so a table row states the whole expected result.
func describe(f Fields) string {
	var parts []string
	if f.Mood != nil {
		parts = append(parts, fmt.Sprintf("mood=%d", *f.Mood))
	}
	if f.Sleep != nil {
		parts = append(parts, fmt.Sprintf("sleep=%g", *f.Sleep))
	}
	if f.Quality != nil {
		parts = append(parts, fmt.Sprintf("quality=%d", *f.Quality))
	}
	if f.Energy != nil {
		parts = append(parts, fmt.Sprintf("energy=%d", *f.Energy))
	}
	if f.Interest != nil {
		parts = append(parts, fmt.Sprintf("interest=%d", *f.Interest))
	}
	if f.Med != nil {
		parts = append(parts, fmt.Sprintf("med=%t", *f.Med))
	}
	if f.Rest != "" {
		parts = append(parts, fmt.Sprintf("rest=%q", f.Rest))
	}
	return strings.Join(parts, " ")
}

type fieldsCase struct {
	in   string
	want string // describe() of the result
	item string // FieldError.Item when an error is expected
	err  error
}

func checkFields(t *testing.T, name string, got Fields, err error, tt fieldsCase) {
	t.Helper()
	if !errors.Is(err, tt.err) {
		t.Fatalf("%s(%q) error = %v, want %v", name, tt.in, err, tt.err)
	}
	if tt.item != "" {
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Item != tt.item {
			t.Fatalf("%s(%q) error = %#v, want a FieldError for %q", name, tt.in, err, tt.item)
		}
		return
	}
	if d := describe(got); d != tt.want {
		t.Errorf("%s(%q) = %s, want %s", name, tt.in, d, tt.want)
	}
}

func TestFree(t *testing.T) {
	tests := []fieldsCase{
		{in: "mood 6, slept 5h, woke at 3", want: `mood=6 sleep=5 rest="woke at 3"`},
		{in: "slept badly, 4h, mood 3", want: `mood=3 sleep=4 quality=2`},
		{in: "mood: 4/10 sleep 7.5 hours quality 4", want: `mood=4 sleep=7.5 quality=4`},
		{in: "energy 3 interest 2", want: `energy=3 interest=2`},
		{in: "took my meds", want: `med=true`},
		{in: "meds yes", want: `med=true`},
		{in: "meds: ✅", want: `med=true`},
		{in: "💊✅", want: `med=true`},
		{in: "forgot my meds", want: `med=false`},
		{in: "didn't take my pills", want: `med=false`},
		{in: "I forgot to take my medication", want: `med=false`},
		{in: "didn't forget my meds", want: `med=true`},
		{in: "feeling 5", want: `mood=5`},
		{in: "i'm a 5 today", want: `mood=5`},
		{in: "I’m at a 4", want: `mood=4`},
		{in: "feeling like a 7", want: `mood=7`},
		{in: "slept 7:30", want: `sleep=7.5`},
		{in: "7h30 sleep", want: `sleep=7.5`},
		{in: "6 hours of sleep", want: `sleep=6`},
		{in: "sleep 7,5", want: `sleep=7.5`},
		{in: "mod 6", want: `mood=6`},
		{in: "mood: 6", want: `mood=6`},
		{in: "MOOD 6", want: `mood=6`},
		{in: "slep 7", want: `sleep=7`},
		{in: "sleeo 6h", want: `sleep=6`},
		{in: "mood ６, slept ８h", want: `mood=6 sleep=8`},
		{in: "mood 6️⃣", want: `mood=6`},
		{in: "mood is about 6ish", want: `mood=6`},
		{in: "mood today was a 6", want: `mood=6`},
		{in: "sleep quality 4", want: `quality=4`},
		{in: "sleep quality: good", want: `quality=4`},
		{in: "quality of sleep 2", want: `quality=2`},
		{in: "sleep was good", want: `quality=4`},
		{in: "slept well 8 hours", want: `sleep=8 quality=4`},
		{in: "slept 6 hours, restless", want: `sleep=6 rest="restless"`},
		{in: "slept for about 7 hours", want: `sleep=7`},
		{in: "slept 5-6 hours", want: `sleep=5.5`},
		{in: "slept an hour", want: `sleep=1`},
		{in: "sleep hours: 7", want: `sleep=7`},
		{in: "hours slept: 6.5", want: `sleep=6.5`},
		{in: "slept 10pm-6am", want: `rest="slept 10pm-6am"`},
		{in: "slept 11-6", item: ItemSleep, err: ErrUnclear},
		{in: "mood 6/10 sleep 7/10", item: ItemSleep, err: ErrUnclear},
		{in: "meds: not taken", want: `med=false`},
		{in: "meds taken, mood 7 🎉", want: `mood=7 med=true rest="🎉"`},
		{in: "mood 6 (a bit anxious)", want: `mood=6 rest="(a bit anxious)"`},
		{in: "mood 6 but feeling anxious", want: `mood=6 rest="feeling anxious"`},
		{in: "feeling 3/10 today", want: `mood=3`},
		{in: "im a mess", want: `rest="im a mess"`},
		{in: "Mood is like a 4 today, slept maybe 5 hours", want: `mood=4 sleep=5`},
		{in: "I feel like 2 hours of sleep wasn't enough", want: `sleep=2 rest="I feel, wasn't enough"`},
		{in: "feeling 2 hours behind", want: `rest="feeling 2 hours behind"`},
		{in: "energy 3 hours", item: ItemEnergy, err: ErrUnclear},
		{in: "Slept: 6 hrs. Mood: 5/10. Energy: low. Took meds.", want: `mood=5 sleep=6 med=true rest="Energy: low"`},
		{in: "didn't sleep, mood 2", want: `mood=2 sleep=0`},
		{in: "mood 6 and slept 7 hours", want: `mood=6 sleep=7`},
		{in: "mood 6 7 hours", want: `mood=6 sleep=7`},
		{in: "Mood 6. Slept 5h. Woke at 3.", want: `mood=6 sleep=5 rest="Woke at 3."`},
		{in: "woke at 3, mood 6", want: `mood=6 rest="woke at 3"`},
		{in: "took my pills and slept 6 hours, feeling 4", want: `mood=4 sleep=6 med=true`},
		{in: "fun 4, energy 2", want: `energy=2 interest=4`},
		{in: "enjoyment 3", want: `interest=3`},
		{in: "energised 8", want: `energy=8`},
		{in: "mood 6\nslept 7h\nnightmares again", want: `mood=6 sleep=7 rest="nightmares again"`},
		// Nothing recognised: Empty, whole trimmed text in Rest, no error.
		{in: "", want: ``},
		{in: "   hello  world ", want: `rest="hello world"`},
		{in: "6", want: `rest="6"`},
		{in: "7.5", want: `rest="7.5"`},
		{in: "i slept like a baby", want: `rest="i slept like a baby"`},
		{in: "didn't sleep well", want: `rest="didn't sleep well"`},
		{in: "couldn't sleep 7 hours", want: `rest="couldn't sleep 7 hours"`},
		{in: "worked 9 hours", want: `rest="worked 9 hours"`},
		{in: "napped 30 min", want: `rest="napped 30 min"`},
		{in: "woke up 3 times", want: `rest="woke up 3 times"`},
		{in: "slept at 11 pm", want: `rest="slept at 11 pm"`},
		{in: "went to sleep at 11, slept 6h", want: `sleep=6 rest="went to sleep at 11"`},
		{in: "went to sleep 11:30", want: `rest="went to sleep 11:30"`},
		{in: "I'm a 35 year old", want: `rest="I'm a 35 year old"`},
		{in: "feeling 5 years older", want: `rest="feeling 5 years older"`},
		{in: "feeling tired", want: `rest="feeling tired"`},
		{in: "good mood today", want: `rest="good mood today"`},
		{in: "my meds make me tired", want: `rest="my meds make me tired"`},
		{in: "i need to take my meds", want: `rest="i need to take my meds"`},
		{in: "sleepy 6", want: `rest="sleepy 6"`},
		// Keyed values that are wrong name their item.
		{in: "mood 12", item: ItemMood, err: ErrOutOfRange},
		{in: "mood -1", item: ItemMood, err: ErrOutOfRange},
		{in: "mood 5-6", item: ItemMood, err: ErrUnclear},
		{in: "mood 6.5", item: ItemMood, err: ErrUnclear},
		{in: "slept 25 hours", item: ItemSleep, err: ErrOutOfRange},
		{in: "slept 7.30", item: ItemSleep, err: ErrUnclear},
		{in: "energy 11", item: ItemEnergy, err: ErrOutOfRange},
		{in: "interest 11", item: ItemInterest, err: ErrOutOfRange},
		{in: "quality 6", item: ItemQuality, err: ErrOutOfRange},
		{in: "mood 6 mood 7", item: ItemMood, err: ErrUnclear},
		{in: "yes i forgot my meds", item: ItemMed, err: ErrUnclear},
		{in: "slept well, quality 2", item: ItemQuality, err: ErrUnclear},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Free(tt.in)
			checkFields(t, "Free", got, err, tt)
			if err == nil && got.Empty() != (got.Rest == strings.TrimSpace(strings.Join(strings.Fields(tt.in), " "))) {
				t.Errorf("Free(%q): Empty() = %v with Rest %q", tt.in, got.Empty(), got.Rest)
			}
		})
	}
}

func TestFreeLongInput(t *testing.T) {
	in := "mood 6, " + strings.Repeat("la ", 5000) + "mood 7"
	got, err := Free(in)
	if err != nil {
		t.Fatalf("Free(long) error = %v", err)
	}
	if got.Mood == nil || *got.Mood != 6 {
		t.Errorf("Free(long) Mood = %v, want 6", got.Mood)
	}
	if !strings.HasSuffix(got.Rest, "la mood 7") || strings.Count(got.Rest, "la") != 5000 {
		t.Errorf("Free(long) lost text: Rest has %d runes, ends %q", len(got.Rest), got.Rest[len(got.Rest)-20:])
	}
}

func TestFieldErrorNamesItem(t *testing.T) {
	_, err := Free("mood 12")
	if got, want := err.Error(), "mood: "+ErrOutOfRange.Error(); got != want {
		t.Errorf("error text = %q, want %q", got, want)
	}
}
