package risk

// hopelessRules: hopelessness and entrapment said of oneself ("i can't go
// on", "i don't see a way out", "nothing will ever get better"). Alone they
// are read as passive risk, not as distress only: the reply is warm and
// costs little, and DESIGN.md asks to treat doubt as risk. Plainly mundane
// objects stay harmless ("can't take this heat anymore", "no way out of
// the car park"). docs/SAFETY.md, "Hopelessness and entrapment".
var hopelessRules = []rule{
	{id: "acute.passive.hopeless", level: Passive, third: true, pats: []string{
		"(can not|can no longer|could not|no longer can) (just)? (go on|keep going|carry on|hold on) (anymore|any more|any longer|much longer|like this)? " +
			"!with|to|the|a|an|holiday|vacation|trip|trips|date|dates|about|at|in|like|on|for|doing|working|studying|running|driving|reading|writing|after|past|into|through|as|and|without|by|from|today|tonight|tomorrow|until|till",
		"(can not|can no longer|could not) (just)? (do this|take it|take this|cope|bear it|bear this|handle it|handle this|handle anything|deal with it|deal with this|deal with anything|do it|face it|face this|face another day|keep doing this) " +
			"(anymore|any more|any longer|much longer|another day) !lol|haha|lmao|jk|xd|rofl",
		"(can not|can no longer|could not) (just)? (handle|take|cope with|deal with|do|face|bear|stand) (any of this|any of it|all of this|all this|it all|everything|life|any more of this) " +
			"(anymore|any more|any longer|much longer) !lol|haha|lmao|jk|xd|rofl",
		"there (is|seems to be|is just|really is) no (way out|escape|way forward) !of|from|to|in|on|at|with|for|door|exit|but|except|apart|other|unless|besides|lol|haha",
		"(can not|can no longer|could not) (just)? (take|bear|handle|stand) (any more|anymore) !of|heat|cold|rain|noise|traffic|work|shifts|meetings|coffee|food",
		"(can not|can no longer|could not) (just)? (take|bear|handle|cope with) (any more|anymore) (of (this|it|life|everything|this life|living|the pain|feeling like this)) " +
			"!traffic|heat|noise|weather|rain|cold|work|job|meeting|meetings|commute|printer|homework|song|music|show|nonsense|drama|rubbish|crap|shit|mess|game|team|place|city|town|house|flat|office|queue|weekend|week|month|course|class|diet|pain",
		"(can not|do not|could not|no longer) (see|find) (a|any|the)? (way out|way forward|future|light|end to (this|it)) (for me|for myself|anymore|any more|ahead)? " +
			"!of|in|on|for|to|with|game|level|building|station|maze|car|parking|tunnel|here|there|at|if|door|exit",
		"(can not|do not|could not|no longer) (see|find) (a|any|the)? (way out|escape) (of|from) (this|it|here|my life|this life|this hell|the pain|this pain|feeling like this|all of this|all this|everything) " +
			"!game|level|maze|room|building|car|park|parking|city|town|traffic|station|house|mess|deal|contract|lease|job|meeting|conversation|call|queue|class|course|one|month|week|" +
			"debt|debts|loan|loans|mortgage|overdraft|rent|bill|bills|subscription|plan|phone|gym|membership|marriage|relationship|team|project|place|flat|area|country|puzzle|book|film|movie|show|series",
		"(no|not any) (way out|escape|future|hope|way forward) (for me|for myself|left|anymore|any more|ahead of me|in sight|in my life)",
		"(no|not any) (way out|escape) (of|from) (this|here|it|my life|this life|this hell|the pain|this pain|feeling like this) (for me)? !game|level|maze|room|building|car|park|parking|city|town|traffic|station|house|mess|deal|contract|lease|job|meeting|conversation|call|queue|class|course",
		"(there is|there will be|there is never going to be|i have|i see) (no|not any) (future|hope|way out|escape|point) (for me|for myself|left|anymore|in my life|ahead)",
		"nothing (will|is|is going|is ever going|will ever|is ever|ever) (going to)? (get|be|going to get|gets|feels|feel) (any)? better (for me)? !than|at|in|with|soon|by|tomorrow|after|once|when|if|next|we|and|day|week|weekend",
		"(nothing|it|its|life|things|my life|everything) (will|is going to|is|are)? (never|not ever|not going to) (get|be|going to get|change) (any)? (better|different|easier) (for me)? " +
			"!than|at|in|with|soon|by|tomorrow|after|once|when|if|next|we|and|day|week|weekend|this|until",
		"(nothing|it|things) (is|are|will|is going to) (ever)? (going to)? (change|improve|get easier) (for me)? (is it|anymore|any more)?  !at|in|with|soon|by|tomorrow|after|once|when|if|next|the|this|that|and",
		"(i|just) (give|giving|gave|have given|am giving) up (on)? (everything|life|living|myself|on myself|it all|all of it|on getting better|on being happy|on ever being happy|on the future|on my future|on me) " +
			"!in|at|on|for|with|to|this|that|the|a|my|lol|haha|and|but|except|apart|else|i|we",
		"(i|just) (give|giving|gave|have given|am giving) up (on)? trying (anymore|any more)? !to|with|at|for|on|out|this|that|the|a|my|new|it|and|lol|haha|cooking|running|diets|dieting",
		"i (just|really|honestly|simply)? (can not|can no longer) (anymore|any more) !with|at|for|to|the|a|lol|haha|because",
		"i (see|can see|find) no (way out|escape|future|way forward|hope|light) !of|from|to|in|on|at|with|for|door|exit|at|ahead|tunnel|sign",
		"(can not|can no longer) (just)? (keep doing this|keep doing it|keep going like this|keep living like this|keep doing this to myself|keep feeling like this) " +
			"!job|work|course|degree|diet|routine|commute|shift|shifts|role|class|project|sport|hobby|thing|stuff|for|at|with|to|in|on|jobs|every|each|week|month|and|until|till|all|lol|haha|much|anymore",
	}},
}

// hopelessIdioms keep mundane entrapment harmless where a rule above could
// still match: "can't go on like this with the printer".
var hopelessIdioms = []rule{
	{id: "idiom.hopeless", kind: kIdiom, pats: []string{
		"(go on|carry on|keep going|continue|keep doing this|do this) like this with (the|this|that|these|those|a|an|our|his|her|their)",
		"i can not go on i will go on",
		"(he|she|they|friend|sister|brother|mum|mom|dad|partner|colleague|boss) (said|says|told me|texted|wrote|posted) (that)? (he|she|they) (just)? (can not|could not|can no longer) (go on|keep going|carry on|take it|take this|cope|do this)",
		"to (be alive|be around|live) when the",
		"(want|wanted) to go on (the|a|an|this|that|my|our|holiday|vacation|holidays|trips|dates|a date|the trip|a trip|stage|tour)",
		"(sure|know if|know whether|certain) (if|whether)? i (want|wanted) to live (with|in|at|near|abroad|there|alone|together|on|by|here|without|next|close|far|somewhere|anywhere)",
		"(sure|know if|know whether|certain) (if|whether)? i (want|wanted) to (be here|be around|go on|stay) (for|at|on|until|till|through|during) (the|this|a|an|that|my|our|his|her|their|tonight|tomorrow|all)",
	}},
}
