package risk

func overlaps(a, b match) bool { return a.start < b.end && b.start < a.end }

// verdict weighs the matches. A risk match is cancelled by an idiom that
// overlaps it, a quoted title, a negation, a third-person subject (unless
// the person adds "so do i"), or a topic without first person. Only the
// other matches in the message can then keep the risk: nothing is
// cancelled by a guess. A cancelled match next to plain distress ("i'm not
// suicidal, just hopeless") is still reported, as passive; so is risk
// language in a message that puts it in the resolved past ("i used to want
// to die, i'm better now"), as acute.passive.past: it is answered, gently.
func verdict(toks []token, quotes []int, ms []match) Result {
	var past, resolved, present, moving, topic bool
	for _, m := range ms {
		switch m.r.kind {
		case kPast:
			past = true
		case kResolved:
			resolved = true
		case kPresent:
			// "doing so much better these days" is the recovery, not a return.
			widened := match{r: m.r, start: max(0, m.start-1), end: m.end}
			present = present || !overlapsKind(ms, widened, kResolved)
		case kMoving:
			moving = true
		}
	}
	for i := range toks {
		if toks[i].flags&fTopic != 0 {
			topic = true
			break
		}
	}
	pastOnly := past && resolved && !present

	var live, soft [32]match
	lives, softs := live[:0], soft[:0]
	gentle := false // risk language about a struggle said to be over
	for _, m := range ms {
		if m.r.kind != kRisk {
			continue
		}
		switch {
		case m.r.other:
			if sameAfter(ms, m) {
				lives = append(lives, m)
			}
		case m.r.moving && moving:
		case cancelledByIdiom(ms, m):
			// A known harmless use is not risk, in the past or now.
			softs = append(softs, m)
		case (m.r.level != Plan || pastAttempt(toks, m)) && pastOnly && !m.r.context:
			gentle = true
		case m.r.third && thirdPerson(toks, m.start) && !sameAfter(ms, m) && !firstPersonIn(toks, m):
			softs = append(softs, m)
		case quotedTitle(toks, quotes, m), reportedTitle(toks, m),
			m.r.mention && topic && !firstPersonNear(toks, m):
			softs = append(softs, m)
		case !m.r.fixed && (negated(toks, m.start) || insideNegated(toks, ms, m)):
			// "i'm not suicidal anymore", "haven't had those thoughts in
			// years": a negation that speaks of the past is recovery.
			gentle = gentle || (!m.r.context && (past || overNow(toks, m)))
			softs = append(softs, m)
		default:
			lives = append(lives, m)
		}
	}

	// A context match (a means word, a vague goodbye) counts when something
	// else in the message points the same way: other risk language, a plan
	// word, distress, or another such match. A weak one (a goodbye) needs
	// more than mild distress or another goodbye.
	strong, cue, softCue := false, false, false
	for _, m := range lives {
		strong = strong || !m.r.context
	}
	for _, m := range ms {
		cue = cue || m.r.kind == kCue
		softCue = softCue || m.r.kind == kSoftCue
	}
	var best match
	for _, m := range lives {
		if m.r.context && !strong && !cue && !(softCue && !m.r.weak) && !corroborated(ms, lives, m) {
			continue
		}
		if best.r == nil || m.r.level > best.r.level || (m.r.level == best.r.level && m.start < best.start) {
			best = m
		}
	}
	if best.r != nil {
		return Result{Level: best.r.level, Rule: best.r.id}
	}
	if gentle {
		return Result{Level: Passive, Rule: "acute.passive.past"}
	}
	for _, c := range ms {
		if c.r.kind != kCue && c.r.kind != kSoftCue {
			continue
		}
		for _, s := range softs {
			if !overlaps(c, s) {
				return Result{Level: Passive, Rule: "acute.passive.negated_with_distress"}
			}
		}
	}
	return Result{}
}

// corroborated reports a plan word or another (not weak) context match that
// does not overlap m ("goodbye" alone is a sign-off; "goodbye, it's
// tonight" is not).
func corroborated(ms, lives []match, m match) bool {
	for _, o := range ms {
		if o.r.kind == kPlanCtx && !overlaps(o, m) && !overlapsKind(ms, o, kIdiom) {
			return true
		}
	}
	for _, o := range lives {
		if o.r.context && !o.r.weak && !overlaps(o, m) {
			return true
		}
	}
	return false
}

// firstPersonIn reports whether the person speaks of themselves inside m:
// in "my dad has a gun and i keep thinking about it" the thought is theirs.
func firstPersonIn(toks []token, m match) bool {
	for j := m.start + 1; j < m.end; j++ {
		if toks[j].key == "i" {
			return true
		}
	}
	return false
}

// insideNegated reports whether m lies within a longer negated phrase: in
// "i would never hurt myself on purpose", "myself on purpose" is inside the
// negated "hurt myself on purpose".
func insideNegated(toks []token, ms []match, m match) bool {
	for _, o := range ms {
		if o.r.kind == kRisk && !o.r.fixed && o.start < m.start && o.end >= m.end && negated(toks, o.start) {
			return true
		}
	}
	return false
}

func cancelledByIdiom(ms []match, m match) bool { return overlapsKind(ms, m, kIdiom) }

func overlapsKind(ms []match, m match, k kind) bool {
	for _, o := range ms {
		if o.r.kind == k && overlaps(o, m) {
			return true
		}
	}
	return false
}

// sameAfter reports the person saying the same of themselves after what
// someone else said ("my friend wants to die, and honestly so do i").
func sameAfter(ms []match, m match) bool {
	for _, o := range ms {
		if o.r.kind == kSame && o.start >= m.end {
			return true
		}
	}
	return false
}

// pastAttempt reports a plan-level match that tells of an attempt ("tried
// to overdose"): in a message about a struggle that is over, it is
// recovery, answered gently. Other plans are never read as past.
func pastAttempt(toks []token, m match) bool {
	k := toks[m.start].key
	return k == "tried" || k == "attempted" || k == "had"
}
