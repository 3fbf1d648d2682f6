package risk

import (
	"strings"
	"testing"
)

// Typical check-in notes, about 100 characters each.
var benchMessages = []string{
	"slept badly again, kept waking at 3am and felt pretty flat all day. work was ok, skipped the gym tho",
	"honestly i dont want to wake up tomorrow, everything feels pointless and heavy and i'm so tired of it",
	"good day!! walked the dog, saw mum for lunch, mood maybe a 7. took my meds on time, early night now",
	"not suicidal, just really burnt out this week. the deadline is killing me and i keep snapping at ppl",
}

func BenchmarkDetect(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Detect(benchMessages[i%len(benchMessages)])
	}
}

func BenchmarkDetectLong(b *testing.B) {
	long := strings.Repeat(benchMessages[0]+" ", 60) // ~6 KB, capped at maxRunes
	b.ReportAllocs()
	for b.Loop() {
		Detect(long)
	}
}

func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Normalize(benchMessages[i%len(benchMessages)])
	}
}
