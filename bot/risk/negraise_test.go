package risk

import "testing"

// Hedged wishes, hopelessness and farewells: each family is caught in
// phrasings beyond the held-out lines, and its mundane look-alikes are not.
func TestNegRaiseHopelessFarewell(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		level Level
	}{
		// neg-raising
		{"think want alive", "honestly i don't think i want to be alive much longer", Passive},
		{"feel like live", "i dont feel like i want to live anymore", Passive},
		{"sure go on", "im not really sure i can go on", Passive},
		{"doubt survive", "i doubt i can survive another night like this", Passive},
		{"know if keep going", "i do not know whether i can keep going", Passive},
		{"how much longer", "don't know how much longer i can hold on", Passive},
		{"how long", "how much longer can i keep doing this", Passive},
		{"wake up", "not sure i even want to wake up again", Passive},
		{"after a score", "3, and i dont think i can go on", Passive},
		{"party", "i don't think i'll make it to the party on friday", None},
		{"gym", "not sure i can keep going to the gym three times a week", None},
		{"live abroad", "i don't think i want to live in london anymore", None},
		{"project", "i don't know if i can keep doing this project much longer", None},
		{"be here for", "not sure i want to be here for the whole wedding", None},
		{"not want to die", "i don't want to die, i want to get better", None},
		{"third party", "my dad doesn't think he can keep going with the farm", None},
		// hopelessness and entrapment
		{"cant go on", "i really can't go on anymore", Passive},
		{"cant cope", "i cannot cope any longer", Passive},
		{"cant take it", "i can't take it any more", Passive},
		{"no way out", "there is no way out for me", Passive},
		{"dont see a way out", "i just don't see any way out", Passive},
		{"no future", "i don't see any future for me", Passive},
		{"never better", "nothing is ever going to get better", Passive},
		{"give up on life", "i've given up on life", Passive},
		{"heat", "i can't take this humidity anymore", None},
		{"printer", "i can't go on like this with the wifi dropping", None},
		{"homework", "i can't do this maths homework anymore", None},
		{"traffic", "i can't take any more of this noise", None},
		{"maze", "there's no way out of this level, the game is broken", None},
		{"crossword", "i give up on this sudoku", None},
		{"get better", "it will get better, my therapist says so", None},
		// farewells
		{"goodbye everybody", "goodbye everybody", Plan},
		{"bye all sorry", "bye all, i'm sorry", Plan},
		{"thanks goodbye", "thank you so much for everything. bye", Plan},
		{"wrote my letter", "i've written my final letter", Plan},
		{"note for mum", "i wrote a note for my mum. i'm sorry", Plan},
		{"this is the end", "this is the end for me", Plan},
		{"see you monday", "goodbye everyone, see you on monday", None},
		{"logging off", "bye all, logging off now", None},
		{"notes for exam", "wrote my revision notes for the exam", None},
		{"note for neighbour", "left a note for the neighbour about the parcel", None},
		{"thanks for cake", "thanks for everything, the cake was amazing", None},
		{"film", "watched goodbye world last night, what a film", None},
		{"goodbye uni", "goodbye school, hello summer", None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Detect(tt.text)
			if tt.level == None && got.Level != None {
				t.Errorf("Detect(%q) = %v, want no risk", tt.text, got)
			}
			if tt.level != None && got.Level < tt.level {
				t.Errorf("Detect(%q) = %v, want at least %v", tt.text, got, tt.level)
			}
		})
	}
}
