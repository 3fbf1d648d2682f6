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

// BenchmarkReadAnswer measures reading a message typed at a check-in question, each value
// on its own; it sits on the ingest path too.
func BenchmarkReadAnswer(b *testing.B) {
	msgs := []struct{ step, text string }{
		{ItemMood, "6/10 and about 8h"},
		{ItemMood, "meh, like a 4"},
		{ItemMood, "mood 6, 26 hours of sleep"},
		{ItemSleep, "7 or 8 hours, woke up a lot"},
		{ItemMood, "Rough day at work, couldn't focus. Talked to my sister in the evening."},
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m := msgs[i%len(msgs)]
		ReadAnswer(m.text, m.step)
	}
}

// BenchmarkReadAnswerLong is the worst case the bot passes in: a long run of words with no
// break, where every leading part is tried as a value.
func BenchmarkReadAnswerLong(b *testing.B) {
	long := "4"
	for len(long) < 4000 {
		long += " word"
	}
	b.ReportAllocs()
	for b.Loop() {
		ReadAnswer(long, ItemMood)
	}
}
