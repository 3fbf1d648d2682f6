package phq9

import "testing"

func TestBands(t *testing.T) {
	tests := []struct {
		total int
		want  string
	}{{0, "minimal"}, {4, "minimal"}, {5, "mild"}, {9, "mild"}, {10, "moderate"}, {14, "moderate"},
		{15, "moderately severe"}, {19, "moderately severe"}, {20, "severe"}, {27, "severe"}}
	for _, tt := range tests {
		if got := BandOf(tt.total).String(); got != tt.want {
			t.Errorf("BandOf(%d) = %s, want %s", tt.total, got, tt.want)
		}
	}
}

func TestTotalAndValidate(t *testing.T) {
	items := [Items]int{0, 1, 2, 3, 0, 1, 2, 3, 1}
	if got := Total(items); got != 13 {
		t.Fatalf("Total = %d, want 13", got)
	}
	if err := Validate(items); err != nil {
		t.Fatal(err)
	}
	items[8] = 4
	if err := Validate(items); err == nil {
		t.Fatal("item 9 = 4 accepted")
	}
	items[8] = -1
	if err := Validate(items); err == nil {
		t.Fatal("item 9 = -1 accepted")
	}
}
