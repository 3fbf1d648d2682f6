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
		"(only way|only option|one way|only thing|only thing left|only choice|last option|one option) *6 (is|would be|will be) (to)? " +
			"(not be here|not exist|not be alive|be dead|die|disappear|be gone|stop existing|not wake up|end it|end it all|end my life|kill myself|end things|end everything|take my life|check out|unalive myself) " +
			"!with|between|here|early|at|off|for|so|up|the|in|on|and|now|then|if|before|properly|today|this|all|that",
		"(fall asleep|sleep|go to sleep|close my eyes) and (it|everything) (would|will|could)? (all)? (just)? be over",
		"(wish|want|need) *3 (it|everything|life) (would|could) (all)? (just)? (be over|end|stop) (forever|for good|permanently)? " +
			"!soon|already|so|quickly|and|before|by|raining|snowing|ringing|beeping|buzzing|being|at|in|on|when|after|for|up",
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
			"(nice|peaceful|appealing|tempting|comforting|good|lovely|easy|inviting|like a relief|like a rest|restful|welcome|better|" +
			"like a vacation|like a holiday|like a break|like heaven|like bliss|like paradise|like sleep|like a dream|heavenly|blissful|like home|like freedom) !for|in|when|to|as|compared|on|at|with|and|but",
		"(not being here|not being around|not being alive|not existing|being gone) (anymore|any more|forever|for good|at all) (sounds|seems|feels|looks|would be|would feel) (so|really|quite|kind of|pretty|almost)? " +
			"(nice|peaceful|appealing|tempting|comforting|good|lovely|easy|inviting|like a relief|like a rest|restful|welcome|better|like a vacation|like a holiday|like a break|like heaven|like bliss|like paradise|like freedom)",
		// "everyone would have it easier if i was just gone"
		"(easier|better|simpler|happier|lighter|kinder|calmer) (for everyone|for them|for everybody|for all|for my family)? (if|when|once) i (was|were|am|would be|had) (just|simply|finally|only)? " +
			"(gone|dead|not here|not around|no longer here|no longer around|out of the picture|never born|not alive|out of the way for good) " +
			"!for|by|before|until|till|when|on|at|in|from|during|while|after|so|and|to|the|this|next|tomorrow|today|tonight|over|all|most|half|early|late|already|too|long|a|an|sooner|more|less|though|yet",
		// "i wouldn't fight it if something took me out"
		"(not fight it|not fight|not resist|not resist it|not mind|not care|not stop it|let it happen|not be sad|be fine|be okay|be glad|be relieved|welcome it|not struggle|not say no) *2 " +
			"if (something|anything|someone|death|it|god|the universe|an illness|cancer|a disease|@vehicle) *2 (took me|takes me|killed me|kills me|got me|gets me|ended me|ends me|took me out|takes me out|finished me|finishes me) " +
			"!for|to|on|at|with|tonight|today|dancing|drinking|shopping|again|out|down|up|home|back|along|there|somewhere|in|off|by|first",
		// "my life is over and i'd rather it just ended", "i wish my life would end"
		"(wish|wishing|wished|wishes|want|rather|hope|hoping|praying|pray) (my life|my existence|life) (would|could|to)? (just|simply|finally)? (end|ended|stop|stopped|be over|was over|were over) " +
			"!being|so|for|and|with|at|on|in|to|getting|going|feeling|changing|moving|spinning|dragging|repeating|like|the|from|already|early|soon|now|happening|up|up|throwing|making|becoming|taking|looking|sucking",
		"my life *6 (rather|wish|want|hope) (it|it all) (would|could|to)? (just|simply|finally)? (end|ended|stop|stopped|be over|was over|were over) !soon|already|early|at|on|so|and|but|sooner",
		// "i want to stop waking up", "i'd be okay with never waking up again"
		"(want|wish|would like|need|hope|wanting|wishing) to (stop|quit) (waking up|existing|being alive|=living|breathing|being here) " +
			"!early|at|so|in|on|with|for|every|because|late|tired|alone|like|paycheck|off|out|this|that|the|to|and|there|from|during|before|after|through|loudly|loud|by|until|till",
		"(be|am|would be|will be|feel) (okay|ok|fine|alright|happy|content|at peace|cool|good) with (never waking up|not waking up|dying|being dead|not existing|not being here|not being alive|it all ending|my life ending|death|not making it|never waking) " +
			"!my|her|his|the|it|them|of|from|laughing|in|on|for|young|old|happy|someday|eventually|at|when|as|peacefully",
		// "life feels like a burden i don't want to carry any longer"
		"(life|living|my life|existing|being alive|being me|staying alive) (is|feels like|feels|has become|is just|is becoming) (a|such a|this)? (burden|weight|chore|sentence|prison|punishment) *2 " +
			"(do not want to|can not|no longer want to|am not willing to|refuse to|will not|am done trying to|can not keep trying to) (carry|bear|keep carrying|live|do|keep living|go on|deal with|hold|serve) (any longer|anymore|any more|much longer)",
		// "go to bed and just never get up again", "i would happily never wake up"
		"(go to bed|lie down|lay down|close my eyes|go to sleep|fall asleep|sleep|drift off|doze off) *5 and (just|simply)? (never|not) (get up|wake up|come back|open them|open my eyes|get back up) (again|ever again|ever)? " +
			"!until|till|til|before|for|early|tomorrow|today|on|at|in|till|when|late|so|to|from",
		"(would|could|will) (happily|gladly|gratefully|quite happily|be happy to|be glad to|love to) (just)? (never|not) (have to)? (wake up|exist|be here|be alive|get up again|see another day|see tomorrow) " +
			"!at|early|to|for|before|in|on|till|until|from|late",
		// "part of me wishes the plane would crash", "hoping i get a terminal diagnosis", "hoping my heart just gives out"
		"(wish|wishes|wishing|wished|hope|hoping|hopes|pray|praying|prays) (that)? (the|my|a)? (plane|flight|bus|train|car|taxi|boat|ferry|lift|elevator) (would|will|could|might)? (just)? (crash|crashes|go down|goes down|sink|sinks|derail|derails|fall|falls) " +
			"!down|over|into|through|off|asleep|apart|behind|late|out|because|for",
		"(wish|wishes|wishing|wished|hope|hoping|hopes|pray|praying|prays) (that)? i (get|have|catch|develop|am diagnosed with|got|had|caught) (a|an|some)? (terminal|fatal|incurable|deadly) (diagnosis|illness|disease|cancer|condition)",
		"(wish|wishes|wishing|hope|hoping|hopes|pray|praying|want) (that)? (my)? (heart|body|lungs|brain|liver) (would|will|could)? (just|simply|finally)? " +
			"(give out|gives out|gave out|give up|gives up|fail|fails|shut down|shuts down|pack in|packs in|stop beating|stops beating|stop working|stops working|just stop|just stops|quit|quits|stop|stops) " +
			"!on|racing|hurting|being|aching|doing|so|for|from|at|in|soon|eventually|overthinking|thinking|spinning|pounding|itching|cramping|and|with|when|after|because|feeling|playing|acting|making|lying|tricking",
		"(death|dying|my death|my end|the end of me) (can not|could not|will not|would not) (come|get here|arrive|happen) (soon|quick|quickly|fast) enough",
		"(borrowed time|this life|my life|being alive|another day|more days|more years|another year|tomorrow|waking up|more time) *6 (i do not|i do not even|i never|i no longer|i did not) (want|asked for|ask for) (it|this|any of it|more of it|any more of it|them) " +
			"!to|for|back|in|on|at|anyway|yet|now",
		// "i wish i could just switch myself off permanently"
		"(switch|turn|shut|power|log|unplug) (myself|me) (off|down|out) (permanently|forever|for good|for ever|and never come back|and never turn back on|and stay off|for the last time)",
		// "it'd be a mercy if i didn't wake up"
		"(mercy|relief|blessing|kindness|gift|nice|better|easier|peaceful|kinder|a mercy|a relief|a blessing|for the best) (if|when) i (just|simply|only)? (do not|did not|never|would not|could not|will not) " +
			"(wake up|woke up|exist|make it|survive|come back|get up again|see tomorrow|see the morning) !so|early|at|before|till|until|on|in|for|late|tomorrow|today|again|from|to|with",
		// "the only relief i can imagine is death by suicide"
		"(only|last|one) (relief|way out|answer|solution|escape|option|choice|exit|hope|peace) *5 (is|would be|will be|left is|i see is) " +
			"(death|dying|suicide|death by suicide|killing myself|ending it|ending my life|ending it all|to die|to kill myself|to end it|to end my life|not waking up|not existing|to not wake up|to not exist) !of|for|in|the|by|metal|and|to|at|on|itself|scene|scenes",
		// "i am not wanting to live more", "i have no more wish to be alive"
		"(am not|not) (wanting|want|wish|wishing|liking|like) to (live|be alive|exist|stay alive|continue living|go on living|keep living) (more|anymore|any more|any longer|longer|now) !in|at|here|there|with|like|for|near|this|that|the|on|under|without",
		"(no more|not more|no longer|not any more|not anymore) (wish|want|will|desire|reason|strength|energy|need) (to|for) (live|be alive|exist|go on|continue|living|life|stay alive|keep living) !at|for|in|on|before|during|early|when|like|with|there|here|near|without|under|the|this|that",
		// "i'd be fine if today was my last day"
		"(be fine|be okay|be ok|not mind|not care|be happy|be glad|be at peace|be relieved|be grateful) (if|when) (today|tonight|tomorrow|this|this week|this year) (was|were|is|would be) (my|the) (last|final) (day|night|week|year|one) " +
			"!at|of|in|on|with|for|before|here",
		"(wish|hope|pray|hoping|wishing|praying) (that)? (today|tonight|this) (was|were|is|would be|will be) my (last|final) (day|night) !at|of|in|on|with|for|before|here",
		// "how peaceful it would be to just stop", "wish i could just not be a person anymore"
		"(peaceful|nice|easy|easier|a relief|quiet|restful|calm|lovely|freeing) it (would|will|could|must) be to (just|simply|finally)? " +
			"(stop|not exist|not be here|disappear|let go|slip away|fade away|not wake up|be gone|die|end it|stop existing|stop breathing|stop living|not be) " +
			"!working|for|at|by|in|on|and|the|smoking|drinking|worrying|eating|talking|trying|caring|thinking|overthinking|my|this|that|a|it|everything|all|being|doing|going|using|paying|going",
		"(wish|want|wanted|would like|rather|wishing) *3 (not|stop) (be|being|exist|existing as) (a person|a human|human|me|myself|alive|here|anything) (anymore|any more|any longer|at all)",
		// "it'd be simpler if i had never existed"
		"(easier|better|simpler|happier|kinder|better off|fine|nicer|lighter) (for everyone|for them|for everybody|for all|for my family)? (if|when) i (had|would have)? (never|not) " +
			"(existed|been born|exist|lived|been here|been around|come along|been alive)",
		// "the only real fix is to end it", "the only relief i can imagine is death by suicide"
		"(only|last|one|best) (real|true|possible|remaining|actual)? (way|option|fix|cure|answer|solution|escape|choice|exit|relief|way out|hope|peace|thing|option left|thing left|thing to do) *6 " +
			"(is|would be|will be|left is|i see is|i can see is) (to)? " +
			"(death|dying|suicide|death by suicide|killing myself|ending it|ending my life|ending it all|die|kill myself|end it|end it all|end my life|not wake up|not exist|stop existing|take my life|end everything|be dead|not be here) " +
			"!of|for|in|the|by|metal|and|to|at|on|itself|scene|scenes|with|between|here|early|off|so|up|now|then|if|before|properly|today|this|all|that",
		// "i've made peace with dying"
		"(made|make|making|at) (my)? peace with (dying|death|my death|ending it|ending my life|not being here|leaving this world|not waking up|the idea of dying|killing myself)",
		// "i keep asking god to take me", "i wish someone would just put me out of my misery"
		"(asking|ask|asked|begging|beg|begged|praying|pray|prayed|pleading|plead|wishing|hoping) (god|the universe|jesus|allah|death|the lord) (to|would|will|could)? (just)? " +
			"(take me|takes me|take me away|end it|end my life|let me die|kill me|let me go|let me sleep forever|end me) !out|to|for|with|back|shopping|somewhere|along|home|through|safe|safely|there",
		"(wish|wishing|hope|hoping|pray|praying) (someone|somebody|anyone|something|god|death) (would|will|could)? (just)? (put me out of my misery|end it for me|kill me|finish me off|end me|take me away from this life) " +
			"!lol|haha|lmao|in|at|for|with|this|if|before|after|so",
		// "it would be okay if i just faded away now"
		"(okay|ok|fine|alright|better|nice|easier|best) if i (just|simply|quietly)? (faded away|fade away|disappeared|disappear|vanished|vanish|slipped away|slip away|stopped existing|ceased to exist|died|die|passed away) " +
			"!for|from|to|at|in|on|early|with|after|before|while|during|into|off|somewhere|abroad|like|young|old|laughing|of|first|happy",
		// "my existence is pointless and i want out"
		"(existence|life|my life|living|everything|being alive) (is|feels|seems) (so|just|completely|totally)? (pointless|meaningless|empty|worthless|hopeless|unbearable|too much) (and|so|but)? (honestly|just|really)? " +
			"(i want out|i want to leave|i want to go|i want it over|i want to stop|i want it to end|i want to be gone|i just want out|i want it all to stop)",
		// "counting down the days until i can stop living"
		"(counting down|waiting|can not wait|looking forward|longing) *5 (until|till|til|when|for the day|to the day) i (can|get to|will|finally|am allowed to)? " +
			"(stop living|stop existing|die|be dead|not be here|leave this world|be gone|end it|rest forever|stop breathing|no longer exist|never wake up)",
		// "hoping i don't survive this surgery"
		"(hope|hoping|pray|praying|wish|wishing) *3 i (do not|will not|would not|never|did not) (make it|survive|come out of|wake up from|pull through|get through|last through) (this|the|my)? " +
			"(surgery|operation|procedure|anaesthetic|anesthesia|treatment|chemo|illness|infection|winter|year|accident|fever)",
		// "i wish i was never here to begin with"
		"(wish|wished|wishing) i (was|were|had) (never|not) (been here|here|existed|been born|been alive|been around) !at|in|with|on|for|today|tonight|this|yet|when|alone|so|now|before|last|again|earlier|early|late|lol|haha|because|tbh",
		// "i'd give anything to not exist", "waiting around to die", "go to sleep and stay there"
		"(give anything|do anything|pay anything|give everything) to (just|simply)? (not exist|not be here|die|be dead|stop existing|disappear forever|not wake up|not be alive|never wake up|cease to exist) !in|for|at|on|during|today|tonight|this|until|till|with|when|while|of",
		"(waiting|wait|waited) (around)? (to die|for death|to be dead|for my death|for my life to end|to stop existing) !of|in|at|lol|haha|from|laughing|on",
		"(sleep|asleep|go to sleep|fall asleep|drift off) and (stay there|stay under|stay gone|never surface|never come round) !until|till|til|for|all|tonight|today|tomorrow|this|in|on|at|with|when|while|late",
		// "the world doesn't need me around", "i don't want to be here on this earth anymore"
		"(the world|nobody|no one|everyone|my family|they|people|anyone) (does not|do not|would not|will not) (need|want|miss) me (around|here|anymore|any more|in it|alive|on this earth) " +
			"!at|for|in|to|this|today|tonight|on|tomorrow|when|with|during|until|till",
		"(do not|no longer|not) (want|wish) to be (here|alive|around) (on this earth|in this world|on earth|on this planet) (anymore|any more|any longer)?",
		// "part of me wants everything to end, me included", "wishing i would get sick and die"
		"(want|wants|wish|wishes|wanting|wishing) (everything|it all|all of it|the world|life|it) to (end|stop|be over) *2 (me included|including me|with me|and me with it|me too|myself included)",
		"(wish|wishing|hope|hoping|pray|praying) (that)? i (would|could|will)? (get|got|catch|fall) (sick|ill|cancer|covid|something) (and)? (die|not recover|not make it|never recover|not survive|just die)",
		// "everyone's life would improve if i was out of the picture", "i just want to be gone"
		"(would|will) (improve|be better|get better|be easier|be simpler|be happier|go better|be lighter) (if|when|once) i (was|were|am|had) (just|simply)? (out of the picture|gone|not here|not around|dead|never born|out of the way) " +
			"!for|by|before|until|till|when|on|at|in|from|during|while|after|so|and|to|the|this|next|tomorrow|today|tonight|more|less|sooner",
		"(want|wish|need|would like) to (just|simply|finally)? be gone !for|by|from|before|on|at|in|until|till|when|after|this|today|tomorrow|tonight|away|already|soon|early|all|the|so|because|and|with|once|while",
		// "i don't see myself being alive next year", "not scared of dying anymore, i kind of want it"
		"(do not|can not|could not|never) (see|imagine|picture) myself (being alive|alive|still alive|still being alive|around much longer|living much longer|making it|getting old|growing old) " +
			"!at|in|as|with|without|for|to|on|because|if|when|and|but",
		"(do not|can not|could not|never) (see|imagine|picture) myself (being alive|alive|still alive|living|making it|around) (past|beyond|to|until|till) (30|thirty|40|forty|next year|christmas|my birthday|the weekend|the end of the year)",
		"(not|no longer) (scared|afraid|frightened) of (dying|death|being dead) *4 i (kind of|sort of|actually|honestly|almost|really)? (want|welcome|look forward to|wish for|long for) it",
		// "i hope this cold finally kills me"
		"(hope|hoping|wish|wishing|pray|praying) (this|the|my)? (cold|flu|covid|illness|infection|fever|virus|disease|cancer|heart attack|storm|heat|winter|tumour|tumor) (finally|just|actually)? (kills|takes|gets|finishes|will kill|would kill) me",
		// "i'd be better off dead"; said of someone else ("she'd be better off dead") it is theirs
		"better off dead",
		// "doing everyone a favour by not being here", "my life would just end on its own"
		"(doing|do|would do|be doing) (everyone|everybody|them|the world|my family|you all|you) a (favour|favor|kindness|service) (by|if i) (just|simply)? " +
			"(not being here|not existing|dying|leaving for good|disappearing|being gone|killing myself|ending it|not being around|going away forever|died|disappeared|was gone|was not here) " +
			"!tonight|today|tomorrow|this|at|for|on|in|because|since|with|so|i|until|till|when|while|next",
		"(wish|wishing|wished|want|hope|hoping|pray|praying) (my life|my existence|life|it all) (would|could|to)? (just|simply|finally)? (end|stop|be over) (on its own|by itself|naturally|in my sleep|one day)",
		"(pray|praying|prayed|hope|hoping|wish|wishing) (that)? i (will|would|could|might)? (just)? (die|pass away|slip away|stop breathing|do not wake up) (in my sleep|tonight|peacefully)",
		// "dying would honestly be a break", "the world would be kinder without me in it"
		"(dying|death|being dead|not existing|not waking up|never waking up) (would|will|could|might) (honestly|really|just|actually|probably|finally)? be " +
			"(a break|a rest|a release|a mercy|a blessing|a gift|peace|freedom|relief|a relief|nice|easier|better|kinder|welcome|a vacation|a holiday) !in|compared|from",
		"(the world|everyone|everybody|my family|they|people|life|everything) (would|will) (all)? (be)? (kinder|better|easier|brighter|lighter|quieter|simpler|calmer|nicer|happier|fine|okay|a better place) " +
			"without me (in it|around|here|alive|in this world|in their lives|on this earth|anymore|any more|for good)",
		// "i wish i could stop being alive for good", "looking forward to dying"
		"(wish|want|wishing|hope|wanting) (i could|i can|to|i would|i might) (just|simply)? (stop being alive|stop existing|stop living|cease to exist|not be alive|not exist) (for good|forever|permanently|already)",
		"(wish|want|wishing|hope|wanting) (i could|i can|i would|i might) (just|simply)? (stop being alive|stop existing|cease to exist) !like|in|with|at|on|for|so|as|when|while|here|there|to",
		"(looking forward to|can not wait to|can not wait until i|longing for|long for|looking forward to the day i|can not wait for the day i) (dying|die|be dead|being dead|my death|death|not existing) " +
			"!of|laughing|my|her|his|the|in|on|from|for|it|their|our|your|hair",
		// "i'm ready to go, i'm so tired"
		"(i am|i feel|i think i am|i am just) (so|really|finally|just)? ready to go " +
			"!to|home|out|back|now|when|for|in|on|at|with|and|shopping|outside|there|get|see|meet|lol|haha|yay|tomorrow|tonight|today|soon|after|before|if|but|so|this|the|when|whenever|we|you|let|lets|first|again|up|down",
		// "tired of being here at all"
		"(tired|sick|exhausted|weary) of (being here|being around) (at all|anymore|any more|on this earth|in this world|alive|on earth)",
		"(tired|sick|exhausted|weary) of (being here|being around) " +
			"!at|in|with|on|every|all|today|this|for|so|and|but|waiting|when|while|doing|alone|by|the|without|because|like|early|late|till|until|after|before|tonight|now|again|though|lol|haha|can|lets|let|we|shall|could|should|how|please",
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
		// "suicide is starting to make sense to me"
		"(suicide|killing myself|ending it|ending my life|ending it all|taking my life|taking my own life) (is|has|keeps|really|actually|just)? " +
			"(starting to|beginning to|begins to|starts to|started to|totally|kind of|sort of|almost|finally)? (make|makes|making|made) (sense|more sense|so much sense|perfect sense|complete sense) " +
			"!for|in|as|when|if|because|statistically|that|of|economically",
		// "started thinking seriously about suicide", "i'm really close to ending it"
		"(thinking|think|thought|thoughts|considering|considered|contemplating|contemplated|pondering|obsessing) " +
			"(seriously|a lot|more|really|hard|constantly|again|properly|actually|more and more|often|sometimes|every day|daily|nonstop|honestly|genuinely|very seriously)? (about|of|on)? " +
			"(suicide|killing myself|ending my life|ending it all|taking my life|taking my own life|committing suicide|unaliving myself|offing myself|ending myself)",
		"(close|near|this close|so close|very close|closer|on the verge|on the edge|at the point|on the brink|at the brink) (to|of) " +
			"(ending it|ending it all|ending my life|killing myself|ending everything|giving up on life|suicide|taking my life|ending things|unaliving myself) !with|between|for|at|and|off|up",
		// "suicide is looking more and more like my exit", "dying by my own hand is the only answer i have left"
		"(suicide|killing myself|ending it|ending it all|ending my life|taking my life|taking my own life|dying by my own hand|death by my own hand|ending my own life|unaliving myself|offing myself|ending myself) " +
			"(is|has been|keeps|is now|is just|keeps on)? (looking|seeming|feeling|sounding|looks|seems|feels|sounds|is|becoming|becomes|became) (more and more|increasingly|a lot|really|so|pretty|more|like)? (like)? " +
			"(a|the|my|an|the only|my only|the best|my best|the last|my last|the logical|the obvious|a logical|the right|an obvious|the easiest|my easiest|the one|my one|the real|a real|the natural)? (next)? " +
			"(option|options|way out|answer|solution|escape|choice|relief|exit|release|cure|fix|peace|rest|way forward|step|next step|move|path|route|door|exit door|thing to do|best bet|only hope|only chance|end point|endpoint)",
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
