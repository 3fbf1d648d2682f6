package importer

// Every word the importer says, for the operator running `checkin import`.
const (
	lineWord         = "line %d: %s"
	errUnknownFormat = "importer: format %q; use one of %s"
	errNoHeader      = "importer: the file has no header row: %w"
	errTooLong       = "importer: the file has more than %d rows; split it"
	errMissingCols   = "importer: the header lacks %s: %w"
	reasonUnreadable = "unreadable row (%v), skipped"
	reasonDay        = "day %q is not a date such as 2024-03-15, row skipped"
	reasonValue      = "%s %q is not a number from %g to %g, left out"
	reasonMedication = "medication_taken %q is not yes or no, left out"
	reasonMood       = "mood %q is not one of rad, good, meh, bad, awful, left out"
	reasonTwice      = "day %s appears again; the later row is used"
	reasonEmpty      = "no value checkin can use, row skipped"
)
