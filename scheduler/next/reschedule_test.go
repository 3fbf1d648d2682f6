package next

import (
	"testing"
	"time"

	"github.com/checkin-bot/checkin/store"
)

func TestReschedule(t *testing.T) {
	onboarded := utc(2026, 11, 1, 0, 0)
	nyNow := utc(2026, 11, 25, 23, 0) // Wednesday 18:00 in New York
	tests := []struct {
		name        string
		user        store.User
		now         time.Time
		lastDay     string
		wantCheckin time.Time
		wantSummary time.Time
	}{
		{
			name:        "time later today",
			user:        store.User{TZ: "America/New_York", CheckinTime: "20:00"},
			now:         nyNow,
			lastDay:     "2026-11-24",
			wantCheckin: utc(2026, 11, 26, 1, 0),
		},
		{
			name:        "time moved to an hour ago, today not yet prompted: due now",
			user:        store.User{TZ: "America/New_York", CheckinTime: "17:00"},
			now:         nyNow,
			lastDay:     "2026-11-24",
			wantCheckin: nyNow,
		},
		{
			name:        "never prompted before, time an hour ago: due now",
			user:        store.User{TZ: "America/New_York", CheckinTime: "17:00"},
			now:         nyNow,
			wantCheckin: nyNow,
		},
		{
			name:        "time moved to an hour ago, already prompted today: tomorrow",
			user:        store.User{TZ: "America/New_York", CheckinTime: "17:00"},
			now:         nyNow,
			lastDay:     "2026-11-25",
			wantCheckin: utc(2026, 11, 26, 22, 0),
		},
		{
			name:        "time moved later, already prompted today: no second prompt",
			user:        store.User{TZ: "America/New_York", CheckinTime: "21:00"},
			now:         nyNow,
			lastDay:     "2026-11-25",
			wantCheckin: utc(2026, 11, 27, 2, 0),
		},
		{
			name:        "time moved beyond the catch-up window: tomorrow",
			user:        store.User{TZ: "America/New_York", CheckinTime: "12:00"},
			now:         nyNow,
			lastDay:     "2026-11-24",
			wantCheckin: utc(2026, 11, 26, 17, 0),
		},
		{
			name: "flew west London to New York after the London prompt: next local day",
			user: store.User{TZ: "America/New_York", CheckinTime: "20:00"},
			// 21:00 in London, 16:00 in New York, both on the 25th; London's prompt went out.
			now:         utc(2026, 11, 25, 21, 0),
			lastDay:     "2026-11-25",
			wantCheckin: utc(2026, 11, 27, 1, 0),
		},
		{
			name: "flew east New York to London after the New York prompt: today in London",
			user: store.User{TZ: "Europe/London", CheckinTime: "20:00"},
			// 02:00 on the 26th in London; New York's prompt for the 25th went out.
			now:         utc(2026, 11, 26, 2, 0),
			lastDay:     "2026-11-25",
			wantCheckin: utc(2026, 11, 26, 20, 0),
		},
		{
			name:        "paused: first prompt after the pause, never due now",
			user:        store.User{TZ: "America/New_York", CheckinTime: "17:00", PausedUntil: utc(2026, 11, 28, 15, 0)},
			now:         nyNow,
			lastDay:     "2026-11-24",
			wantCheckin: utc(2026, 11, 28, 22, 0),
			wantSummary: utc(2026, 11, 29, 23, 0),
		},
		{
			name:        "kathmandu changes time mid-day",
			user:        store.User{TZ: "Asia/Kathmandu", CheckinTime: "09:00"},
			now:         utc(2026, 11, 25, 4, 0), // 09:45 local
			lastDay:     "2026-11-24",
			wantCheckin: utc(2026, 11, 25, 4, 0),
			wantSummary: utc(2026, 11, 29, 12, 15),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := tt.user
			u.OnboardedAt = onboarded
			u.SummaryDay, u.SummaryTime = time.Sunday, "18:00"
			Reschedule(&u, tt.now, tt.lastDay)
			if !u.NextCheckin.Equal(tt.wantCheckin) {
				t.Errorf("NextCheckin = %s, want %s", u.NextCheckin.UTC(), tt.wantCheckin)
			}
			if !tt.wantSummary.IsZero() && !u.NextSummary.Equal(tt.wantSummary) {
				t.Errorf("NextSummary = %s, want %s", u.NextSummary.UTC(), tt.wantSummary)
			}
			if !u.NextSummary.After(tt.now) {
				t.Errorf("NextSummary %s is not after now", u.NextSummary)
			}
		})
	}
}

func TestRescheduleNotOnboarded(t *testing.T) {
	u := store.User{TZ: "UTC", CheckinTime: "20:00", SummaryTime: "18:00", NextCheckin: utc(2026, 1, 1, 0, 0)}
	Reschedule(&u, utc(2026, 11, 25, 12, 0), "")
	if !u.NextCheckin.IsZero() || !u.NextSummary.IsZero() {
		t.Fatalf("not onboarded yet scheduled: %s, %s", u.NextCheckin, u.NextSummary)
	}
}

func TestReschedulePHQ9FollowsCheckinTime(t *testing.T) {
	now := utc(2026, 11, 25, 12, 0)
	u := store.User{TZ: "Europe/London", CheckinTime: "21:00", SummaryTime: "18:00", OnboardedAt: now,
		NextPHQ9: utc(2026, 12, 3, 20, 0)}
	Reschedule(&u, now, "")
	if want := utc(2026, 12, 3, 21, 0); !u.NextPHQ9.Equal(want) {
		t.Fatalf("NextPHQ9 = %s, want %s", u.NextPHQ9, want)
	}
}
