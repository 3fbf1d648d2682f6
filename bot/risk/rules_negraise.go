package risk

// Neg-raising: "i don't think i want to be alive" means "i think i don't
// want to be alive". A hedge (don't think, not sure, don't know if, doubt)
// before wanting or being able to go on living is read as the wish itself.
// Ordinary plans keep their objects: "i don't think i'll make it to the
// party", "not sure i can keep going with this diet".

// negHedge softens the statement. "not" starts the match, so the negation
// check finds nothing before it to cancel the match with.
const negHedge = "(not (really|even|honestly|actually|totally|entirely)? (think|feel like|know if|know whether|sure|sure if|sure whether|certain|certain if|believe|see how) " +
	"|doubt (that)? |unsure (if|whether)? |wonder (if|whether)) "

// negHowLong is the other hedge: "don't know how much longer".
const negHowLong = "(not (really|even|honestly)? (know|sure) how|unsure how|no idea how|wonder how) (much longer|long) "

// negSubject is the person and what they may not want or manage.
const negSubject = "(i|ill) (really|even|still|honestly|actually|truly)? (want to|can|could|will|would|am going to|am able to|have it in me to|have the strength to|have the energy to)? (even|still|really)? "

// negGoOn guards going on against ordinary continuations ("go on the trip").
const negGoOn = "!with|to|the|a|an|holiday|vacation|trip|trips|date|dates|about|at|in|like|on|for|doing|working|studying|running|driving|reading|writing|after|past|into|through|as|and|without|by|from|today|tonight|tomorrow|until|till|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|stage|tour|air|strike|leave|ride|rides|lol|haha"

// negLiving lists what the hedge is about, each with the words that may not
// follow it: going on living, being here, lasting, waking up.
var negLiving = []string{
	"=live !in|with|there|at|near|alone|together|abroad|on|by|here|without|under|next|that|like|off|up|for|somewhere|anywhere|far|close|and|to|long|past|through|until|till",
	"=live like this (anymore|any more|any longer|much longer)",
	"be (alive|around|here) !for|at|in|with|on|when|by|to|tomorrow|tonight|next|this|until|till|early|late|long|all|either|and|so|but|today|now|yet|that|the",
	"be (alive|around|here) (anymore|any more|any longer|much longer|tomorrow|for much longer|for long)",
	"(exist|keep living|stay alive|go on living|carry on living|keep breathing) !in|at|on|with|for|without",
	"(go on|carry on|keep going|continue|hold on) " + negGoOn,
	"(go on|carry on|keep going|continue|hold on) (anymore|any more|any longer|much longer|for much longer|like this|living|with my life|with life|another day)",
	"(keep|go on|carry on) (doing|fighting|trying) (this|it)? (anymore|any more|any longer|much longer)? " +
		"!job|work|course|degree|diet|routine|commute|shift|shifts|role|class|project|sport|hobby|thing|stuff|for|at|with|to|in|on|jobs|every|each|week|month|forever|and|until|till|this|that|it|my|the|a|an|these|those",
	"(survive|last|make it) (much longer|for much longer|any longer|anymore|any more|another day|another night|another week|another month|another year|the night|the week|the year|this|through the night|through tonight|through this|past tonight|till morning|until morning) " +
		"!meeting|meetings|shift|class|lecture|exam|exams|trip|party|flight|commute|interview|term|semester|season|game|match|call|course|in|at|with|lol|haha|job|week|at|heat|weather|traffic",
	"(do this|do it|do this life|take it|take this|cope|handle it|handle this|bear it|bear this) (much longer|for much longer|any longer|anymore|any more)",
	"(survive|get through|make it through) (this|all this|all of this|the night|tonight) !meeting|meetings|shift|class|lecture|exam|exams|trip|party|flight|commute|interview|term|semester|season|game|match|call|course|in|at|with|lol|haha|job|week|heat|weather|traffic|month|year|weekend|one|winter|summer|project|deadline|presentation|hangover|cold|flu",
	"(wake up|wake) (tomorrow|again|anymore|any more)? !early|at|before|until|till|for|on|with|when|next|every|and|in|to|late|up",
}

// negRaiseRules: the hedged wish ("not sure i want to be here", "don't
// know how much longer i can keep going").
var negRaiseRules = []rule{
	{id: "acute.passive.neg_raised", level: Passive, third: true, pats: negRaisePatterns()},
}

func negRaisePatterns() []string {
	pats := []string{
		"(how much longer|how long) (can|will|could) i (keep going|go on|carry on|keep doing this|do this|last|survive|hold on|keep living|take this|take it) " +
			"!for|at|with|in|on|before|without|working|doing|job|the|this|my|a",
	}
	// After "how much longer" no tail is needed: "not sure how much longer i can do this".
	pats = append(pats, negHowLong+negSubject+"(do this|do it|take it|take this|cope|handle it|handle this|bear it|bear this) "+
		"!job|work|course|degree|diet|routine|commute|shift|shifts|role|class|project|sport|hobby|for|at|with|to|in|on|every|each|week|month|and|lol|haha|drive|trip|journey")
	for _, l := range negLiving {
		pats = append(pats, negHedge+negSubject+l, negHowLong+negSubject+l)
	}
	return pats
}
