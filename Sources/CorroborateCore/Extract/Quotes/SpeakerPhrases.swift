/// Finds the noun phrase that names a speaker beside a reporting verb, and judges whether it
/// can speak.
///
/// Works leftwards from a cue for subjects (`the TDU told`, `Marta Okafor, a union leader,
/// told`) and rightwards for inverted attributions (`said Hale`, `said a spokesman for the
/// ministry`). Names found by the entity pass are taken whole; around them a phrase may hold
/// determiners, possessives, titles, demonyms and role nouns.
struct SpeakerPhrases {
    let view: TextView
    let entities: EntityIndex

    /// Words between a subject and its verb that belong to neither: `X also said`, `X has told`.
    static let skippedBeforeCue: [StaticString] = [
        "also", "later", "then", "previously", "has", "have", "had", "would", "will", "was", "is", "recently", "once",
        "again", "further", "earlier", "separately", "himself", "herself", "itself", "themselves", "repeatedly",
        "publicly", "privately", "reportedly", "allegedly", "initially", "subsequently", "first", "had", "did",
        "does", "do", "may", "might", "could", "can", "should", "quickly", "simply", "flatly", "told", "not",
    ]

    /// The subject phrase ending just before `cue`, within `lower..<cue`.
    func subject(before cue: Int, from lower: Int) -> Range<Int>? {
        var j = cue - 1
        while j >= lower, isSkippable(j) { j -= 1 }
        guard j >= lower else { return nil }
        // Apposition: `Lee, a lawmaker, told` — the name is before the bracketing commas.
        if view.isPunct(j, 0x2C) {
            var k = j - 1
            var sawRole = false
            while k >= lower, !view.isPunct(k, 0x2C), j - k <= 10 {
                if view.tokens[k].classes.contains(.roleNoun) || view.tokens[k].classes.contains(.title) { sawRole = true }
                k -= 1
            }
            guard k > lower, view.isPunct(k, 0x2C), sawRole else { return nil }
            j = k - 1
        }
        let end = j + 1
        // A lone pronoun is the whole subject.
        if view.tokens[j].classes.contains(.pronoun), isSubjectPronoun(j) { return j..<end }
        var head = -1
        var modifiers = 0
        while j >= lower {
            if let m = entities.mention(at: j) {
                let r = entities.mentionTokens[m]
                if head < 0 { head = r.upperBound - 1 }
                j = r.lowerBound - 1
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
            guard t.kind == .word || t.kind == .number else { break }
            let c = t.classes
            if isDeterminer(j) {
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
            if nounLike && !c.contains(.reportingVerb) && !c.contains(.function) {
                if head < 0 { head = j }
                j -= 1
                continue
            }
            // Plain lowercase modifiers before a head noun: `local officials`, `intelligence officials`.
            let plainWord = !c.contains(.function) && !c.contains(.reportingVerb) && !c.contains(.cognitionVerb)
                && !c.contains(.pronoun) && !c.contains(.past) && !c.contains(.timeModifier)
            if head >= 0, modifiers < 3, t.kind == .word, !t.isCapitalized, plainWord,
                !isVerbLike(j) || (j > lower && isDeterminer(j - 1))
            {
                modifiers += 1
                j -= 1
                continue
            }
            break
        }
        let start = j + 1
        guard start < end else { return nil }
        let range = trimmed(start..<end)
        return range.isEmpty ? nil : range
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
            if t.kind == .possessive {
                j += 1
                continue
            }
            guard t.kind == .word || t.kind == .number else { break }
            let c = t.classes
            if isDeterminer(j) && !sawHead {
                j += 1
                continue
            }
            if c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun) || c.contains(.title)
                || c.contains(.titleModifier) || c.contains(.demonym) || t.isCapitalized
                || (!sawHead && t.kind == .word && !c.contains(.function) && !isVerbLike(j))
            {
                if c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun) || t.isCapitalized { sawHead = true }
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
        guard j > start, sawHead else { return nil }
        // `said Kessel's mayor, Ruth Anand`: a name in apposition completes the phrase.
        if view.isPunct(j, 0x2C), let m = entities.mention(at: j + 1), entities.mentions[m].type == .person {
            let end = entities.mentionTokens[m].upperBound
            if end >= upper || view.isPunct(end, 0x2E) || view.isPunct(end, 0x2C) { return trimmed(start..<end) }
        }
        return trimmed(start..<j)
    }

    /// Whether a phrase can be a speaker: a person or body, a pronoun, or a document that speaks.
    func canSpeak(_ r: Range<Int>) -> Bool {
        if r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) { return isSubjectPronoun(r.lowerBound) }
        for k in r {
            if let m = entities.mention(at: k) {
                switch entities.mentions[m].type {
                case .person, .organization: return true
                case .place:
                    if entities.mentions[m].isMetonym || r.count == entities.mentionTokens[m].count { return true }
                case .other:
                    // A group named in the plural (`Republicans`, `Palestinians`) speaks as a body does.
                    let name = entities.mentionTokens[m]
                    if name.count == 1, view.bytes[Int(view.tokens[name.lowerBound].end) - 1] == 0x73 { return true }
                }
            }
        }
        guard let head = headToken(r) else { return false }
        let c = view.tokens[head].classes
        return c.contains(.roleNoun) || c.contains(.speakingBody) || c.contains(.orgNoun) || c.contains(.reportingNoun)
            || c.contains(.title) || c.contains(.platform)
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
            if rank > 0, best == nil || rank >= best!.rank { best = (rank, mention.entity) }
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

    func isSubjectPronoun(_ k: Int) -> Bool {
        view.token(k, isAnyOf: ["he", "she", "it", "they", "we", "i"])
    }

    private func isDeterminer(_ k: Int) -> Bool {
        view.token(k, isAnyOf: ["the", "a", "an", "this", "that", "these", "those", "one", "another", "some", "two", "three", "several", "many"])
    }

    private func isSkippable(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        if SpeakerPhrases.skippedBeforeCue.contains(where: { view.token(k, is: $0) }) && !view.token(k, is: "told") {
            return true
        }
        // -ly adverbs: `X quickly said`.
        if !t.isCapitalized, t.length > 4, view.bytes[Int(t.end) - 2] == 0x6C, view.bytes[Int(t.end) - 1] == 0x79,
            t.classes.isEmpty
        {
            return true
        }
        return false
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
    private func trimmed(_ r: Range<Int>) -> Range<Int> {
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
