package risk

// Shared word slots. Longest names are substituted first.
var macros = map[string]string{
	"time": "(tonight|today|tomorrow|soon|right now|later|this weekend|this week|this evening|tomorrow night|" +
		"in the morning|before morning|by morning|after work|when everyone is asleep|while everyone sleeps|" +
		"on friday|on saturday|on sunday|on monday|this friday|this saturday|next week|on my birthday|" +
		"after christmas|once and for all|for good|before my birthday|after my birthday|on my birthday|before christmas|before new year|" +
		"by the end of the week|by the end of the month|this month|next month|at the weekend|by friday|by sunday|before the weekend)",
	"pills": "(pills|meds|medication|medications|medicine|tablets|sleeping pills|sleeping tablets|" +
		"painkillers|paracetamol|tylenol|acetaminophen|ibuprofen|antidepressants|insulin|opioids|oxy|" +
		"xanax|benzos|lithium|sertraline|seroquel|quetiapine|amitriptyline)",
	"wantv": "(want|wanted|wants|wanting|wish|wished|wishing|ready|deserve|deserved|need|needed|longing|" +
		"hoping|hope|praying|pray|desire|tempted|would like|begging)",
	"kill": "(kill|killing|killed|kills)",
	"think": "(thinking|think|thought|thoughts|thinks|considering|consider|contemplating|contemplate|" +
		"fantasizing|fantasising|fantasize|dreaming|dream|obsessing)",
	"gone": "(gone|dead|not here|not around|not alive|no longer here|no longer around|no longer alive|" +
		"never born|never been born|not born|not in it|not in the picture|not in their lives|not on this earth|not in this world)",
}

// passiveRules: wishing to be dead or not to exist, without stated intent.
var passiveRules = []rule{
	{id: "acute.passive.wake_up", level: Passive, pats: []string{
		"not (even|really|ever|just|actually|truly|honestly)? (want|wish|plan|intend) to (wake up|wake|awake) " +
			"!early|at|before|until|till|for|on|with|when|next|every|and",
		"never (want|wish|wanted) to (wake up|wake|awake)",
		"(hope|hoping|praying|pray|wish) *3 i (just|simply)? (do not|will not|would not|never|did not|could not) (wake up|wake|awaken)",
		"(sleep|sleeping|asleep|bed) and (not|never) (wake|wake up|awake)",
		"(sleep|rest|asleep|sleeping) (forever|for ever|eternally|and never wake up)",
		"(close|closing) my eyes and (never|not) (open|opening|wake|waking) (them)? (again|up)?",
		"if i (do not|did not|never) (wake up|woke up) * (fine|okay|ok|good|relief|better|care|mind)",
		"did not want to wake up (ever|again|anymore|at all)",
		"not waking up (would be|sounds|seems|is) (nice|good|fine|better|a relief|easier|peaceful)",
		"not mind (not waking up|if i (just|simply)? (did not|never|do not) (wake up|woke up))",
		"(fine|okay|ok|happy|relieved|glad|at peace|grateful) if i (just|simply)? (did not|do not|never|would not) (wake up|woke up)",
	}},
	{id: "acute.passive.better_off", level: Passive, pats: []string{
		"(better|happier|easier) (off)? without me",
		"better off dead",
		"(better|happier|easier) (for|to) (everyone|everybody|them|all|my family|you|people|the world|my kids|my friends) if i",
		"if i (just|only|simply)? (was|were|am|had|already)? @gone",
		"if i (just|only|simply)? (died|disappeared|vanished|did not exist|never existed|stopped existing|was not here|were not here|was not around|were not around|was not alive|killed myself)",
		"(nobody|no one|anyone|anybody) (would|will|even|really|going to)* (care|notice|miss me|miss|mourn|be sad) (if|when) i " +
			"(died|was gone|were gone|disappeared|vanished|was dead|killed myself|was not here|were not here|was not around|" +
			"did not wake up|left forever|never came back|stopped existing|just disappeared|was not alive)",
		"(nobody|no one) (would|will|is going to|even)* (miss|mourn) me",
		"(would|will) not (even)? (notice|care|miss me|mind) (if|when) i (died|was gone|were gone|disappeared|vanished|was dead|killed myself)",
		"(when|after|once) i am (gone|dead) !for|to|on|from|at",
	}},
	{id: "acute.passive.wish_dead", level: Passive, third: true, pats: []string{
		"(wish|wished|wishing) i *3 (dead|die|died|gone|never born|never been born|" +
			"not born|not been born|stop existing|cease to exist|did not exist|do not exist|not exist|never existed|not existed|" +
			"not alive|not here anymore|never woke up|not wake up|never wake up|sleep forever|drop dead) " +
			"!on|for|to|from|by|before|abroad|away|camping|travelling|traveling|at|with|until|till|this|next|of|inside|tired",
		"(wish|wished|wishing) i *2 (disappear|disappeared|vanish|vanished) !to|for|into|on|from|off|with|under|in|at|behind|inside",
		"(wish|wished|wishing) i *2 (evaporate|evaporated|dissolve|dissolved|fade away|faded away|cease to exist|stop existing|stopped existing)",
		"(welcome|not mind|be relieved|be glad|be okay|be fine|be happy) (it)? (if|when) (my heart|i|my body) (just|simply)? (stopped|gave out|gave up|died|did not wake up|never woke up|stops|gives out)",
		"(wish|wished|wishing) i *2 (disappear|disappeared|vanish|vanished) (forever|for good|for ever|and never come back|completely)",
		"(want|wanted|wants|wish|wanting|would like|like) to be (dead|not alive|nonexistent|not existing|erased|gone forever|gone for good)",
		"rather (be dead|die|not exist|not be alive|not be here|not wake up|be gone) !than",
		"rather (be dead|die|not exist|not be alive) than (keep|go on|live|feel|be like|wake up|deal|continue|spend|face|carry on|exist|be alive|suffer|keep going|keep living|be here)",
		"(hope|hoping|pray|praying) i (die|get killed|drop dead|never wake up|do not wake up|will not wake up|get hit|get run over|catch something and die|get sick and die)",
		"(hope|hoping|pray|praying|wish|wishing|want) (someone|somebody|something|god|anyone|it|this) (would|will|to|could)? (kill|end|take|kills|ends|takes) me",
		"(would not|do not|not) (mind|care) (dying|being dead|if i died|if i die|if i was dead|if it killed me)",
		"not care (if|whether) i (die|died|live or die|live|get hurt|get killed|wake up|do not wake up)",
		"(waiting|ready|wait) (to die|for death|for the end|for it all to end|to not exist|to stop existing|to not be here|to be gone)",
		"why (i|should i|would i|do i) (should|would)? (keep living|stay alive|go on living|bother living|be alive|even live|keep going|exist|even exist)",
		"(not|never) worth (living|being alive|existing|staying alive|waking up for|going on)",
		"nothing (left)? (to|worth) (live|living|stay|staying alive|wake up) for",
		"(no one|nobody|not have anyone|not have anything|no reason) (left)? to live for",
		"not (deserve|deserving) to (live|be alive|exist|be here|breathe)",
		"should (not|never) (exist|be alive|have been born|be here anymore|have existed|have survived)",
		"should have (died|been dead|never been born|not been born|not survived|never existed)",
		"should (just)? (die|be dead|drop dead) !of|laughing|on|for",
		"(death|being dead|not existing|dying|not being here|not being alive|nonexistence) (would be|sounds|seems|feels|is|looks)* (a relief|welcome|peaceful|nice|easier|better|like a relief|freedom|an escape|like freedom|like peace|like rest|so nice|so peaceful|tempting|appealing) !in|compared|than|when",
	}},
	{id: "acute.passive.not_exist", level: Passive, third: true, pats: []string{
		"(want|wanted|wants|wish|wanting|would like) to (just|simply)? not (be here|be alive|exist|wake up|be around|be anymore)",
		"(hate|hating|hated) (being alive|existing|my existence|that i exist|that i am alive|still being alive|being here)",
		"(want|wanted|wants|wish|wanting|would like|like|trying) to (stop being alive|stop being here|quit living|quit existing|fade away|not exist|stop existing|cease to exist|sleep forever|be erased|not be here anymore|not be alive|never wake up|not be alive anymore)",
		"(want|wanted|wants|wish|wanting|would like|like|trying) to (disappear|vanish|evaporate|dissolve) !to|for|into|on|from|off|with|under|in|at|behind|inside|like",
		"(want|wanted|wants|wish|wanting|would like|like|trying) to (disappear|vanish) (forever|for good|for ever|and never come back|completely|off the face of the earth)",
		"(about|of|on|dream of|dreaming of) not (existing|being alive|being here|being around|waking up|exist)",
		"(stop|stopped|cease|ceased) (existing|to exist) !in|on|as|at",
		"not (really|even|actually|honestly|truly|just)? (want|wish) to (live|exist|be alive|be here anymore|be around anymore|be here any longer|be on this earth|be on earth|keep living|go on living|keep going anymore|be here no more) " +
			"!in|with|there|at|near|alone|together|abroad|on|by|somewhere|anywhere|far|close|here|without|under|next|that",
		"not (want|wish) to be (here|around|alive) (anymore|any longer|no more|at all)",
		"(not sure|unsure|do not know|not certain|not even sure) (if|whether)? (i)? (want|still want) to (be alive|live|exist|be here|keep living|keep going|go on|stay alive|wake up)",
	}},
	{id: "acute.passive.no_reason", level: Passive, pats: []string{
		"(no|not have a|not have any|not have|not see a|not see any|not see the|not find a|not find any|not find the|without a|without any|lost my|lost all|lost the|lost|lose my|" +
			"can not find a|can not find any|can not see a|can not see any|can not see the|can not find the|nothing but|zero|not any) " +
			"(reason|reasons|purpose|point|will|motivation) (for me)? (to|for|in) (live|living|keep going|go on|going on|be alive|" +
			"being alive|be here|being here|exist|existing|continue|continuing|keep living|wake up|waking up|carry on|stay alive|staying alive) " +
			"!to|back|there|with|at|into",
		"what is (even|really|the|just|ever)* point (anymore|any more)? (of|in) (even|really|just)? (living|being alive|existing|life|my life|going on|waking up|anything|it all|carrying on|me|being here|staying alive|even trying|trying anymore|continuing|keep going|keeping going)",
		"why (am i|do i|should i|would i) (even|still|keep)* (alive|exist|existing|bother living|keep living|stay alive|be alive)",
		"why am i (even|still) here !at|in|on|with|so|after|when|for",
		"why i am (still|even) (alive|breathing|existing|here) !at|in|on|with|so|after|when|for",
		"not (really|even|honestly|actually)? (see|find) (a|any|the)? point (in|of|to) (being alive|living|existing|life|going on|carrying on|staying alive|waking up|anything anymore)",
		"(see|find) no point (in|of|to) (being alive|living|existing|life|going on|carrying on|staying alive|waking up|anything anymore)",
		"(no|not|any) point (in|to|of)? (me|my)? (being alive|living|existing|going on|waking up|staying alive|carrying on|being here) !in|at|on|with|there",
		"(no|not) point (in|to|of)? (living|being alive|existing|life|going on|waking up|staying alive|carrying on|it all anymore)",
		"only way out !of",
		"(why|no point|not see the point|what is the point) (do i|should i|even|in)* bother (living|staying alive|being alive|existing|waking up|going on|trying to live)",
		"(suicide|killing myself|dying|death|ending it|ending my life) is all i (think|can think) about",
		"all i (think|can think) about is (suicide|dying|death|killing myself|ending it|ending my life|not being here)",
	}},
	{id: "acute.passive.tired_of_life", level: Passive, pats: []string{
		"(tired|sick|exhausted|done|weary|fed up) (of|with|from) (existing|=living|being alive|life|being here|breathing|staying alive|" +
			"waking up|being me|being a burden|trying to stay alive|surviving|fighting to stay alive) !at|of|with|in|on|near|here|there|under|paycheck|abroad|alone|together",
		"so (done|over) with (life|=living|existing|being alive) !in",
		"(can not|can no longer|not able to) (go on|keep living|live like this|go on like this|go on living|do life|do this life|" +
			"exist like this|live anymore|be alive|keep going like this|keep doing this anymore|carry on living|carry on like this) !to|with|holiday|vacation|a|the|trips|dates",
		"(can not|can no longer) (go on|keep going|carry on) (anymore|any longer|much longer|like this|another day|with my life|with life|living|for much longer)",
	}},
	{id: "acute.passive.stop", level: Passive, pats: []string{
		"(want|wish|need|wanted|wanting) (it all|everything|all of it|life|my life|this life|the world|existence) to (just)? (stop|end|be over|go away forever) " +
			"!early|soon|already|at|before|so|on|quickly|for|raining|snowing",
		"(want|wish|need) (all|all of)? (the|this) pain to (stop|end) (forever|for good|permanently)?",
		"make it (all)? (stop|end) (please|forever|for good|permanently)",
		"(want|wish|need|wanted|wanting) (it all|everything|all of it|life|my life|this life|it|all this|all of this) to (just)? (be over|end|stop) (for good|forever|permanently|once and for all)",
		"(please)? (make|let) it (all)? (end|stop) (now|already|forever|please)",
		"(want|wish|need) (everything|it all|the world|life) to (just)? stop (permanently|forever|for good)",
	}},
	{id: "acute.passive.hit_by", level: Passive, third: true, pats: []string{
		"(hope|hoping|wish|wishing|praying|pray|want) (a|the|some|this|my) (bus|car|truck|train|lorry|plane|flight|meteor|asteroid|tram|van|taxi|drunk driver) " +
			"(hits|hit|runs|run|crashes|crash|kills|takes|would hit|will hit|flattens|goes down|go down|falls|comes off)",
		"(hope|hoping|pray|praying|wish|wishing) i (get|got|will get|would get) (hit|run over|killed|in a crash|in an accident|shot|stabbed|cancer)",
		"(hope|hoping|pray|praying|wish|wishing) i (get|got|will get|would get|end up) (into|in) (an|a) (accident|crash|car crash|fatal accident)",
		"if (a|the|some) (bus|car|truck|train|lorry|plane) (hit|hits|ran|killed|runs) (me|into me|over me) *3 (not mind|not care|be glad|be happy|be relieved|be fine|would be okay|honestly)",
		"not (mind|care) (if)? (a|the|some) (bus|car|truck|train|lorry) (hit|hits|ran|killed|kills)",
		"not (mind|care) (if)? i (got|get) (hit|run over|killed|in a crash|in an accident)",
	}},
	{id: "acute.passive.death_thoughts", level: Passive, third: true, pats: []string{
		"@think (about|of|on) (dying|death|being dead|my death|my own death|my funeral|my own funeral|not existing|not being here|" +
			"disappearing forever|how nice it would be to die|how peaceful death|the sweet release|ending up dead) !my|her|his|the|it|them|our",
		"(plan|planning|planned|imagining|imagine|picture|picturing) my (own)? funeral",
		"who would (even)? (come|go|show up) to my funeral",
		"(death|dying) is (the only|my only) (way|option|answer|escape|solution)",
		"(death|dying) (feels|seems|looks|sounds) (like)? (the only|my only|the best|the easiest) (way|option|answer|escape|solution)",
	}},
}
