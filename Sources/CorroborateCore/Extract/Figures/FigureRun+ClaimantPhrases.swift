/// The phrases that name a claimant, and the words that attribute.
extension FigureRun {
    /// The speaker phrase before a cue: a person, body or pronoun, a document (`a poll`, `the
    /// study`), or the name a relative pronoun stands for (`the agency, which reported`).
    func speakerSubject(before cue: Int, from lower: Int) -> Range<Int>? {
        // `Gowdy earlier Thursday said`, `McAuliffe on Friday announced`, `McConnell (R-Ky.)
        // said`: time words and a bracket between subject and cue.
        var cue = cue
        var moved = true
        while moved, cue - 1 > lower {
            moved = false
            let p = cue - 1
            let c = view.tokens[p].classes
            if c.contains(.weekday) || c.contains(.dayWord) || c.contains(.month)
                || view.token(p, isAnyOf: ["earlier", "later", "recently", "yesterday", "today", "tonight", "morning", "night", "afternoon", "evening", "week"])
            {
                cue = p
                moved = true
                if view.token(cue - 1, isAnyOf: ["on", "in", "last", "this", "late", "early", "on"]) { cue -= 1 }
            } else if view.isPunct(p, 0x29) {
                var o = p - 1
                while o > lower, p - o < 8, !view.isPunct(o, 0x28) { o -= 1 }
                if view.isPunct(o, 0x28) {
                    cue = o
                    moved = true
                }
            }
        }
        // `32% of Republican claims`: a noun after a preposition is no subject.
        if let np = phrases.subject(before: cue, from: lower),
            !(np.lowerBound > lower && view.token(np.lowerBound - 1, isAnyOf: ["of", "in", "for", "with", "by", "from", "to", "on", "at", "about"]))
        {
            if phrases.canSpeak(np) || isDocument(np) || isSpeakerNoun(np.upperBound - 1) { return np }
            // `Politifact then pointed out`: a proper name the entity pass did not know.
            if let head = phrases.headToken(np), view.tokens[head].isCapitalized,
                view.tokens[head].classes.isDisjoint(with: [.demonym, .month, .weekday, .dayWord, .timeModifier, .season]),
                head > lower || np.count > 1 || view.tokens[head].classes.isEmpty, view.tokens[np.upperBound - 1].kind != .number
            {
                return np
            }
        }
        var j = cue - 1
        while j >= lower, view.tokens[j].kind == .word, view.token(j, in: FigureWords.skippedBeforeCue) || isAdverb(j) {
            j -= 1
        }
        guard j >= lower else { return nil }
        if view.token(j, isAnyOf: ["which", "who", "that"]) {
            var a = j - 1
            while a >= lower, view.isPunct(a, 0x2C) || view.tokens[a].kind == .dash { a -= 1 }
            guard a >= lower else { return nil }
            return nounPhrase(ending: a, lower: lower)
        }
        // `The poll, which tracks …, showed`, `Hale, 44, a farmer, said`, `Mr. Trump, in an
        // interview, said`: the phrase before the bracketing commas.
        if view.isPunct(j, 0x2C) {
            var c = j - 1
            var bracketed = 0
            // `a spokeswoman, Ana Ruiz, said`: the name between the commas.
            if let m = entities.mention(at: j - 1), entities.mentions[m].type == .person,
                view.isPunct(entities.mentionTokens[m].lowerBound - 1, 0x2C)
            {
                return entities.mentionTokens[m]
            }
            while c > lower, j - c < 30 {
                if view.isPunct(c, 0x2C) {
                    if let m = entities.mention(at: c - 1), entities.mentions[m].type == .person || entities.mentions[m].type == .organization {
                        return entities.mentionTokens[m]
                    }
                    // `The survey, conducted for …, found`, `Sanders, who sits …, said`.
                    if let np = nounPhrase(ending: c - 1, lower: lower) { return np }
                    bracketed += 1
                    if bracketed > 2 { break }
                }
                // `Judge Ruiz, writing for the majority, said`: a participle inside the aside.
                if view.tokens[c].classes.contains(.reportingVerb) && !isParticiple(c) || view.tokens[c].kind == .quote { break }
                c -= 1
            }
            return nil
        }
        if isSpeakerNoun(j), let np = documentPhrase(ending: j, lower: lower, speakers: true) { return np }  // the fund
        // `The billionaire magnate says`: after a verb of saying, any noun phrase speaks.
        if view.tokens[cue].classes.contains(.reportingVerb) || view.tokens[cue].classes.contains(.cognitionVerb)
            || view.token(cue, isAnyOf: ["predicted", "predicts", "acknowledge", "acknowledged", "acknowledges"]),
            let np = plainSubject(ending: j, lower: lower)
        {
            return np
        }
        // `A Quinnipiac poll released in late August found`: a document a few words back.
        var d = j
        while d >= lower, j - d < 10 {
            if view.isPunct(d, 0x2C) || view.tokens[d].kind == .quote { break }
            if let np = documentPhrase(ending: d, lower: lower) { return np }
            d -= 1
        }
        return nil
    }

    /// A plain noun phrase ending at token `end`: `the billionaire real estate magnate`, `aides`.
    func plainSubject(ending end: Int, lower: Int) -> Range<Int>? {
        let t = view.tokens[end]
        // `the state stated`: a head that is also a verb is fine; `-ed`/`-ing` words are not heads.
        let e = Int(t.end)
        let participle = t.length > 3 && (view.bytes[e - 2] == 0x65 && view.bytes[e - 1] == 0x64 || isParticiple(end))
        guard t.kind == .word, !t.classes.contains(.function), !t.classes.contains(.pronoun), !participle,
            !t.classes.contains(.timeModifier), !t.classes.contains(.weekday), !t.classes.contains(.month), !isAdverb(end)
        else { return nil }
        var j = end
        while j >= lower, end - j < 7 {
            let w = view.tokens[j]
            if view.token(j, isAnyOf: ["the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "several", "all", "both", "each", "his", "her", "its", "their", "our", "other"]) {
                j -= 1
                break
            }
            guard w.kind == .word || w.kind == .possessive || w.kind == .number, !w.classes.contains(.function) || w.kind == .possessive,
                !w.classes.contains(.reportingVerb) || j == end, !w.classes.contains(.pronoun)
            else { break }
            j -= 1
        }
        let start = j + 1
        guard start <= end else { return nil }
        // `in each state say`, `accompanying the words shows`: an object is not the subject.
        if start > lower, view.token(start - 1, isAnyOf: ["of", "in", "for", "with", "by", "from", "to", "on", "at", "about", "as"])
            || phrases.isVerbLike(start - 1)
        {
            return nil
        }
        return start..<(end + 1)
    }

    /// A speaker or document phrase ending at token `end`.
    func nounPhrase(ending end: Int, lower: Int) -> Range<Int>? {
        if let np = phrases.subject(before: end + 1, from: lower), phrases.canSpeak(np) || isDocument(np) || isSpeakerNoun(np.upperBound - 1) {
            return np
        }
        return documentPhrase(ending: end, lower: lower)
    }

    /// `attorneys for the family`, `the fund`: a phrase whose head can speak, from `start`.
    func speakerPhrase(from start: Int, upper: Int) -> Range<Int>? {
        var j = start
        while j < upper, j - start < 5, view.tokens[j].kind == .word || view.tokens[j].kind == .possessive {
            if isSpeakerNoun(j) || view.tokens[j].classes.contains(.roleNoun) || view.tokens[j].classes.contains(.speakingBody) {
                var end = j + 1
                // `attorneys for the family`
                if view.token(end, isAnyOf: ["for", "of", "at"]), end + 1 < upper {
                    var e = end + 1
                    while e < upper, e - end < 5, view.tokens[e].kind == .word, !view.isPunct(e, 0x2C) { e += 1 }
                    end = e
                }
                return start..<end
            }
            if view.tokens[j].classes.contains(.function), !view.token(j, isAnyOf: ["a", "an", "the", "its", "their"]) { return nil }
            j += 1
        }
        return nil
    }

    /// Heads of phrases that speak, beyond the shared role and body nouns.
    func isSpeakerNoun(_ k: Int) -> Bool {
        guard k >= 0, view.tokens[k].kind == .word else { return false }
        let c = view.tokens[k].classes
        if c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun) { return true }
        return view.token(k, in: FigureWords.speakerNouns)
    }

    /// A document noun phrase ending at token `end`: `A Bloomberg poll`, `the latest study`.
    func documentPhrase(ending end: Int, lower: Int, speakers: Bool = false) -> Range<Int>? {
        guard isDocumentNoun(end) || speakers && isSpeakerNoun(end) else { return nil }
        var s = end
        while s - 1 >= lower, end - s < 6 {
            let t = view.tokens[s - 1]
            if t.kind == .possessive || t.kind == .number || (t.kind == .word && !t.classes.contains(.reportingVerb)
                && !(t.classes.contains(.function) && !view.token(s - 1, isAnyOf: ["a", "an", "the", "this", "that", "one", "another", "its", "their", "his", "her"])))
            {
                s -= 1
                if view.token(s, isAnyOf: ["a", "an", "the", "this", "that", "another", "its", "their", "his", "her"]) { break }
                continue
            }
            break
        }
        return s..<(end + 1)
    }

    /// A document noun phrase starting at token `start`: `federal data`, `one estimate`.
    func documentPhrase(from start: Int, upper: Int) -> Range<Int>? {
        var j = start
        while j < upper, j - start < 10, view.tokens[j].kind == .word || view.tokens[j].kind == .possessive
            || view.tokens[j].kind == .number || view.isPunct(j, 0x2F) || view.isPunct(j, 0x2D)
        {
            if isDocumentNoun(j) { return start..<(j + 1) }
            if view.tokens[j].classes.contains(.function),
                !view.token(j, isAnyOf: ["a", "an", "the", "one", "some", "its", "their", "his", "her", "this", "that", "these", "those", "each"])
            {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The subject opening a sentence: a name or a subject pronoun within its first words.
    func sentenceSubject(lower: Int, before limit: Int) -> Range<Int>? {
        var k = lower
        while k < limit, k - lower < 9 {
            if let m = entities.mention(at: k) {
                let type = entities.mentions[m].type
                let r = entities.mentionTokens[m]
                // `China's state-owned giant CITIC`: a possessive name modifies the subject.
                if type == .person || type == .organization, view.tokens[min(r.upperBound, view.tokens.count - 1)].kind != .possessive {
                    return r
                }
                k = r.upperBound
                continue
            }
            if k == lower, phrases.isSubjectPronoun(k) { return k..<(k + 1) }
            let t = view.tokens[k]
            let c = t.classes
            if t.kind == .word, c.contains(.reportingVerb) || c.contains(.cognitionVerb) || c.contains(.past) || c.contains(.event)
                || c.contains(.function) && !view.token(k, isAnyOf: ["the", "a", "an"]) || c.contains(.pronoun)
            {
                return nil
            }
            if t.kind != .word, t.kind != .possessive, !view.isPunct(k, 0x2D) { return nil }
            k += 1
        }
        return nil
    }

    /// A verb that attributes what follows or precedes it to its subject.
    func isCue(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        // Passives (`is estimated to`, `are believed to`, `is now assured`) hedge a figure
        // without naming a source.
        var b = k - 1
        while b > 0, isAdverb(b) { b -= 1 }
        if view.token(b, isAnyOf: ["is", "are", "was", "were", "been", "be", "being"]), !isParticiple(k) { return false }
        // `the United States`, `let's say`: a name or an idiom, not a cue.
        if t.isCapitalized, entities.mention(at: k) != nil || !isSentenceStart(k, lower: view.sentences[view.sentence(containing: k)].tokens.lowerBound) {
            return false
        }
        if view.token(k, is: "say"), view.token(k - 1, isAnyOf: ["let's", "lets", "'s"]) || view.token(k - 2, is: "let") { return false }
        // `the reports show`, `his claims`: a plural noun, not a verb.
        if t.length > 3, view.bytes[Int(t.end) - 1] == 0x73,
            view.tokens[max(0, k - 1)].kind == .possessive || view.token(k - 1, in: FigureWords.nounMarkers)
        {
            return false
        }
        let c = t.classes
        if c.contains(.reportingVerb) || c.contains(.cognitionVerb) {
            return !view.token(k, isAnyOf: ["known", "felt", "understood", "know", "knew", "feel", "understand", "hope", "hoped", "hopes", "fear", "feared", "fears"])
        }
        if view.token(k, isAnyOf: ["pointed", "points"]) { return view.token(k + 1, is: "out") }
        return view.token(k, in: FigureWords.cues)
    }

    /// A plural noun that may count speakers: `officials`, `voters`, `people`.
    func isPluralHead(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        if view.token(k, isAnyOf: ["people", "men", "women", "police", "staff", "children", "folks"]) { return true }
        return t.length > 3 && view.bytes[Int(t.end) - 1] == 0x73 && view.bytes[Int(t.end) - 2] != 0x73
    }

    func isParticiple(_ k: Int) -> Bool {
        let t = view.tokens[k]
        let e = Int(t.end)
        return t.length > 4 && view.bytes[e - 3] == 0x69 && view.bytes[e - 2] == 0x6E && view.bytes[e - 1] == 0x67
    }

    /// Documents that speak in news prose: `a poll found`, `the data show`, `one slide says`.
    func isDocument(_ r: Range<Int>) -> Bool {
        guard let head = phrases.headToken(r) else { return false }
        return isDocumentNoun(head)
    }

    func isDocumentNoun(_ k: Int) -> Bool {
        view.tokens[k].kind == .word && view.token(k, in: FigureWords.documents)
    }

    func tokenIndex(_ offset: Int) -> Int {
        view.token(atOrAfter: view.folded.foldedOffset(offset))
    }

    func attribution(_ r: Range<Int>) -> Attribution {
        if r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) {
            return pronoun(r.lowerBound)
        }
        let entity = phrases.entity(of: r)
        return Attribution(span: view.span(tokens: r), entity: entity, resolution: entity == nil ? .description : .named)
    }

    /// A pronoun claimant resolved to the nearest earlier speaker or name that fits it.
    func pronoun(_ k: Int) -> Attribution {
        var resolver = SpeakerResolver(view: view, entities: entities, phrases: phrases)
        let offset = Int(view.tokens[k].start)
        for q in quotes {
            guard let s = q.speaker else { continue }
            let at = tokenIndex(s.span.start)
            guard at < view.tokens.count, Int(view.tokens[at].start) < offset else { continue }
            resolver.record(s, tokens: nil, at: at)
        }
        let resolved = resolver.resolve(pronoun: k)
        guard resolved.entity == nil else { return resolved }
        // `Sanders on Tuesday said he wants …`: the name earlier in the sentence.
        let wantPerson = !view.token(k, isAnyOf: ["it", "its", "they", "their", "we"])
        var j = k - 1
        let lower = view.sentences[view.sentence(containing: k)].tokens.lowerBound
        while j >= lower {
            if let m = entities.mention(at: j), (entities.mentions[m].type == .person) == wantPerson, entities.mentions[m].type != .other {
                return Attribution(span: resolved.span, entity: entities.mentions[m].entity, resolution: .pronoun, antecedent: entities.mentions[m].span)
            }
            j -= 1
        }
        return resolved
    }

    /// Verbs of planning and wanting: their figures are proposals, owned by whoever reports them.
    func isIntention(_ k: Int) -> Bool {
        view.token(k, in: FigureWords.intentions)
    }

    /// `now`, `correctly`, `also`: an adverb between a subject and its verb.
    func isAdverb(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word, !t.isCapitalized else { return false }
        if view.token(k, in: FigureWords.adverbs) { return true }
        return t.length > 4 && t.classes.isEmpty && view.bytes[Int(t.end) - 2] == 0x6C && view.bytes[Int(t.end) - 1] == 0x79
    }
}
