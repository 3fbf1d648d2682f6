// Package phq9 holds the PHQ-9 depression questionnaire: its standard
// wording (text_en.go), scoring and severity bands.
//
// checkin uses it as a tracker, never as a diagnosis: a score is something
// to bring to a provider, and a band crossing is a reason to suggest that
// conversation, nothing more.
package phq9

import "fmt"

// Items is the number of scored questions.
const Items = 9

// SelfHarmItem is the index of item 9 ("Thoughts that you would be better
// off dead or of hurting yourself in some way"). Any answer above 0 to it
// must get the same immediate crisis reply as risk language, whatever the
// total.
const SelfHarmItem = 8

// Validate reports the first item whose answer is not 0 to 3.
func Validate(items [Items]int) error {
	for i, v := range items {
		if v < 0 || v > 3 {
			return fmt.Errorf("phq9: item %d is %d, want 0 to 3", i+1, v)
		}
	}
	return nil
}

// Total is the sum of the nine item scores, 0 to 27 for valid answers.
// Validate the answers first: Total adds whatever it is given.
func Total(items [Items]int) int {
	sum := 0
	for _, v := range items {
		sum += v
	}
	return sum
}

// SelfHarm reports whether item 9 was answered above "Not at all".
func SelfHarm(items [Items]int) bool { return items[SelfHarmItem] > 0 }

// Band is the standard severity band of a total.
type Band int

const (
	None             Band = iota // 0–4, "minimal"
	Mild                         // 5–9
	Moderate                     // 10–14
	ModeratelySevere             // 15–19
	Severe                       // 20–27
)

// BandOf returns the band of a total. Totals below 0 count as None and
// above 27 as Severe.
func BandOf(total int) Band {
	switch {
	case total >= 20:
		return Severe
	case total >= 15:
		return ModeratelySevere
	case total >= 10:
		return Moderate
	case total >= 5:
		return Mild
	}
	return None
}

// String returns the band's standard name: "minimal", "mild", "moderate",
// "moderately severe" or "severe".
func (b Band) String() string {
	if b < None || int(b) >= len(bandNames) {
		return fmt.Sprintf("Band(%d)", int(b))
	}
	return bandNames[b]
}
