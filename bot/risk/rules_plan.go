package risk

// planRules: a plan, a time, the means, or a goodbye. These are the most
// urgent, and a negation does not cancel them: "i'm not going to end it
// tonight" still speaks of tonight.
var planRules = []rule{
	{id: "acute.plan.timing", level: Plan, fixed: true, pats: []string{
		"(end|ending) (it|it all|my life|everything) @time",
		"(kill|killing|unalive|off) myself @time",
		"(die|be dead) (by|before) (tomorrow|tonight|morning|the morning|the weekend|friday|monday|sunday|next week)",
		"(want to|plan to|planning to|planned to|ready to) die (tonight|today|tomorrow|this weekend|soon)",
		"(last|final) (day|night|week|hours) (alive|on earth|of my life|i will be alive)",
		"(this is|these are|will be|it is) my (last|final) (message|post|goodbye|words|note) !at|of|in|before|on|for|with|as|until|till|to",
		"will not be (here|around|alive) (much longer|for long|for much longer|by morning|after tonight|after today)",
		"(you|they|nobody|no one|anyone|everyone) (will not|will never|would not|are not going to) (hear|see) (from)? me (again|anymore|ever again|after tonight|after today) " +
			"!until|till|til|for|before|this|next|on|in|when|tomorrow|while",
		"(forgive me|sorry) for what i (am|was) (about|going) to do",
		"(decided|made up my mind|made the decision|made my decision|set a date|have a date|picked a date|chose a date) " +
			"(to|when|on)? (end it|end my life|kill myself|die|take my life|end it all|unalive myself)",
		"(have|had|made|making|make|got|came up with|come up with|working on) a (plan|plan in place) (to|for|on|of)? (how to)? " +
			"(die|end it|end my life|kill myself|suicide|my suicide|my death|ending it|killing myself|take my life)",
		"my plan is to (do it|end it|die|kill myself|end my life|go through with it|end it all|not wake up) " +
			"!after|before|at|on|in|with|by|first|later|this|next|today|properly|myself|again|the|for|once|so|and|but|then|quickly|slowly|right|well",
		"(taking|take|swallowing|swallow|took|swallowed) (every|every single|all the|all my) (pill|pills|tablet|tablets|medication|med|meds) " +
			"(in the house|in the cabinet|in the medicine cabinet|in the flat|in my flat|in the drawer|in the bathroom|i have|we have|i can find|i could find|left)",
		"(looked up|looking up|look up|googled|googling|searched|searching|checked|checking) (which|what|the) (bridge|building|cliff|roof|car park|tower|overpass) (is|are)? (the)? (highest|tallest|closest|nearest|most)",
		"the last time (you will|anyone will|you are going to|they will|you ever) (hear from|see|talk to|speak to) me !before|until|till|for|while|on|in|this|during|at|today|til",
		"(picked|chose|chosen|decided on|settled on|found|have|got) (a|the) (date|day|time|place|spot|method|way|bridge|building) " +
			"(to|for|when|where) (i|i will|i am going to|i would)? (die|end it|end my life|kill myself|ending it|end it all|do it|go through with it)",
		"(know|knew|figured out|decided|worked out|planned|planned out|thought out|mapped out|worked out|wrote down|written down|writing down|wrote out|written out|write down|noted down|have planned) (exactly|already|out)? (how|when|where) (i will|i would|i am going to|i will be) (do it|die|end it|kill myself|go through with it) " +
			"!all|well|right|better|properly|differently|faster|quicker|cheaper|without|for|at|on|from|justice|again|up|in|with",
		"(tonight|tomorrow|today|this weekend|on friday|on saturday|on sunday|next week|soon) (i am going to|i will|going to|i plan to|i want to|i will finally|i am finally going to) " +
			"(end it|end my life|kill myself|take my life|die|end it all|unalive myself|overdose|od)",
		"(i am|i will be) gone (by|before) (morning|sunrise|dawn|daybreak)",
		// "i know which building", "i've picked which bridge"
		"<you|we|they|he|she|do|does (i|i have|i already|i have already) (know|knew|found|picked|chose|chosen|decided on|settled on|worked out|figured out) (exactly)? (which|what) " +
			"(bridge|building|cliff|roof|rooftop|car park|tower|overpass|spot|place|pills|rope|tree|train|station|floor|balcony|ledge|window|one to use|way|method) " +
			"!is|the|you|to|we|they|he|she|it|has|was|my|your|our|their|a|an|in|on|at|for|with|and|but|so|of|his|her|i|are|were|will|would|should|can|could|from|by|near|next|had|does|did|" +
			"looks|sells|serves|works|lives|needs|number|suits|fits|goes|leaves|stops|bus|line|platform|ticket|this|that|these|those|if|because|when|where|who|we|now|then|already|too|as|exactly",
		// "i've decided, it'll be this friday"
		"(i have|i) (decided|made up my mind|made my decision|chosen|picked) *2 (it will be|it is going to be|it is|it will happen|going to be|i will do it|i am doing it|it happens) (this|on|next)? " +
			"(friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|weekend|week|today|soon|the weekend) " +
			"!for|with|at|in|to|that|when|because|so|and|we|they|the|our|my|i|is|night|morning|afternoon|evening|lunch|dinner|breakfast|then|instead|after|before|if|or|but|you|he|she|it",
		// "i've got everything i need now, it's just a matter of when"
		"(have|got|gathered|bought|collected|sorted) (everything|all|all the stuff|all the things|what) i (need|needed) *8 (matter|question) of (when|time) !before|until|till|for|we|they|the|our|it|he|she|you|and|but",
		"(have|got|gathered|bought|collected) (everything|all|all the stuff|all the things|what) i (need|needed) (to do it|to end it|to end my life|to go through with it|to end it all|to kill myself|for tonight)",
		"(i am|i will be) dead (by|before) (morning|tomorrow|tonight|the weekend|sunrise|dawn)",
		"(tonight|today|tomorrow|friday|saturday|sunday|this weekend) is (the night|the day|when) (i|that i)? (end it|do it|die|kill myself|end my life|go through with it|finally end it|end everything)",
	}},
	{id: "acute.plan.goodbye", level: Plan, fixed: true, third: true, pats: []string{
		"this is (my)? goodbye !to|for|from|party|present|gift|card",
		"(goodbye|farewell) (cruel world|world|forever|for good|for ever|this world|life)",
		"(saying|say|said|wrote|write|writing|sent|sending) (my)? (goodbyes|final goodbye|last goodbye|goodbye to everyone|goodbye to my family|goodbye to the world|goodbye to life|goodbye to everybody)",
		"(final|last) (goodbye|goodbyes|farewell) !to|at|party|from",
		// "none of this is your fault. goodbye"
		"(not|never|no one of this is|no one of it is|no one of this was|no one of it was|nothing is|nothing was) (your|anyones|anyone is|anybodys|anybody is|their|his|her|yours) fault *5 (goodbye|farewell|bye forever|bye everyone|bye all|goodbye everyone) " +
			"!till|until|til|for|see|and|to|from|tomorrow|tonight|next|on|at|have|x|xx|lol|then|talk|speak|catch|later|soon|hun|love|babe|mate|i",
		"(goodbye|farewell|bye forever|bye everyone) *5 (not|never|no one of this is|no one of it is|no one of this was|no one of it was) (your|anyones|anyone is|anybodys|anybody is|their|yours) fault",
		// "please make sure someone feeds my dog"
		"(make sure|promise|promise me) (that)? (someone|somebody|you|they|my family|my parents|my sister|my brother|my friend|my mum|my mom|my dad|my partner|my flatmate) *2 " +
			"(feeds|feed|looks after|look after|takes care of|take care of|walks|walk|adopts|adopt|keeps|keep|gives a home to|finds a home for|rehomes|rehome|waters|water) my @pet " +
			"!while|when|during|until|till|tomorrow|this|on|at|today|for|next|in|tonight|and|but|i|because|so|if|since|every|each|twice|once|before|the|over|properly|too|dinner|breakfast|food|again",
		"(take care of|look after|feed|walk|love|give) my (cat|dog|kids|pets|plants|children|family|kitty|puppy|babies|son|daughter|parents|mom|mum|dad|partner) *3 " +
			"(when|after|once) i am (gone|dead) !for|to|on|from|at",
	}},
	{id: "acute.plan.note", level: Plan, fixed: true, third: true, pats: []string{
		"(writing|wrote|written|write|left|leaving) (letters|notes) to say (goodbye|bye)",
		"(writing|wrote|written|write|left|leaving) (letters|notes) to say (sorry|thank you|i love you) !to|for|at|in",
		"suicide (note|notes|letter|letters|video|message)",
		"goodbye (letters|notes)",
		// "i've left a letter on my desk for my parents"
		"(left|leaving|leave|put|placed) (a|the|my|some)? (letter|letters|note|notes|envelope|envelopes) *5 for (my parents|my family|everyone|everybody|my loved ones|the people i love|whoever finds|my kids|my children|" +
			"my mum and dad|my mom and dad|each of them|all of you|you all|my wife|my husband|my partner) " +
			"!saying|about|to|that|so|because|with|asking|telling|explaining|for|before|and|but|which|when|while|if|on|at|with|in|of|the|listing|about|reminding|just|letting",
		"(written|wrote|writing|write|left|leaving|leave|finished|drafted|drafting) (a|my|the|some|all|all my|all the)? (final|last) (letters|notes|note|letter) " +
			"(for|to) (my|everyone|everybody|each)",
		"(written|wrote|writing|write|left|leaving|finished) (letters|goodbye letters) (for (my family|my kids|my children|everyone|everybody|my parents|my loved ones|each of them|my wife|my husband|my partner|the people i love)|to (everyone|everybody|my loved ones|each of them|the people i love))",
	}},
	{id: "acute.plan.means", level: Plan, fixed: true, third: true, pats: []string{
		"(saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|stashing|stashed|storing up|saving up|saved up|building up) " +
			"(up)? (my|the|all my|all the|all of my|some|extra|enough|old|these|those)? @pills",
		"(have|got|had|bought|ordered|collected|saved|stored|stashed) enough @pills (to (do it|make sure|die|end it|kill me|kill myself|not wake up|overdose|od|never wake up)|saved|stored|stashed|ready|for tonight)",
		"(take|taking|took|swallow|swallowing|swallowed|down|downing|downed|eat|eating|ate|chug|chugging) " +
			"(every single|the whole|a whole|the rest of|a handful of|handfuls of|a bunch of|all of my|all of the|a bottle of|a packet of|a box of|a whole bottle of|a whole box of) " +
			"(my|the|these|those|of my|of the|of)? (@pills|bottle|packet|box|pack|bottles|packets) " +
			"!as|on|this|for|every|each|like|correctly|properly|today|yesterday|in|at|with|before|after|by|daily|regularly",
		"(going to|about to|want to|planning to|plan to|will|ready to|tempted to) (take|swallow|down|eat) (all|every one of|all of|every single one of) (my|the|these|those)? (@pills|bottle|packet|box)",
		"(swallow|swallowing|swallowed|down|downing|downed|chug|chugging|overdose on|od on) (all|every|all my|all the|all of) (my|the|these|those)? (@pills|bottle|packet|box|pack)",
		"(overdose|overdosing|overdosed|od|oding) on (my|the|some|all|all my|all of my|these|those)? @pills",
		"(want|going|plan|planning|planned|decided|tempted|thinking about|think about|thought about|considering|trying|tried|try|will|would|could|should|might|about|ready|need) " +
			"(to|about|of)? (overdose|overdosing|od|take an overdose)",
		"(i|just|already|accidentally|nearly|almost) (overdosed|od) !on|in|at|when|as",
		"(take|took|taken|taking) an (overdose|od)",
		"(lethal|fatal|deadly) (dose|doses|amount|overdose|quantity)",
		"how (many|much) (@pills|of my pills|of my meds|of these) *4 (it would take|it will take|would it take|does it take|it takes|to die|kill|would kill|kills|is lethal|is fatal|are lethal|fatal|lethal|deadly|to od|to overdose|to not wake up|to end it|overdose)",
		"how long (does it|would it|will it) take to (die|bleed out|drown|suffocate|pass out and die)",
		"(painless|most painless|least painful|surest|quietest) (way|ways|method|methods|death|suicide) !to|for|of|at|in|with|and|is|tattoo|wax|waxing",
		"(painless|most painless|least painful|peaceful|surest|quietest) (way|ways|method|methods|death) to (die|go|do it|end it|kill myself|end my life|not wake up|check out|commit)",
		"(easy|easiest|quickest|quick|fastest|best|cleanest|simplest|fast) (way|ways|method|methods) to (die|kill myself|end my life|end it all|not wake up|commit suicide)",
		"(researching|research|researched|googling|googled|looking up|looked up) (for)? (ways|methods|the best way|painless ways|the easiest way|the quickest way|a way) (to)? (do it|end it)",
		"(researching|research|researched|looking up|looked up|look up|googling|googled|google|searching|searched|search|reading about|read about|looking into|looked into|looking for|figuring out|figured out) " +
			"(for)? (ways|methods|the best way|painless ways|the easiest way|the quickest way|a way|how many|how much) (to)? " +
			"(die|kill myself|end my life|overdose|od|commit suicide|not wake up|commit|would kill|is lethal)",
		"(researching|googling|looking up|looked up|googled|searching|searched) (how to)? (kill myself|die painlessly|end my life|commit suicide|overdose|suicide methods)",
		"(hang|hanging|hanged) myself",
		"(use|using|turn|turning) (it|them|this|that|the knife|a knife|the gun|a gun|the rope|the pills|the blade|a blade) on myself",
		"(slit|slitting|slice|slicing|cut|cutting|open|opening) my (wrists|wrist|throat|veins) !on|while|by|at|in|when|during|playing|shaving|cooking|with",
		"(shoot|shooting) myself !for|in|with",
		"(shoot|shooting) myself in the (head|face|mouth|heart|chest|brain)",
		"(blow|blowing) my (brains|brain|head) (out|off)",
		"(put|putting) a (bullet|gun) (in|to|through) my (head|brain|mouth)",
		"<nearly|almost|accidentally|accidently (drown|drowning|poison|poisoning|suffocate|suffocating|strangle|strangling|gas|gassing|electrocute|electrocuting) myself !in|with|up|on|by",
		"(set|setting) myself on fire",
		"(jump|jumping|leap|leaping|throw myself|throwing myself|yeet myself|yeeting myself) (off|from) (a|the|this|that|some)? " +
			"(bridge|building|roof|cliff|balcony|ledge|tower|parking garage|window|overpass|multistorey|skyscraper) !for|with|haha|lol",
		"(jump|jumping|step|stepping|walk|walking|run|running|throw myself|throwing myself|lie|lying|lay|laying) (in front of|under) (a|the|some)? " +
			"(train|bus|car|truck|tram|lorry|subway|metro|traffic|oncoming traffic)",
		"(lie|lying|lay|laying) (down)? on the (train tracks|tracks|railway|rails)",
		"(crash|crashing|drive|driving|steer|steering) (my car|the car|myself|off)? (into|off) (a|the)? (wall|tree|bridge|cliff|truck|oncoming traffic|river|lake|lorry|barrier)",
		"(tie|tied|tying|made|making|make|bought|buy|got) a noose",
		"(have|got) (the|my|all the|enough|all my)? (@pills|rope|noose|gun|blade|razor|blades) (ready|lined up|counted out|set aside|hidden|here with me|next to me|in front of me)",
		"(the)? (rope|noose|pills|gun|meds|blade|blades|razor) (is|are) (ready|set up|prepared|in place|tied|waiting|loaded) !for|to|at|in",
		"(💊💊|@noose|@knife|@gun|@coffin) (tonight|today|now|soon|goodbye|bye|tomorrow|💀|💀💀|@coffin|👋|✌)",
		"(tonight|goodbye|bye) (💊💊|@noose|@gun|@coffin)",
		"(@noose|@knife|@gun|💊💊) myself",
		"(me|myself|i am) (@noose|@gun|@coffin|💊💊)",
		"(want|going|ready|about|need|tempted|planning) (to)? (take|swallow|use|do)? (all|all of|all my|all the)? (the|my|these|those)? (💊💊|@noose|@gun)",
	}},
	{id: "acute.plan.giving_away", level: Plan, fixed: true, third: true, moving: true, pats: []string{
		"(giving|gave|give|given) (away)? (all)? (of)? my (stuff|things|belongings|possessions|prized possessions|most precious things) (away)? !a|back|to|some|more|an|the",
		"(giving|gave|give|given) away (all)? (of)? my (stuff|things|belongings|possessions|prized possessions)",
		"(giving|gave|give|given) (away)? (all)? (of)? my (stuff|things|belongings|possessions) (away)? (so|because)? *3 (nobody|no one) (has|have|will have|needs) to (deal|sort|clean)",
	}},
	// A means word, a vague time or an estate-planning step is not risk on
	// its own ("bought a rope for the tent"); next to any other risk language
	// or a plan word it is the most urgent thing in the message.
	{id: "acute.plan.means_in_context", level: Plan, fixed: true, context: true, third: true, pats: []string{
		"(bought|buying|buy|got|getting|ordered|ordering|order|have|found|picked up|grabbed|get|went to buy|looking for|stole) " +
			"(a|some|the|a new|enough|more|a length of|a bottle of|a box of|a packet of|extra)? (rope|noose|gun|pistol|handgun|firearm|rifle|shotgun|" +
			"razor|razors|razor blades|blades|blade|pills|sleeping pills|tablets|charcoal|bullets|ammo|poison|heroin|fentanyl|painkillers|paracetamol|tylenol|helium)",
		"(take|taking|took|eat|eating|ate) (all|every|all my|all the) (my|the|these|those)? (@pills|bottle|packet|box|pack)",
		"(do|doing) it (on)? (tonight|today|tomorrow|this weekend|soon|now|when everyone is asleep|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this week|next week|at midnight)",
		"(go|going) through with it",
		"(💊💊|@noose|@knife|@gun)",
		"do something (drastic|stupid|i can not take back|permanent|final)",
		"be (gone|dead) (tomorrow|tonight|soon|by morning|before morning)",
		"will not be (here|around) (tomorrow|next week|much longer)",
		"(tonight|today|tomorrow) is (the night|the day|when i do it)",
		"(this is|it is) my (last|final) (checkin|check in|entry|text|day|night)",
		"(sorting|sorted|getting|got|putting|put) (my)? (affairs|things|life|finances|papers) in order",
		"(wrote|written|writing|made|making|updated|updating) (my)? (will|last will) !be|power",
		"by the time (you|anyone|someone|they|somebody|people) (read|reads|see|sees|find|finds|get|gets) this",
		"i will be (gone|dead) !for|by|in|at|on|till|until|from|all|before|the|most",
		"(take|swallow|down|taking|swallowing) (them|those|these) all",
		"(want|going|about|ready|planning|tempted|need) to jump (off)?",
		"(standing|sitting|stood|sat|up|i am) (on|at) (the|a) (edge|ledge|bridge|roof|rooftop|cliff|cliff edge|train tracks|tracks|railway bridge|top of the building) " +
			"!bench|benches|platform|side|station|crossing|cafe|bar|terrace|garden|party|of",
		"(standing|sitting|stood|sat|up|i am) (on|at) (the|a) (edge|ledge) of (the|a|my)? (platform|bridge|roof|rooftop|cliff|building|balcony|tracks|car park|multistorey)",
		"(finally|going to|about to) (do it|go through with it) !and|with|to",
	}},
	{id: "acute.plan.unsafe", level: Plan, fixed: true, pats: []string{
		"not (think i can|sure i can|know if i can|going to be able to|able to|trust myself to|sure if i can)? (keep|stay) (myself)? safe",
		"can not (keep|stay) (myself)? safe",
		"(can not|could not|not) (promise|guarantee|swear) (that)? (i will|i can|i would|to)? (keep|stay|be) (myself)? safe",
		"(unsafe|not safe) (with|around|from) myself",
		"not safe (right now|tonight|alone|by myself|at the moment|to be alone|being alone)",
		"(scared|afraid|frightened|worried) (of|about) what i (might|will|could|am going to) do (to myself)?",
	}},
	// A goodbye is the weakest sign of all: people sign off every day. Only
	// risk language, a plan word, a means word or strong distress makes it one.
	{id: "acute.plan.goodbye_in_context", level: Plan, fixed: true, context: true, weak: true, third: true, pats: []string{
		"(goodbye|farewell)",
		"(goodbye|bye) (everyone|everybody|all|my love|my loves|my friends|to all|to everyone)",
		"(thank you|thanks) for everything (goodbye|and goodbye|bye|forever|i am sorry|sorry|i love you all|please forgive me)",
		"i love you all",
		"(goodbye|farewell) (letter|note|message|video)",
	}},
}
