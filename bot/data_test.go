package bot_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestHistory: 14 days, newest first, gaps shown as dashes.
func TestHistory(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	r := c.send("/history")
	mustContain(t, r, "No check-ins")
	// Answers on 20 Nov (outside the window once it is 5 Dec), 22 and 25 Nov.
	for _, d := range []struct {
		day  int
		send string
	}{{20, "/checkin 2 4"}, {22, "/checkin 4 6"}, {25, "/checkin 6 7.5"}} {
		h.clk.Set(time.Date(2026, 11, d.day, 12, 0, 0, 0, time.UTC))
		c.send(d.send)
	}
	h.clk.Set(time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC))
	r = c.send("/history")
	got := text(r)
	lines := strings.Split(got, "\n")
	if len(lines) != 15 {
		t.Fatalf("history has %d lines, want a header and 14 days:\n%s", len(lines), got)
	}
	want := map[string]string{
		"Sat 05 Dec": "—",
		"Wed 25 Nov": "mood 6 · sleep 7.5h",
		"Tue 24 Nov": "—",
		"Sun 22 Nov": "mood 4 · sleep 6h",
	}
	for _, l := range lines[1:] {
		for day, w := range want {
			if strings.HasPrefix(l, day) && !strings.Contains(l, w) {
				t.Errorf("line %q does not show %q", l, w)
			}
		}
	}
	if strings.Contains(got, "20 Nov") || strings.Contains(got, "mood 2") {
		t.Errorf("history reaches past 14 days:\n%s", got)
	}
	if !strings.HasPrefix(lines[1], "Sat 05 Dec") || !strings.HasPrefix(lines[14], "Sun 22 Nov") {
		t.Errorf("history not newest first from today:\n%s", got)
	}
}

const csvHeader = "date,mood,sleep_hours,sleep_quality,energy,interest,medication_taken,note,functioning"

// TestExportCSV: the header exactly, one line per day, empty cells for
// unanswered items.
func TestExportCSV(t *testing.T) {
	t.Parallel()
	h, c := onboarded(t)
	r := c.send("/export")
	mustContain(t, r, "nothing to export")
	c.send("/checkin 6 7.5")
	mustContain(t, c.send("/export"), "logged: 1 day, as CSV")
	h.clk.Add(24 * time.Hour)
	c.send("/checkin")
	for _, a := range []string{"3", "5", "2", "4", "skip", "hardly", "no", "said \"hi\", then left"} {
		c.send(a)
	}
	r = c.send("/export")
	mustContain(t, r, "logged: 2 days, as CSV")
	f := fileIn(t, r)
	if f.MIME != "text/csv" || !strings.HasSuffix(f.Name, ".csv") {
		t.Errorf("file %q %q", f.Name, f.MIME)
	}
	recs, err := csv.NewReader(bytes.NewReader(f.Data)).ReadAll()
	if err != nil {
		t.Fatalf("CSV: %v\n%s", err, f.Data)
	}
	if got := strings.SplitN(string(f.Data), "\n", 2)[0]; strings.TrimRight(got, "\r") != csvHeader {
		t.Errorf("header = %q", got)
	}
	want := [][]string{
		strings.Split(csvHeader, ","),
		{"2026-11-25", "6", "7.5", "", "", "", "", "", ""},
		{"2026-11-26", "3", "5", "2", "4", "", "no", "said \"hi\", then left", "2"},
	}
	if len(recs) != len(want) {
		t.Fatalf("%d records:\n%s", len(recs), f.Data)
	}
	for i := range want {
		if strings.Join(recs[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("record %d = %q, want %q", i, recs[i], want[i])
		}
	}
	r = c.send("/export xml")
	mustContain(t, r, "csv or json")
}

// TestExportJSONOnlyOwnRows: two people; each export holds only its own.
func TestExportJSONOnlyOwnRows(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	a, b := h.person("500"), h.person("501")
	a.onboard("UTC", "21:00", "GB")
	b.onboard("Europe/Berlin", "20:00", "DE")
	a.send("mood 6, slept 7h, functioning 7, NOTE-ALPHA-4411")
	b.send("mood 2, slept 4h, NOTE-BRAVO-9922")
	b.send("/med sertraline 50mg since 2026-09-01")
	b.send("i want to kill myself")
	for _, tc := range []struct {
		c           *conv
		mine, other string
	}{{a, "NOTE-ALPHA-4411", "NOTE-BRAVO-9922"}, {b, "NOTE-BRAVO-9922", "NOTE-ALPHA-4411"}} {
		r := tc.c.send("/export json")
		f := fileIn(t, r)
		if f.MIME != "application/json" {
			t.Errorf("MIME %q", f.MIME)
		}
		var doc struct {
			Settings struct{ PlatformID string }
			Checkins []struct {
				UserID      int64
				Functioning *int
			}
			Flags []struct{ UserID int64 }
		}
		if err := json.Unmarshal(f.Data, &doc); err != nil {
			t.Fatalf("JSON: %v", err)
		}
		if doc.Settings.PlatformID != tc.c.id {
			t.Errorf("export of %s has settings of %s", tc.c.id, doc.Settings.PlatformID)
		}
		me := tc.c.mustUser().ID
		for _, x := range doc.Checkins {
			if x.UserID != me {
				t.Errorf("export of %s holds a check-in of user %d", tc.c.id, x.UserID)
			}
			if tc.c == a && (x.Functioning == nil || *x.Functioning != 7) {
				t.Errorf("export of %s: functioning = %v, want 7", tc.c.id, iv(x.Functioning))
			}
		}
		for _, x := range doc.Flags {
			if x.UserID != me {
				t.Errorf("export of %s holds a flag of user %d", tc.c.id, x.UserID)
			}
		}
		s := string(f.Data)
		if !strings.Contains(s, tc.mine) {
			t.Errorf("export of %s lacks its own note", tc.c.id)
		}
		if strings.Contains(s, tc.other) || strings.Contains(s, "sertraline") && tc.c == a {
			t.Errorf("export of %s holds the other person's data:\n%s", tc.c.id, s)
		}
	}
}

// TestPause: /pause N pauses through N local days; /resume clears it.
func TestPause(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("600")
	c.onboard("America/New_York", "21:00", "US")
	loc := mustZone("America/New_York")
	r := c.send("/pause 3")
	mustContain(t, r, "paused until")
	u := c.mustUser()
	now := h.clk.Now().In(loc)
	want := time.Date(now.Year(), now.Month(), now.Day()+3, 0, 0, 0, 0, loc)
	if !u.PausedUntil.Equal(want) {
		t.Errorf("PausedUntil = %v, want %v", u.PausedUntil.In(loc), want)
	}
	if !u.NextCheckin.IsZero() && u.NextCheckin.Before(u.PausedUntil) {
		t.Errorf("next check-in %v falls inside the pause", u.NextCheckin.In(loc))
	}
	r = c.send("/start")
	mustContain(t, r, "paused until")
	r = c.send("/resume")
	mustContain(t, r, "Welcome back")
	u = c.mustUser()
	if u.Paused(h.clk.Now()) {
		t.Errorf("still paused until %v", u.PausedUntil)
	}
	r = c.send("/resume")
	mustContain(t, r, "already on")
	r = c.send("/pause")
	u = c.mustUser()
	if want := time.Date(now.Year(), now.Month(), now.Day()+7, 0, 0, 0, 0, loc); !u.PausedUntil.Equal(want) {
		t.Errorf("/pause alone: PausedUntil = %v, want %v", u.PausedUntil.In(loc), want)
	}
	c.send("/resume")
	for _, bad := range []string{"/pause 0", "/pause abc", "/pause 9999", "/pause -1", "/pause 3.5", "/pause 1e3"} {
		r := c.send(bad)
		mustContain(t, r, "number of days from 1 to 365")
		if u := c.mustUser(); u.Paused(h.clk.Now()) {
			t.Errorf("%q paused until %v", bad, u.PausedUntil)
		}
	}
}

// TestAbandonedSettingDoesNotSwallowAnswers: a settings change or a
// medication entry left open does not take the next day's typed check-in
// answers as time zones or medication names.
func TestAbandonedSettingDoesNotSwallowAnswers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		open  func(c *conv)
		typed string
		mood  string
	}{
		{"time zone", func(c *conv) { c.send("/start"); c.press("Time zone") }, "5", "5"},
		{"check-in time", func(c *conv) { c.send("/time") }, "5", "5"},
		{"medication", func(c *conv) { c.send("/med") }, "7", "7"},
		{"medication, a word", func(c *conv) { c.send("/med") }, "ok", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h, c := onboarded(t)
			tc.open(c) // and then nothing
			h.clk.Set(time.Date(2026, 11, 26, 21, 0, 0, 0, time.UTC))
			rs, err := h.b.Prompt(h.ctx, c.mustUser(), "checkin")
			if err != nil || !asks(respOf(rs), qMood) {
				t.Fatalf("prompt = %v %s", err, dump(respOf(rs)))
			}
			r := c.send(tc.typed)
			if d, ok := c.day("2026-11-26"); tc.mood != "" && (!ok || iv(d.Mood) != tc.mood) {
				t.Errorf("%q typed to the prompt was not taken as the mood:\n%s", tc.typed, dump(r))
			}
			if ms, _ := h.db.Medications(h.ctx, c.mustUser().ID); len(ms) != 0 {
				t.Errorf("a medication was recorded: %+v", ms)
			}
		})
	}
}
