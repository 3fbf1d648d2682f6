package bot_test

import (
	"strings"
	"testing"
)

// TestConsent covers the first question: only a yes stores anything.
func TestConsent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		steps  func(c *conv)
		stored bool
	}{
		{"typed yes", func(c *conv) { c.send("/start"); c.send("yes") }, true},
		{"button yes", func(c *conv) { c.send("/start"); c.press("Yes, that's okay") }, true},
		{"typed no", func(c *conv) { c.send("/start"); c.send("no") }, false},
		{"button no", func(c *conv) { c.send("/start"); c.press("No") }, false},
		{"gibberish first", func(c *conv) { c.send("asdf qwer"); c.send("mood 6 slept 7h") }, false},
		{"commands before consent", func(c *conv) {
			c.send("/checkin 6 7.5")
			c.send("/time 21:00")
			c.send("/export")
			c.send("/pause 3")
		}, false},
		{"a button before consent", func(c *conv) { c.pressData("c:mood:20261125:5") }, false},
		{"gibberish then yes", func(c *conv) { c.send("what is this"); c.send("yes") }, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("100")
			tc.steps(c)
			us := h.users()
			if got := len(us) == 1; got != tc.stored {
				t.Fatalf("stored = %v (%d users), want %v; last:\n%s", got, len(us), tc.stored, dump(c.last))
			}
			if !tc.stored {
				if cs := c.checkins(); len(cs) != 0 {
					t.Errorf("check-ins stored without consent: %s", rows(cs))
				}
				return
			}
			u := us[0]
			if u.ConsentAt.IsZero() {
				t.Error("ConsentAt not set")
			}
			if !asks(c.last, "Which time zone are you in?") {
				t.Errorf("after consent the zone is not asked:\n%s", dump(c.last))
			}
		})
	}
}

// TestConsentRepliesAlways: before consent every message gets the welcome
// and the consent buttons, never silence.
func TestConsentRepliesAlways(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("101")
	for _, msg := range []string{"hi", "/start", "mood 5", "maybe", "/history"} {
		r := c.send(msg)
		if _, ok := findButton(r, "Yes, that's okay"); !ok {
			t.Errorf("%q: no consent button:\n%s", msg, dump(r))
		}
	}
	r := c.send("no")
	mustContain(t, r, "haven't kept anything")
	if n := len(h.users()); n != 0 {
		t.Errorf("%d users stored after no", n)
	}
}

// TestOnboardingAnswers walks zone, time and country with each accepted
// form and with skips.
func TestOnboardingAnswers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		zone, at, country       string
		wantTZ, wantAt, wantCty string
	}{
		{"Europe/Berlin", "21:00", "DE", "Europe/Berlin", "21:00", "DE"},
		{"London", "9pm", "United Kingdom", "Europe/London", "21:00", "GB"},
		{"UTC+5:30", "skip", "skip", "UTC+05:30", "20:00", ""},
		{"skip", "skip", "us", "UTC", "20:00", "US"},
		{"New York", "8:30", "Brazil", "America/New_York", "08:30", "BR"},
	}
	for _, tc := range tests {
		t.Run(tc.zone+"|"+tc.at+"|"+tc.country, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			c := h.person("200")
			c.onboard(tc.zone, tc.at, tc.country)
			u := c.mustUser()
			if u.TZ != tc.wantTZ || u.CheckinTime != tc.wantAt || u.Country != tc.wantCty {
				t.Errorf("settings = %q %q %q, want %q %q %q", u.TZ, u.CheckinTime, u.Country, tc.wantTZ, tc.wantAt, tc.wantCty)
			}
			mustContain(t, c.last, "All set", tc.wantAt)
			if u.NextCheckin.IsZero() {
				t.Error("no next check-in scheduled after onboarding")
			}
		})
	}
}

// TestOnboardingReasks: nonsense is asked again and changes nothing.
func TestOnboardingReasks(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("201")
	c.send("/start")
	c.send("yes")
	for _, junk := range []string{"Mars", "nowhere at all", "UTC+99", "12345"} {
		r := c.send(junk)
		mustContain(t, r, "couldn't find that time zone")
		if u := c.mustUser(); u.TZ != "UTC" {
			t.Fatalf("%q changed the zone to %q", junk, u.TZ)
		}
	}
	c.send("Tokyo")
	for _, junk := range []string{"25:00", "99:99", "soon", "-1"} {
		r := c.send(junk)
		mustContain(t, r, "didn't catch that time")
		if u := c.mustUser(); u.CheckinTime != "20:00" {
			t.Fatalf("%q changed the time to %q", junk, u.CheckinTime)
		}
	}
	c.send("7am")
	r := c.send("Atlantis")
	mustContain(t, r, "don't know that country")
	r = c.send("Japan")
	mustContain(t, r, "All set")
	u := c.mustUser()
	if u.TZ != "Asia/Tokyo" || u.CheckinTime != "07:00" || u.Country != "JP" {
		t.Errorf("settings = %q %q %q", u.TZ, u.CheckinTime, u.Country)
	}
}

// TestOnboardingSkipButton: the Skip button moves on like typing "skip",
// and an old skip button for an earlier step is stale.
func TestOnboardingSkipButton(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("202")
	c.send("/start")
	c.press("Yes, that's okay")
	zoneSkip, _ := findButton(c.last, "Skip")
	r := c.press("Skip")
	if !asks(r, "What time should I check in") {
		t.Fatalf("skip did not move to the time:\n%s", dump(r))
	}
	timeSkip, _ := findButton(r, "Skip")
	r = c.pressData(zoneSkip)
	if !r.Stale || r.Ack == "" {
		t.Errorf("the zone's skip pressed again is not stale:\n%s", dump(r))
	}
	c.pressData(timeSkip)
	r = c.press("Skip")
	mustContain(t, r, "All set")
	u := c.mustUser()
	if u.TZ != "UTC" || u.CheckinTime != "20:00" || u.Country != "" {
		t.Errorf("defaults not kept: %q %q %q", u.TZ, u.CheckinTime, u.Country)
	}
}

// TestSettingsMenu: /start later shows the settings and changes one.
func TestSettingsMenu(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("203")
	c.onboard("UTC", "21:00", "GB")
	r := c.send("/start")
	mustContain(t, r, "Your settings", "UTC", "21:00", "United Kingdom")
	r = c.press("Time zone")
	if !asks(r, "Which time zone are you in?") {
		t.Fatalf("the zone is not asked:\n%s", dump(r))
	}
	r = c.send("Europe/Berlin")
	mustContain(t, r, "Europe/Berlin")
	if asks(r, "What time should I check in") {
		t.Errorf("changing one setting went on to the next:\n%s", dump(r))
	}
	u := c.mustUser()
	if u.TZ != "Europe/Berlin" || u.CheckinTime != "21:00" || u.Country != "GB" {
		t.Errorf("settings = %q %q %q", u.TZ, u.CheckinTime, u.Country)
	}
	// The next prompt follows the new zone: 21:00 Berlin is 20:00 UTC.
	if got := u.NextCheckin.UTC().Format("15:04"); got != "20:00" {
		t.Errorf("next check-in at %s UTC, want 20:00", got)
	}
	// After the change, text is a normal message again, not a zone.
	r = c.send("mood 6")
	mustContain(t, r, "mood 6")

	r = c.send("/start")
	r = c.press("Nothing, thanks")
	if len(r.Replies) == 0 || r.Stale {
		t.Errorf("Nothing, thanks: %s", dump(r))
	}
	r = c.send("/time 7am")
	mustContain(t, r, "07:00")
	r = c.send("/country us")
	mustContain(t, r, "United States")
	r = c.send("/timezone Mars")
	mustContain(t, r, "couldn't find that time zone")
	r = c.send("stop")
	if strings.TrimSpace(text(r)) == "" {
		t.Errorf("stop while changing a setting got no reply")
	}
	u = c.mustUser()
	if u.TZ != "Europe/Berlin" || u.CheckinTime != "07:00" || u.Country != "US" {
		t.Errorf("settings = %q %q %q", u.TZ, u.CheckinTime, u.Country)
	}
}

// TestCommandsDuringOnboarding: a command mid-setup asks to finish it
// first and keeps the step.
func TestCommandsDuringOnboarding(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	c := h.person("204")
	c.send("/start")
	c.send("yes")
	r := c.send("/checkin 6 7")
	if !asks(r, "Which time zone are you in?") {
		t.Errorf("the step is not asked again:\n%s", dump(r))
	}
	if cs := c.checkins(); len(cs) != 0 {
		t.Errorf("a check-in was stored mid-setup: %s", rows(cs))
	}
	r = c.send("/crisis")
	mustContain(t, r, "findahelpline")
}

// A country whose entry holds only the emergency number is not promised
// crisis lines at onboarding: /crisis shows the directory for it.
func TestOnboardingCrisisNoteForCountryWithoutLines(t *testing.T) {
	for _, tc := range []struct{ country, want string }{
		{"Turkey", "I don't have crisis lines for"},
		{"Germany", "/crisis shows the crisis lines for Germany"},
	} {
		t.Run(tc.country, func(t *testing.T) {
			h := newHarness(t)
			c := h.person("note-" + tc.country)
			c.onboard("Europe/Berlin", "21:00", tc.country)
			if !strings.Contains(dump(c.last), tc.want) {
				t.Fatalf("onboarding for %s should say %q; got:\n%s", tc.country, tc.want, dump(c.last))
			}
		})
	}
}

// A city typed with a slip is taken as the place it is closest to, and the
// answer says so; something that is no place is still refused.
func TestOnboardingTakesACityTypo(t *testing.T) {
	h := newHarness(t)
	c := h.person("typo-1")
	c.send("/start")
	c.send("yes")
	r := c.send("berln")
	mustContain(t, r, `I took "berln" as Berlin`)
	if u := c.mustUser(); u.TZ != "Europe/Berlin" {
		t.Errorf("zone = %q, want Europe/Berlin", u.TZ)
	}
	d := h.person("typo-2")
	d.send("/start")
	d.send("yes")
	mustContain(t, d.send("Marz"), "couldn't find that time zone")
}
