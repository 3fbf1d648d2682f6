package next

import (
	"testing"
	"time"
)

func TestInQuiet(t *testing.T) {
	ny, _ := Location("America/New_York")
	tests := []struct {
		name       string
		start, end string
		at         time.Time
		want       bool
	}{
		{"late evening in a wrapping window", "22:30", "08:00", utc(2026, 11, 26, 4, 0), true}, // 23:00 NY
		{"early morning in a wrapping window", "22:30", "08:00", utc(2026, 11, 26, 12, 59), true},
		{"end is exclusive", "22:30", "08:00", utc(2026, 11, 26, 13, 0), false}, // 08:00 NY
		{"start is inclusive", "22:30", "08:00", utc(2026, 11, 26, 3, 30), true},
		{"daytime outside", "22:30", "08:00", utc(2026, 11, 25, 20, 0), false},
		{"non-wrapping window inside", "13:00", "15:00", utc(2026, 11, 25, 19, 0), true},
		{"non-wrapping window outside", "13:00", "15:00", utc(2026, 11, 25, 21, 0), false},
		{"empty window", "08:00", "08:00", utc(2026, 11, 25, 13, 0), false},
		{"invalid window", "late", "08:00", utc(2026, 11, 26, 4, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := InQuiet(ny, tt.start, tt.end, tt.at); got != tt.want {
				t.Fatalf("InQuiet(%s–%s, %s) = %v, want %v", tt.start, tt.end, tt.at.In(ny), got, tt.want)
			}
		})
	}
}

func TestLocation(t *testing.T) {
	tests := []struct {
		name    string
		offset  int // seconds east, checked at a fixed instant
		wantErr bool
	}{
		{"UTC+05:30", 5*3600 + 1800, false},
		{"UTC-3", -3 * 3600, false},
		{"GMT+5:45", 5*3600 + 45*60, false},
		{"utc+05:45", 5*3600 + 45*60, false},
		{"UTC+14:00", 14 * 3600, false},
		{"UTC+15:00", 0, true},
		{"UTC+05:75", 0, true},
		{"Asia/Kathmandu", 5*3600 + 45*60, false},
		{"Mars/Olympus", 0, true},
		{"", 0, true},
		{"Local", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Location(tt.name)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Location(%q) err = %v, want error %v", tt.name, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if _, off := utc(2026, 11, 25, 0, 0).In(l).Zone(); off != tt.offset {
				t.Fatalf("offset = %d, want %d", off, tt.offset)
			}
		})
	}
}
