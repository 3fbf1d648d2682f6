package risk

// Means and places: a height, a bridge, the tracks, pills, a rope, a
// weapon, a car, named with first-person thought, intent or rumination
// ("i keep thinking about the bridge", "i stood on the platform and
// thought about jumping"). A means word alone is not risk (see
// means_in_context); with ongoing thought about it, it is the most urgent
// thing in a message. No pattern needs, or names, how.
var _ = addMacros(map[string]string{
	// Emoji for a means, single or doubled ("🪢🪢"); used inside a group.
	"coffin":  "⚰|⚰⚰|🪦|🪦🪦",
	"noose":   "🪢|🪢🪢",
	"knife":   "🔪|🔪🔪",
	"gun":     "🔫|🔫🔫",
	"vehicle": "(car|bus|truck|train|lorry|tram|van|taxi|meteor|asteroid|plane|lightning bolt|drunk driver|speeding car)",
	"pet":     "(cat|cats|dog|dogs|pets|pet|kitty|puppy|kitten|rabbit|bunny|fish|hamster|bird|birds|horse|guinea pig|snake|lizard|parrot|tortoise|turtle|plants)",
	"place": "(bridge|bridges|roof|rooftop|rooftops|ledge|edge|balcony|cliff|cliffs|cliff edge|overpass|tower|" +
		"car park|parking garage|multistorey|top floor|window|platform|tracks|train tracks|railway|rails|railway line|" +
		"motorway|highway|road|the road|traffic|oncoming traffic|the traffic|river|sea|ocean|lake|waves|dam|pier|quarry|high places|heights|somewhere high|something high|top of the building|" +
		"top of the car park|top of a building|tall building|building)",
	"means": "(pills|meds|tablets|sleeping pills|sleeping tablets|painkillers|paracetamol|antidepressants|medicine cabinet|medicine|bottle of pills|rope|noose|belt|knife|knives|blade|blades|" +
		"razor|razors|gun|guns|pistol|rifle|shotgun|firearm|train|trains|tracks|train tracks|bridge|ledge|roof|balcony|cliff|cliffs|" +
		"car|exhaust|overdose)",
	// Heights and rails, without the water and the roads of @place.
	"height": "(bridge|bridges|roof|rooftop|ledge|edge|balcony|cliff|cliffs|tracks|train tracks|railway|railway line|overpass|" +
		"top floor|car park|parking garage|multistorey|tower|tall building|top of the building|heights|high places|the edge)",
	// Means that are not also everyday things ("the car", "the train",
	// "my meds" are), for phrases that would otherwise be ordinary.
	"sharp": "(pills|tablets|sleeping pills|sleeping tablets|painkillers|paracetamol|medicine cabinet|bottle of pills|rope|noose|" +
		"knife|knives|blade|blades|razor|razors|gun|guns|pistol|rifle|shotgun|firearm|train tracks|tracks|railway line|ledge|cliff|cliffs|overdose)",
	// Words after a means or a place that make it a modifier: "the train
	// strike", "the roof leak", "the pills organiser".
	"modifies": "strike|strikes|scene|scenes|leak|leaks|design|repair|repairs|closure|works|toll|collapse|photo|photos|picture|pictures|view|views|" +
		"project|service|insurance|ride|journey|trip|times|timetable|ticket|tickets|price|prices|fare|fares|dose|doses|side|effects|refill|" +
		"prescription|review|film|movie|episode|organiser|organizer|box|case|set|drawer|party|garden|terrace|bar|top|wedding|photos",
	"ruminate": "(keep thinking|kept thinking|keeps thinking|can not stop thinking|can not stop picturing|" +
		"can not stop imagining|can not stop staring|could not stop thinking|could not stop picturing|could not stop imagining|could not stop staring|keep picturing|keep imagining|keep staring|kept staring|been thinking|" +
		"am thinking|thinking|think|thought|thoughts|picturing|imagining|fantasizing|fantasising|obsessing|fixated|" +
		"dreaming|wondering|tempted|considering|daydreaming|daydream)",
	"act": "(jumping|jump|jumped|leaping|leap|stepping|step|stepped|throwing myself|throw myself|falling|fall|" +
		"crashing|crash|driving|drive|swerving|swerve|lying down|lie down|walking|walk|hanging myself|hang myself|" +
		"overdosing|overdose|od|swallowing|swallow|taking|take|using|use|drowning myself|drown myself|going over|go over)",
})

// addMacros adds word slots to the shared table before init compiles the
// patterns that use them.
func addMacros(m map[string]string) bool {
	for k, v := range m {
		macros[k] = v
	}
	return true
}

var meansRules = []rule{
	{id: "acute.plan.means_thought", level: Plan, third: true, pats: []string{
		// "thinking about jumping off the bridge", "picturing myself stepping off the roof"
		"@ruminate (about|of|on)? (myself)? (just|simply)? @act *3 (off|from|in front of|under|into|onto|over) (a|the|my|this|that|some|an)? @place",
		"@ruminate (about|of|on)? (myself)? @act *3 (in front of|under) (a|the|it|them|one|traffic|oncoming traffic)",
		"@ruminate (about|of|on)? (myself)? (jumping|jump|leaping|leap|stepping off|throwing myself off|falling off|going over the edge) " +
			"!in|into|on|onto|at|for|ship|jobs|the|back|ahead|around|rope|up|across|through|to|with|out|a|queue|higher|lessons|careers|bandwagon|ahead|rope|trampoline|scale",
		// "i keep thinking about the train tracks", "staring at the rope in the garage"
		"(keep thinking|kept thinking|can not stop thinking|keep staring|kept staring|can not stop staring|keep looking|kept looking|obsessing|fixated|keep picturing) " +
			"(about|at|on)? (the|my|those|these|that|all the|all my|his|her)? (dads|mums|moms|parents|grandads|brothers|husbands|partners|fathers|own|old|family|new)? @sharp !@modifies",
		"(thinking|been thinking|think|thought) (about|of) (the|my|that|this)? @height (again|a lot|all the time|constantly|every day|lately|nonstop|tonight|so much|more and more)",
		"@ruminate (about|of)? (crashing|crash|wrecking|wreck) my car " +
			"!insurance|accidentally|by|when|because|in|at|last|yesterday|again|while|during|and|but|so|the|if|on|with|or|every|each|whenever",
		"(keep wanting to|want to|wanting to|wanted to|urge to|urges to|tempted to|need to|going to|planning to|about to) (jump|leap|throw myself|step|fall) " +
			"(off|from|in front of) (a|the|my|some|this)? @height !into|in|for|at|with|haha|lol|on|of",
		"(thinking|been thinking|think|thought) (about|of) (the|my|those|these|that|all the|all my|his|her|dads|mums|moms)? @sharp *4 (again|a lot|all the time|constantly|every day|lately|nonstop|tonight|so much|more and more)",
		"(keep thinking|kept thinking|can not stop thinking|keep staring|kept staring|can not stop staring|obsessing|fixated) (about|at|on)? (the|my|that|this|those)? @place !of|@modifies",
		"(keep|kept|can not stop) (looking|staring) (down|over) (from|off|over)? (the|my|a)? @place !at|to|into|onto|on|towards|toward|watching",
		"(looking|look|looked|staring|stare|stared) (down|over) (from|off|over|at)? (the|my|a)? @place *4 (wondering|thinking|tempted|wanting|want)",
		"(eyeing|eying|eyed|staring at|stared at|glaring at) (the|my|a|those|these)? (bottle of|box of|packet of)? @means",
		"(looking|looked) at (the|my|a|those|these)? (bottle of|box of|packet of)? @means (all night|all day|for hours|all evening|every night|again tonight)",
		"(gun|guns|shotgun|rifle|pistol|firearm|rope|noose|knife|knives|pills|meds|tablets|blade|blades|razor|belt) *8 (can not stop thinking|keep thinking|kept thinking|can not stop staring|keep staring|keep looking|obsessing) (about|at|of)? (it|them)",
		"(rehearsing|rehearse|rehearsed|practising|practicing|imagining|picturing|going over|thinking through|working out|planning) (how|when|where) (i would|i will|i am going to|i could|to) (do it|end it|die|kill myself|end my life|end it all|go through with it)",
		"(looking|look|looked|staring|stare|stared|glaring) at (the|my|those|these|all the|all my)? @means *6 (thinking|think|thought|wondering|wonder|tempted|wanting|want)",
		// "i stood at the edge of the platform and thought about jumping"
		"@place *6 (thinking about|thought about|thinking of|thought of|think about|think of|wondering about|wondered about|tempted|wanted|wanting|want|planning) " +
			"(jumping|doing it|ending it|falling|stepping|going over|leaping|stepping off|letting go|to jump|to end it|how easy|the train|the trains|the tracks|the edge|the drop|the fall|the height)",
		// "i drove to the cliffs and sat there thinking about it": "it" only
		// when the person went there ("a man jumped off a bridge, i still
		// think about it" is grief, not a plan).
		"(i|me|myself) *4 @place *6 (thinking about|thought about|thinking of|thought of|think about|think of|wondering about|wondered about|tempted to do) it !all|over|through|out|and",
		"(keep|kept) (going|walking|driving) (to|up to|onto|on) (the|a)? @place !to|for|with|because|after|before|on|in|at|every|each|during|when|while|near|@modifies",
		"(keep|kept) (standing|sitting|going|walking|driving|ending up) (on|at|to|by|near|up to)? (the|a)? (edge of the|edge of a|top of the|top of a|edge of my|top of my)? @place " +
			"!to|for|with|because|after|before|on|in|at|every|each|during|when|while|near|thinking|wondering|reading|drinking|smoking|watching|eating|working|chatting|talking|waiting|" +
			"enjoying|listening|playing|doing|looking|having|studying|texting|scrolling|sipping|people|staring|daydreaming|dreaming|@modifies",
		"(counting|counted|count) *3 @pills *5 enough",
		// "drove past the cliffs and couldn't stop thinking about driving off them"
		"(i|me|myself|drove|drive|driving|walked|walking|went|going|stood|standing|sat|sitting|passed|passing|was|been|go) *3 @place *8 @ruminate (about|of|on)? (myself)? (just)? " +
			"(jumping|jump|leaping|leap|stepping|step|throwing myself|throw myself|falling|fall|driving|drive|crashing|crash|swerving|going|walking|walk) " +
			"(off|from|in front of|under|over the edge of|over the side of|into) (it|them|there|that|one|the edge)",
		// "been looking at the edge of the platform a lot lately"
		"(looking|staring|looked|stared|gazing|gazed|look|stare) (at|over|down at|down from)? (the|a|my)? (edge|ledge|drop|height|side|end) (of|from|off) (the|a|my|this|that)? @place " +
			"(again|a lot|all the time|constantly|every day|lately|nonstop|tonight|so much|more and more|for hours|all night|for ages|too much|too long|way too much|a lot lately|every night)",
		// "i keep standing at the window on the 12th floor wondering"
		"(keep|kept|been|always end up|find myself|found myself|catch myself|caught myself) (standing|sitting|leaning|going|hanging|stood|sat) *3 (at|on|by|near|over|out of|up on|on top of) (the|a|my)? " +
			"(edge of the|edge of a|edge of my|top of the|top of a)? (@height|window|windows|open window|platform) *6 " +
			"(tempted|thinking about it|thinking about jumping|imagining it|picturing it|how easy it would be|what it would be like|how it would feel|wondering what if)",
		"(keep|kept|been|always end up|find myself|found myself|catch myself|caught myself) (standing|sitting|leaning|going|hanging|stood|sat) *3 (at|on|by|near|over|out of|up on|on top of) (the|a|my)? " +
			"(edge of the|edge of a|edge of my|top of the|top of a)? (@height|window|windows|open window|platform) *6 " +
			"wondering !if|whether|what|who|why|where|when|how|about|at|which|is|was|for|with|and|the|my|a|whose|whom|are|were|she|he|they|we|you|it|its",
		"(looking at|looked at|look at|searching|searched|googling|googled|looking up|looked up|researching) (bridges|tall buildings|high buildings|cliffs|car parks|multistoreys|rooftops|high places) " +
			"(near me|nearby|around here|in the area|close by|in town|near my house|near where i live) !for|to|with|and|because|so|but",
		"(saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|kept) (up)? (a|two|three|four|five|six|several|a few)? (weeks|months|week|month|days|years) (worth)? of (my|the)? @pills",
		"(counting|counted) (out)? (my|the|all my|all the)? @pills (again|tonight|every night|to see)",
		"(gun|guns|rope|noose|knife|knives|pills|meds|tablets|blade|blades|razor|belt) *8 (where|when|how) (i would|i will|i am going to|i could|to) (use it|use them|do it|tie it|take them|use the)",
		"(@height|@sharp) *5 (keeps|kept|keep|is|are|has been|have been) (calling|pulling|tempting|drawing|calling out) (to|at)? me",
		"@place *8 (stood|sat|standing|sitting|stand|sit|leaning|leant|leaned) (at|on|by|over|against) (the|a)? (railing|railings|edge|ledge|rail|barrier|parapet|side)",
		"(looked up|looking up|look up|googled|googling|researched|researching|searched|checked|checking) how (high|tall|far down|deep|far) (the|a|that|my|this)? @place",
		"@place (and)? (look|looked|looking|stare|stared|staring) (down|over the edge|over)",
		// "my dad's gun is in the house and i keep thinking about using it"
		"(gun|guns|rope|noose|knife|knives|pills|meds|tablets|blade|blades|razor|belt) *8 (thinking|think|thought|tempted|want|wanting) (about|of|to)? (using|use|taking|take|swallowing|swallow|grabbing|grab) (it|them|all of them|them all)",
		"(thinking|think|thought) about how easy it (would|will|could) be to (crash|drive|swerve|jump|step|fall|take|swallow|end it|do it)",
		"(want|wanted|going|tempted|need|urge|ready|planning) to (jump|leap|throw myself|fall) (off|from) (something|somewhere|anything) (high|tall|really high)",
	}},
	{id: "acute.plan.stockpile", level: Plan, third: true, pats: []string{
		"(stash|stockpile|hoard|supply|collection|pile|drawer full|box full|bag full) of (@pills|my meds|my pills)",
		"@pills (saved|stashed|stockpiled|hoarded|hidden|put aside|set aside|stored|squirrelled|kept back) (up|away)?",
		"(collecting|collected|gathering|gathered|hiding|hid|squirrelling|squirreling|storing|stored) (up)? (my|the|some|all my|extra|more|old)? @pills",
		"(pills|meds|tablets|bottle|packet|box) *8 (want|going|about|tempted|ready|need|planning) to (take|swallow|down|eat) (them|it|all|them all|all of them|every|the lot)",
		"(swallowing|swallow|taking|take|eating|downing) (everything|all|all of it|the lot|whatever is) (in|from) (the|my)? (medicine cabinet|cabinet|bathroom cabinet|drawer|box|bottle|packet)",
	}},
	{id: "acute.selfharm.emoji", level: SelfHarm, pats: []string{
		"(@knife|🩸|🩸🩸) (on|into|in)? (my)? (arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|body|stomach|hips)",
		"(cut|cutting|cuts) (@knife|🩸|🩸🩸)",
	}},
}
