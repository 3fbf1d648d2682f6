package risk

// hedgedRules: wishes said softly ("i feel like dying", "i'd rather just
// not exist", "sometimes i wish i wasn't here") and suicide or death seen
// as the only option, the way out, the answer, a relief.
var hedgedRules = []rule{
	{id: "acute.passive.hedged", level: Passive, third: true, pats: []string{
		"(feel|feeling|felt|feels) like (just)? (dying|being dead|not existing|disappearing forever|not being here|not waking up|not living|giving up on life|i am done with life) " +
			"!of|from|laughing|my|her|his|the|your|their|it|inside|hair|over|to|a|an|out|on|in|at",
		"(wish|wished|wishing) i (was|were) not (here|alive|around) !at|in|with|on|for|right|today|tonight|this|yet|to|when|alone|working|but|so|either|now",
		"rather (just|simply)? (be dead|die|not exist|not be alive|not be here|not wake up|be gone|stop existing|disappear forever) !than",
		"(everyone|everybody|they|people|the world|my family|my kids|them|you all|my friends|you) (would|will)? (all)? (be)? (fine|okay|ok|happier|relieved) without me " +
			"!for|while|at|on|this|today|tonight|tomorrow|when|during|until|till|next|in|if",
		"(easier|better|simpler|kinder) (for everyone|for everybody|for them|for all)? (to|if i) (just|simply)? (not be here|not exist|not be around|not be alive|disappear|be gone|die|not wake up|stop existing|not be here anymore)",
		"(hope|hoping|pray|praying|wish|wishing) *3 i (just)? (do not|will not|would not|never|did not) (make it|survive|last|see|live to see|wake up to|get to see) (to|through|till|until)? (the)? (morning|night|tomorrow|next week|the night|the weekend|another day|the year|sunrise|daylight|another morning|the sun|the sunrise) " +
			"!shift|rush|meeting|news|show|sun|light|lecture|class|bus|train|flight|appointment|paper|papers|match|game|traffic|commute|crowd|crowds|queue|doctor|boss|manager|results|forecast|weather|report|sky|mist|team|staff|kids|briefing|standup|post|mail|run|walk|session|star|stars|moon",
		"if i (got|get|was|were|ever got) (hit|run over|killed|in an accident|in a crash) *8 (not mind|not care|be glad|be happy|be relieved|be fine|be okay|be a relief|be nice)",
		"(would|will) (all|just|honestly)? (be|keep going|carry on|manage|get on|keep spinning|go on) *2 (fine|okay|ok|happier|better|relieved) without me " +
			"!for|while|at|on|this|today|tonight|tomorrow|when|during|until|till|next|in|if",
		"(fine|okay|ok|happier|relieved|better off|easier|better) without me (in it|in their lives|in the picture|in this world|around|anymore|any more)",
		"(only way|only option|one way|only thing) *6 (is|would be|will be) (to)? (not be here|not exist|not be alive|be dead|die|disappear|be gone|stop existing|not wake up)",
		"(fall asleep|sleep|go to sleep|close my eyes) and (it|everything) (would|will|could)? (all)? (just)? be over",
		"(wish|want|need) *3 (it|everything|life) (would|could) (all)? (just)? (be over|end|stop) (forever|for good|permanently)? " +
			"!soon|already|so|quickly|and|before|by|raining|snowing|ringing|beeping|buzzing|being|at|in|on|when|after|for",
		"(sleep|asleep) and (stay asleep|stay that way|never come back|not come back|be done)",
		// "part of me keeps hoping i'll fall asleep and that's it"
		"(hope|hoping|hopes|pray|praying|wish|wishing|want|wanting) *4 (fall asleep|go to sleep|sleep|close my eyes|drift off|doze off|pass out) " +
			"and (that is it|that is the end|that is all|that would be it|that will be it|it is over|it is all over|that is that|be gone|be done|not wake|never wake|not come back|never come back) " +
			"!for|until|till|til|tonight|then|no|and|but|because|i|we|today|this|on|at|in|with|so|until|tomorrow|up|early|late|now",
		// "wish i could just fade out of existence"
		"(i|to|could|would|can|might|should) (just|simply|quietly|slowly|gently)? (fade|fading|faded|slip|slipping|slipped|vanish|vanishing|blink|blinking|wink|winking|cease|ceasing|disappear|disappearing|evaporate|evaporating|dissolve|dissolving) (out of|from) (existence|being|this world|this life|life)",
		// "i wouldn't be upset if a car hit me", "if a bus hit me i wouldn't mind"
		"(not mind|not care|not be upset|not be sad|not be bothered|not be sorry|be glad|be relieved|be grateful|be thankful|be okay|be fine|be happy) (at all|honestly|really|tbh|much)? " +
			"if (a|the|some)? @vehicle (hit|hits|ran over|runs over|killed|kills|took|takes|struck|strikes|crashed into|crashes into|flattened) me",
		"if (a|the|some)? @vehicle (hit|hits|ran over|runs over|killed|kills|took|takes|struck|strikes|crashed into|crashes into|flattened) me *6 " +
			"(not mind|not care|not be upset|not be sad|not be bothered|be glad|be relieved|be grateful|be okay|be fine|be a relief|be nice|welcome it)",
		// "dying doesn't sound so bad lately", "death sounds peaceful"
		"(dying|death|being dead|not existing|not waking up|never waking up|not being here|not being alive|ceasing to exist|not being around) (honestly|really|just|even)? " +
			"(does not|would not|does not really|would not really|is not|would not be|does not even|is not really) (sound|seem|feel|look|be)? (so|that|too|all that|very|really|as)? (bad|terrible|scary|awful|frightening|sad|bad anymore) " +
			"!for|in|when|compared|as|if|because|to|at|on|with|but|and|than|in|during",
		"(dying|death|being dead|not existing|not waking up|never waking up|ceasing to exist) (sounds|seems|feels|looks) (so|really|quite|kind of|pretty|more and more|almost)? " +
			"(nice|peaceful|appealing|tempting|comforting|good|lovely|easy|inviting|like a relief|like a rest|restful|welcome|better) !for|in|when|to|as|compared|than|on|at|with|and|but",
		"(feel|feeling|felt|feels) like (just)? (disappearing|vanishing) (forever|for good|and never coming back|and not coming back|completely|off the face of the earth)",
		"(feel|feeling|felt|feels) like (just)? (disappearing|vanishing) !for|to|into|under|from|on|off|with|in|at|somewhere|abroad|after|and|until|till",
		"(lying|lie) if i (said|say) i (want|wanted|still want|still wanted) to (keep living|live|be alive|be here|go on|stay alive|keep going|wake up)",
		"(life|living|my life|existing|being alive) (is not|is no longer|does not feel|does not seem|not|is never) worth (it|living|the pain|the effort|the struggle|anything)",
		"(disappointed|upset|annoyed|sad|angry|frustrated|gutted) (that)? i (woke up|am still alive|am still here|survived|keep waking up|made it through the night|did not die) (at all)? " +
			"!late|early|at|with|so|too|before|after|to|in|on|this|again",
		"all i (want|wish for|want to do|need|think about) (is|is to)? (to)? (die|be dead|not exist|disappear forever|end it|kill myself|end my life)",
		"(relief|nice|peaceful|easier|better|a mercy|welcome|freeing) to (just|finally)? (not exist|not be here|not wake up|stop existing|be dead|die|not be alive|disappear forever|not be alive anymore|not be around|not be anymore|not be any more|be no more|not be at all|cease to exist|not be around anymore|not be here anymore|not exist anymore)",
		"(giving|give|gave|given) up on (life|living|being alive|staying alive|everything and everyone)",
		"should not be (here|alive|around) !at|today|yet|tonight|right|in|on|with|now|without|so|because|alone|i|but|early|late|this|doing|working|eating|awake|up",
		"(wish|hope|hoping|praying|pray|wishing) something (bad)? (would|will|could)? (happen|happens) to me",
		"if i (just|simply|only)? (do not|did not|never) (wake up|woke up) *3 (fine|okay|ok|good|relief|better|care|mind|nice|easier)",
		"(am|so|of|just|totally|completely|really|honestly) (over|done) (with)? (being alive|existing|=living|life|being here) !in|at|on|here|insurance",
		"better (off)? (for everyone|for everybody|for them|for all)? if i (just|only|simply)? (was not|were not) " +
			"!at|in|so|such|as|there|that|a|an|the|late|always|being|with|on|feeling|tired|sick|scared|afraid|working|busy|lazy|home|going|invited|asked|involved|allowed|part|stressed|anxious|worried|doing|like|this|very|too",
		"(death|dying|being dead|not existing|not being here|not being alive|not waking up) (is|feels|seems|looks|sounds|would be|will be|could be|is starting to feel|is starting to look|keeps looking|feels more and more) " +
			"(like)? (such|a|the|my|an|more|so)? (a|the|my|only|best|right|real|easiest|one|last|obvious|sweet|great|huge|perfect|logical|good)? (only|best|right|real|easiest|one|last|obvious|sweet|great|huge|perfect|logical|good|way)? " +
			"(option|options|way out|answer|solution|escape|choice|relief|exit|release|cure|fix|peace|rest|way forward|only thing that makes sense|thing that makes sense|way to stop|way to make it stop|way to end this)",
	}},
	{id: "acute.active.only_way", level: Active, third: true, mention: true, pats: []string{
		"(suicide|killing myself|ending it|ending it all|ending my life|ending things|ending everything|taking my life|taking my own life|to die|to end it|to end it all|to kill myself|to end my life|unaliving myself|offing myself) " +
			"(is|feels|seems|looks|sounds|would be|will be|could be|might be|is starting to feel|is starting to seem|is starting to look|starts to feel|keeps looking|keeps seeming|looks more and more|feels more and more|" +
			"has started to feel|has started to seem|has begun to feel|started to feel|started to seem|is beginning to feel|has become|became|is becoming|feels more like) " +
			"(like)? (such|a|the|my|an|more|so)? (a|the|my|only|best|right|real|easiest|one|last|obvious|sweet|great|huge|perfect|logical|good)? (only|best|right|real|easiest|one|last|obvious|sweet|great|huge|perfect|logical|good|way)? " +
			"(option|options|way out|answer|solution|escape|choice|relief|exit|release|cure|fix|peace|rest|way forward|only thing that makes sense|thing that makes sense|way|idea|plan)",
		"(suicide|killing myself|ending it|ending it all|ending my life|taking my life|taking my own life|ending myself|unaliving myself|offing myself) " +
			"(is|has been|keeps being|is always|has always been|been|is constantly|is still|was)? (on|in|crossing|stuck in|running through|all over) my (mind|head|thoughts|brain)",
		"(suicide|killing myself|ending it|ending my life|taking my life) (is|seems|feels) (the|my) (only|last) (thing|one thing|option|way|choice) (left|that makes sense|i have|i can see)?",
		"(suicide|killing myself|ending it|ending my life|ending it all|taking my life|dying) (keeps|kept|keep|is always|always) (popping|coming|creeping|crossing|coming back) (into|up in|in|through|to|back into)? (my)? (head|mind|thoughts)",
		"(the|my) (only|last) (option|way out|answer|solution|escape|choice) (is|would be|left is|i can see is|i have is) (suicide|to die|to kill myself|to end it|to end my life|killing myself|ending it|ending my life|death|dying)",
		"(i|i have|i had) (attempted|attempt) !to|a|the|an|my|it|this|that|some|another|every|something|everything|his|her|their|at|on|in|one|two|three|four|five|several|each|all|both|many|most",
	}},
	{id: "acute.selfharm.ongoing", level: SelfHarm, pats: []string{
		"(scratch|scratching|scratched|pick|picking|picked|claw|clawing|clawed) at (myself|my skin|my arms|my arm|my legs|my face) (until|till|til|so) (it|i|they)? (bleeds|bleed|bled|raw)",
		"(cuts|scars|wounds|burns) on my (arm|arms|wrist|wrists|thigh|thighs|legs|leg|skin|stomach|hips|body) *3 (worse|deeper|more|infected|bleeding|fresh|new|again)",
		"(started|start|starting|been|keep|kept|back to|went back to|going back to) (cutting|burning|scratching|hitting|carving|slicing) my (arm|arms|skin|wrist|wrists|thigh|thighs|legs|leg|stomach|body|hips)",
		"(burning|burned|burnt|cutting|carving|scratching) my (arms|thighs|wrists|skin|legs|stomach|hips) again",
		"(hide|hiding|hid|cover|covering|covered|hidden) (up)? (my|the) (cuts|wounds|burns|self harm|fresh scars|new scars)",
		"(hit|hitting|bang|banging|banged|smash|smashing|smashed) my (head|fists|fist|hands|hand|arm|arms) (against|on|into) (the|a)? (wall|walls|floor|door|desk|table) (until|till|til|so hard|again|on purpose|to feel)",
		"(carved|carving|carve|cut|cutting|sliced|slicing|scratched|scratching) (into|in to) my (arm|arms|skin|thigh|thighs|leg|legs|wrist|wrists|stomach|hip|hips|body)",
		"(ended up|end up|ending up|went back to|gone back to|going back to|relapsed into|back to) (cutting|self harming|hurting myself|burning myself|sh) " +
			"!the|a|my|back|down|corners|costs|off|out|it|class|school|work|up|in|through|ties|some|his|her|their|our|your|all|any|everything|wood|paper|hair|grass|carbs|sugar|calories|onions|bread|cake|cheese|meat|fabric|and|with|for",
		"(was|been|were|am) (cutting|self harming|hurting myself|burning myself) (a lot|every day|daily|regularly|all the time|often|constantly|most days|again|most nights|every night) !of",
		// "punching walls until my knuckles bleed", "scratched my arm on purpose"
		"(punch|punching|punched|hit|hitting|bang|banging|banged|smash|smashing|smashed|kick|kicking|kicked) (walls|the wall|the walls|a wall|things|doors|the door|myself|mirrors|the mirror|my head) " +
			"(until|till|til|so hard that|so hard) *4 (bleed|bleeds|bled|bleeding|bruise|bruised|bruises|break|broke|broken|raw|swell|swollen|split|splits|numb)",
		"(hurt|hurting|hurts|burned|burnt|burn|burning|cut|cutting|scratched|scratching|hit|hitting|punched|punching|bruised|bruising|starved|starving|pinched|pinching|carved|carving) " +
			"(myself|my arm|my arms|my skin|my legs|my leg|my wrist|my wrists|my thigh|my thighs|my hand|my hands|my knuckles|my face|my head|my stomach|my body|walls|the wall|the walls) *6 (on purpose|deliberately|intentionally|to feel something|to punish myself)",
		"(keep|kept|been|started|start|always end up|end up|ended up) (hurting|harming|cutting|burning|hitting|punishing|scratching) myself " +
			"!at|in|on|by|playing|while|during|lifting|running|with|accidentally|doing|trying|over|for|out",
		"(relapsed|relapse|slipped|slipped up|gave in|caved|cracked) (and|again and)? (cut|cutting|hurt myself|burned myself|burnt myself|sh|self harmed)",
		"used to (cut|self harm|sh|hurt myself|burn myself|harm myself)",
	}},
	// Someone else's risk, which the person then says of themselves too
	// ("my brother wants to kill himself and tbh same here").
	{id: "acute.active.same", level: Active, other: true, pats: []string{
		"(want|wants|wanted|wanting|going|trying|tried|thinking about|thinks about|talks about|talking about) (to)? (kill|killing|end|ending|hurt|hurting) (himself|herself|themselves|themself|his life|her life|their life|their lives)",
		"(wants|want|wanted) to die",
		"(is|was|are|were|feels|feel|felt|been) (suicidal|so suicidal|really suicidal)",
		"(wishes|wished) (he|she|they) (was|were) dead",
	}},
	{id: "acute.passive.in_context", level: Passive, context: true, third: true, pats: []string{
		"(@coffin)",
		"(want|wish|need) (this|it|everything|it all|all of this|all this|life) to (be over|end|stop)",
	}},
}
