package risk

// selfHarmRules: hurting oneself, without stated intent to die. Accidents
// ("cut myself shaving", "burned myself on the stove") are excluded by the
// word after or before the phrase, or by an idiom in contextRules.
var selfHarmRules = []rule{
	{id: "acute.selfharm.cut", level: SelfHarm, pats: []string{
		"<accidentally|accidently|nearly|almost (cut|cutting|cuts|slice|slicing|sliced|carve|carving|carved) myself " +
			"!on|while|shaving|cooking|chopping|slicing|opening|by|at|in|accidentally|playing|during|when|some|a|off|short|out|free|loose|open|with",
		"(cut|cutting|cuts|slice|slicing|sliced|carve|carving|carved) myself (with|using) (a|my|the)? (razor|blade|blades|razor blade|knife|scissors|glass|sharpener|compass) !while|when|by|accidentally",
		"<accidentally|accidently|nearly|almost (cut|cutting|carve|carving|carved|slice|slicing|slash|slashed|slashing) my (arm|arms|thigh|thighs|leg|legs|skin|stomach|hips|hip|body|wrist|wrists) " +
			"(again|last night|deep|deeper|open|up|tonight|today|yesterday|badly|bad|so bad|on purpose|to feel|until|till|because|so|and|myself)",
		"<accidentally|accidently|nearly|almost (cutting|carve|carving|carved|slice|slicing|slashing|slashed) my (arms|thighs|wrists|legs|skin|stomach|hips|body) !on|while|by|at|in|when|during|with|open|off|hair|nails",
		"(started|start|starting|been|keep|kept|back to|went back to|going back to|relapsed|relapse|urge|urges|craving) (to)? cutting (again|myself|more|deeper|daily|every day|every night)",
		"cutting again !back|down|out|corners|costs|carbs|sugar|class|classes|school|work|hair|the|it|off|ties|calories|grass|wood|paper",
		"(want|wanted|need|needed|going|tempted|urge|urges|craving|cravings|itching|itch) to cut !my|back|down|off|the|it|out|ties|class|corners|costs|carbs|sugar|calories|someone|people|him|her|them|through|in|a|some|loose|ahead|line|hair|wood|paper|grass|and|onions|bread|cake|cheese|across|you|this|that|classes|school|work",
		"(want|wanted|need|needed|urge|urges|craving|tempted) to cut (again|so bad|so badly|deep|deeper|myself|tonight)",
		"fresh (cuts|wounds) (on|again)?",
		"(i|just|and) cut again",
		"cut again (last night|today|yesterday|tonight|this morning|after)",
	}},
	{id: "acute.selfharm.hurt", level: SelfHarm, pats: []string{
		"<accidentally|accidently|nearly|almost|not (hurt|hurting|harm|harming|injure|injuring|punish|punishing) myself " +
			"!at|playing|during|lifting|running|while|in|skiing|cycling|working|when|doing|exercising|training|moving|falling|trying|on|by|badly|with|this|yesterday|again|last|today|pretty|slightly|a|bad|so|out",
		"(hurt|hurting|harm|harming|injure|injuring|punish|punishing) myself (again|on purpose|deliberately|intentionally|to feel|because|so that|so i|until|till|more|every|badly again|last night|tonight)",
		"(want|wanted|wanting|need|needed|going|tempted|urge|urges|craving|thinking about|thought about|thoughts of|feel like|keep wanting) (to)? (hurt|hurting|harm|harming|injure|punish|punishing) myself",
		"(burn|burned|burnt|burning) myself !on|cooking|while|making|ironing|baking|in|taking|grabbing|at|trying|today|by|accidentally|again|when|doing|a|pretty|slightly|badly|with",
		"(burn|burned|burnt|burning) myself (again|on purpose|to feel|deliberately|with a lighter|with lighters|with a cigarette|with cigarettes|with matches|just to feel|because)",
		"<accidentally|accidently|nearly|almost (hit|hitting|punch|punching|punched|slap|slapping|slapped|beat|beating|hurting) myself !in|with|on|by|accidentally|when|while|at|playing|during|lifting|running|doing|training|trying|working|exercising|out",
		"(hit|hitting|punch|punching|punched|slap|slapping|slapped|beat|beating) myself (again|until|till|til|so hard|on purpose|hard|in the head|in the face|because)",
		"(scratch|scratching|scratched|pick|picking|picked|claw|clawing|clawed) (myself|my skin|my arms|my arm) (until|till|til|so) (it|i|they)? (bleeds|bleed|bled|raw)",
		"(make|made|making) myself bleed",
		"(cut|cutting|burn|burned|burnt|burning|hit|hitting|scratch|scratched|hurt|hurting|bruise|bruised) my (arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|hand|hands|stomach|body|face) *3 " +
			"(on purpose|deliberately|intentionally|with a lighter|with a cigarette|with a razor|with a blade|to feel something|to feel|to punish myself|because i deserve)",
		"(until|till|til) i (bleed|bled)",
		"myself on purpose",
		// "i've been cutting to cope", "took a blade to my thigh"
		"(cutting|self harming|harming myself|hurting myself|burning myself|sh|self harm|scratching myself|hitting myself|cutting myself) (to|as a way to|so i can|just to|in order to) " +
			"(cope|deal|feel|feel something|feel better|get through|numb|calm down|punish myself|release|let it out|stay sane|feel real|stop feeling|feel in control)",
		"(took|take|taking|put|putting|used|using|held|holding|pressed|pressing) (a|the|my)? (blade|knife|scissors|lighter|compass|glass|shard|box cutter|stanley knife) (to|on|against|across|into) my " +
			"(arm|arms|skin|thigh|thighs|leg|legs|wrist|wrists|stomach|hip|hips|body|chest)",
		// "i can't stop cutting", "years ago i cut"
		"(can not|could not) stop (cutting|self harming|hurting myself|burning myself|scratching myself|hitting myself|cutting myself|harming myself) " +
			"!the|a|my|back|down|corners|costs|off|out|it|class|school|work|up|in|through|ties|some|his|her|their|our|your|all|any|everything|wood|paper|hair|grass|carbs|sugar|calories|onions|bread|cake|cheese|meat|fabric|and|with|for|people|them|coupons|vegetables|this|that|these|those",
		"(ago|back then|as a teen|as a teenager|in school|in high school|at uni|when i was younger|when i was a teen|when i was a teenager) i (cut|self harmed|harmed myself|hurt myself|sh|used to cut) " +
			"!my|the|a|an|it|off|out|back|down|up|class|school|ties|some|his|her|their|our|your|all|any|through|in|and|with|for|them|corners|costs|hair|wood|paper|carbs|sugar|myself|me|ties|contact",
		// "cutting was a thing for me in high school"
		"(cutting|self harm|self harming|sh|burning myself|hurting myself|cutting myself) (was|is|has been|became|used to be) (a thing|a habit|my thing|something i did|how i coped|my way of coping|my coping mechanism|a coping mechanism|a problem|an issue) (for me)?",
		// "the razor is the only thing that makes me feel better"
		"(razor|razors|blade|blades|cutting|cutting myself|hurting myself|burning myself|self harm|self harming|sh|the knife|my blade|scratching myself|my razor) (is|are|has become|feels like)? " +
			"(the only thing|the one thing|all|the only way|what) (that)? (makes me feel|helps|helps me|works|calms me|gets me through|brings relief|stops|lets me feel|makes it stop|makes the pain stop|numbs|keeps me going|i have|i can rely on|makes me calm)",
		// "i scratched my arms raw last night"
		"(scratched|scratching|scratch|scraped|scraping|clawed|clawing|picked|picking|bit|biting) (at)? my (arms|arm|skin|legs|leg|wrists|wrist|thighs|thigh|stomach|hands|hips) (raw|bloody|until it bled|till it bled|until they bled|till they bled|open|to bleeding) " +
			"!from|because|after|with|in|on|while|during|since|due",
	}},
	{id: "acute.selfharm.self_harm", level: SelfHarm, third: true, mention: true, pats: []string{
		"self (harm|harming|harmed|harms|injury|injure|injuring|injured|mutilate|mutilation|mutilating|mutilated)",
		"(relapsed|relapse|relapsing|urges|urge|craving|cravings) (on|into|with|to)? (sh|self harm|cutting|cut)",
		"(did|doing|do|want to|need to|going to|tempted to|urge to) (sh|self harm)",
		"sh (again|urges|urge|relapse|last night|today|yesterday|tonight|cravings|craving|thoughts)",
		"(deserve|deserves|deserved) to (bleed|be hurt|hurt|feel pain|be cut)",
	}},
}

// foreignRules: a few common phrases in German, Spanish, French, Portuguese
// and Italian. Accents are folded before matching ("möchte" → "mochte").
var foreignRules = []rule{
	{id: "acute.active.de", level: Active, pats: []string{
		"(will|mochte|moechte|mochte|wurde gerne|wuerde gerne|will einfach) (nur)? (sterben|tot sein|nicht mehr leben|mich umbringen|nicht mehr da sein)",
		"(nicht mehr leben|nicht mehr aufwachen) (will|mochte|moechte|wollen)",
		"will nicht mehr (leben|aufwachen|da sein|sein)",
		"(mich|mir) (umbringen|umzubringen|das leben nehmen|was antun)",
		"bringe mich um",
		"(selbstmord|suizid|suizidgedanken|suizidal|lebensmude|lebensmuede)",
		"mein leben (beenden|beende|zu beenden)",
		"ich will nicht mehr",
	}},
	{id: "acute.selfharm.de", level: SelfHarm, pats: []string{
		"(ritze|ritzen|geritzt|ritzte) (mich)?", "(selbstverletz*)", "verletze mich (selbst)?",
	}},
	{id: "acute.active.es", level: Active, pats: []string{
		"(ojala|quisiera|desearia) (no despertar|no despertarme|morirme|morir|desaparecer|no existir|estar muerto|estar muerta)",
		"quiero (morir|morirme|matarme|suicidarme|desaparecer|dejar de existir|quitarme la vida)",
		"me (quiero|voy a) (morir|matar|suicidar)",
		"no quiero (vivir|seguir viviendo|seguir|despertar|despertarme|existir|estar aqui)",
		"(ganas|deseos) de (morir|morirme|matarme|suicidarme|desaparecer|no despertar)",
		"(pienso|pensando|pensado) en (suicidarme|el suicidio|matarme|quitarme la vida|morirme)",
		"(quitarme la vida|suicidarme|me suicido|me mato|me voy a matar)",
		"acabar con (mi vida|todo)",
		"(estarian|estaria|estarían) mejor sin mi",
		"(suicida|suicidio)",
	}},
	{id: "acute.selfharm.es", level: SelfHarm, pats: []string{
		"me (corto|corte|cortaba|cortare) (los brazos|las piernas|las munecas|la piel|otra vez)",
		"me (corto|corte|cortaba|lastimo|lastime|hago dano|hice dano|hiero|quemo) !el|la|las|los|un|una|con|mucho|pelo|al|del",
		"(autolesion*|cortarme los brazos|cortarme las munecas|hacerme dano)",
	}},
	{id: "acute.active.fr", level: Active, pats: []string{
		"(je veux|j veux|envie de|je vais|jai envie de|besoin de) (mourir|me tuer|me suicider|disparaitre|en finir|plus vivre)",
		"(me suicider|me tuer|suicidaire)",
		"(ne veux|veux) plus (vivre|exister|me reveiller|etre la)",
		"mettre fin a (mes jours|ma vie)",
		"en finir (avec la vie|avec tout|une bonne fois)",
		"marre de (vivre|la vie|exister)",
		"(seraient|serait) mieux sans moi",
	}},
	{id: "acute.selfharm.fr", level: SelfHarm, pats: []string{
		"(je me scarifie|scarification|scarifier|me mutile|automutilation|me fais du mal|me faire du mal|je me coupe|me suis coupe expres)",
	}},
	{id: "acute.active.pt", level: Active, pats: []string{
		"(quero|vou) (morrer|me matar|sumir|desaparecer|acabar com tudo|tirar minha vida)",
		"(nao quero|nao aguento) mais (viver|existir|acordar)",
		"nao quero (viver|acordar|existir)",
		"(tirar|tirar a) (minha|a minha) (propria)? vida",
		"(suicidio|suicida|me suicidar|me matar)",
		"(vontade|desejo) de (morrer|sumir|me matar|desaparecer)",
		"acabar com (a minha vida|minha vida|tudo)",
	}},
	{id: "acute.selfharm.pt", level: SelfHarm, pats: []string{
		"me (cortar|cortei|corto|machucar|machuquei|machuco) !o|a|os|as|cabelo|com|no|na|ao",
		"(automutila*|autolesao|autolesoes)",
	}},
	{id: "acute.active.it", level: Active, pats: []string{
		"voglio (morire|uccidermi|farla finita|sparire|ammazzarmi)",
		"mi voglio (uccidere|ammazzare)",
		"(farla finita|uccidermi|ammazzarmi|suicidarmi|suicidio)",
		"non voglio piu (vivere|esistere|svegliarmi)",
	}},
}
