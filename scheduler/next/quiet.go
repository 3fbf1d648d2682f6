package next

import "time"

// InQuiet reports whether t falls inside the person's quiet hours, the
// local window [quietStart, quietEnd). The window may wrap midnight
// ("22:30" to "08:00"); an empty window (start equal to end) or an invalid
// time means no quiet hours.
func InQuiet(loc *time.Location, quietStart, quietEnd string, t time.Time) bool {
	sh, sm, ok1 := clock(quietStart)
	eh, em, ok2 := clock(quietEnd)
	if !ok1 || !ok2 {
		return false
	}
	s, e := sh*60+sm, eh*60+em
	h, m, _ := t.In(loc).Clock()
	now := h*60 + m
	switch {
	case s == e:
		return false
	case s < e:
		return s <= now && now < e
	default:
		return now >= s || now < e
	}
}
