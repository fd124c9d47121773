/// Who claims a figure.
///
/// In order: a speaker label opening the paragraph (`SMITH: …`) or a cue and colon closing the
/// paragraph before (`The agency reports:`); the speaker of the outermost quote or reported
/// speech holding the figure — `X said Y reported 300` is X's, and a sentence's own `according
/// to X` holds any attribution inside it; for a quote the quote pass left without a speaker,
/// the speaker of the quote it continues (in its paragraph, or the paragraph before when it
/// opens its own) or the cue beside its marks; then cues in the figure's own sentence —
/// `according to X`, `in a CBS poll`, `by one estimate`, a trailing `…, X said.`, the subject
/// of a reporting or estimating verb before it (`X said`, `X estimated`, `a poll found`), the
/// owner of a claim, plan or forecast (`the ministry's estimate of`, `its forecast`), the
/// subject of the sentence before `, saying …`, and last the subject of a verb of wanting,
/// planning or taking a stance (`X hopes to`, `X is seeking`). Passives name no source: an
/// unattributed `is estimated to` keeps its hedge and no claimant, and a speaker is never
/// borrowed from a neighbouring sentence unless that sentence introduces this one (a quote it
/// continues, a label, a closing colon).
extension FigureRun {
    func claimant(for draft: Draft, sentence: Sentence) -> Attribution? {
        let span = draft.figure.span
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        let first = draft.tokens.lowerBound
        let last = draft.tokens.upperBound

        // Attributions nest (`X said Y reported …`, `X cited a report that …`): the outermost
        // one is who tells the reader the figure, whatever the sources it relays.
        var enclosing: Int? = nil
        var outermost: Int? = nil
        for (i, q) in quotes.enumerated() where q.span.contains(span) {
            if enclosing == nil || q.span.length < quotes[enclosing!].span.length { enclosing = i }
            // `The mill was promised $9 million`: a passive's subject received the words.
            if q.speaker != nil, !isPassiveCue(q), outermost == nil || q.span.length > quotes[outermost!].span.length { outermost = i }
        }
        // A paragraph a speaker label or a colon introduces (`MAYOR: …`, `The agency reports:`
        // before it) is that source's, whatever it quotes.
        if let a = speakerLabel(paragraph: sentence.paragraph) ?? colonIntroduction(before: sentence) { return a }
        if let o = outermost, let speaker = quotes[o].speaker {
            let q = quotes[o]
            if q.kind == .indirect {
                // `According to X, Y said …`, `…, according to X.`: the sentence's own source holds
                // every attribution inside it.
                if let a = accordingTo(lower: lower, upper: upper, figure: first..<last), !q.span.contains(a.span) { return a }
                if !isSpeechCue(q), let a = trailingCue(after: last, upper: upper, closing: true) { return a }
            }
            return speaker
        }
        if let i = enclosing {
            if quotes[i].kind == .direct {
                if let a = continuedSpeaker(of: i) ?? cueBeside(quotes[i]) { return a }
            }
        }
        if enclosing == nil || quotes[enclosing!].kind == .direct,
            let a = regionClaimant(first: first, last: last, paragraph: sentence.paragraph)
        {
            return a
        }
        if let a = accordingTo(lower: lower, upper: upper, figure: first..<last) { return a }
        if let a = trailingCue(after: last, upper: upper) ?? comparativeCue(after: last, upper: upper) { return a }
        // `two officials said`, `one soldier writing that`: the figure counts the speakers.
        var after = draft.eventTokens?.upperBound ?? draft.whatTokens?.upperBound ?? last
        while after < upper, view.tokens[after].kind == .word, view.token(after, in: FigureWords.skippedBeforeCue) {
            after += 1
        }
        if after < upper, view.tokens[after].classes.contains(.reportingVerb), isCue(after) {
            // `nine states`: a plural straight after a bare number is what it counts.
            let plural = view.bytes[Int(view.tokens[after].end) - 1] == 0x73 && view.tokens[after].length > 4
            // `32% of Republican claims`: a singular modifier before a noun counts no speakers.
            let speakers = draft.whatTokens.map { isPluralHead($0.upperBound - 1) } ?? !plural
            // `A poll shows 68% of voters say …`: the speakers counted speak inside a finding.
            if speakers {
                // `the $20 million experts say it costs`: a sum counts no speakers; they are its source.
                if draft.figure.kind == .money, let w = draft.whatTokens, after >= w.upperBound { return attribution(w) }
                return leadingCue(before: min(first + 1, draft.number.tokens.lowerBound), lower: lower)
            }
        }
        // From the number itself: `The institute estimated 45,000` has its cue in the hedge.
        if let a = leadingCue(before: min(first + 1, draft.number.tokens.lowerBound), lower: lower) { return a }
        return stanceCue(before: first, lower: lower)
    }

    /// Whether a quote's cue is a passive participle (`was promised`, `is expected`).
    func isPassiveCue(_ q: Quote) -> Bool {
        guard q.kind == .indirect, let cue = q.cue else { return false }
        let k = tokenIndex(cue.start)
        // `is worried that`, `are convinced`: an attitude the subject holds, not a passive.
        guard k > 0, k < view.tokens.count, !isParticiple(k), !view.token(k, in: FigureWords.attitudes) else { return false }
        var b = k - 1
        while b > 0, isAdverb(b) { b -= 1 }
        return view.token(b, isAnyOf: ["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"])
    }

    /// Whether a quote's cue reports speech, writing, a belief or a finding (`said`, `according
    /// to`, `believes`, `shows`) rather than a wish, a plan or a stance (`wants`, `favoured`).
    func isSpeechCue(_ q: Quote) -> Bool {
        guard let cue = q.cue else { return false }
        let k = tokenIndex(cue.start)
        guard k < view.tokens.count else { return false }
        if view.token(k, is: "according") { return true }
        guard let frame = CueLexicon.frame(view, k) else { return false }
        return !frame.isDisjoint(with: [.speech, .clause])
    }

    /// A verb that can close a sentence whose first part it reports (`…, X said.`, `…, records show.`).
    func isTailVerb(_ k: Int) -> Bool {
        guard let frame = CueLexicon.frame(view, k) else { return false }
        return frame.contains(.tail) || frame.contains(.clause)
    }

    // MARK: - Cues in the sentence

    /// `according to X` anywhere in the sentence; `by one estimate`, `by the agency's count`.
    func accordingTo(lower: Int, upper: Int, figure: Range<Int>) -> Attribution? {
        var k = lower
        while k + 2 < upper {
            if view.token(k, is: "according"), view.token(k + 1, is: "to"),
                let np = documentPhrase(from: k + 2, upper: upper) ?? phrases.object(after: k + 1, upTo: upper)
                    ?? speakerPhrase(from: k + 2, upper: upper) ?? plainObject(from: k + 2, upper: upper)
            {
                // `according to a tally by the agency`, `interviews with officials`: the agent.
                if isDocumentNoun(np.upperBound - 1) || view.tokens[np.upperBound - 1].classes.contains(.reportingNoun),
                    view.token(np.upperBound, isAnyOf: ["by", "from", "with", "of"]),
                    let agent = speakerPhrase(from: np.upperBound + 1, upper: upper)
                        ?? phrases.object(after: np.upperBound, upTo: upper).flatMap({ phrases.canSpeak($0) ? $0 : nil })
                {
                    return attribution(agent)
                }
                return attribution(np)
            }
            // `as reported by X`, `as noted by X`
            if view.token(k, is: "by"), k > lower, view.tokens[k - 1].classes.contains(.reportingVerb) || view.token(k - 1, in: FigureWords.cues),
                let np = phrases.object(after: k, upTo: upper) ?? speakerPhrase(from: k + 1, upper: upper) ?? documentPhrase(from: k + 1, upper: upper)
            {
                return attribution(np)
            }
            // `X said in a June report`: the report is where X said it, not the source.
            if view.token(k, is: "by") || view.token(k, is: "in"), !(k > lower && isCue(k - 1)), var np = documentPhrase(from: k + 1, upper: upper),
                view.token(k, is: "by") || view.isPunct(np.upperBound, 0x2C) || np.upperBound >= upper - 1 || k == lower
                    || (np.upperBound < upper && isCue(np.upperBound)) || k == figure.upperBound || k == figure.upperBound + 1
                    || isNamedPoll(np),
                view.token(np.upperBound - 1, isAnyOf: ["estimate", "estimates", "count", "tally", "calculation", "calculations", "reckoning", "analysis", "measure"])
                    || view.token(k, is: "in") && view.token(np.upperBound - 1, isAnyOf: [
                        "poll", "polls", "survey", "surveys", "study", "report", "census", "audit", "average", "tally", "count",
                        "estimate", "estimates", "data", "index", "ranking", "rankings", "analysis", "forecast",
                    ])
            {
                // `in the RealClearPolitics average of state polls`: the average is the source.
                if view.token(np.upperBound - 1, is: "average"), view.token(np.upperBound, is: "of"),
                    let polls = documentPhrase(from: np.upperBound + 1, upper: upper)
                {
                    np = np.lowerBound..<polls.upperBound
                }
                return attribution(np)
            }
            k += 1
        }
        return nil
    }

    /// A poll or survey named or dated where the sentence mentions it: `a CBS News poll`,
    /// `polls taken in December`, `a survey released Sunday`.
    func isNamedPoll(_ np: Range<Int>) -> Bool {
        guard let head = np.last else { return false }
        // `an average of recent polls`, not `an average of $250 million`.
        if view.token(head, is: "average") {
            guard view.token(np.upperBound, is: "of"), let polls = documentPhrase(from: np.upperBound + 1, upper: view.tokens.count) else { return false }
            return view.token(polls.upperBound - 1, isAnyOf: ["poll", "polls", "survey", "surveys"])
        }
        guard view.token(head, isAnyOf: ["poll", "polls", "survey", "surveys"]) else { return false }
        if view.token(np.upperBound, isAnyOf: ["released", "conducted", "taken", "published", "issued", "out", "of"]) { return true }
        return np.dropFirst().contains { view.tokens[$0].isCapitalized }
    }

    /// The words after `according to` up to the clause's end, when no better phrase was found:
    /// `according to media trackers`.
    func plainObject(from start: Int, upper: Int) -> Range<Int>? {
        var j = start
        while j < upper, j - start < 8, view.tokens[j].kind == .word || view.tokens[j].kind == .possessive || view.tokens[j].kind == .quote
            || view.tokens[j].kind == .number
        {
            if view.tokens[j].kind == .word, view.tokens[j].classes.contains(.reportingVerb) || view.token(j, isAnyOf: ["that", "which", "who"]) { break }
            // `interviews with officials`, `figures from the agency`: the people behind them.
            if j > start, view.token(j, isAnyOf: ["with", "by", "from"]) { return plainObject(from: j + 1, upper: upper) }
            j += 1
        }
        while j > start, view.tokens[j - 1].kind == .quote || view.tokens[j - 1].classes.contains(.function) { j -= 1 }
        return j > start ? start..<j : nil
    }

    /// `…, X said.`, `…, said X.`, `…,” X said in a statement.` after the figure; when `closing`,
    /// only a verb of saying within the sentence's last words (`…, the paper reported.`).
    func trailingCue(after last: Int, upper sentenceUpper: Int, closing: Bool = false) -> Attribution? {
        // `…, political analysts say; in 2012 …`: a semicolon closes the clause the cue ends.
        var upper = last
        while upper < sentenceUpper, !view.isPunct(upper, 0x3B) { upper += 1 }
        var k = last
        while k < upper {
            // A comma or dash, or a closing mark after one: `…, X said`, `…,” X said`.
            let closingQuote = view.tokens[k].kind == .quote
                && (view.isPunct(k - 1, 0x2C) || view.isPunct(k - 1, 0x2E) || view.isPunct(k - 1, 0x3F) || view.isPunct(k - 1, 0x21))
            if view.isPunct(k, 0x2C) || view.tokens[k].kind == .dash || closingQuote {
                var j = k + 1
                while j < upper, view.tokens[j].kind == .quote || view.isPunct(j, 0x2C) { j += 1 }
                let clause = j
                // `…, where both candidates claim ties`, `…, and officials said more …`: a clause of
                // its own, not an attribution of what came before.
                if view.token(clause, isAnyOf: [
                    "where", "which", "who", "whom", "whose", "when", "while", "because", "although", "though", "if", "since",
                    "and", "but", "so", "as",
                ]) {
                    k += 1
                    continue
                }
                while j < upper, j - clause <= 14 {
                    let t = view.tokens[j]
                    // The attribution closes the sentence: `…, X said (in a statement).`
                    if t.kind == .word, isCue(j), closing ? upper - j <= 5 && isTailVerb(j) : upper - j <= 10 || j == clause || view.isPunct(j + 1, 0x2C) {
                        if let np = speakerSubject(before: j, from: clause) { return attribution(np) }
                        if j == clause, let np = phrases.object(after: j, upTo: upper), phrases.canSpeak(np) { return attribution(np) }
                    }
                    if t.kind == .quote || t.kind == .number { break }
                    j += 1
                }
            }
            k += 1
        }
        return nil
    }

    /// `… more than the budget office had predicted`, `… than analysts expected`.
    func comparativeCue(after last: Int, upper: Int) -> Attribution? {
        var k = last
        while k < upper, k - last <= 4 {
            if view.token(k, isAnyOf: ["than", "as"]) {
                var j = k + 1
                while j < upper, j - k <= 7 {
                    if isCue(j) {
                        if let np = speakerSubject(before: j, from: k + 1) { return attribution(np) }
                        return nil
                    }
                    j += 1
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The subject of the nearest reporting or estimating verb before the figure: `X said
    /// (that) …`, `X estimated …`, `a poll found …`; or the sentence's subject before
    /// `, saying …`.
    func leadingCue(before first: Int, lower: Int) -> Attribution? {
        var k = first - 1
        var inner: Range<Int>? = nil
        while k >= lower {
            let t = view.tokens[k]
            // `Trump's claim that …`, `the ministry's estimate of 300`, `its growth forecast`: the
            // owner of the claim — unless someone reports it (`X ruled that Trump's claim …`).
            if t.kind == .word, t.classes.contains(.reportingNoun) || view.token(k, in: FigureWords.claimNouns),
                let np = claimOwner(of: k, lower: lower)
            {
                guard inner == nil, np.lowerBound > lower, view.token(np.lowerBound - 1, is: "that") else { return inner.map(attribution) ?? attribution(np) }
                inner = np
                k = np.lowerBound - 1
                continue
            }
            if t.kind == .word, isCue(k) {
                // `Officials said China plans to …`: a plan or hope inside reported speech
                // belongs to the speaker who reports it.
                if isIntention(k), let outer = outerSpeech(before: k, lower: lower) { return outer }
                // `Clinton's lawyers looked through the e-mails and found …`: the sentence's subject.
                if view.token(k - 1, is: "and") {
                    if let np = sentenceSubject(lower: lower, before: k) { return attribution(np) }
                    k -= 1
                    continue
                }
                // `handwritten ledgers showing …`: a participle right after the noun it belongs to.
                if isParticiple(k), k - 1 >= lower, view.tokens[k - 1].kind == .word, !view.isPunct(k - 1, 0x2C),
                    let np = speakerSubject(before: k, from: lower)
                {
                    return attribution(np)
                }
                // `you think the degree will cost $160,000`: the reader addressed holds the belief.
                if t.classes.contains(.cognitionVerb), k - 1 >= lower, view.token(k - 1, is: "you") {
                    return Attribution(span: view.span(token: k - 1), entity: nil, resolution: .description)
                }
                if let np = speakerSubject(before: k, from: lower) {
                    // `Sanders said he wants …`: the named speaker outside, not the pronoun.
                    if np.count == 1, view.tokens[np.lowerBound].classes.contains(.pronoun),
                        let outer = outerSpeech(before: np.lowerBound, lower: lower)
                    {
                        return outer
                    }
                    // `X wrote that Y claimed …`: the outer source reports the figure.
                    guard np.lowerBound > lower, view.token(np.lowerBound - 1, is: "that"), inner == nil else {
                        return attribution(np)
                    }
                    inner = np
                    k = np.lowerBound - 1
                    continue
                }
                // `said Hale, …`: an inverted cue at the start of the sentence.
                if k == lower || view.isPunct(k - 1, 0x2C), view.tokens[k].classes.contains(.reportingVerb),
                    !view.token(k, isAnyOf: ["told", "tell", "tells", "telling"]),
                    let np = phrases.object(after: k, upTo: first), phrases.canSpeak(np)
                {
                    return attribution(np)
                }
                // `Hale spoke on Tuesday, saying …`, `TheBlaze did the math and found …`: the
                // subject that opens the sentence.
                if view.isPunct(k - 1, 0x2C) && isParticiple(k) || view.token(k - 1, is: "and"),
                    let np = sentenceSubject(lower: lower, before: k)
                {
                    return attribution(np)
                }
            }
            k -= 1
        }
        return inner.map(attribution)
    }

    /// Who owns the claim noun at `k`: `Trump's claim`, `the agency's latest estimate`, `its
    /// growth forecast` (a possessive pronoun stands for the nearest fitting speaker).
    func claimOwner(of k: Int, lower: Int) -> Range<Int>? {
        var p = k - 1
        // `its British growth forecast`, `the bureau's revised estimate`: modifiers between.
        while p > lower, k - p <= 3, view.tokens[p].kind == .word, !view.tokens[p].classes.contains(.function),
            !view.tokens[p].classes.contains(.pronoun), !isCue(p)
        {
            p -= 1
        }
        if p >= lower, view.token(p, isAnyOf: ["its", "their", "his", "her"]) { return p..<(p + 1) }
        guard p - 1 >= lower, view.tokens[p].kind == .possessive else { return nil }
        return entities.mention(at: p - 1).map { entities.mentionTokens[$0] } ?? nounPhrase(ending: p - 1, lower: lower)
    }

    /// The speaker of a verb of saying earlier in the sentence than token `k`.
    private func outerSpeech(before k: Int, lower: Int) -> Attribution? {
        var j = k - 1
        while j >= lower {
            if view.tokens[j].classes.contains(.reportingVerb), isCue(j), let np = speakerSubject(before: j, from: lower) {
                return attribution(np)
            }
            j -= 1
        }
        return nil
    }
}
