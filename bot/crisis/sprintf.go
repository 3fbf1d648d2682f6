package crisis

import "fmt"

// sprintf exists so text_en.go holds only wording and formatting calls.
func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
