/// Finds the noun phrase that names a speaker beside a reporting verb, and judges whether it
/// can speak.
///
/// Works leftwards from a cue for subjects (`the TDU told`, `Marta Okafor, a union leader,
/// told`, `an engineer who said`) and rightwards for inverted attributions (`said Hale`, `said
/// a spokesman for the ministry`). Names found by the entity pass are taken whole; around them
/// a phrase may hold determiners, possessives, titles, demonyms and role nouns.
struct SpeakerPhrases {
    let view: TextView
    let entities: EntityIndex

    /// Words between a subject and its verb that belong to neither: `X also said`, `X has told`.
    static let skippedBeforeCue: [StaticString] = [
        "also", "later", "then", "previously", "has", "have", "had", "would", "will", "was",
        "is", "are", "were", "recently", "once", "again", "further", "earlier", "separately", "himself",
        "herself", "itself", "themselves", "repeatedly", "publicly", "privately", "reportedly", "allegedly", "initially", "subsequently",
        "first", "did", "does", "do", "may", "might", "could", "can", "should", "must",
        "quickly", "simply", "flatly", "not", "never", "already", "still", "even", "just", "often",
        "always", "long", "now", "been", "being", "too", "only", "all", "both", "each",
        "apparently", "clearly", "openly", "falsely", "wrongly", "correctly",
    ]

    /// ``skippedBeforeCue`` as a word table, for lookups in loops.
    static let skippedWords = Lexicon(skippedBeforeCue.map { ($0.description, true) })

    /// Determiners and quantifiers that open a noun phrase.
    static let determiners = Lexicon(
        "the a an this that these those one another some two three several many most few other"
            .split(separator: " ").map { (String($0), true) })

    /// Whether token `k` is in `table` (looked up on its bytes).
    func token(_ k: Int, in table: Lexicon<Bool>) -> Bool {
        guard k >= 0, k < view.tokens.count else { return false }
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        return view.bytes.withUnsafeBufferPointer { b in table.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) ?? false }
    }

    /// The subject phrase ending just before `cue`, within `lower..<cue`.
    ///
    /// With `loose`, a plain noun after a determiner or possessive also heads a phrase (`the
    /// announcer said`), as a speech verb vouches for its subject.
    func subject(before cue: Int, from lower: Int, loose: Bool = false) -> Range<Int>? {
        var j = cue - 1
        while j >= lower, isSkippable(j) { j -= 1 }
        guard j >= lower else { return nil }
        // `Ann Roe — a teacher from Dover — says`: an apposition between dashes.
        if view.tokens[j].kind == .dash {
            var o = j - 1
            while o > lower, view.tokens[o].kind != .dash, j - o <= 15, view.tokens[o].kind != .quote { o -= 1 }
            guard o > lower, view.tokens[o].kind == .dash else { return nil }
            j = o - 1
        }
        // Apposition: `Lee, a lawmaker, told` — the name is before the bracketing commas.
        if view.isPunct(j, 0x2C) {
            // `A lawyer for the outlets, David Schulz, said`: the apposition is the name.
            var o = j - 1
            while o > lower, !view.isPunct(o, 0x2C), j - o <= 6 { o -= 1 }
            if o > lower, view.isPunct(o, 0x2C), let m = entities.mention(at: o + 1), entities.mentions[m].type == .person,
                entities.mentionTokens[m].lowerBound == o + 1, entities.mentionTokens[m].upperBound == j
            {
                return entities.mentionTokens[m]
            }
            guard let before = appositionStart(closingComma: j, lower: lower) else { return nil }
            j = before - 1
        }
        if view.isPunct(j, 0x29), let open = openingParen(j, lower: lower), open > lower {
            // `Sen. Ann Roe (D-Ore.) said`: a bracket after the name.
            j = open - 1
        }
        guard j >= lower else { return nil }
        let end = j + 1
        // A lone pronoun is the whole subject.
        if view.tokens[j].classes.contains(.pronoun), isSubjectPronoun(j) { return j..<end }
        var head = -1
        var modifiers = 0
        var plainHead = false
        while j >= lower {
            if let m = entities.mention(at: j) {
                let r = entities.mentionTokens[m]
                if head < 0 { head = r.upperBound - 1 }
                j = r.lowerBound - 1
                // `In a radio interview Ann Roe said`: before a person's name only titles belong to it.
                if entities.mentions[m].type == .person {
                    while j >= lower, isAbbreviationDot(j) || view.tokens[j].classes.contains(.title)
                        || view.tokens[j].classes.contains(.titleModifier) || view.tokens[j].classes.contains(.demonym)
                        || view.tokens[j].classes.contains(.roleNoun)
                        || (view.tokens[j].isCapitalized && entities.mention(at: j) != nil)
                        // `campaign spokesman`, `panel Chairman`: a noun before a title builds it.
                        || (view.tokens[j].kind == .word && !view.tokens[j].classes.contains(.function) && j + 1 < view.tokens.count
                            && (view.tokens[j + 1].classes.contains(.title) || view.tokens[j + 1].classes.contains(.roleNoun)) && !isVerbLike(j))
                    {
                        j -= 1
                    }
                    if j >= lower, view.tokens[j].kind == .word, !isDeterminer(j), !view.tokens[j].classes.contains(.pronoun),
                        view.tokens[j].kind != .possessive, !view.tokens[j].classes.contains(.roleNoun)
                    {
                        break
                    }
                }
                continue
            }
            // A bracketed acronym after a name: `Tallowby Dockers Union (TDU) reported`.
            if view.isPunct(j, 0x29), j - 2 >= lower, view.isPunct(j - 2, 0x28), view.tokens[j - 1].kind == .word {
                j -= 3
                continue
            }
            let t = view.tokens[j]
            if t.kind == .possessive {
                j -= 1
                continue
            }
            if isAbbreviationDot(j) {
                j -= 1
                continue
            }
            guard t.kind == .word || t.kind == .number else { break }
            let c = t.classes
            if isDeterminer(j) {
                // `that critics say`, `that 74 percent said`: `that` opens a clause, not a phrase,
                // unless a singular role follows (`that official said`).
                if view.token(j, isAnyOf: ["that", "this"]), head >= 0,
                    view.tokens[j + 1].isCapitalized || view.tokens[head].classes.contains(.plural) || endsInS(head)
                        || view.token(j, is: "that") && !view.tokens[head].classes.contains(.roleNoun)
                {
                    break
                }
                j -= 1
                break
            }
            if c.contains(.pronoun) {
                // Possessive pronouns determine: `his spokesman`.
                if view.token(j, isAnyOf: ["his", "her", "its", "their", "our", "my", "your"]), head >= 0 { j -= 1 }
                break
            }
            let nounLike = c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun)
                || c.contains(.reportingNoun) || c.contains(.title) || c.contains(.titleModifier)
                || c.contains(.demonym) || c.contains(.platform) || c.contains(.numberWord) || t.isCapitalized
                || isDocument(j)
            if nounLike && !c.contains(.reportingVerb) && !c.contains(.function) {
                if head < 0 { head = j }
                j -= 1
                continue
            }
            // Plain lowercase modifiers before a head noun: `local officials`, `intelligence officials`.
            let plainWord = !c.contains(.function) && !c.contains(.reportingVerb) && !c.contains(.cognitionVerb)
                && !c.contains(.pronoun) && !c.contains(.past) && !c.contains(.timeModifier) && !c.contains(.timeUnit)
                && !c.contains(.weekday) && !c.contains(.month) && !c.contains(.dayWord)
            if head >= 0, modifiers < 3, t.kind == .word, !t.isCapitalized, plainWord,
                !isVerbLike(j) || (j > lower && isDeterminer(j - 1))
            {
                modifiers += 1
                j -= 1
                continue
            }
            // `Another 19 percent said`
            if head >= 0, t.kind == .number, modifiers < 3 {
                modifiers += 1
                j -= 1
                continue
            }
            if loose, head < 0, t.kind == .word, !t.isCapitalized, plainWord, !isVerbLike(j), !isAdverb(j), t.length > 2 {
                head = j
                plainHead = true
                j -= 1
                continue
            }
            break
        }
        var start = j + 1
        guard start < end else { return nil }
        // `Ann Roe of the Sierra Club said`, `a spokesman for the ministry said`: the phrase
        // before `of`/`for`/`at` is the speaker's own.
        // `sources familiar with the talks`, `a person close to the mayor`.
        if start - 2 > lower, view.token(start - 1, isAnyOf: ["with", "to", "on", "about"]),
            view.token(start - 2, isAnyOf: ["familiar", "close", "briefed", "knowledgeable", "involved", "loyal"]),
            let inner = subject(before: start - 2, from: lower, loose: true)
        {
            return trimmed(inner.lowerBound..<end)
        }
        if start - 1 > lower, view.token(start - 1, isAnyOf: ["of", "for", "at", "with", "from", "in", "on", "by"]), head >= 0,
            let inner = subject(before: start - 1, from: lower, loose: loose),
            inner.upperBound == start - 1,
            inner.contains(where: { k in entities.mention(at: k).map { entities.mentions[$0].type == .person } ?? false })
                || view.tokens[inner.upperBound - 1].classes.contains(.roleNoun)
                || view.tokens[inner.upperBound - 1].classes.contains(.speakingBody)
                || view.tokens[inner.upperBound - 1].classes.contains(.orgNoun) || isDocument(inner.upperBound - 1)
                || (loose && inner.count > 1 && isDeterminer(inner.lowerBound))
                || (view.tokens[inner.upperBound - 1].isCapitalized && inner.count > 1)
        {
            start = inner.lowerBound
            return trimmed(start..<end)
        }
        // A plain noun heads a phrase only after a determiner or possessive (`the announcer`),
        // or as a plural (`voters say`).
        if plainHead {
            let determined = isDeterminer(start) || view.token(start, isAnyOf: ["his", "her", "its", "their", "our"])
                || (start..<end).contains { view.tokens[$0].kind == .possessive }
            if !determined, !view.tokens[head].classes.contains(.plural), !endsInS(head) { return nil }
        }
        let range = trimmed(start..<end)
        return range.isEmpty ? nil : range
    }

    /// A subject headed by a document and trailed by its description, before a verb of finding:
    /// `A poll conducted last week by the institute found …`, `Records compiled by the agency show …`.
    func documentSubject(before cue: Int, from lower: Int) -> Range<Int>? {
        var k = cue - 1
        var document: Int? = nil
        while k >= lower, cue - k <= 30 {
            let t = view.tokens[k]
            if t.kind == .quote || view.isPunct(k, 0x3B) || view.isPunct(k, 0x3A) { break }
            if t.kind == .word, !t.isCapitalized, frames(k), !isVerbLike(k) { break }
            if isDocument(k) { document = k }
            k -= 1
        }
        guard var start = document else { return nil }
        // Leftwards over the document's own modifiers: `A New York Times/CBS News poll`.
        while start - 1 >= lower {
            let p = start - 1
            let t = view.tokens[p]
            if isDeterminer(p) { start = p; break }
            if t.kind == .word && (t.isCapitalized || !t.classes.contains(.function)) && !frames(p) || t.kind == .possessive
                || t.kind == .number || view.isPunct(p, 0x2F) || (t.kind == .punctuation && view.tokens[p].length == 1
                    && view.bytes[Int(t.start)] == 0x2D)
            {
                start = p
                continue
            }
            break
        }
        guard start == lower || view.isPunct(start - 1, 0x2C) || view.tokens[start - 1].classes.contains(.function) else { return nil }
        var end = cue
        while end > start, view.isPunct(end - 1, 0x2C) || isSkippable(end - 1) { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// The relative pronoun just before `cue` and its antecedent: `an engineer who said`,
    /// `the agency, which said`.
    func relative(before cue: Int, from lower: Int) -> (pronoun: Int, antecedent: Range<Int>)? {
        var j = cue - 1
        while j >= lower, isSkippable(j) { j -= 1 }
        guard j > lower, view.token(j, isAnyOf: ["who", "which"]) else { return nil }
        var a = j - 1
        if view.isPunct(a, 0x2C) { a -= 1 }
        guard a >= lower, let np = subject(before: a + 1, from: lower, loose: true) else { return nil }
        return (j, np)
    }

    /// Where the name before an apposition ends: `Lee, a lawmaker, told` or `Revesz, director of
    /// the institute at the law school, said`. `comma` is the comma after the apposition.
    private func appositionStart(closingComma comma: Int, lower: Int) -> Int? {
        var k = comma - 1
        var sawRole = false
        while k >= lower, !view.isPunct(k, 0x2C), comma - k <= 40 {
            let t = view.tokens[k]
            if t.kind == .quote { return nil }
            if t.classes.contains(.roleNoun) || t.classes.contains(.title) || t.classes.contains(.orgNoun)
                || t.classes.contains(.speakingBody)
            {
                sawRole = true
            }
            k -= 1
        }
        guard k > lower, view.isPunct(k, 0x2C), k + 1 < comma else { return nil }
        // The apposition describes: a determiner, a role, a relative pronoun, a name's age, or a
        // party and state (`R-Ky.`).
        let first = k + 1
        let short = comma - first <= 4 && (first..<comma).allSatisfy { view.tokens[$0].isCapitalized || view.tokens[$0].kind == .punctuation }
        let describes = sawRole || short || isDeterminer(first) || view.tokens[first + 1].kind == .possessive || view.token(first, isAnyOf: ["who", "which", "whose", "at", "in", "on", "during", "speaking", "writing", "appearing", "asked", "interviewed"])
            || view.tokens[first].kind == .number || view.tokens[first].classes.contains(.titleModifier)
            || view.token(first, isAnyOf: ["his", "her", "their", "its"])
        // After a person's name any short description will do: `Ann Roe, Democrat of Ohio, said`.
        let afterPerson = k > lower && entities.mention(at: k - 1).map { entities.mentions[$0].type == .person } ?? false
        guard describes || (afterPerson && comma - first <= 12) else { return nil }
        // `Ann Roe, the attorney general of Oklahoma, one of the states suing, said`: two appositions.
        if let earlier = appositionStart(closingComma: k, lower: lower) { return earlier }
        // Only a name or a describing noun stands before it.
        let b = k - 1
        guard b >= lower else { return nil }
        if entities.mention(at: b) != nil || view.tokens[b].isCapitalized || view.tokens[b].classes.contains(.roleNoun)
            || view.isPunct(b, 0x29)
        {
            return k
        }
        return nil
    }

    private func openingParen(_ close: Int, lower: Int) -> Int? {
        var k = close - 1
        while k >= lower, close - k <= 8 {
            if view.isPunct(k, 0x28) { return k }
            k -= 1
        }
        return nil
    }

    /// The speaker phrase starting just after `cue` (`said Hale`, `said a spokesman for X`).
    func object(after cue: Int, upTo upper: Int) -> Range<Int>? {
        var j = cue + 1
        while j < upper, view.token(j, isAnyOf: ["also", "later", "then", "today"]) { j += 1 }
        guard j < upper else { return nil }
        let start = j
        if view.tokens[j].classes.contains(.pronoun), isSubjectPronoun(j) { return j..<(j + 1) }
        var sawHead = false
        while j < upper {
            if let m = entities.mention(at: j) {
                j = entities.mentionTokens[m].upperBound
                sawHead = true
                continue
            }
            let t = view.tokens[j]
            if t.kind == .possessive || isAbbreviationDot(j) {
                j += 1
                continue
            }
            guard t.kind == .word || t.kind == .number else { break }
            let c = t.classes
            if !sawHead, isDeterminer(j) || (j == start && view.token(j, isAnyOf: ["his", "her", "their", "its", "our"])) {
                j += 1
                continue
            }
            // `a publishing executive`: an -ing modifier before a role.
            let modifiesRole = !sawHead && isVerbLike(j) && j + 1 < upper && view.tokens[j + 1].classes.contains(.roleNoun)
            if c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun) || c.contains(.title)
                || c.contains(.titleModifier) || c.contains(.demonym) || t.isCapitalized || isDocument(j)
                || (!sawHead && t.kind == .word && !c.contains(.function) && (!isVerbLike(j) || modifiesRole))
                || (!sawHead && t.kind == .number)
            {
                if c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun) || t.isCapitalized || isDocument(j) {
                    sawHead = true
                }
                j += 1
                continue
            }
            // `a spokesman for the ministry`, `the head of the agency`.
            if sawHead, view.token(j, isAnyOf: ["for", "of", "at"]), j + 1 < upper {
                var k = j + 1
                while k < upper, isDeterminer(k) { k += 1 }
                if k < upper, entities.mention(at: k) != nil || view.tokens[k].classes.contains(.orgNoun)
                    || view.tokens[k].classes.contains(.speakingBody) || view.tokens[k].isCapitalized
                {
                    j = k
                    continue
                }
            }
            break
        }
        // `the average of recent polls`: a determiner and a plain noun make a phrase too.
        if !sawHead, j > start + 1, isDeterminer(start), view.tokens[j - 1].kind == .word, !view.tokens[j - 1].classes.contains(.function) {
            sawHead = true
        }
        guard j > start, sawHead else { return nil }
        // `a source familiar with the talks`, `an aide close to the mayor`.
        if view.token(j, isAnyOf: ["familiar", "close"]), view.token(j + 1, isAnyOf: ["with", "to"]), j + 2 < upper {
            var k = j + 2
            while k < upper, k - j <= 6, view.tokens[k].kind == .word || view.tokens[k].kind == .possessive, !frames(k) { k += 1 }
            return trimmed(start..<k)
        }
        // `said Kessel's mayor, Ruth Anand`: a name in apposition completes the phrase.
        if view.isPunct(j, 0x2C), let m = entities.mention(at: j + 1), entities.mentions[m].type == .person {
            let end = entities.mentionTokens[m].upperBound
            if end >= upper || view.isPunct(end, 0x2E) || view.isPunct(end, 0x2C) { return trimmed(start..<end) }
        }
        return trimmed(start..<j)
    }

    /// Whether token `k` is a verb that may cue an attribution (ends a phrase).
    private func frames(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word, !t.isCapitalized else { return false }
        return view.bytes.withUnsafeBufferPointer { b in CueLexicon.verbs.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) != nil }
    }

    /// Whether a phrase can be a speaker: a person or body, a pronoun, or a document that speaks.
    ///
    /// With `loose`, any phrase headed by a noun qualifies (`the announcer`, `the ad`): the
    /// caller has a speech verb that vouches for it.
    func canSpeak(_ r: Range<Int>, loose: Bool = false) -> Bool {
        if r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) { return isSubjectPronoun(r.lowerBound) }
        for k in r {
            if let m = entities.mention(at: k) {
                switch entities.mentions[m].type {
                case .person, .organization: return true
                case .place:
                    if entities.mentions[m].isMetonym || r.count == entities.mentionTokens[m].count || loose { return true }
                case .other:
                    // A group named in the plural (`Republicans`, `Palestinians`) speaks as a body does.
                    let name = entities.mentionTokens[m]
                    if name.count == 1, view.bytes[Int(view.tokens[name.lowerBound].end) - 1] == 0x73 { return true }
                    if loose { return true }
                }
            }
        }
        guard let head = headToken(r) else { return false }
        let t = view.tokens[head]
        let c = t.classes
        if c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun) || c.contains(.reportingNoun)
            || c.contains(.title) || c.contains(.platform) || isDocument(head)
        {
            return true
        }
        guard loose else { return false }
        if c.contains(.function) || c.contains(.timeUnit) || c.contains(.weekday) || c.contains(.month)
            || c.contains(.dayWord) || t.kind != .word
        {
            return false
        }
        return t.isCapitalized || c.contains(.demonym) || !isVerbLike(head)
    }

    /// Whether a speaker phrase names no one: `officials`, `a person familiar with the talks`,
    /// `sources in the ministry`.
    func isAnonymous(_ r: Range<Int>) -> Bool {
        if r.contains(where: { k in entities.mention(at: k).map { entities.mentions[$0].type == .person } ?? false }) {
            return false
        }
        var k = r.lowerBound
        while k < r.upperBound {
            if view.token(k, is: "familiar") || view.token(k, is: "anonymity") { return true }
            k += 1
        }
        // The head noun: the last word before any `of`/`at`/`in`/`with` complement.
        var end = r.upperBound
        for k in r where view.token(k, isAnyOf: ["of", "at", "in", "with", "from", "close", "inside", "within", "who"]) {
            end = k
            break
        }
        guard end > r.lowerBound, let head = headToken(r.lowerBound..<end) else { return false }
        let t = view.tokens[head]
        return view.bytes.withUnsafeBufferPointer { b in
            CueLexicon.anonymousHeads.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) ?? false
        }
    }

    /// The entity a speaker phrase refers to: its person, else its organisation, else its place.
    func entity(of r: Range<Int>) -> Int? {
        var best: (rank: Int, entity: Int)? = nil
        for k in r {
            guard let m = entities.mention(at: k) else { continue }
            let mention = entities.mentions[m]
            let isPlatform = view.tokens[entities.mentionTokens[m].lowerBound].classes.contains(.platform)
            let rank: Int
            switch mention.type {
            case .person: rank = 4
            case .organization: rank = isPlatform ? 1 : 3
            case .place: rank = 2
            case .other: rank = 0
            }
            // Later mentions are nearer the head: `Ukraine's Special Operations Forces account`.
            if rank > 0, best.map({ rank >= $0.rank }) ?? true { best = (rank, mention.entity) }
        }
        return best?.entity
    }

    /// The rightmost word of a phrase that is not a name part.
    func headToken(_ r: Range<Int>) -> Int? {
        var k = r.upperBound - 1
        while k >= r.lowerBound {
            if view.tokens[k].kind == .word { return k }
            k -= 1
        }
        return nil
    }

    /// The dot of a title abbreviation inside a name: `Mr. King`, `Sen. Roe`.
    func isAbbreviationDot(_ k: Int) -> Bool {
        guard view.isPunct(k, 0x2E), k > 0, k + 1 < view.tokens.count, !view.tokens[k].flags.contains(.spaceBefore) else { return false }
        let before = view.tokens[k - 1]
        guard before.kind == .word, before.isCapitalized, before.end == view.tokens[k].start else { return false }
        // `The S.E.C. said`: the last dot of an initialism.
        if before.flags.contains(.dotted) { return true }
        return (before.classes.contains(.title) || before.classes.contains(.abbreviation) || before.length == 1)
            && view.tokens[k + 1].isCapitalized
    }

    func isSubjectPronoun(_ k: Int) -> Bool {
        view.token(k, isAnyOf: ["he", "she", "it", "they", "we", "i"])
    }

    /// A document or finding that can be a source: `poll`, `report`, `transcript`.
    func isDocument(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        return view.bytes.withUnsafeBufferPointer { b in
            CueLexicon.documents.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) ?? false
        }
    }

    func isDeterminer(_ k: Int) -> Bool { token(k, in: SpeakerPhrases.determiners) }

    private func isSkippable(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        if token(k, in: SpeakerPhrases.skippedWords) { return true }
        // `haven't`, `didn't`, `won't`.
        if t.length > 3, view.bytes[Int(t.end) - 1] == 0x74, view.bytes[Int(t.end) - 2] == 0x27, view.bytes[Int(t.end) - 3] == 0x6E {
            return true
        }
        return isAdverb(k)
    }

    /// -ly adverbs: `X quickly said`.
    func isAdverb(_ k: Int) -> Bool {
        let t = view.tokens[k]
        return !t.isCapitalized && t.length > 4 && view.bytes[Int(t.end) - 2] == 0x6C && view.bytes[Int(t.end) - 1] == 0x79
            && t.classes.isEmpty
    }

    private func endsInS(_ k: Int) -> Bool {
        let t = view.tokens[k]
        return t.length > 3 && view.bytes[Int(t.end) - 1] == 0x73 && view.bytes[Int(t.end) - 2] != 0x73
    }

    /// Lowercase words that look like verbs (`-ed`, `-ing`), which end a noun phrase.
    func isVerbLike(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word, t.length > 3 else { return false }
        let e = Int(t.end)
        let b = view.bytes
        if b[e - 2] == 0x65, b[e - 1] == 0x64 { return true }  // -ed
        if t.length > 4, b[e - 3] == 0x69, b[e - 2] == 0x6E, b[e - 1] == 0x67 { return true }  // -ing
        return t.classes.contains(.reportingVerb) || t.classes.contains(.cognitionVerb) || t.classes.contains(.past)
    }

    /// Drops leading and trailing punctuation and stray function words.
    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, view.tokens[lo].kind != .word, view.tokens[lo].kind != .number { lo += 1 }
        while lo < hi, view.tokens[lo].kind == .word, view.tokens[lo].classes.contains(.function),
            !isDeterminer(lo), !view.tokens[lo].classes.contains(.pronoun), entities.mention(at: lo) == nil
        {
            lo += 1
        }
        while hi > lo, view.tokens[hi - 1].kind != .word, view.tokens[hi - 1].kind != .number {
            if view.isPunct(hi - 1, 0x29), (lo..<hi).contains(where: { view.isPunct($0, 0x28) }) { break }
            hi -= 1
        }
        return lo..<hi
    }
}
