package parse

import "testing"

// BenchmarkFree measures Free on typical check-in messages; it sits on the ingest path.
func BenchmarkFree(b *testing.B) {
	msgs := []string{
		"mood 6, slept 5h, woke at 3",
		"slept badly, 4h, mood 3",
		"mood: 4/10 sleep 7.5 hours quality 4",
		"took my meds and slept 6 hours, feeling 4",
		"Rough day at work, couldn't focus. Talked to my sister in the evening.",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Free(msgs[i%len(msgs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHours(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Hours("7h 30m"); err != nil {
			b.Fatal(err)
		}
	}
}
