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
	"height": "(bridge|bridges|roof|rooftop|ledge|edge|balcony|cliff|cliffs|tracks|train tracks|railway|railway line|overpass|quarry|" +
		"top floor|car park|parking garage|multistorey|tower|tall building|top of the building|heights|high places|the edge)",
	// Means that are not also everyday things ("the car", "the train",
	// "my meds" are), for phrases that would otherwise be ordinary.
	"sharp": "(pills|tablets|sleeping pills|sleeping tablets|painkillers|paracetamol|medicine cabinet|bottle of pills|rope|noose|" +
		"knife|knives|blade|blades|razor|razors|gun|guns|pistol|rifle|shotgun|firearm|train tracks|tracks|railway line|ledge|cliff|cliffs|overdose|pill bottle|pill bottles|bottle of tablets|blister packs)",
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
		"(keep thinking|kept thinking|can not stop thinking|keep staring|kept staring|can not stop staring|can not stop looking|could not stop looking|could not stop staring|obsessing|fixated) (about|at|on)? (the|my|that|this|those)? @place !of|@modifies",
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
		// "been staring at the pill bottle for an hour", "i looked at the rope in the garage again tonight"
		"(looking|looked|staring|stared|gazing|gazed|holding|held|sitting with|sat with|eyeing|eyed) (at)? (the|my|a|those|these|that|this)? @sharp " +
			"(for)? (an hour|hours|ages|a long time|half an hour|the last hour|all night|all day|all evening|the whole night|so long|a while|an age|most of the night|forever)",
		"(looking|looked|staring|stared|gazing|gazed|eyeing|eyed) at (the|my|a|those|these|that|this)? @sharp *4 (again|again tonight|every night|all night|for hours|for ages|so much|every day|constantly|nonstop) " +
			"!@modifies|might|maybe|to|for|and|but|so|because|at|in|on|with|when|while|before|after|today|yesterday|online|lol|haha|the|we|then|still|later",
		// "thinking about the train a lot, the one that doesn't stop at my station"
		"(thinking|been thinking|think|thought|keep thinking|can not stop thinking) (about|of) (the|that|those)? (train|trains|express|express train|fast train|freight train|freight trains|lorries|trucks|lorry|truck) " +
			"(a lot|all the time|constantly|every day|lately|nonstop|so much|more and more|too much|again)? *5 " +
			"(does not stop|do not stop|never stops|never stop|goes straight through|go straight through|rushes through|speeds through|passes through|at full speed|without stopping) " +
			"!at|here|through|is|was|always|again|today|and|but|so|which|because|every|on|in|anymore|any|for",
		"(thinking|been thinking|think|thought|keep thinking|can not stop thinking) (about|of) (the|that|those)? (train|trains|express|express train|fast train|freight train|freight trains|lorries|trucks|lorry|truck) " +
			"(a lot|all the time|constantly|every day|lately|nonstop|so much|more and more|too much|again)? *5 " +
			"(does not stop|do not stop|never stops|never stop|goes straight through|go straight through|rushes through|speeds through|passes through) " +
			"(at|here|through) (my|our|the|this) (station|stop|platform) !is|was|always|again|today|and|but|so|which|because|every|on|in|anymore|any|for|at",
		// "i walked to the bridge last night and just stood there for ages"
		"(walked|went|drove|cycled|got|climbed|went up|go|keep going|going) (to|up to|onto|on|up) (the|a|my|that)? @height *4 (stood|sat|standing|sitting|stayed|stared|staring|looked down|looking down) (there|up there|on it|at the edge|by the edge)? " +
			"(for ages|for hours|for a long time|for a while|a long time|for so long|all night|forever|looking down|staring down|on the edge|at the edge|by the edge|by the railing|at the railing|over the edge) " +
			"!watching|taking|enjoying|waiting|talking|chatting|with|reading|painting|drawing|photographing|fishing|admiring|eating|drinking|at|and|to|for|in|the|listening|smoking|sketching|filming",
		// "i can't stop imagining myself hanging"
		"(imagining|imagine|imagined|picturing|picture|pictured|visualising|visualizing|seeing|dreaming of|dreaming about|fantasising about|fantasizing about|thinking about|@ruminate) myself " +
			"(hanging|dangling|swinging|hanged|falling|jumping|dead|in a coffin|being buried|not breathing|bleeding out|drowning|lifeless|gone|on the tracks|under a train) " +
			"!out|around|with|on|up|the|a|from|off|in|at|by|pictures|paintings|upside|there|into|onto|over|for|asleep|laughing|backwards|through|down|to|tired|and|behind|short|ahead|back",
		// "end it 🔪🩸", "i want to die ⚰"
		"(end it|end it all|end things|end my life|kill myself|kms|unalive myself|ending it|die|dying|be dead) (@knife|🩸|🩸🩸|💊💊|@noose|@gun|@coffin)",
		// "the balcony is so high and i keep going out there at night"
		"@height (is|feels|looks|seems) (so|really|very|too|pretty)? (high|tall|far up|far down|high up) *6 (keep|kept|been|always) (going|standing|sitting|stepping|climbing|looking) (out|up|on|over|down)? (there|onto it|on it|to it|to the edge|over the edge|over) " +
			"!to|for|with|and|because|every|each|in|on|when|while|after|before|taking|smoking|reading|the|my|a|drinking|watching|enjoying",
		// "my hands keep going to the knife drawer"
		"(hands|hand|mind|thoughts|eyes|feet) (keep|keeps|kept) (going|drifting|wandering|reaching|straying|being drawn|getting drawn|going back) (to|towards|toward) (the|my)? " +
			"(knife|knives|knife drawer|knife block|pills|medicine cabinet|rope|gun|razor|razors|blade|blades|tablets|pill bottle|tracks|ledge|edge|railing|noose|sleeping pills)",
		// "i looked up which pills are lethal"
		"(looked up|looking up|look up|googled|googling|searched|searching|researched|researching|checked|checking|asked|reading|read) (up)? (on)? (which|what|how many|what dose of|the dose of|what amount of) " +
			"(pills|tablets|meds|medication|medicines|drugs|dose|amount|painkillers|sleeping pills|of my pills|of my meds) (are|is|would be|would|will|could)? (lethal|fatal|deadly|kill|can kill|would kill|kill you|kill me) " +
			"!to|for|in|if|with|when|around|dogs|cats|pets|children|kids",
		// "i went to the cliffs today, i almost did it", "going to the bridge tonight and i'm not coming back"
		"@height *8 (almost|nearly|so nearly|came close to|very nearly|close to) (did it|do it|doing it|went through with it|jumped|jumping|ended it|let go|stepped off|stepped) " +
			"!the|and|but|lol|haha|yay|woo|so|then|in|to|at|on|with|after|before|because|which|into|over|a|for|up|down|off|out|from|across|around",
		"@place *6 (i am|i will|and) (not|never) (coming|going to come|come|be coming) back " +
			"!from|to|until|till|for|in|on|at|before|after|here|there|again|this|next|today|tomorrow|soon|home|any|and|but|with|so|because|if|unless|yet|lol|haha|late|early|by|inside",
		// "i dug my nails into my arm until it bled"
		"(dug|digging|dig|pressed|pressing|stuck|sticking|jabbed|jabbing|stabbed|stabbing) (my)? (nails|fingernails|pen|pencil|compass|pin|pins|needle|needles|scissors|keys) (into|in) my " +
			"(arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|hand|hands|palm|palms|stomach) (until|till|til|so hard|to feel|on purpose|again|deep|hard)",
		// "thinking about the rope in the shed", "practicing tying knots for it"
		"(thinking|think|thought|keep thinking|can not stop thinking) about (the|a|my|that)? @sharp (in|at|under|behind|up in) (the|my)? " +
			"(shed|garage|attic|loft|basement|cupboard|cabinet|drawer|car|bathroom|kitchen|bedroom|house|flat|wardrobe|closet) " +
			"!for|to|because|and|but|so|we|i|is|that|which|being|drawer|block|sink|table|counter|it|needs|has|was|they|he|she|the|my|a|an|cabinet|cupboard|shelf",
		"(practicing|practising|practiced|practised|learning|learnt|learned|looking up|looked up|googling|googled) (how to)? (tie|tying) (a)? (knot|knots|noose|nooses) " +
			"(for it|for this|for me|for myself|for tonight|that would hold|that hold|that will hold|strong enough to hold me|that holds)",
		// "holding onto my old prescriptions for a reason"
		"(holding onto|holding on to|keeping|kept|hanging onto|hanging on to|saving|saved|hiding|hid|stashing|stashed) (my|the|all my|some|old|all the)? (old)? " +
			"(prescriptions|pills|meds|tablets|medication|sleeping pills|painkillers|prescription) (for a reason|for the end|for the right time|for when the time comes|for when i need them|for my exit|for the day i|for one day|for that day)",
		// "i want to jump so bad when i'm up high", "i keep going back to the quarry at night"
		"(want|wanted|urge|urges|tempted|need|feel the urge|feel like) (to)? (jump|throw myself|fall|let go|step off|lean over) *4 (when|whenever|every time|each time|if) (i am|i get|i go|i look)? *2 " +
			"(up high|high up|somewhere high|on a bridge|on the roof|on a roof|on a balcony|on the balcony|near the edge|on the platform|at the edge|near a window|on a cliff|on the ledge|at height|at heights|near heights|on bridges|on balconies)",
		"(keep|kept|been) (going|walking|driving|coming|ending up|finding myself) (back)? (to|at|up to|onto|near) (the|a|that)? @height " +
			"(at night|late at night|alone|by myself|every night|in the middle of the night|at 3am|at 2am|again and again) " +
			"!to|for|with|because|and|but|so|when|while|watching|taking|looking|walking|running|cycling|fishing|climbing|swimming",
		// "i stood on the chair with the belt yesterday"
		"(stood|standing|stand|sat|sitting|climbed|got|get|getting) (on|onto|up on) (the|a|my)? (chair|stool|bucket|box|ladder) (with|and|holding) (the|a|my)? " +
			"(belt|rope|cord|cable|noose|scarf|tie|dressing gown cord|sheet|sheets|extension cord|lead) !to|for|so|because|and",
		// "a cliff near my house that i keep thinking about", "the height of my building"
		"@height *4 (that|which)? i (keep|kept|can not stop|could not stop|have been|been|am always) (thinking|dreaming|fantasising|fantasizing|obsessing) (about|of) " +
			"!painting|photographing|visiting|drawing|going|walking|cycling|running|taking|seeing|for|because|since|when|buying|moving|renting|fixing",
		"(thinking|think|thought|been thinking) (about|of) (the)? (height|drop|fall|distance down|way down) (of|from|off) (my|the|this|that)? (building|flat|balcony|roof|bridge|window|car park|block|apartment|tower|cliff|cliffs) " +
			"!for|in|because|since|as|when|to|with|compared|is|was|and|but|so|project|design|plans|work",
		// "i stood on the ledge of the car park last night"
		"(stood|standing|sat|sitting|climbed|climbing|got|getting|was|hovering|hover|hovered|leaning|leaned|lean|teetering|balancing|perched) (on|onto|up on|over|at|near) (the|a)? (ledge|edge|railing|railings|parapet|barrier|wrong side of the railing|other side of the railing) (of|on|at)? (the|a|my)? @height " +
			"!to|for|with|watching|and|eating|drinking|taking|reading|enjoying|having|during|while",
		// "i want to drive my car off the road"
		"(want|wanted|wanting|going|tempted|urge|need|planning|thinking about|thought about|considering|keep thinking about) (to)? (drive|driving|steer|steering|swerve|swerving|crash|crashing) (my car|the car|myself)? (off|into) " +
			"(the|a)? (road|bridge|cliff|wall|tree|barrier|river|lake|oncoming traffic|motorway|edge|ravine|embankment|pier|highway|overpass|lorry|truck)",
		// "i'm going to take all of them tonight"
		"(going to|about to|want to|will|planning to|ready to|need to) (take|swallow|down) (all of them|them all|every one of them|the lot|all of it|the whole lot|the whole bottle|the whole box|the whole packet) " +
			"(tonight|today|now|at once|in one go|right now|after everyone sleeps|later tonight|when i get home)",
		// "every night i think about the bridge by the station", "the knife in my drawer has been on my mind"
		"(every night|every day|all night|all day|each night|constantly|nonstop|every morning|night after night|day after day) i (think|thought|dream|keep thinking) (about|of) (the|that|this|my)? @height " +
			"!@modifies|game|club|tournament|design|project|party|i|we|to|that|which|where|for|because|and|but",
		"@sharp *4 (has been|is|keeps|kept|have been|are|was|were) (on my mind|in my head|in my thoughts|stuck in my head|all i think about|all i can think about) !for|because|since|as|when|while",
		"(imagining|picturing|thinking about|dreaming about|fantasising about|fantasizing about|imagine|picture) (the|that)? (fall|drop|jump|impact|landing) (from|off|out of) (my|the|this|that|a)? (@height|window|flat|balcony|building|roof)",
		"(rope|pills|gun|noose|blade|razor|tablets) and (a|the) (place|spot|date|time|day|bridge|building|tree) (picked out|chosen|sorted|ready|planned|decided|in mind)",
		"(slammed|slam|slamming|smashed|smash|trapped|crushed|banged|bang) my (hand|hands|fingers|finger|arm|head|foot|feet) (in|against|into|with|on) (the|a)? (door|wall|drawer|car door|desk|table|floor) " +
			"(on purpose|deliberately|intentionally|to feel something|to punish myself|again and again|over and over)",
		// "sat in the car in the garage with the engine running"
		"(in|inside) (the|my)? (closed|shut|locked)? garage *4 (engine running|engine on|motor running|car running|the engine running|the engine on)",
		"(engine running|engine on|motor running|car running) *4 (in|inside) (the|my)? (closed|shut|locked)? garage",
		// "at the station thinking about the trains", "walking to the cliff edge every evening"
		"(station|platform|tracks|level crossing|crossing|stairs) *4 (thinking about|thought about|thinking of|wondering about|staring at|watching|imagining) (the)? (trains|train|tracks|express|fast train|next train|freight trains) " +
			"!late|delayed|delays|timetable|strike|being|running|schedule|to|for|and|times|fare|ticket|tickets|home|today|tomorrow|again|which|that|i|we|arriving|leaving|coming|going|in|on|at|with|from",
		"(walking|walked|walk|going|went|driving|drove|cycling|cycled) (to|up to|out to) (the|a)? (cliff edge|edge of the cliff|edge|ledge|edge of the roof|top of the car park|edge of the bridge|railing) (every|each|most) (evening|night|day|morning|week) !to|for|with|and|because|watching|taking|so|before|after",
		// "the river near my flat keeps pulling at me"
		"(river|sea|ocean|lake|water|waves|dam|quarry|pier|tracks|traffic|road|motorway|canal|reservoir|drop|height|edge|bridge|balcony|roof|cliff|cliffs|ledge) *5 (keeps|kept|keep|is|has been|have been|are) (pulling|drawing|tugging|dragging|luring|beckoning) (at)? me " +
			"!back|in|to|towards|toward|home|out|along|into|closer|for|on",
		// "wondering how long it would take to fall from my window"
		"(wondering|wonder|wondered|thinking|thought|googling|googled|looked up|looking up|searching|searched|calculating|calculated|worked out|working out|figuring out) (about)? how (long|far|high|many seconds|quickly|fast|far down|many floors) " +
			"*5 (fall|falling|drop|dropping|jump|jumping) (from|off|out of) (my|the|this|that|a)? (@height|window|flat|top floor|floor|apartment)",
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
		"(thinking|think|thought|wondering|wonder|wondered|imagining|realising|realizing) (about)? how easy it (would|will|could|might) be to (just)? " +
			"(crash|drive|swerve|jump|step|fall|take|swallow|end it|do it|let go|lean|slip|go over|walk off|walk into|step off|step out|roll)",
		"(want|wanted|going|tempted|need|urge|ready|planning) to (jump|leap|throw myself|fall) (off|from) (something|somewhere|anything) (high|tall|really high)",
	}},
	{id: "acute.plan.stockpile", level: Plan, third: true, pats: []string{
		"(a whole|a full|an entire|whole|full) (drawer|box|bag|cupboard|shoebox|tin|jar|bucket|stash|supply) (full)? of (@pills|my meds|my pills|tablets|sleeping pills|painkillers) !for|from|in|that|which|to",
		"(stash|stockpile|hoard|supply|collection|pile|drawer full|box full|bag full) of (@pills|my meds|my pills)",
		"@pills (saved|stashed|stockpiled|hoarded|hidden|put aside|set aside|stored|squirrelled|kept back) (up|away)?",
		"(collecting|collected|gathering|gathered|hiding|hid|squirrelling|squirreling|storing|stored|stealing|stole|pocketing|pocketed) (up)? (my|the|some|all my|extra|more|old|his|her)? " +
			"(mums|moms|dads|mothers|fathers|parents|grandmas|grandads|nans|grans|partners|wifes|husbands|brothers|sisters|flatmates|roommates|grandmothers|grandfathers)? (sleeping pills|sleeping tablets|painkillers|tablets|pills|meds|medication|antidepressants|opioids)",
		"(pills|meds|tablets|bottle|packet|box) *8 (want|going|about|tempted|ready|need|planning) to (take|swallow|down|eat) (them|it|all|them all|all of them|every|the lot)",
		"(swallowing|swallow|taking|take|eating|downing) (everything|all|all of it|the lot|whatever is) (in|from) (the|my)? (medicine cabinet|cabinet|bathroom cabinet|drawer|box|bottle|packet)",
	}},
	{id: "acute.selfharm.emoji", level: SelfHarm, pats: []string{
		"(@knife|🩸|🩸🩸) (on|into|in)? (my)? (arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|body|stomach|hips)",
		"(cut|cutting|cuts) (@knife|🩸|🩸🩸)",
	}},
}
