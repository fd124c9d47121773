/// Resolves pronoun speakers (`he added`, `it wrote`) to the nearest fitting antecedent.
///
/// News text mostly uses a pronoun speaker for someone quoted a moment ago, so earlier
/// speakers come first; a named person or body mentioned before the pronoun is the fallback.
/// Gender, person-or-body and number must agree.
struct SpeakerResolver {
    let view: TextView
    let entities: EntityIndex
    let phrases: SpeakerPhrases

    /// A speaker seen earlier in the text.
    struct Candidate {
        var token: Int
        var attribution: Attribution
        /// The words naming the speaker (the antecedent a pronoun refers back to).
        var antecedent: Span
        var isPerson: Bool
        var isPlural: Bool
        var gender: Gender
    }

    private(set) var history: [Candidate] = []

    /// Records a resolved speaker so later pronouns can refer to it.
    mutating func record(_ attribution: Attribution, tokens: Range<Int>?, at token: Int) {
        var isPerson = true
        var isPlural = false
        var gender = Gender.unknown
        if let e = attribution.entity {
            let entity = entities.entities[e]
            isPerson = entity.type == .person
            gender = entity.gender
        } else if let r = tokens, let head = phrases.headToken(r) {
            let c = view.tokens[head].classes
            isPerson = c.contains(.roleNoun) || c.contains(.title)
            if c.contains(.speakingBody) || c.contains(.orgNoun) || c.contains(.reportingNoun) { isPerson = c.contains(.roleNoun) && !c.contains(.speakingBody) }
            isPlural = c.contains(.plural)
            if c.contains(.female) { gender = .female }
            if c.contains(.male) { gender = .male }
        }
        if let r = tokens, r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) {
            // A pronoun speaker inherits what its antecedent was.
            if let last = history.last(where: { $0.attribution.entity == attribution.entity && $0.antecedent == (attribution.antecedent ?? attribution.span) }) {
                isPerson = last.isPerson
                isPlural = last.isPlural
                gender = last.gender
            }
        }
        history.append(Candidate(
            token: token, attribution: attribution, antecedent: attribution.antecedent ?? attribution.span,
            isPerson: isPerson, isPlural: isPlural, gender: gender))
    }

    /// The first name in `range` outside quotation marks, skipping titles and leading adverbials.
    private func firstMention(in range: Range<Int>) -> Int? {
        var inQuote = false
        for k in range {
            if view.tokens[k].kind == .quote { inQuote.toggle() }
            if inQuote { continue }
            if let m = entities.mention(at: k) { return m }
            // Only a name before the sentence's first verb is its subject.
            if view.tokens[k].kind == .word, !view.tokens[k].isCapitalized, !view.tokens[k].classes.contains(.function),
                !view.tokens[k].classes.contains(.roleNoun), !view.tokens[k].classes.contains(.titleModifier),
                !view.tokens[k].classes.contains(.title), k > range.lowerBound + 1
            {
                return nil
            }
        }
        return nil
    }

    /// The speaker a subject pronoun at token `k` stands for.
    func resolve(pronoun k: Int) -> Attribution {
        let span = view.span(token: k)
        // Possessives stand for the same antecedents: `its forecast`, `their estimate`.
        let wantPerson = !view.token(k, isAnyOf: ["it", "its"])
        let wantPlural = view.token(k, isAnyOf: ["they", "we", "their", "our"])
        let wantGender: Gender = view.tokens[k].classes.contains(.female) ? .female : view.tokens[k].classes.contains(.male) ? .male : .unknown
        let paragraph = view.sentences[view.sentence(containing: k)].paragraph

        func fits(_ c: Candidate) -> Bool {
            if wantPlural { return c.isPlural || !c.isPerson }
            if c.isPlural { return false }
            if c.isPerson != wantPerson { return false }
            return wantGender == .unknown || c.gender == .unknown || c.gender == wantGender
        }
        let speaker = history.last(where: { $0.token < k && fits($0) }).flatMap { c in
            paragraph - view.sentences[view.sentence(containing: c.token)].paragraph <= 4 ? c : nil
        }
        // A name that opens this or the previous sentence (its subject) and is newer than the
        // last speaker wins: `Paul Dreyer apologised. “We failed them,” he said.`
        let sentence = view.sentence(containing: k)
        var subject: (token: Int, mention: Int)? = nil
        for s in [sentence, sentence - 1] where s >= 0 {
            let sentenceTokens = view.sentences[s].tokens
            guard let m = firstMention(in: sentenceTokens.lowerBound..<min(k, sentenceTokens.upperBound)) else { continue }
            let mention = entities.mentions[m]
            let entity = entities.entities[mention.entity]
            let isPerson = mention.type == .person
            if isPerson == wantPerson, mention.type != .other, !wantPlural,
                wantGender == .unknown || entity.gender == .unknown || entity.gender == wantGender
            {
                subject = (entities.mentionTokens[m].lowerBound, m)
                break
            }
        }
        if let s = subject, speaker == nil || s.token > speaker!.token {
            let mention = entities.mentions[s.mention]
            return Attribution(span: span, entity: mention.entity, resolution: .pronoun, antecedent: mention.span)
        }
        if let c = speaker {
            return Attribution(span: span, entity: c.attribution.entity, resolution: .pronoun, antecedent: c.antecedent)
        }
        return Attribution(span: span, entity: nil, resolution: .pronoun)
    }
}
