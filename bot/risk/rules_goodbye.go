package risk

// goodbyeRules: a farewell to everyone, a thank-you that closes things, a
// note written to be found. Read at plan level, as the other farewell
// rules are. A goodbye with a plain sign-off ("see you monday", "logging
// off") is cancelled by the idioms below.
var goodbyeRules = []rule{
	{id: "acute.plan.farewell_note", level: Plan, fixed: true, third: true, pats: []string{
		"(goodbye|bye|farewell) (everyone|everybody|all|world|cruel world|to everyone|to you all|to all of you|you all|guys|forever) !see|until|till|for|from|and|have|enjoy|thanks|thank|logging|off|at|in|this|tonight|today|tomorrow|next|i|we|heading|going|leaving|signing|film|movie|song|book|show|album|episode|game|play",
		"(goodbye|bye|farewell) (everyone|everybody|all|world|you all|guys) *3 (i am sorry|sorry|forgive me|this is it|it is time|the end|i can not do this|i can not go on|for the last time|for good)",
		"(goodbye|bye|farewell) (everyone|everybody|all|world|you all|guys) (i|and)? (love|loved) (you|you all|everyone)",
		"(this is|it is) (goodbye|farewell|the end) (everyone|everybody|all|to everyone|for me|then|i guess|i think|my friends|friends|world)? !for|to|until|till|see|at|of|from|with|in|on|and|now|tonight",
		"(thanks|thank you) (so much)? for everything *4 (goodbye|bye|farewell|this is it|this is goodbye|i am sorry|sorry|i love you|love you all|it is time|my time is up) !see|until|till|for|have|enjoy|talk|speak|next|tomorrow|monday",
		"(goodbye|bye|farewell|this is it|i am sorry|sorry) *3 (thanks|thank you) (so much)? for everything !see|until|till|for|have|enjoy|talk|speak|next|tomorrow|monday",
		"(wrote|written|writing|write|finished|left|leaving|leave|typed|typing|recorded|recording) my (goodbye|suicide|last|final|farewell) (note|notes|letter|letters|message|messages|video) " +
			"!for|to|about|on|of|in|at|from|before|and|essay|exam|report|assignment|draft|chapter|page",
		"(wrote|written|writing|write|finished|typed) my note !for|to|about|on|of|in|at|from|before|and|to|today|tonight|cards|book|books",
		"(wrote|written|finished|typed) my note (for|to) (everyone|my family|my loved ones|my kids|my parents|my mum|my mom|my dad|my partner|my wife|my husband)",
		"(thanks|thank you) (so much)? for everything *3 this is it for me",
		"(goodbye|bye|farewell) (everyone|everybody|all|world|you all|guys) (thanks|thank you) (so much)? for everything " +
			"!see|until|till|for|have|enjoy|talk|speak|next|tomorrow|monday|it|the|you|and|we|at|this|tonight|today|lol|haha",
		"(to everyone|to all of you|to everybody|to all) (who|that) (ever)? (cared|care|loved me|love me|helped|helped me|tried) *2 (goodbye|bye|farewell|i am sorry|sorry|thank you|thanks)",
		"this is it for me !at|in|with|today|tonight|this|for|lol|haha|then|i|and|on|from|until|till",
		"the note is (written|done|ready|finished) !for|to|about|and|so|but|now|thanks|if|at|in|on",
		"(left|leaving|leave|wrote|written) (a|my) (note|letter) (for|to) (my|the)? (mum|mom|dad|family|kids|partner|wife|husband|parents|sister|brother|friends|son|daughter|everyone|you|you all|them|her|him) " +
			"*3 (goodbye|bye|i am sorry|sorry|forgive me|love you|i love you|it is time|this is it|the end)",
	}},
}

// goodbyeIdioms: a goodbye to a place, a term or a title, not to life.
var goodbyeIdioms = []rule{
	{id: "idiom.goodbye", kind: kIdiom, pats: []string{
		"(watched|watching|watch|saw|seen|read|reading|listening to|listened to|heard|played|playing|finished) (the)? (film|movie|song|book|show|episode|album|game|play)? goodbye (world|everyone|all|everybody)",
		"goodbye (world|everyone|all|everybody) (film|movie|song|book|show|album|episode|game|play|by|is|was|of|cup|tour)",
		"(goodbye|bye) (uni|school|college|university|work|office|summer|holidays|weekend|job|exams|term|semester|city|house|flat|old|friday|sunday|monday|week|year|diet|sugar|coffee|hair|beard)",
	}},
}
