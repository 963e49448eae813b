package events

import (
	"slices"
	"testing"
)

func TestCAMEOKnownCodes(t *testing.T) {
	// Scores from GDELT's CAMEO.goldsteinscale.txt, names from Chapter 6 of
	// the CAMEO codebook 1.1b3, PLOVER mappings as documented in codes.go.
	tests := []struct {
		code      CAMEOCode
		goldstein float64
		name      string
		event     PLOVEREvent
		mode      PLOVERMode
	}{
		{"01", 0.0, "MAKE PUBLIC STATEMENT", "", ""},
		{"010", 0.0, "Make statement, not specified below", "", ""},
		{"011", -0.1, "Decline comment", "", ""},
		{"016", -2.0, "Deny responsibility", "", ""},
		{"019", 3.4, "Express accord", "", ""},
		{"02", 3.0, "APPEAL", PLOVERRequest, ""},
		{"020", 3.0, "Make an appeal or request, not specified below", PLOVERRequest, ""},
		{"0211", 3.4, "Appeal for economic cooperation", PLOVERRequest, PLOVERModeAssist},
		{"022", 3.2, "Appeal for diplomatic cooperation (such as policy support)", PLOVERRequest, PLOVERModeAssist},
		{"0243", -0.3, "Appeal for rights", PLOVERRequest, PLOVERModeChange},
		{"025", -0.3, "Appeal to yield, not specified below", PLOVERRequest, PLOVERModeYield},
		{"026", 4.0, "Appeal to others to meet or negotiate", PLOVERRequest, PLOVERModeMeet},
		{"03", 4.0, "EXPRESS INTENT TO COOPERATE", PLOVERAgree, ""},
		{"030", 4.0, "Express intent to cooperate, not specified below", PLOVERAgree, ""},
		{"031", 5.2, "Express intent to engage in material cooperation, not specified below", PLOVERAgree, ""},
		{"0311", 5.2, "Express intent to cooperate economically", PLOVERAgree, ""},
		{"032", 4.5, "Express intent to engage in diplomatic cooperation (such as policy support)", PLOVERAgree, ""},
		{"0331", 5.2, "Express intent to provide economic aid", PLOVERAgree, ""},
		{"0334", 6.0, "Express intent to provide military protection or peacekeeping", PLOVERAgree, ""},
		{"0356", 7.0, "Express intent to de-escalate military engagement", PLOVERAgree, ""},
		{"036", 4.0, "Express intent to meet or negotiate", PLOVERAgree, ""},
		{"039", 5.0, "Express intent to mediate", PLOVERAgree, ""},
		{"04", 1.0, "CONSULT", PLOVERConsult, ""},
		{"040", 1.0, "Consult, not specified below", PLOVERConsult, ""},
		{"041", 1.0, "Discuss by telephone", PLOVERConsult, PLOVERModePhone},
		{"042", 1.9, "Make a visit", PLOVERConsult, PLOVERModeVisit},
		{"043", 2.8, "Host a visit", PLOVERConsult, PLOVERModeVisit},
		{"044", 2.5, `Meet at a "third" location`, PLOVERConsult, PLOVERModeThirdParty},
		{"045", 5.0, "Mediate", PLOVERConsult, ""},
		{"046", 7.0, "Engage in negotiation", PLOVERConsult, ""},
		{"05", 3.5, "ENGAGE IN DIPLOMATIC COOPERATION", PLOVERSupport, ""},
		{"050", 3.5, "Engage in diplomatic cooperation, not specified below", PLOVERSupport, ""},
		{"051", 3.4, "Praise or endorse", PLOVERSupport, ""},
		{"054", 6.0, "Grant diplomatic recognition", PLOVERSupport, ""},
		{"055", 7.0, "Apologize", PLOVERConcede, ""},
		{"057", 8.0, "Sign formal agreement", PLOVERSupport, ""},
		{"06", 6.0, "ENGAGE IN MATERIAL COOPERATION", PLOVERCooperate, ""},
		{"060", 6.0, "Engage in material cooperation, not specified below", PLOVERCooperate, ""},
		{"061", 6.4, "Cooperate economically", PLOVERCooperate, ""},
		{"062", 7.4, "Cooperate militarily", PLOVERCooperate, ""},
		{"064", 7.0, "Share intelligence or information", PLOVERCooperate, ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			if !tt.code.Valid() {
				t.Fatalf("CAMEOCode(%q).Valid() = false, want true", tt.code)
			}
			got, ok := tt.code.Goldstein()
			if !ok || got != tt.goldstein {
				t.Errorf("Goldstein() = %v, %v; want %v, true", got, ok, tt.goldstein)
			}
			if got := tt.code.Description(); got != tt.name {
				t.Errorf("Description() = %q, want %q", got, tt.name)
			}
			e, m := tt.code.PLOVER()
			if e != tt.event || m != tt.mode {
				t.Errorf("PLOVER() = (%q, %q), want (%q, %q)", e, m, tt.event, tt.mode)
			}
		})
	}
}

func TestCAMEORequiredCodes(t *testing.T) {
	required := []CAMEOCode{
		"020", "030", "031", "032", "036", "040", "041", "042", "043", "044",
		"046", "050", "051", "057", "060", "061",
		"0311", "0312", "0313", "0314", "0331", "0332", "0333", "0334",
	}
	for _, c := range required {
		if !c.Valid() {
			t.Errorf("CAMEOCode(%q).Valid() = false, want true", c)
		}
	}
}

func TestCAMEOUnknownCodes(t *testing.T) {
	for _, c := range []CAMEOCode{
		"", "0", "1", "999", "04a", "0360x", "36", "4", " 036", "036 ",
		"0365", "00", "000", "047", "058", "065",
		"07", "070", "10", "190", "20", // categories 07 to 20 are not in the table
	} {
		t.Run(string(c), func(t *testing.T) {
			if c.Valid() {
				t.Errorf("CAMEOCode(%q).Valid() = true, want false", c)
			}
			if g, ok := c.Goldstein(); ok || g != 0 {
				t.Errorf("Goldstein() = %v, %v; want 0, false", g, ok)
			}
			if d := c.Description(); d != "" {
				t.Errorf("Description() = %q, want \"\"", d)
			}
			if e, m := c.PLOVER(); e != "" || m != "" {
				t.Errorf("PLOVER() = (%q, %q), want (\"\", \"\")", e, m)
			}
		})
	}
}

func TestCAMEOCodes(t *testing.T) {
	codes := CAMEOCodes()
	if len(codes) != 91 {
		t.Errorf("len(CAMEOCodes()) = %d, want 91 (all of cue categories 01 to 06)", len(codes))
	}
	for i, c := range codes {
		if i > 0 && codes[i-1] >= c {
			t.Errorf("CAMEOCodes() not sorted or duplicated: %q then %q", codes[i-1], c)
		}
		if len(c) < 2 || len(c) > 4 {
			t.Errorf("code %q: length %d, want 2 to 4 digits", c, len(c))
		}
		for _, r := range c {
			if r < '0' || r > '9' {
				t.Errorf("code %q: non-digit %q", c, r)
			}
		}
		if !c.Valid() {
			t.Errorf("CAMEOCode(%q).Valid() = false for a listed code", c)
		}
		g, ok := c.Goldstein()
		if !ok || g < -10 || g > 10 {
			t.Errorf("CAMEOCode(%q).Goldstein() = %v, %v; want a score in [-10, 10]", c, g, ok)
		}
		if c.Description() == "" {
			t.Errorf("CAMEOCode(%q).Description() is empty", c)
		}
		// Every sub-code's parent is in the table too: "0311" needs "031",
		// "031" needs "03".
		if len(c) > 2 {
			if parent := c[:len(c)-1]; !parent.Valid() {
				t.Errorf("code %q: parent %q is not in the table", c, parent)
			}
		}
	}
	for _, root := range []CAMEOCode{"01", "02", "03", "04", "05", "06"} {
		if !slices.Contains(codes, root) {
			t.Errorf("CAMEOCodes() lacks cue category %q", root)
		}
	}

	// The slice is the caller's.
	codes[0] = "xx"
	if again := CAMEOCodes(); again[0] == "xx" {
		t.Error("CAMEOCodes() returned a shared slice")
	}
}

func TestCAMEOPLOVERMapping(t *testing.T) {
	// The event type each cue category maps to, as documented in codes.go.
	byCategory := map[CAMEOCode]PLOVEREvent{
		"01": "",
		"02": PLOVERRequest,
		"03": PLOVERAgree,
		"04": PLOVERConsult,
		"05": PLOVERSupport,
		"06": PLOVERCooperate,
	}
	exceptions := map[CAMEOCode]PLOVEREvent{
		"055": PLOVERConcede, // Apologize: the manual codes regret or remorse as CONCEDE
	}
	for _, c := range CAMEOCodes() {
		e, m := c.PLOVER()
		want, ok := exceptions[c]
		if !ok {
			want = byCategory[c[:2]]
		}
		if e != want {
			t.Errorf("CAMEOCode(%q).PLOVER() event = %q, want %q", c, e, want)
		}
		if e == "" {
			if m != "" {
				t.Errorf("CAMEOCode(%q).PLOVER() = (\"\", %q): a mode without an event type", c, m)
			}
			continue
		}
		if !e.Valid() {
			t.Errorf("CAMEOCode(%q).PLOVER() event %q is not Valid", c, e)
		}
		if !m.ValidFor(e) {
			t.Errorf("CAMEOCode(%q).PLOVER() mode %q is not ValidFor(%q)", c, m, e)
		}
		if m != "" && !m.Valid() {
			t.Errorf("CAMEOCode(%q).PLOVER() mode %q is not Valid", c, m)
		}
	}
}

func TestPLOVEREvents(t *testing.T) {
	events := PLOVEREvents()
	want := []PLOVEREvent{
		"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"REQUEST", "ACCUSE", "REJECT", "THREATEN",
		"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
	}
	if !slices.Equal(events, want) {
		t.Errorf("PLOVEREvents() = %q, want %q", events, want)
	}
	for _, e := range events {
		if !e.Valid() {
			t.Errorf("PLOVEREvent(%q).Valid() = false", e)
		}
	}
	events[0] = "xx"
	if again := PLOVEREvents(); again[0] != PLOVERAgree {
		t.Error("PLOVEREvents() returned a shared slice")
	}
}

func TestPLOVEREventInvalid(t *testing.T) {
	for _, e := range []PLOVEREvent{"", "agree", "Agree", " AGREE", "DEMAND", "DISAPPROVE", "INVESTIGATE", "CRIME", "FIGHT", "YIELD"} {
		if e.Valid() {
			t.Errorf("PLOVEREvent(%q).Valid() = true, want false", e)
		}
	}
}

func TestPLOVERModeValidFor(t *testing.T) {
	tests := []struct {
		mode  PLOVERMode
		event PLOVEREvent
		want  bool
	}{
		{PLOVERModeVisit, PLOVERConsult, true},
		{PLOVERModeThirdParty, PLOVERConsult, true},
		{PLOVERModeMultilateral, PLOVERConsult, true},
		{PLOVERModePhone, PLOVERConsult, true},
		{PLOVERModeAssist, PLOVERRequest, true},
		{PLOVERModeChange, PLOVERRequest, true},
		{PLOVERModeYield, PLOVERRequest, true},
		{PLOVERModeMeet, PLOVERRequest, true},
		{PLOVERModeMeet, PLOVERReject, true},
		{PLOVERModeWithdraw, PLOVERRetreat, true},
		{PLOVERModeWithdraw, PLOVERSanction, true},
		{PLOVERModeExpel, PLOVERThreaten, true},
		{PLOVERModeExpel, PLOVERSanction, true},
		{PLOVERModeMartialLaw, PLOVERCoerce, true},
		{PLOVERModeSideAB, PLOVERAssault, true},

		{"", PLOVERAgree, true},
		{"", PLOVERConsult, true},
		{"", PLOVERSupport, true},
		{"", PLOVERCooperate, true},
		{"", PLOVERAid, true},
		{"", PLOVERRequest, true},
		{"", "", false},
		{"", "agree", false},

		{PLOVERModeVisit, PLOVERAgree, false},
		{PLOVERModeVisit, PLOVERSupport, false},
		{PLOVERModeVisit, PLOVERCooperate, false},
		{PLOVERModeVisit, PLOVERAid, false},
		{PLOVERModeVisit, PLOVERRequest, false},
		{PLOVERModeAssist, PLOVERConsult, false},
		{PLOVERModeWithdraw, PLOVERConsult, false},
		{"host", PLOVERConsult, false},
		{"Visit", PLOVERConsult, false},
		{"third party", PLOVERConsult, false},
		{PLOVERModeVisit, "consult", false},
	}
	for _, tt := range tests {
		if got := tt.mode.ValidFor(tt.event); got != tt.want {
			t.Errorf("PLOVERMode(%q).ValidFor(%q) = %v, want %v", tt.mode, tt.event, got, tt.want)
		}
	}
}

func TestPLOVERModesOf(t *testing.T) {
	// The manual lists no modes for these event types.
	for _, e := range []PLOVEREvent{PLOVERAgree, PLOVERSupport, PLOVERConcede, PLOVERCooperate, PLOVERAid} {
		if n := len(ploverModesOf(e)); n != 0 {
			t.Errorf("ploverModesOf(%q) has %d modes, want 0", e, n)
		}
	}
	want := map[PLOVEREvent][]PLOVERMode{
		PLOVERConsult: {"visit", "third-party", "multilateral", "phone"},
		PLOVERRequest: {"assist", "change", "yield", "meet"},
	}
	for e, modes := range want {
		if got := ploverModesOf(e); !slices.Equal(got, modes) {
			t.Errorf("ploverModesOf(%q) = %q, want %q", e, got, modes)
		}
	}
	// Every listed mode is Valid, lower case apart from the manual's
	// "sideAB", and listed at most once per event type.
	for _, e := range PLOVEREvents() {
		modes := ploverModesOf(e)
		for i, m := range modes {
			if !m.Valid() || !m.ValidFor(e) {
				t.Errorf("mode %q of %q: Valid() = %v, ValidFor = %v", m, e, m.Valid(), m.ValidFor(e))
			}
			if slices.Contains(modes[:i], m) {
				t.Errorf("mode %q listed twice for %q", m, e)
			}
			if m == PLOVERModeSideAB {
				continue
			}
			for _, r := range m {
				if (r < 'a' || r > 'z') && r != '-' {
					t.Errorf("mode %q of %q: %q is not lower case or '-'", m, e, r)
				}
			}
		}
	}
}

func TestPLOVERModeInvalid(t *testing.T) {
	for _, m := range []PLOVERMode{"", "host", "Visit", "VISIT", "third party", "sideab", "economic", "diplomatic"} {
		if m.Valid() {
			t.Errorf("PLOVERMode(%q).Valid() = true, want false", m)
		}
	}
}

func TestLookupsDoNotAllocate(t *testing.T) {
	codes := []CAMEOCode{"036", "0334", "04", "999", ""}
	var sink float64
	allocs := testing.AllocsPerRun(100, func() {
		for _, c := range codes {
			g, _ := c.Goldstein()
			sink += g
			_ = c.Valid()
			_ = c.Description()
			e, m := c.PLOVER()
			_ = m.ValidFor(e)
			_ = e.Valid()
			_ = m.Valid()
		}
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times per run, want 0", allocs)
	}
	_ = sink
}

func BenchmarkGoldstein(b *testing.B) {
	codes := CAMEOCodes()
	b.ReportAllocs()
	var sink float64
	i := 0
	for b.Loop() {
		g, _ := codes[i%len(codes)].Goldstein()
		sink += g
		i++
	}
	_ = sink
}
