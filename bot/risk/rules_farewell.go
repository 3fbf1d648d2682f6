package risk

// farewellRules: goodbyes and statements about not being around, veiled
// or plain ("i won't be around much longer", "take care of my cat for me
// after", "i wanted to say goodbye while i still can").
var farewellRules = []rule{
	{id: "acute.plan.farewell", level: Plan, fixed: true, third: true, pats: []string{
		"(my)? (cat|dog|cats|dogs|kids|pets|pet|plants|children|kitty|puppy|babies|son|daughter|parents|mom|mum|dad|partner|fish|rabbit|hamster) *4 " +
			"(after i am gone|when i am gone|once i am gone|after i die|when i die|when i am not here|when i am dead|after i am dead|if anything happens to me)",
		"(take care of|look after|feed|walk|mind|love|keep) my (cat|dog|cats|dogs|kids|pets|pet|plants|children|kitty|puppy|babies|son|daughter|fish|rabbit|hamster) (for me)? " +
			"(after|afterwards|later|when i can not|when i am not around|from now on|forever) !work|school|the|my|we|this|that|lunch|dinner|tomorrow|class|next|today|tonight|christmas|i|she|he|they|it|surgery|you|your|we|our|a|an",
		"(letter|letters|note|notes|message|messages|video|videos|email|emails) *6 (after|when|once) i am (gone|dead|not here)",
		"(to read|to open|to find|to watch|to see) (after|when|once) i am (gone|dead|not here)",
		"(thank you|thanks) (so much)? for everything before i (go|leave|am gone|die) !on|to|away|home|back|out|in|for|abroad|off|tomorrow|tonight|next",
		"(say|said|saying) (goodbye|goodbyes|thank you|thanks|sorry|i love you) (to everyone|to you|to you all|to you guys|to everybody|to them)? " +
			"(while i still can|while i can|before it is too late|one last time|for the last time|before i leave for good|before i go for good)",
		"(said|saying|say) (my)? (goodbye|goodbyes) to (the people|everyone|everybody|all the people|the ones|those) (who|that|i) (matter|love|care|loved|mattered|matters|care about)",
		"(not|never) *3 be (around|here|alive) (for|to see|to do|by|at) (the|your|my)? (next|another) (check in|checkin|message|week|summary|one|time|birthday|christmas|year|month) " +
			"!because|as|since|cause|on|while|due|we|holiday|trip|travelling|traveling",
		"(will not|would not|am not going to|not going to|do not|never) (need|be needing) (it|them|this|that|my things|my stuff|any of it|any of this|anything|money|my car|my clothes) " +
			"(anymore|any more|where i am going|after (tonight|this|today|i am gone)|much longer|for much longer|soon|after this week|for long)",
		"(will not|not going to|never) (have to|need to) (worry about|deal with|put up with|look after|take care of|think about|bother with) me (much longer|for much longer|for long|soon|after (tonight|today|this week|this))",
		"(will not|not going to|never) be a (burden|problem|bother|weight|trouble) ((to|for|on) (anyone|anybody|you|them|everyone|my family|you all|anyone else))? (anymore|much longer|for much longer|soon|any longer|after (tonight|today|this))",
		"soon (i will not|i am not going to|i will no longer) be a (burden|problem|bother|weight|trouble)",
		"(this time|tonight|this weekend) i am (actually|really|definitely|finally)? going to (kill myself|end it|end my life|end it all|do it|go through with it|die)",
		"(made up my mind|mind is made up|decided|made my decision|made the decision) *3 (it is happening|happening|doing it|do it|going through with it|go through with it) !and|with|for|to|the|a",
		"(know|knew|worked out|figured out|decided|planned|chosen|picked|written down|wrote down|writing down|written out) (exactly)? (when and where|where and when|how and when|when and how|the time and place|the place and time) " +
			"!we|to|you|they|the|it|for|is|are|she|he|our|my|i|party|meeting|dinner|lunch",
		"(set|picked|chose|chosen|got|have) (a|the) (date|day) and (everything|all)",
		"(hope|wish) (you|you all|everyone|everybody|they|you guys|my family) *3 (life|lives|future|futures) without me",
		"(it will|it is going to|everything will|it would|this will) (all)? be over (by|before|after) (tomorrow|tonight|morning|the morning|tomorrow morning|the weekend|sunrise|friday|monday|sunday|saturday|next week)",
		"(decided|made up my mind|made my mind up) *3 (this is|this will be|it is|today is|tonight is) my (last|final) (week|day|night|weekend|month|christmas|birthday) !of|at|in|before|with|here|on|working|off|as|for|at|there|until|till",
		"(planned|sorted|arranged|organised|organized) (out)? everything !for|to|with|at|in|on|about *3 (even|down to|including) (what i will wear|what i am wearing|my outfit|my clothes|my funeral|the funeral|the music)",
		"(drove|went|walked|go|going|went back|drive|driving|walk|walking|cycled) (to|up to|back to) (the|a)? (bridge|cliff|cliffs|cliff edge|ledge|edge|tracks|train tracks|railway|overpass|rooftop) (edge)? (again|tonight|last night|every night|at night|alone|again tonight|again last night|again at night|again alone) " +
			"!to|for|with|and|because|so|but|as|while|after|before|tonight|last|at|alone|every",
		"(thinking about|thought about|think about) hanging !out|up|around|with|the|a|my|pictures|curtains|washing|laundry|lights|decorations|shelves|art|posters|this|that|it|them|some|in|on|at|tough",
		"(sat|sitting|lay|lying|laid|stood|standing|lie|sit|stand) (down)? on the (train tracks|tracks|railway|rails|railway line) !bench|benches|platform|side|station|crossing|near|next|cafe|bridge|waiting|of",
		"(say|said|saying) (thank you|thanks) and (goodbye|bye|farewell) !to|for|from|before|as|enjoy|see|have|until|till",
		"(will not|not going to|would not) be (around|here|alive) (to see|for|by) (christmas|my birthday|new year|the new year|next year|another year|another christmas) " +
			"!because|as|since|i|we|on|holiday|cause|due|so|but|this|in|at|with",
		"(sorted|sorting|done|made|written|wrote|updated) (out)? my will *4 (written|wrote|writing|letters|letter|notes|note|goodbye|goodbyes)",
		"(given|gave|giving|give|rehomed|rehoming|rehome) my (cat|dog|cats|dogs|pets|pet|kitty|puppy|rabbit|hamster|fish) *4 (so|because) *2 (looked after|taken care of|cared for|safe|loved|in good hands) " +
			"!while|until|till|during|for|when",
		"(left|leaving|leave|written|wrote|writing) (notes|letters|a note|a letter) (for|to) (everyone|everybody|all the people|the people|each of the people) (i love|i care about|who matter|that matter|i have ever loved|who matter to me)",
		"(left|leaving|leave|written|wrote|writing) (notes|letters|a note|a letter) (for|to) (my loved ones|my family and friends|the people i love)",
		"(not|never|do not think i|not sure i) *3 (want to|going to|will|can) be (here|around|alive) (much longer|for much longer|for long|any longer)",
		"(going to|will|plan to|planning to|am going to) (kill myself|end it|end my life|end it all) (after|when|once|before) !i|we|work|lunch|dinner",
		"(have|got|made|set|picked) a (date|day|time) and a (plan|place|method|way) !for|to|with|at|in|on|this|next|tonight|tomorrow|and",
		"(have|got|made) a (plan|method) and a (date|day|time|place) !for|to|with|at|in|on|this|next|tonight|tomorrow|and",
		"@height *4 (high|tall|deep|far) enough !for|so|that|now|and|with|but|already|yet|thanks|in|on|at",
		"@height *8 (nearly|almost|about to|so close to) (jumped|jump|jumping|stepped off|went over|let go)",
		"(letter|letters|note|notes|message) (for|to) (my|the)? (mum|mom|dad|family|kids|partner|wife|husband|parents|sister|brother|friends|flatmate|roommate|someone|whoever) to (find|read afterwards|open afterwards|find after) " +
			"!about|the|my|when|out|in|on|at|before|it|them|a|some|if|what|where|while|tomorrow|tonight|later",
		"(please)? (tell|let) (my)? (mum|mom|dad|family|kids|parents|wife|husband|partner|sister|brother|everyone|them|her|him) (know)? (that)? i am sorry (for everything|for all of it)? " +
			"!for|i|about|but|that|to|we|late|it|if|so|he|she|they|you|and|again",
		"after (tonight|today|this|this week|tomorrow|this weekend) *2 (you|they|nobody|no one|everyone|you all) (will not|will never|would not|are not going to|do not) (have to|need to)? " +
			"(worry about|deal with|hear from|see|put up with|bother with) me",
		"(it is|its) happening (tonight|today|tomorrow|this weekend|soon|now) *4 (made my mind up|made up my mind|my mind is made up|decided)",
		"(made my mind up|made up my mind|my mind is made up) *4 (it is|its) happening",
		"(know|knew|decided|worked out|figured out|picked|chosen) (exactly|already)? (where|when|how) (i will|i would|i am going to|i could) (go|go to|go and|have to)? (to)? (do it|end it|die|kill myself|end my life|end it all)",
		"(writing|wrote|written|write|sent|sending|recorded|recording|left|leaving) (my)? goodbye (messages|texts|emails|videos|posts|voice notes) (to|for) " +
			"(everyone|everybody|my family|my friends|my loved ones|the people i love|my kids|my children|my parents|each of them|all of them|my partner|my wife|my husband)",
		"(do not|never|not) blame (yourself|yourselves|anyone|each other|my family|my mum|my mom|my parents|you) *3 (after|when|once|for when) i am (gone|dead|not here)",
		"(got|have|had) (it|everything) (all)? (planned|planned out|sorted|worked out) (for|on)? (tonight|tomorrow|saturday|sunday|friday|monday|tuesday|wednesday|thursday|the weekend|this weekend|next week) " +
			"!with|and|party|night|morning|afternoon|evening|trip|date|dinner|lunch|brunch|picnic|so|to|at|in|the|already|but",
		"(make sure|ensure|promise me) my (cat|dog|cats|dogs|kids|pets|pet|children|kitty|puppy|fish|rabbit|hamster|plants) (goes|go|gets|get|ends up|end up) (to|with) (my|a|someone)? " +
			"(sister|brother|mum|mom|dad|parents|friend|family|good home|new home|loving home|someone|nan|gran|grandma|grandparents)",
		"(will not|will never|would not|are not going to) (hear from|see) me (around)? (again|anymore|ever again|after (tonight|today|tomorrow|this weekend|this week|friday|saturday|sunday|monday)) " +
			"!until|till|til|for|before|this|next|on|in|when|tomorrow|while",
		"(giving|gave|give|given|started giving) my *4 away (to|among) (friends|my friends|people|everyone|family|my family|the people i love)",
		"(left|leaving|leave|written|wrote|writing) (my|all my)? (passwords|password|bank details|pin numbers|pin|instructions) *4 (letter|letters|note|notes)",
		"(if|when) (you|they|anyone|nobody|no one) (do not|never|stop|does not) (hear|hearing) from me (again|anymore|ever again)",
		"(tell|let) *3 (know)? (that)? i (loved|always loved) (them|you|her|him|everyone|you all|all of you|everybody)",
		"(tell|let) (everyone|everybody|my family|them|my mum|my mom|my kids|my parents) *2 i am sorry (for everything)? and (that)? i (love|loved)",
		"(set|picked|chose|chosen|got|have) a (date|day) !for|to|with|night|and|in|on|at|yet|when|the|off|out|of|trip|we|she|he|they|i|my|our|your|just|finally|been",
		"(going to|will|am going to) do it (when|after|once|while) (everyone|everybody|they|my parents|my family|the house|the kids|my partner|my flatmate|my roommate|my wife|my husband|mum|mom|dad) " +
			"*2 (asleep|sleeps|sleep|go to sleep|goes to sleep|go to bed|goes to bed|gone|leaves|leave|out|away)",
	}},
	{id: "acute.plan.farewell_in_context", level: Plan, fixed: true, context: true, third: true, moving: true, pats: []string{
		"(writing|wrote|written|write|sent|sending|recorded|recording|left|leaving) (my)? goodbye (messages|texts|emails|videos|posts|voice notes)",
		"(it has been|its been|it was|been) (nice|good|lovely|great|a pleasure|an honour|an honor) knowing (you|you all|everyone|all of you|you guys|everybody)",
		"(do it|end it|end my life|kill myself|go through with it) when i am (alone|by myself|home alone|on my own)",
		"(i will|going to) miss (you all|you guys|everyone|all of you|everybody|you so much)",
		"(thank you|thanks) for (trying|trying to help me|trying to help|everything you tried|all you tried|all your help|all you did|everything you did)",
		"give my love to (everyone|everybody|my family|them|mum|mom|dad|the kids|my kids|my mum|my mom|my dad|all)",
		"(written|wrote|writing|write) (a letter|letters|notes|a note|goodbye)? to (my)? (kids|children|family|parents|mum|mom|dad|partner|wife|husband|sister|brother|friends|everyone)",
		"(sorry|forgive me) i (have to|need to|had to|must) (go|leave|do this|say goodbye) !to|now|home|out|back|early|soon|at|for|in|on|because|and|but|so|meeting|work|class|bed|sleep",
		"(thank you|thanks) for (being|always being) (my friend|a good friend|my best friend|in my life|the best)",
		"(after|when|once) i am (gone|dead) !for|to|on|from|at",
		"(do not|never) blame (yourself|yourselves|anyone|each other)",
		"(cat|dog|cats|dogs|pets|pet|kitty|puppy|rabbit|hamster|fish) (needs|will need|is going to need|need) a (new|good|loving) home",
		"(will not|would not|not going to|no longer) be (able to|around to|here to) (look after|take care of|feed|walk|care for) (her|him|them|it|my)",
		"(will not|not going to|never) (have to|need to) (worry about|deal with|put up with) me (anymore|any more|again|ever again)",
		"(giving|gave|give|leaving|left|leave) (my|all my|away my) *3 to (my)? (brother|sister|mom|mum|dad|friend|friends|kids|cousin|nephew|niece|best friend|partner|roommate|flatmate|son|daughter|parents)",
		"(left|leaving|leave|wrote|written|writing) (a|my|some)? (letter|letters|note|notes) (for|to) (my)? (brother|sister|mum|mom|dad|family|kids|partner|wife|husband|parents|everyone|friends|best friend|son|daughter)",
		"(made|making|make) (my)? peace !with",
		"(made|making|make) (my)? peace with (everything|it all|the world|life|dying|death|leaving)",
		"(will not|would not|not going to) need (it|them|this|that|any of it|any of this|anything) (anymore|any more)",
	}},
}
