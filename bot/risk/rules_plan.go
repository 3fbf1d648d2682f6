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
		"<not|never|really|actually|currently|even (have|had|made|making|make|got|came up with|come up with|working on) a (plan|plan in place) (to|for|on|of)? (how to)? " +
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
		// "i've been planning my death", "i've chosen the spot"
		"(planning|planned|plan|plotting|plotted|arranging|arranged|preparing|prepared|organising|organizing|rehearsing|rehearsed|working out|worked out) (out)? my (own)? (death|suicide|ending|last day|final day|last night alive|final night|way out|own death)",
		"<you|we|they|he|she (i have|i) (already)? (picked|chose|chosen|decided on|settled on|selected) (a|the|my) (date|day|spot|place|method|bridge|building|time|way|night) " +
			"!for|to|of|and|but|with|in|on|at|we|they|the|that|so|because|near|by|from|out|yesterday|today|last|this|now|where|when|which|wisely|well|carefully|already|is|was|he|she|it|you|i|my|our|their|his|her|too|as|after|before|next",
		// "i know where my dad keeps the gun"
		"(know|knew|found|found out|figured out|worked out|discovered|saw|see) where (my|the|our|his|her)? *2 (keeps|keep|hides|hide|stores|store|kept|hid|stored|locks|lock|put|puts|leaves) " +
			"(the|his|her|their|my|our)? (gun|guns|rifle|pistol|shotgun|firearm|handgun|revolver|ammo|bullets|gun safe key|gun key|gun cabinet key|gun safe) " +
			"!cleaning|kit|club|range|licence|license|permit|show|shop|store|oil|magazine|magazines|parts|collection|catalogue|catalog|safety|course|stuff|photos|manual|case|for|@modifies",
		// "i've figured out the how and the when", "friday is the day"
		"(figured out|worked out|decided|know|planned|sorted out|sorted|got|picked|decided on|settled) (the)? (how|when|where) and (the)? (when|where|how) !of|for|to|with|about|in|on|at",
		"<next|last|every|each|which|what (friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|today) is (the|my) (day|night|date|end) " +
			"!we|for|of|to|i|you|they|he|she|when|that|the|my|our|after|before|so|and|but|it|at|in|on|with|lol|haha|yay|finally|from|off|out|then",
		// "i just wanted to say goodbye properly before i go"
		"(say|said|saying|tell|telling) (you|everyone|all of you)? (goodbye|bye|goodbyes|my goodbyes|farewell) *3 before i (go|leave|am gone|die|do it|end it|disappear) " +
			"!on|to|home|back|away|abroad|travelling|traveling|out|for|in|into|off|overseas|through|under|and|next|this|the|a|my|shopping|camping|inside|up|down|over|there|with|at|from|upstairs|downstairs|bed|sleep|live|work|school|uni|college|class|tomorrow|soon|later|now|today|sign|log",
		// "i won't be checking in anymore, thanks for everything"
		"(will not|am not going to|will no longer|not going to|no longer going to) be (checking in|here|around|messaging|writing|talking to you|texting|using this|needing this|needing you|alive) (anymore|any more|any longer|after today|after tonight|after this) " +
			"(and|so|but|just)? (thanks for everything|thank you for everything|goodbye|farewell|i am sorry|i love you|forgive me)",
		// "i'm giving my guitar to my brother, i won't need it"
		"(giving|gave|give|given|leaving|left|handing|handed) (away)? my *3 to *4 (i will not|i do not|i am not going to|i will not be|i will no longer|i no longer|i will have no) " +
			"(need|needing|use|using|be needing|be using|be here to use|need any of) (it|them|this|these|those) (anymore|any more|any longer|again|where i am going|after tonight|after this|after today)? " +
			"!in|at|for|until|till|this|next|on|during|while|there|here|because|since|as|so|now|today|tomorrow|tonight|when|until|at|for|there|in|once|once|to|with|if",
		"(will not|am not going to|will no longer|do not) need (my|this|these|those|it|them|any of it|any of this|my stuff|my things) *2 (where i am going|after tonight|after this weekend|after i am gone|when i am gone|once i am gone)",
		// "my will is on the desk and my passwords are in the notebook"
		"my (will|last will|passwords|bank details|pin numbers|pin|logins|account details|funeral wishes|life insurance|insurance papers|instructions) (is|are) (on|in|under|by|inside|next to) *4 " +
			"(and|also)? (my)? (passwords|bank details|pin numbers|pin|logins|account details|funeral wishes|will|keys|letters|notes|instructions|insurance papers) (is|are) (on|in|under|by|inside|next to)",
		// "i'll be at peace soon, don't be sad"
		"(i will|i am going to|i will finally|soon i will) be (at peace|at rest|in a better place|with grandma|with grandpa|with my mum|with my mom|with my dad|with god|somewhere better|out of your way) " +
			"(soon|tonight|tomorrow|shortly|by morning|very soon|finally) !when|once|after|because|as|if|since|with|at|on|in|till|until|knowing|that|about|for|from|again",
		// "i have a date in my calendar for when i'm going to do it", "tonight. i've decided."
		"(picked|chose|chosen|have|got|set|marked|put|circled) (a|the) (date|day|time|night) *4 (for|when|on which) (when)? (i will|i am going to|i would|i can) (do it|end it|die|end my life|kill myself|go through with it) " +
			"!well|right|properly|together|with|again|all|better|differently|for|at|on|the|a|my|this",
		"(tonight|tomorrow|today|this weekend|friday|saturday|sunday) (i have|i) (decided|made up my mind|made my decision) " +
			"!to|on|that|what|which|where|whether|how|it|the|a|my|we|our|for|and|but|so|you|against|not|yes|no|about|if|this|when",
		// "by this time tomorrow i won't be here"
		"(by|at) this time (tomorrow|next week|tonight|on friday|next year|next month) (i will not|i am not going to|i will no longer|i will) (be here|be around|be alive|exist|be gone|be dead) " +
			"!i|in|on|at|because|since|anymore|so|but|as|we|to|for|with|and|from|there",
		// "i've made sure the dog will be looked after", "i left instructions for my funeral"
		"(made sure|making sure|arranged|sorted|organised|organized|found someone|asked someone) (that)? (the|my) @pet (will be|is|are|would be|gets|get|will get) (looked after|taken care of|fed|rehomed|adopted|okay|ok|fine|safe|cared for|walked) " +
			"!while|when|during|until|till|tomorrow|this|on|at|today|for|next|in|tonight|and|but|because|so|if|since|every|each|twice|once|before|after|over|by",
		"(left|leaving|written|wrote|writing|made|making|planned|planning|sorted|organised|arranged) (the|my|some)? (instructions|wishes|plans|arrangements|playlist|music|songs|notes) (for)? my (funeral|memorial|cremation|burial)",
		// "i love you all, this is the end", "this will be the last thing i write"
		"i love you all *4 (this is|it is) (the|my) end !of|credits|game|episode|season|chapter|scene|boss|result|and|so|but",
		"(this is|it is) (the|my) end *3 i love you all",
		"(this is|this will be|these are|these will be) (the|my) (last|final) (thing|things|words|message|text|post|entry) i (write|will write|say|will say|send|will send|post|will post|ever write|ever say) " +
			"!tonight|today|before|for|this|until|till|then|on|at|in|here|about|so|and|but|because|as|to|with",
		// "i'm leaving a message for when they find me"
		"(leaving|left|writing|wrote|recording|recorded|leave|write) (a|my|this)? (message|note|letter|video|voice note) (for)? (when|whoever|for whoever|the person who|the one who) *2 (find|finds|found) (me|my body)",
		// "the plan is set, sunday night"
		"(the|my) plan is (set|made|ready|in place|decided|final|sorted|happening|done) *2 " +
			"(tonight|tomorrow|tomorrow night|sunday|sunday night|monday|monday night|tuesday|tuesday night|wednesday|wednesday night|thursday|thursday night|friday|friday night|saturday|saturday night|this weekend|at midnight) " +
			"!brunch|lunch|dinner|breakfast|morning|afternoon|evening|at|for|with|and|we|the|party|drinks|game|football|match|movie|shopping|out|is|then|after|before|in|on|lol|haha|yay|to|dance|gig|concert|date|night|roast|service|church|mass|market|run|walk|meal",
		// "thank you for being there, i won't need you anymore", "you mattered to me. bye"
		"(thank you|thanks) *6 (i will not|i do not|i am not going to|i will no longer) need (you|this|this app|your help|any of this|anyone|anybody) (anymore|any more|any longer|after tonight|after today|again) " +
			"!because|since|as|now|lol|haha|i|thanks|for|until|till|this|at|in|so|but|and",
		"(you|you all|you guys|all of you) (mattered|meant|have meant|meant so much|mean so much|mean the world|meant the world|made a difference|were my everything) (to me)? *3 (bye|goodbye|farewell|bye forever|i am sorry|forgive me) " +
			"!for|till|until|see|and|to|from|tomorrow|next|then|talk|catch|later|soon|now",
		// "when i get home i'm going to end it"
		"(when|once|as soon as|after) (i get|i am|i arrive|everyone is|they are|i go) (home|back|asleep|gone|alone|out|to bed) *3 (i am going to|i will|going to) (end it|end it all|end my life|kill myself|do it|overdose|jump|go through with it) " +
			"!with|for|off|up|then|and|the|this|that|again|properly|right|all|well|later",
		// "sorted everything out so nobody has to deal with my stuff"
		"(sorted|sorting|arranged|organised|organized|cleared|clearing|packed|packing|tidied|labelled|labeled) (everything|it all|my things|my stuff|my room|my affairs|my flat) (out|up|away)? *3 (so|so that) " +
			"(nobody|no one|you|they|my family|my parents|my mum|my mom) (has|have|will have|needs|need|will need|does not have|do not have|will not have) to " +
			"(deal with|sort out|clean up|go through|handle|worry about) (my stuff|my things|my mess|my belongings|my affairs|it all|any of it|anything|it) " +
			"!while|when|during|tomorrow|next|this|on|at|today|for|until|till|over|in|whilst|before|again",
		// "tell my kids i love them", "i've given away my cat so she'll be safe", "signing off for good"
		"(please)? tell (my|our) (kids|children|son|daughter|mum|mom|dad|parents|family|wife|husband|partner|sister|brother|friends|girlfriend|boyfriend) (that)? i (love|loved) (them|her|him|you|you all|them all) " +
			"!when|before|after|at|tonight|tomorrow|today|and|but|for|from|if|until|till|while|i|so|too|back|lots|very|x|xx",
		"(given|gave|giving|give|rehomed|rehoming|rehome) (away)? my @pet (away)? *3 (so|so that|because) (she|he|they|it) (will be|is|would be|can be|gets|will get) (safe|looked after|taken care of|okay|ok|happy|loved|cared for) " +
			"!while|when|during|until|till|this|on|at|today|for|next|in|tonight|and|but|from|with",
		"(signing|sign|signed|logging|log|logged|checking|check) (off|out) (for good|forever|for ever|permanently|for the last time|one last time|for the final time) " +
			"!from|on|of|with|this|tiktok|instagram|twitter|facebook|social|because|since|as|at|in",
		// "tomorrow is my last day", "i'm sorry mum, i love you"
		"(tomorrow|today|tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday) is my (last|final) (day|night) (alive|on earth|here|on this earth|of my life|ever)? " +
			"!at|of|in|before|with|for|as|working|off|on|then|and|so|lol|haha|yay|finally|woo|too|until|till|here|there|in|of|at",
		"(i am sorry|sorry|forgive me) (mum|mom|dad|mummy|mommy|daddy|mother|father|everyone) *2 (i love you|i love you all|i love you so much) " +
			"!too|for|but|and|so|lol|haha|x|xx|see|talk|i|call|back|already|more|anyway|though|still|loads|lots",
		// "i've decided, it'll be this friday"
		"(i have|i) (decided|made up my mind|made my decision|chosen|picked) *2 (it will be|it is going to be|it is|it will happen|going to be|i will do it|i am doing it|it happens) (this|on|next)? " +
			"(friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|weekend|week|today|soon|the weekend) " +
			"!for|with|at|in|to|that|when|because|so|and|we|they|the|our|my|i|is|night|morning|afternoon|evening|lunch|dinner|breakfast|then|instead|after|before|if|or|but|you|he|she|it",
		// "i've got everything i need now, it's just a matter of when"
		"(have|got|gathered|bought|collected|sorted) (everything|all|all the stuff|all the things|what) i (need|needed) *8 (matter|question) of (when|time) !before|until|till|for|we|they|the|our|it|he|she|you|and|but",
		"(have|got|gathered|bought|collected) (everything|all|all the stuff|all the things|what) i (need|needed) (to do it|to end it|to end my life|to go through with it|to end it all|to kill myself|for tonight)",
		"(i am|i will be) dead (by|before) (morning|tomorrow|tonight|the weekend|sunrise|dawn)",
		"(tonight|today|tomorrow|friday|saturday|sunday|this weekend) (is|might be|could be|will be|is going to be|may be|feels like) (the night|the day|when) (i|that i)? (end it|do it|die|kill myself|end my life|go through with it|finally end it|end everything)",
	}},
	{id: "acute.plan.goodbye", level: Plan, fixed: true, third: true, pats: []string{
		"this is (my)? goodbye !to|for|from|party|present|gift|card",
		"(goodbye|farewell) (cruel world|world|forever|for good|for ever|this world|life)",
		"(saying|say|said|wrote|write|writing|written|sent|sending|recorded|recording|posted|posting|left|leaving) (my|all my)? (goodbyes|final goodbye|last goodbye|goodbye to everyone|goodbye to my family|goodbye to the world|goodbye to life|goodbye to everybody) " +
			"!at|to|before|in|on|as|when|after|for|then|at|from|and|outside|inside|over|by|with|see|talk|catch|until|till|til|back|properly|already",
		"(final|last) (goodbye|goodbyes|farewell) !to|at|party|from",
		// "thank you for everything you've done for me. goodbye", "you've been a good friend. farewell"
		"(thank you|thanks|grateful) for everything *8 (goodbye|farewell|bye forever|goodbye forever) " +
			"!for|till|until|til|see|and|to|from|tomorrow|tonight|next|on|at|x|xx|lol|then|talk|speak|catch|later|soon|hun|love|babe|mate|i|have|everyone|all",
		"(you have been|you were|you are) (a|such a|the|my)? *2 (friend|help|bot|companion|comfort|friends|support) *4 (farewell|goodbye forever|bye forever) !for|till|until|see|and|to|from|tomorrow|next|then|talk|catch|later|soon",
		// "if anything happens to me, please tell my sister i love her"
		"if (anything|something) (happens|happened|should happen|were to happen|would happen) to me *8 (tell|let|give|make sure|look after|take care of|feed)",
		"if i (do not|am not|will not|never) (wake up|make it|come back|return|here|around) *3 (tell|let|give|look after|take care of|feed) (my|them|everyone|her|him|the)",
		// "please look after my cat for me, i won't be able to anymore"
		"my @pet *6 (i will not|i can not|i will not be able to|i am not going to be able to|i will not be here to|i will not be around to|i am not able to) *3 (anymore|any more|any longer|ever again|after tonight|after today)",
		// "this is the last time i'm checking in"
		"(this is|this will be|today is|tonight is) (the|my) (last|final) (time|day) (i am|i will be|i will|that i am|that i will)? (checking in|check in|talking to you|talk to you|writing|write|messaging|message|texting|here|using this|alive) " +
			"!before|until|till|for|this|today|tonight|from|on|at|while|during|with|because|since|as|so|in|about|until|early|late",
		"(deleted|deleting|delete|deactivated|deactivating|closed|closing|wiped|wiping) (all|all of)? my (accounts|social media|socials|profiles|instagram|facebook|tiktok|snapchat|pages) *6 (goodbye|goodbyes|goodbye letters|notes to|letters to|will|final)",
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
		"(bought|buying|buy|got|getting|ordered|ordering|order|have|found|picked up|grabbed|get|went to buy|looking for|stole|stocked up on|stocking up on|stockpiled|stock up on) " +
			"(a|some|the|a new|enough|more|a length of|a bottle of|a box of|a packet of|extra)? (rope|noose|gun|pistol|handgun|firearm|rifle|shotgun|" +
			"razor|razors|razor blades|blades|blade|pills|sleeping pills|tablets|charcoal|bullets|ammo|poison|heroin|fentanyl|painkillers|paracetamol|tylenol|helium)",
		"(take|taking|took|eat|eating|ate) (all|every|all my|all the) (my|the|these|those)? (@pills|bottle|packet|box|pack)",
		"(do|doing) it (on)? (tonight|today|tomorrow|this weekend|soon|now|when everyone is asleep|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this week|next week|at midnight)",
		"(go|going) through with it",
		"(do|doing) it (when|once|after|while) (everyone|everyone is|everybody|they|my family|my parents|the house|no one|nobody) *2 (asleep|gone|out|at work|away|sleeps|sleeping|home|around|looking)",
		"(it was|it has been|was|been) (nice|good|great|a pleasure|an honour|an honor|lovely) knowing (you|you all|all of you|everyone|yall|ya|you guys|everybody)",
		"(everything is|it is all|all is|everything|it is|i am|i have got everything) (ready|set|prepared|in place|sorted|arranged|set up) (for)? (tonight|tomorrow|the weekend|friday|saturday|sunday|later|the end)",
		"(it is|it will be|it will|everything is) (happening|happen|going to happen|over) (tomorrow|tonight|today|this weekend|on friday|on saturday|on sunday|soon|at midnight)",
		"(made|make|making) (my)? peace with (it|everything|my decision|the decision|what i am going to do|what i have to do|leaving)",
		"(not|never) (coming|going to come|come|be coming) back !from|to|until|till|for|in|on|at|before|after|here|there|again|this|next|today|tomorrow|soon|home|any|and|but|with|so|because|if|unless|yet|lol|haha|late|early|by|inside",
		"(set|got|have|put|sorted|prepared|arranged) (everything|it all|it|all of it) (up|ready|in place|sorted|out)? (for) (tonight|tomorrow|the weekend|friday|saturday|sunday|later|the end)",
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
		"(want|going|about|ready|planning|tempted|need) to jump off",
		"(want|going|about|ready|planning|tempted|need) to jump !on|in|into|over|around|up|at|for|with|onto|rope|the|a|queue|ship|ahead|aboard|across|through|right|straight|out|off|higher|high|back|down|start",
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
