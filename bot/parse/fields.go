package parse

// The item names a FieldError carries, so the caller can word its re-ask ("mood is 0–10").
const (
	ItemMood     = "mood"
	ItemSleep    = "sleep"
	ItemQuality  = "quality"
	ItemEnergy   = "energy"
	ItemInterest = "interest"
	ItemMed      = "med"
	// ItemFunctioning is "did you do what you meant to today?", 0–10.
	ItemFunctioning = "functioning"
)

// Fields is what one free-text message or one-line command says about several check-in items.
// A nil pointer means the item was not mentioned; Rest keeps what was not understood, so
// nothing a person wrote is lost when the items are taken out.
type Fields struct {
	Mood     *int     // 0–10
	Sleep    *float64 // hours, 0–24, in quarter hours
	Quality  *int     // sleep quality, 1–5
	Energy   *int     // 0–10
	Interest *int     // interest or enjoyment, 0–10
	Med      *bool    // medication taken
	// Functioning is how much of what was meant got done today (work, plans, people), 0–10.
	Functioning *int
	Rest        string // the unread parts, trimmed, joined with ", "
}

// Empty reports whether no item was read; Rest does not count.
func (f Fields) Empty() bool {
	return f.Mood == nil && f.Sleep == nil && f.Quality == nil && f.Energy == nil &&
		f.Interest == nil && f.Med == nil && f.Functioning == nil
}

// FieldError says which item a keyed value was wrong for ("mood 12": mood, ErrOutOfRange),
// so the re-ask can name it. It unwraps to ErrOutOfRange or ErrUnclear.
type FieldError struct {
	Item  string // one of the Item constants
	Err   error
	Value string // the number as written ("26"), when there was one
}

func (e *FieldError) Error() string { return e.Item + ": " + e.Err.Error() }

// Unwrap lets errors.Is(err, ErrOutOfRange) see through the item.
func (e *FieldError) Unwrap() error { return e.Err }

// setInt records an integer item; saying two different values for one item is unclear.
func setInt(dst **int, v int, item string) error {
	if *dst != nil && **dst != v {
		return &FieldError{Item: item, Err: ErrUnclear}
	}
	*dst = &v
	return nil
}

func setFloat(dst **float64, v float64, item string) error {
	if *dst != nil && **dst != v {
		return &FieldError{Item: item, Err: ErrUnclear}
	}
	*dst = &v
	return nil
}

func setBool(dst **bool, v bool, item string) error {
	if *dst != nil && **dst != v {
		return &FieldError{Item: item, Err: ErrUnclear}
	}
	*dst = &v
	return nil
}
