/// Reported speech: what a sentence attributes without quotation marks.
///
/// One sentence may hold several attributions (`X said A, adding that B`; `X believes A, but
/// Y argues B`); each gets its own content, and an earlier content stops where a coordinated
/// later attribution begins, while a nested one (`X said Y believes A`) stays inside it.
extension QuoteRun {
    /// An attribution found in a sentence, before it becomes a ``Quote``.
    struct Reported {
        var cue: Range<Int>
        var speaker: Found?
        var content: [Range<Int>]
        /// Where the attribution's own clause begins (its subject), for coordination.
        var clauseStart: Int
    }

    mutating func reported(_ s: Int, _ sentenceRelays: SentenceRelays) {
        let sentence = view.sentences[s]
        let lower = sentence.tokens.lowerBound
        var upper = sentence.tokens.upperBound
        while upper > lower, view.tokens[upper - 1].kind == .punctuation || view.tokens[upper - 1].kind == .quote { upper -= 1 }
        guard upper - lower >= 3 else { return }
        var found: [Reported] = []
        if let r = labelled(lower, upper) { found.append(r) }
        var k = lower
        while k < upper {
            if quoted[k] || view.tokens[k].kind != .word {
                k += 1
                continue
            }
            if frames[k].isEmpty {
                // Only `according to` and a content noun's `that` open attributions without a cue verb.
                let first = view.bytes[Int(view.tokens[k].start)] | 0x20
                guard first == 0x61 || first == 0x74 else {
                    k += 1
                    continue
                }
            }
            if view.token(k, is: "according"), view.token(k + 1, is: "to"), let r = accordingTo(k, lower, upper) {
                found.append(r)
                k += 2
                continue
            }
            if view.token(k, is: "that"), k > lower, !found.contains(where: { $0.cue.lowerBound == k - 1 }),
                let r = nounComplement(that: k, lower, upper)
            {
                found.append(r)
                k += 1
                continue
            }
            if !frames[k].isEmpty, frames[k] != .quoteTag, !usedCues.contains(k), let r = verbCue(k, s, lower, upper, found) {
                found.append(r)
            }
            k += 1
        }
        guard !found.isEmpty else { return }
        coordinate(&found)
        for (i, r) in found.enumerated() {
            // A speaker named inside another's content (`X said the diary showed …`) is not
            // who later pronouns in the text refer to.
            let nested = found[..<i].contains { e in e.content.contains { $0.contains(r.cue.lowerBound) } }
            emitReported(r, s, sentenceRelays, record: !nested)
        }
    }

    // MARK: - Verb cues

    private func verbCue(_ k: Int, _ s: Int, _ lower: Int, _ upper: Int, _ earlier: [Reported]) -> Reported? {
        let frame = frames[k]
        let speech = frame.contains(.speech)
        // `…, saying …`, `adding that …`: the participle's speaker is its clause's.
        if isParticiple(k), k > lower, view.isPunct(k - 1, 0x2C) || view.token(k - 1, isAnyOf: ["while", "after", "before", "by", "when"]) {
            // `…, citing figures from X`: a link in the chain (`via`), not a statement.
            if view.token(k, is: "citing") { return nil }
            guard let start = complement(after: k, frame, upper) else { return nil }
            var speaker: Found? = nil
            if let e = earlier.last(where: { $0.cue.lowerBound < k && $0.speaker != nil }) { speaker = e.speaker }
            else if let previous = lastSpoken, previous.sentence == s {
                speaker = Found(cue: k, speaker: k..<k, adjacent: true, inherited: previous.attribution)
            } else if let subject = clauseSubject(from: lower, before: k) {
                speaker = Found(cue: k, speaker: subject, adjacent: true)
            }
            guard speaker != nil else { return nil }
            speaker?.cue = k
            return Reported(cue: k..<(k + 1), speaker: speaker, content: [start..<clauseEnd(start, upper)], clauseStart: k - 1)
        }
        // `the state`, `Editor's note`, `his support`: a noun, not a verb.
        if k > lower, phrases.isDeterminer(k - 1) || view.tokens[k - 1].kind == .possessive
            || view.token(k - 1, isAnyOf: ["his", "her", "their", "its", "our", "my", "your"])
        {
            return nil
        }
        // `the image that Mr. Trump admires`, `examples that critics point to`: a relative clause.
        if let subject = phrases.subject(before: k, from: lower), isRelativeClause(subject) { return nil }
        // An explicit `that` clause vouches for its subject as a speech verb does.
        let explicit = view.token(skipAdverbials(k + 1, upper), isAnyOf: ["that", "whether"])
        let findingVerb = view.token(k, isAnyOf: [
            "show", "shows", "showed", "shown", "find", "finds", "found", "reveal", "reveals", "revealed", "indicate", "indicates",
            "indicated", "suggest", "suggests", "suggested", "estimate", "estimates", "estimated", "say", "says", "said",
            "report", "reports", "reported", "conclude", "concludes", "concluded",
        ])
        let bySubject = speakerOf(cue: k, lower: lower, upper: upper, adjacent: true, loose: speech || explicit, sentence: s)
        let byDocument = bySubject == nil && findingVerb ? phrases.documentSubject(before: k, from: lower).map { Found(cue: k, speaker: $0, adjacent: true) } : nil
        guard let foundSubject = bySubject ?? byDocument else {
            // `…, said X.`: the content is what precedes.
            if frame.contains(.tail), k > lower + 2, view.isPunct(k - 1, 0x2C), let object = phrases.object(after: k, upTo: upper),
                phrases.canSpeak(object, loose: true), isTail(object.upperBound, upper), !quoted[lower]
            {
                return Reported(
                    cue: k..<(k + 1), speaker: Found(cue: k, speaker: object, adjacent: true),
                    content: [lower..<(k - 1)], clauseStart: k - 1)
            }
            return nil
        }
        var found = foundSubject
        let subjectStart = found.clauseStart ?? found.speaker.lowerBound
        // `Ann Roe said she believes …`: a pronoun inside another attribution's content is its speaker.
        if found.speaker.count == 1, view.token(found.speaker.lowerBound, isAnyOf: ["he", "she", "they", "it"]),
            let outer = earlier.last(where: { e in e.content.contains { $0.contains(found.speaker.lowerBound) } }),
            let outerSpeaker = outer.speaker, outerSpeaker.inherited == nil, outerSpeaker.relative == nil,
            agrees(pronoun: found.speaker.lowerBound, with: outerSpeaker.speaker)
        {
            found = Found(cue: k, speaker: outerSpeaker.speaker, adjacent: true)
        } else if isParticiple(k), found.relative == nil, found.inherited == nil, !speaksInPerson(found.speaker),
            let subject = clauseSubject(from: lower, before: found.speaker.lowerBound), speaksInPerson(subject)
        {
            // `The council approved a resolution condemning …`: the clause's subject acts.
            found = Found(cue: k, speaker: subject, adjacent: true)
        }
        if let start = complement(after: k, frame, upper) {
            return Reported(cue: k..<(k + 1), speaker: found, content: [start..<clauseEnd(start, upper)], clauseStart: subjectStart)
        }
        // `…, X said.` and `…, X said, adding …`: the content is what precedes.
        guard frame.contains(.tail), found.relative == nil, found.inherited == nil else { return nil }
        let comma = found.speaker.lowerBound - 1
        guard comma > lower + 2, view.isPunct(comma, 0x2C), !quoted[lower] else { return nil }
        if isTail(k + 1, upper) {
            return Reported(cue: k..<(k + 1), speaker: found, content: [lower..<comma], clauseStart: comma)
        }
        // `The plan, she said, will fail.`: the content surrounds the cue.
        var j = k + 1
        while j < upper, !view.isPunct(j, 0x2C), j - k <= 6 { j += 1 }
        if j < upper, view.isPunct(j, 0x2C), isTail(k + 1, j), upper - j > 3, !isParticiple(j + 1) {
            return Reported(cue: k..<(k + 1), speaker: found, content: [lower..<comma, (j + 1)..<upper], clauseStart: comma)
        }
        return nil
    }

    /// Whether pronoun `k` can refer to the speaker phrase `r` (number and known gender).
    private func agrees(pronoun k: Int, with r: Range<Int>) -> Bool {
        guard let head = phrases.headToken(r) else { return false }
        let c = view.tokens[head].classes
        let plural = c.contains(.plural) || r.contains { view.token($0, is: "and") }
            || (!view.tokens[head].isCapitalized && view.bytes[Int(view.tokens[head].end) - 1] == 0x73)
        if view.token(k, is: "they") { return plural || c.contains(.speakingBody) || c.contains(.orgNoun) }
        if view.token(k, is: "it") {
            if let e = phrases.entity(of: r) { return entities.entities[e].type == .organization }
            return !plural && (c.contains(.speakingBody) || c.contains(.orgNoun) || phrases.isDocument(head))
        }
        if plural { return false }
        if r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) { return false }
        if let e = phrases.entity(of: r) {
            let entity = entities.entities[e]
            if entity.type != .person { return false }
            if entity.gender == .male { return view.token(k, is: "he") }
            if entity.gender == .female { return view.token(k, is: "she") }
        }
        if c.contains(.male) { return view.token(k, is: "he") }
        if c.contains(.female) { return view.token(k, is: "she") }
        return true
    }

    /// Whether a subject opens an object relative clause: `that`/`which` right after a noun.
    private func isRelativeClause(_ subject: Range<Int>) -> Bool {
        let k = subject.lowerBound - 1
        guard k > 0, view.token(k, isAnyOf: ["that", "which", "whom"]) else { return false }
        let before = view.tokens[k - 1]
        guard before.kind == .word else { return false }
        return frames[k - 1].isEmpty && !before.classes.contains(.reportingVerb) && !before.classes.contains(.cognitionVerb)
            && !before.classes.contains(.function)
    }

    /// Where a verb's content starts: past adverbials, a recipient (`told reporters`), to a
    /// `that` or wh- clause, a colon, an infinitive, a particle, an object or a bare clause —
    /// whichever the verb's frame allows.
    private func complement(after cue: Int, _ frame: CueFrame, _ upper: Int) -> Int? {
        var j = skipAdverbials(cue + 1, upper)
        // `made it clear that …`: the light verb's content is the `that` clause.
        if view.token(cue, isAnyOf: ["make", "makes", "made", "making"]) {
            while j < upper, j - cue <= 4, !view.token(j, is: "that") { j += 1 }
            return j < upper && view.token(j, is: "that") ? j : nil
        }
        if frame.contains(.recipient) || frame.contains(.infinitive), j < upper, view.tokens[j].kind != .quote,
            !view.token(j, isAnyOf: ["that", "to", "whether", "if", "how", "why", "what", "when", "where", "who"])
        {
            if let r = recipient(at: j, upper), frame.contains(.recipient) || view.token(r, is: "to") {
                j = skipAdverbials(r, upper)
            } else if frame.contains(.recipient) {
                // `told co-host Ann Roe on Monday that …`: a longer recipient before `that`.
                var e = j
                while e < min(upper, j + 10), !view.token(e, is: "that"), !quoted[e], frames[e].isEmpty, !view.isPunct(e, 0x2E) { e += 1 }
                if e < upper, view.token(e, is: "that") { j = e }
            }
        }
        guard j < upper, upper - j >= 2 else { return nil }
        let t = view.tokens[j]
        if t.kind == .quote || quoted[j] {
            // Entirely a quotation: the quote itself is the content.
            return nil
        }
        if view.token(j, is: "that") {
            return frame.contains(.clause) || frame.contains(.weak) ? j : nil
        }
        if view.token(j, isAnyOf: ["whether", "if", "how", "why", "what", "when", "where", "who"]) {
            return frame.contains(.clause) || frame.contains(.weak) ? j : nil
        }
        if view.isPunct(j, 0x3A) { return frame.contains(.clause) || frame.contains(.weak) ? j + 1 : nil }
        if view.token(j, is: "to") {
            if frame.contains(.infinitive), j + 1 < upper, isWord(j + 1), !phrases.isDeterminer(j + 1),
                !view.tokens[j + 1].isCapitalized, !view.tokens[j + 1].classes.contains(.pronoun)
            {
                return j
            }
            if frame.contains(.particle) { return j + 1 < upper ? j + 1 : nil }
            return nil
        }
        if frame.contains(.particle), let allowed = particles(of: cue), allowed.contains(where: { view.token(j, is: $0) }) {
            var c = j + 1
            // `pointed out that …`, `called on Congress to …`, `lashed out at …`
            if view.token(c, isAnyOf: ["for", "on", "at", "against", "in"]) { c += 1 }
            return c < upper ? c : nil
        }
        if frame.contains(.weak) { return nil }
        // `told reporters, citing …`, `said Tuesday, adding …`: after a comma a participle or
        // relay begins, not the content.
        if j > cue + 1, view.isPunct(j - 1, 0x2C), isParticiple(j) || view.token(j, isAnyOf: ["according", "as", "citing", "per"]) {
            return nil
        }
        // `said Friday as he entered`, `said when she resigned`: a time clause, not the content.
        if view.token(j, isAnyOf: ["as", "when", "while", "after", "before", "because", "since", "until", "once", "during"]) { return nil }
        if frame.contains(.clause), t.kind == .word || t.kind == .number || t.kind == .symbol {
            // A bare clause: `said the talks failed`; a preposition starts no clause.
            if t.classes.contains(.function), !t.classes.contains(.pronoun), !phrases.isDeterminer(j), !t.classes.contains(.hedge),
                !view.token(j, isAnyOf: ["there", "this", "these", "those", "all", "some", "no", "any", "every", "each", "either", "neither", "both", "none", "only", "not", "most", "many", "few", "more", "such", "much", "if"])
            {
                return nil
            }
            if frame.contains(.speech) || startsClause(j, upper) { return upper - j >= 3 ? j : nil }
        }
        // `Polls show a close contest`, `the study found 31 cases`: findings of a document.
        let finding = frame.contains(.clause) && view.token(cue, isAnyOf: [
            "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "reveal", "reveals", "revealed",
            "indicate", "indicates", "indicated", "estimate", "estimates", "estimated", "suggest", "suggests", "suggested",
        ])
        if frame.contains(.object) || (finding && documentSubject(before: cue)), t.kind == .word || t.kind == .number || t.kind == .symbol {
            if t.classes.contains(.function), !phrases.isDeterminer(j), !t.classes.contains(.pronoun) { return nil }
            if view.token(j, isAnyOf: ["it", "them", "him", "her", "us", "me", "this"]), j + 1 >= upper - 1 { return nil }
            return j
        }
        return nil
    }

    private func particles(of k: Int) -> [StaticString]? {
        let t = view.tokens[k]
        return view.bytes.withUnsafeBufferPointer { b in CueLexicon.particles.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) }
    }

    /// Whether the subject before `cue` is headed by a document or finding (`polls`, `the study`).
    private func documentSubject(before cue: Int) -> Bool {
        let lower = view.sentences[view.sentence(containing: cue)].tokens.lowerBound
        if let subject = phrases.subject(before: cue, from: lower, loose: true), let head = phrases.headToken(subject) {
            return phrases.isDocument(head) || view.token(head, isAnyOf: ["it", "they"])
        }
        return phrases.documentSubject(before: cue, from: lower) != nil
    }

    /// Whether a bare clause begins at `j`: a subject, then a verb within a few words.
    private func startsClause(_ j: Int, _ upper: Int) -> Bool {
        if view.token(j, isAnyOf: ["he", "she", "it", "they", "we", "i", "you", "there"]) { return true }
        var k = j
        while k < min(upper, j + 8) {
            let t = view.tokens[k]
            if t.classes.contains(.past) || t.classes.contains(.future)
                || view.token(k, isAnyOf: ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must"])
            {
                return k > j
            }
            k += 1
        }
        return false
    }

    /// The token after a recipient phrase at `j` (`reporters`, `him`, `the committee`, `CNN`),
    /// or nil when none is there.
    private func recipient(at j: Int, _ upper: Int) -> Int? {
        guard j < upper else { return nil }
        if let m = entities.mention(at: j) { return entities.mentionTokens[m].upperBound }
        if view.token(j, isAnyOf: ["him", "her", "them", "us", "me", "you", "reporters", "journalists", "parliament", "lawmakers", "voters", "supporters", "listeners", "viewers", "people", "everyone", "congress"]) {
            return j + 1
        }
        if phrases.isDeterminer(j) || view.token(j, isAnyOf: ["his", "her", "their", "its", "our"]) {
            var k = j + 1
            while k < upper, k - j <= 4, isWord(k), !view.tokens[k].classes.contains(.function) { k += 1 }
            if k > j + 1 { return k }
        }
        return nil
    }

    /// Past time and channel adverbials after a cue: `on Sunday, local time,`, `in a post on X`,
    /// `last week`, `in an interview with Y`, `to reporters`.
    func skipAdverbials(_ from: Int, _ upper: Int) -> Int {
        var j = from
        var steps = 0
        while j < upper, steps < 12 {
            steps += 1
            let t = view.tokens[j]
            if view.isPunct(j, 0x2C) { j += 1; continue }
            if t.classes.contains(.dayWord) || t.classes.contains(.weekday) { j += 1; continue }
            if view.token(j, isAnyOf: [
                "late", "early", "earlier", "later", "previously", "recently", "also", "again", "repeatedly", "publicly",
                "privately", "today", "yesterday", "tonight", "separately", "similarly", "flatly", "simply", "only",
                "bluntly", "openly", "once", "then", "further", "now", "recently",
            ]) {
                j += 1
                continue
            }
            if view.token(j, is: "on"), j + 1 < upper {
                let n = view.tokens[j + 1]
                if n.classes.contains(.weekday) || n.classes.contains(.month) || n.classes.contains(.platform) || n.kind == .number {
                    j += 2
                    continue
                }
                break
            }
            if view.token(j, isAnyOf: ["this", "last", "next"]), j + 1 < upper,
                view.tokens[j + 1].classes.contains(.timeUnit) || view.tokens[j + 1].classes.contains(.weekday)
                    || view.tokens[j + 1].classes.contains(.month) || view.tokens[j + 1].classes.contains(.season)
            {
                j += 2
                continue
            }
            if view.token(j, is: "local"), view.token(j + 1, is: "time") { j += 2; continue }
            if t.classes.contains(.month), j + 1 < upper, view.tokens[j + 1].kind == .number { j += 2; continue }
            if t.kind == .number, view.token(j + 1, isAnyOf: ["a.m.", "p.m.", "am", "pm"]) { j += 2; continue }
            if view.token(j, is: "to"), view.token(j + 1, isAnyOf: ["reporters", "journalists", "supporters", "a", "the"]),
                view.token(j + 1, isAnyOf: ["reporters", "journalists", "supporters"])
                    || (j + 2 < upper && (view.tokens[j + 2].classes.contains(.roleNoun) || view.tokens[j + 2].classes.contains(.speakingBody)
                        || view.tokens[j + 2].classes.contains(.orgNoun)))
            {
                j += view.token(j + 1, isAnyOf: ["reporters", "journalists", "supporters"]) ? 2 : 3
                continue
            }
            // `said after the convention he would …`: a short time phrase before a clause.
            if view.token(j, isAnyOf: ["after", "before", "since", "following", "during", "until", "throughout"]) {
                var e = j + 1
                while e < upper, e - j <= 5, (isWord(e) && !view.tokens[e].classes.contains(.pronoun)) || view.tokens[e].kind == .number
                    || view.tokens[e].kind == .possessive
                {
                    e += 1
                }
                if e < upper, e > j + 1, view.token(e, isAnyOf: ["he", "she", "they", "it", "we", "i", "that"]) {
                    j = e
                    continue
                }
            }
            if view.token(j, isAnyOf: ["in", "during", "at", "from", "via", "through"]), j + 1 < upper {
                // `in a statement`, `in a post on X`, `in an interview with Y`, `at a rally in Z`
                var e = j + 1
                while e < upper, e - j < 6, !view.tokens[e].classes.contains(.reportingNoun), view.tokens[e].kind == .word
                    || view.tokens[e].kind == .possessive || view.tokens[e].kind == .number, !view.token(e, is: "that")
                {
                    e += 1
                }
                let isEvent = e < upper && (view.tokens[e].classes.contains(.reportingNoun)
                    || view.token(e, isAnyOf: ["rally", "event", "debate", "hearing", "meeting", "forum", "session", "appearance", "town", "summit", "gathering", "show", "program", "programme", "dinner", "luncheon", "breakfast", "fundraiser", "convention", "ceremony", "campaign"]))
                if isEvent {
                    j = e + 1
                    // `… on X`, `… with Y`, `… in Z`, `… on Tuesday`
                    while j < upper, view.token(j, isAnyOf: ["on", "with", "in", "at", "to", "before", "of"]) {
                        if let m = entities.mention(at: j + 1) { j = entities.mentionTokens[m].upperBound; continue }
                        if j + 1 < upper, view.tokens[j + 1].classes.contains(.weekday) || view.tokens[j + 1].classes.contains(.platform)
                            || view.tokens[j + 1].isCapitalized
                        {
                            j += 2
                            continue
                        }
                        if j + 2 < upper, phrases.isDeterminer(j + 1), isWord(j + 2), !view.token(j + 2, is: "that") {
                            j += 3
                            continue
                        }
                        break
                    }
                    continue
                }
                break
            }
            break
        }
        return j
    }

    /// Where a content starting at `start` ends: the sentence's end, or before `, adding …`,
    /// `, according to …`, `, citing …`.
    func clauseEnd(_ start: Int, _ upper: Int) -> Int {
        var k = start
        while k + 1 < upper {
            // `… Kim – who is estimated to have …`: the writer's aside after a dash.
            if view.tokens[k].kind == .dash, !quoted[k], view.token(k + 1, isAnyOf: ["who", "which", "whose"]) { return k }
            if view.isPunct(k, 0x2C), !quoted[k + 1] {
                if view.token(k + 1, isAnyOf: ["according", "citing", "per"]) { return k }
                if view.token(k + 1, is: "as"), view.token(k + 2, isAnyOf: ["reported", "translated", "quoted", "first"]) { return k }
                if isParticiple(k + 1), !frames[k + 1].isEmpty { return k }
            }
            k += 1
        }
        return upper
    }

    /// Only time words, channels and relays remain from `from` to `upper`: the cue ends the sentence.
    func isTail(_ from: Int, _ upper: Int) -> Bool {
        var k = from
        while k < upper {
            let t = view.tokens[k]
            if view.isPunct(k, 0x2C), k + 1 < upper, isParticiple(k + 1), !frames[k + 1].isEmpty { return true }
            if view.isPunct(k, 0x2C) || t.classes.contains(.weekday) || t.classes.contains(.dayWord)
                || t.classes.contains(.timeModifier) || t.classes.contains(.timeUnit) || t.classes.contains(.month)
                || t.kind == .number || t.classes.contains(.function) || t.classes.contains(.reportingNoun)
                || t.classes.contains(.platform) || entities.mention(at: k) != nil || t.kind == .possessive
                || view.token(k, isAnyOf: [
                    "reporters", "journalists", "citing", "local", "time", "according", "told", "information", "sources",
                    "a.m.", "p.m.", "interview", "rally", "event", "debate", "hearing", "press", "conference", "call",
                    "program", "show", "appearance", "news", "radio", "television", "tv", "later", "earlier",
                ])
            {
                k += 1
                continue
            }
            return false
        }
        return true
    }

    // MARK: - Other cues

    /// `according to X, …`, `…, according to X.` and `A, according to X, B`.
    private func accordingTo(_ k: Int, _ lower: Int, _ upper: Int) -> Reported? {
        guard var np = phrases.object(after: k + 1, upTo: upper), phrases.canSpeak(np, loose: true) else { return nil }
        // `according to a statement from X`: X speaks.
        if view.token(np.upperBound, isAnyOf: ["from", "by", "of"]), let head = phrases.headToken(np),
            view.tokens[head].classes.contains(.reportingNoun) || phrases.isDocument(head),
            let source = phrases.object(after: np.upperBound, upTo: upper), phrases.canSpeak(source)
        {
            np = np.lowerBound..<source.upperBound
        }
        let found = Found(cue: k, speaker: np, adjacent: true)
        let cue = k..<(k + 2)
        // Sentence-initial (after a conjunction at most): the rest of the sentence.
        let initial = (lower..<k).allSatisfy {
            view.isPunct($0, 0x2C) || view.tokens[$0].kind == .quote || view.token($0, isAnyOf: ["but", "and", "yet", "so", "also", "still", "however"])
        }
        if initial {
            var start = np.upperBound
            while start < upper, view.isPunct(start, 0x2C) { start += 1 }
            let end = clauseEnd(start, upper)
            return end - start >= 3 ? Reported(cue: cue, speaker: found, content: [start..<end], clauseStart: k) : nil
        }
        guard k > lower + 2 else { return nil }
        let end = view.isPunct(k - 1, 0x2C) ? k - 1 : k
        var pieces = [lower..<end]
        // `A, according to X, B`: the content surrounds the cue.
        if view.isPunct(np.upperBound, 0x2C), upper - np.upperBound > 4, !isParticiple(np.upperBound + 1),
            !view.token(np.upperBound + 1, isAnyOf: ["citing", "according", "who", "which", "a", "an", "the"])
        {
            pieces.append((np.upperBound + 1)..<upper)
        }
        return Reported(cue: cue, speaker: found, content: pieces, clauseStart: k)
    }

    /// `the claim that …`, `Trump's assertion that …`: a content noun with its clause.
    private func nounComplement(that k: Int, _ lower: Int, _ upper: Int) -> Reported? {
        let n = k - 1
        guard isWord(n), upper - k >= 4 else { return nil }
        let t = view.tokens[n]
        guard !t.isCapitalized else { return nil }
        let isContentNoun = view.bytes.withUnsafeBufferPointer { b in
            CueLexicon.contentNouns.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])) ?? false
        }
        guard isContentNoun else { return nil }
        // The clause after `that` must have a subject of its own (not `the claim that was made`).
        let s = k + 1
        guard isWord(s) || view.tokens[s].kind == .number, !view.tokens[s].classes.contains(.past), frames[s].isEmpty,
            !view.token(s, isAnyOf: ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might"])
        else { return nil }
        // `environmentalists worry that`: after a bare noun phrase the word is a verb.
        if !frames[n].isEmpty, n > lower, isWord(n - 1), !phrases.isDeterminer(n - 1), view.tokens[n - 1].kind != .possessive,
            !view.tokens[n - 1].classes.contains(.function), !view.tokens[n - 1].classes.contains(.titleModifier)
        {
            return nil
        }
        var speaker: Found? = nil
        // `Trump's claim`, `his claim`.
        var p = n - 1
        while p >= lower, isWord(p), !view.tokens[p].classes.contains(.function), p > n - 4 { p -= 1 }
        if p >= lower, view.tokens[p].kind == .possessive, let owner = phrases.subject(before: p, from: lower),
            phrases.canSpeak(owner, loose: true)
        {
            speaker = Found(cue: n, speaker: owner, adjacent: true)
        } else if p >= lower, view.token(p, isAnyOf: ["his", "her", "their"]) {
            speaker = Found(cue: n, speaker: p..<(p + 1), adjacent: true)
        } else if let subject = clauseSubject(from: lower, before: n), speaksInPerson(subject), subject.upperBound < n {
            // `Levin dismissed concerns that …`: the clause's subject holds or answers the content.
            speaker = Found(cue: n, speaker: subject, adjacent: true)
        }
        return Reported(cue: n..<(n + 1), speaker: speaker, content: [k..<clauseEnd(k, upper)], clauseStart: n)
    }

    /// A headline or transcript line `Name: words` (`Warren: Wells Fargo chief must go`).
    private func labelled(_ lower: Int, _ upper: Int) -> Reported? {
        var colon = lower
        while colon < min(upper, lower + 6), !view.isPunct(colon, 0x3A) {
            if view.tokens[colon].kind == .quote { return nil }
            colon += 1
        }
        guard colon > lower, colon < upper - 2, view.isPunct(colon, 0x3A) else { return nil }
        let label = lower..<colon
        let speaks: Bool
        if view.token(lower, isAnyOf: [
            "update", "updated", "watch", "read", "photos", "photo", "video", "related", "note", "editor", "breaking",
            "exclusive", "live", "more", "see", "also", "correction", "corrections", "clarification", "opinion", "analysis",
            "source", "sources", "warning", "disclosure", "credit", "caption", "subscribe", "abstract", "transcript",
            "must", "top", "trending", "latest", "featured", "recommended", "popular", "listen", "follow",
        ]) {
            speaks = false
        } else if let m = entities.mention(at: lower), entities.mentionTokens[m].upperBound == colon {
            switch entities.mentions[m].type {
            case .person, .organization: speaks = true
            // A lone word the tagger guessed a place in a title-case headline, but no gazetteer
            // knows as one, is more often a surname (`Ruiz: …`) than a dateline.
            case .place: speaks = colon - lower == 1 && !view.tokens[lower].classes.contains(.place)
            case .other: speaks = false
            }
        } else if colon - lower <= 2, let head = phrases.headToken(label), phrases.isDocument(head), view.tokens[lower].isCapitalized {
            speaks = true  // `Poll: …`, `AP Poll: …`
        } else if colon - lower == 1, view.tokens[lower].isCapitalized, !view.tokens[lower].classes.contains(.sentenceStarter),
            !view.tokens[lower].classes.contains(.function), frames[lower].isEmpty
        {
            speaks = true
        } else {
            speaks = label.allSatisfy { view.tokens[$0].kind == .word && view.tokens[$0].flags.contains(.allCaps) }
        }
        guard speaks else { return nil }
        return Reported(
            cue: colon..<(colon + 1), speaker: Found(cue: colon, speaker: label, adjacent: true),
            content: [(colon + 1)..<upper], clauseStart: lower)
    }

    // MARK: - Emitting

    /// Ends an earlier content where a later, coordinated attribution's clause begins.
    private func coordinate(_ found: inout [Reported]) {
        for i in found.indices {
            for j in found.indices where j != i && found[j].cue.lowerBound > found[i].cue.lowerBound {
                let start = found[j].clauseStart
                guard let last = found[i].content.indices.last, found[i].content[last].contains(start),
                    start > found[i].content[last].lowerBound
                else { continue }
                var b = start - 1
                guard b >= found[i].content[last].lowerBound else { continue }
                let conjunctions: [StaticString] = ["and", "but", "while", "whereas", "although", "though"]
                if view.token(start, isAnyOf: conjunctions) { b = start }
                let coordinated = view.isPunct(b, 0x2C) || view.isPunct(b, 0x3B) || view.isPunct(start, 0x2C)
                    || view.token(b, isAnyOf: conjunctions) || view.tokens[b].kind == .dash
                guard coordinated else { continue }
                while b > found[i].content[last].lowerBound,
                    view.isPunct(b, 0x2C) || view.isPunct(b, 0x3B) || view.token(b, isAnyOf: conjunctions) || view.tokens[b].kind == .dash
                {
                    b -= 1
                }
                let end = view.isPunct(start, 0x2C) ? start : b + 1
                if end - found[i].content[last].lowerBound >= 2 {
                    found[i].content[last] = found[i].content[last].lowerBound..<min(end, found[i].content[last].upperBound)
                }
            }
        }
    }

    private mutating func emitReported(_ r: Reported, _ s: Int, _ sentenceRelays: SentenceRelays, record: Bool) {
        var pieces: [Range<Int>] = []
        for piece in r.content {
            var c = piece
            while c.count > 0, view.tokens[c.upperBound - 1].kind == .punctuation || view.tokens[c.upperBound - 1].kind == .dash {
                c = c.lowerBound..<(c.upperBound - 1)
            }
            while c.count > 0, view.isPunct(c.lowerBound, 0x2C) || view.tokens[c.lowerBound].kind == .dash { c = (c.lowerBound + 1)..<c.upperBound }
            guard !c.isEmpty else { continue }
            // Entirely a quotation: already a direct quote.
            if quoted[c.lowerBound], quoted[c.upperBound - 1], (c.lowerBound..<c.upperBound).allSatisfy({ quoted[$0] }) { continue }
            pieces.append(c)
        }
        guard !pieces.isEmpty else { return }
        let attribution = r.speaker.map { attribute($0, record: record) }
        var via: [Relay] = []
        for relay in sentenceRelays where !pieces.contains(where: { $0.contains(relay.tokens.lowerBound) }) { via.append(relay.relay) }
        via = QuoteRun.ordered(via)
        let utterance: Int? = pieces.count > 1 ? nextUtterance : nil
        if pieces.count > 1 { nextUtterance += 1 }
        let cue = view.span(tokens: r.cue)
        for piece in pieces {
            quotes.append(Quote(span: view.span(tokens: piece), kind: .indirect, speaker: attribution, cue: cue, via: via, utterance: utterance))
        }
        usedCues.insert(r.cue.lowerBound)
        if let attribution {
            lastSpoken = Spoken(
                paragraph: view.sentences[s].paragraph, sentence: s, attribution: attribution, cue: cue,
                cueToken: r.cue.lowerBound, via: via, close: nil, quote: quotes.count - 1)
        }
    }
}
