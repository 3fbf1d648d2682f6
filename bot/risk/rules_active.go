package risk

// activeRules: stated thoughts of, or wish for, suicide.
var activeRules = []rule{
	{id: "acute.active.kill_myself", level: Active, pats: []string{
		"@kill (myself|my own self|my self) !laughing",
		"(off|offing|offed|end|ending|ended|delete|deleting|erase|erasing) myself !from|on|in|off",
		"(neck|rope|necking|roping) myself",
		"kms",
		"ctb",
		"kys",
	}},
	{id: "acute.active.want_to_die", level: Active, third: true, mention: true, pats: []string{
		"@wantv to (die|be dead|perish|stop living|not live|not be alive|not be alive anymore) " +
			"!laughing|happy|old|rich|of|from|for|on|doing|peacefully|when|young|with",
		"(want|wanted|wish|wishing|would like|like|trying|tried) to (die|be dead) (so bad|so badly|so much|every day|everyday|all the time|right now|today|tonight|again|lol|fr|honestly|tbh)",
		"(ready|want|wanted|wanting|wish|wishing|praying|pray|hoping|long|longing|begging|craving|crave) (for)? death !of|metal|note",
		"(want|wanted|going|ready|need|wish) to (💀|@coffin|@gun|@noose)",
		// "i wnat to dye": a misspelt die, never with something to colour
		"@wantv to (dye|dy) !of|from|laughing|happy|old|rich|my|it|the|her|his|them|this|that|a|an|some|all|your|our|their|hair|clothes|shirt|fabric|wool|eggs|easter|yarn|black|red|blue|green|pink|purple|blonde|brown|again|with|for|in|on|these|those|one|both|every|its|grey|gray|white|orange|yellow",
	}},
	{id: "acute.active.end_life", level: Active, third: true, pats: []string{
		"(end|ending|ended|take|taking|took|finish|finishing) (my|my own) (life|lives|existence)",
		"end it all",
		"(ending|ended) it all !for|with|at|in|on|the",
		"(feel|feeling|felt) like (just)? (ending|end) (it|it all|everything|things|my life|all of it) !with|between|here|early|at|off|for|so|up|the|in|on",
		"(end|ending) (everything|it|things|it all) (for good|forever|once and for all|permanently|now)",
		"(want|wanted|going|plan|planning|ready|decided|thinking|think|thought|about|considering|contemplating|tempted|trying|tried|need|just|finally) " +
			"(to|about|of|on)? (end|ending) (it|things|everything|it all|all of it) !with|between|here|there|early|at|on|off|in|for|so|and|up|the",
		"(unaliv*|unalive|unaliving|unalived)",
		"sewer (slide|sliding|slid)",
		"self (delete|deleting|deleted|deletion)",
		"(commit|committing|committed|do|doing) (suicide|die|sudoku|toaster bath|self delete)",
		"toaster bath",
		"take the cowards way out",
		"(check|checking) out (for good|of life|permanently)",
	}},
	{id: "acute.active.suicidal", level: Active, third: true, mention: true, pats: []string{
		"(suicidal|suicidally|suicidality)",
		"@think (about|of|on)? (suicide|killing myself|ending it|ending things|ending it all|ending my life|taking my life|taking my own life|offing myself) !with|prevention|rates|awareness",
		"(suicide|suicidal|self destructive) (thoughts|thought|ideation|ideations|urges|urge|feelings|feeling|tendencies|mood)",
		"(attempt|attempted|attempting|tried|try|trying|considering|consider|contemplating|planning|plan|going to) (suicide|to commit suicide)",
		"(want|wanted|going|need|tempted|planning|plan|about|ready) to (suicide|commit suicide)",
		"(si|suicide) (thoughts|urges|ideation) (again|today|lately|are back)",
		"(suicide|overdose) (attempt|attempts) !prevention|survivors|survivor|rates|statistics|helpline|hotline",
		"(ideation|ideations) (again|today|lately|is back|are back|coming back)",
	}},
}
