package risk_test

import (
	"testing"

	"github.com/checkin-bot/checkin/bot/risk/corpus"
)

// The detector's contract on its corpora: every risk line is caught and
// meets its category's want (plan, means and farewell lines are urgent,
// past lines are gentle), and at most 5% of the harmless lines start the
// crisis reply. Run with -v to print the table.
func TestCorpus(t *testing.T) {
	tests := []struct {
		file               string
		minRisk, minHarmls int
	}{
		{"testdata/corpus.tsv", 400, 250},
		{"testdata/heldout.tsv", 40, 15},
		{"testdata/heldout_review.tsv", 50, 30},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			lines, err := corpus.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			rep := corpus.Score(lines, corpus.Detect)
			for _, m := range rep.Misses {
				t.Errorf("missed: %s", m)
			}
			for _, m := range rep.Alarms {
				t.Logf("false alarm: %s", m)
			}
			t.Logf("%s\n%s", tt.file, rep.Table())
			risk, _, _, harmless, _ := rep.Totals()
			if risk < tt.minRisk || harmless < tt.minHarmls {
				t.Errorf("corpus too small: %d risk lines (want ≥%d), %d harmless (want ≥%d)", risk, tt.minRisk, harmless, tt.minHarmls)
			}
			if rate := rep.AlarmRate(); rate > 5 {
				t.Errorf("%.1f%% of harmless lines flagged, want at most 5%%", rate)
			}
		})
	}
}
