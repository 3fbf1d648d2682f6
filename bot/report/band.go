package report

// phq9Band names the PHQ-9 severity band of a total (Kroenke, Spitzer and
// Williams 2001: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately
// severe, 20–27 severe).
//
// It stands in for phq9.BandOf(total).String() until package bot/phq9 is
// in the tree; then this function goes and the report calls that, so the
// bands are defined in one place.
func phq9Band(total int) string {
	switch {
	case total < 5:
		return "minimal"
	case total < 10:
		return "mild"
	case total < 15:
		return "moderate"
	case total < 20:
		return "moderately severe"
	default:
		return "severe"
	}
}
