package report

import (
	"testing"

	"github.com/checkin-bot/checkin/store"
)

func TestRowsIn(t *testing.T) {
	sorted := []store.Checkin{{Day: "2026-03-01"}, {Day: "2026-03-02"}, {Day: "2026-03-02"}, {Day: "2026-03-04"}, {Day: "2026-03-05"}}
	unsorted := []store.Checkin{{Day: "2026-03-05"}, {Day: "2026-03-02"}, {Day: "2026-03-01"}, {Day: "2026-03-04"}, {Day: "2026-03-02"}}
	tests := []struct {
		name     string
		cs       []store.Checkin
		from, to string
		want     int
	}{
		{"sorted inside", sorted, "2026-03-02", "2026-03-04", 3},
		{"sorted gap bounds", sorted, "2026-03-03", "2026-03-03", 0},
		{"sorted all", sorted, "2026-01-01", "2026-12-31", 5},
		{"sorted last day", sorted, "2026-03-05", "2026-03-05", 1},
		{"sorted before", sorted, "2025-01-01", "2025-12-31", 0},
		{"unsorted", unsorted, "2026-03-02", "2026-03-04", 3},
		{"empty", nil, "2026-03-02", "2026-03-04", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rowsIn(tt.cs, tt.from, tt.to)
			if len(got) != tt.want {
				t.Fatalf("got %d rows, want %d", len(got), tt.want)
			}
			for _, c := range got {
				if c.Day < tt.from || c.Day > tt.to {
					t.Errorf("row %s outside %s..%s", c.Day, tt.from, tt.to)
				}
			}
		})
	}
}
