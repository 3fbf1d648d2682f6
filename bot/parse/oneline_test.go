package parse

import "testing"

func TestOneLine(t *testing.T) {
	tests := []fieldsCase{
		{in: "6 7.5", want: `mood=6 sleep=7.5`},
		{in: "mood 6 sleep 7.5", want: `mood=6 sleep=7.5`},
		{in: "6 7h30 3", want: `mood=6 sleep=7.5 quality=3`},
		{in: "6, 7.5", want: `mood=6 sleep=7.5`},
		{in: "6 7.5 good", want: `mood=6 sleep=7.5 quality=4`},
		{in: "6", want: `mood=6`},
		{in: "/checkin 6 7.5", want: `mood=6 sleep=7.5`},
		{in: "/checkin@checkin_bot 6 7.5", want: `mood=6 sleep=7.5`},
		{in: "6 slept badly", want: `mood=6 quality=2`},
		{in: "6 sleep 7", want: `mood=6 sleep=7`},
		{in: "6 7 hours 3", want: `mood=6 sleep=7 quality=3`},
		{in: "６ ７.５", want: `mood=6 sleep=7.5`},
		{in: "6 7.5 3 took my meds", want: `mood=6 sleep=7.5 quality=3 med=true`},
		{in: "6 7.5 3 9", want: `mood=6 sleep=7.5 quality=3 rest="9"`},
		{in: "energy 3 6", want: `energy=3 rest="6"`},
		{in: "hello", want: `rest="hello"`},
		{in: "", err: ErrEmpty},
		{in: "   ", err: ErrEmpty},
		{in: "/checkin", err: ErrEmpty},
		{in: "12 7", item: ItemMood, err: ErrOutOfRange},
		{in: "5-6 7", item: ItemMood, err: ErrUnclear},
		{in: "6 30", item: ItemSleep, err: ErrOutOfRange},
		{in: "6 7.5 8", item: ItemQuality, err: ErrOutOfRange},
		{in: "6 mood 7", item: ItemMood, err: ErrUnclear},
		{in: "6,7.5", item: ItemMood, err: ErrUnclear},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := OneLine(tt.in)
			checkFields(t, "OneLine", got, err, tt)
		})
	}
}
