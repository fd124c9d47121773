/// Who claims a figure.
///
/// In order: the speaker of the innermost quote or reported speech holding it; for a quote the
/// quote pass left without a speaker, the speaker of the quote it continues (in its paragraph,
/// or the paragraph before when it opens its own) or the cue beside its marks; a speaker label
/// opening the paragraph (`SMITH: …`); then cues in the figure's own sentence — `according to
/// X`, `by one estimate`, a trailing `…, X said.`, the subject of a reporting or estimating
/// verb before it (`X said`, `X estimated`, `a poll found`), or the subject of the sentence
/// before `, saying …`. An unattributed `is estimated to` keeps its hedge and no claimant: a
/// speaker is never borrowed from a neighbouring sentence.
extension FigureRun {
    func claimant(for draft: Draft, sentence: Sentence) -> Attribution? {
        let span = draft.figure.span
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        let first = draft.tokens.lowerBound
        let last = draft.tokens.upperBound

        var enclosing: Int? = nil
        for (i, q) in quotes.enumerated() where q.span.contains(span) {
            if enclosing == nil || q.span.length < quotes[enclosing!].span.length { enclosing = i }
        }
        if let i = enclosing {
            if let speaker = quotes[i].speaker { return speaker }
            if quotes[i].kind == .direct {
                if let a = continuedSpeaker(of: i) ?? cueBeside(quotes[i]) { return a }
            }
        }
        if let a = speakerLabel(paragraph: sentence.paragraph) { return a }
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
            if draft.whatTokens != nil || !plural { return nil }
        }
        // From the number itself: `The institute estimated 45,000` has its cue in the hedge.
        if let a = leadingCue(before: min(first + 1, draft.number.tokens.lowerBound), lower: lower) { return a }
        return nil
    }

    // MARK: - Cues in the sentence

    /// `according to X` anywhere in the sentence; `by one estimate`, `by the agency's count`.
    func accordingTo(lower: Int, upper: Int, figure: Range<Int>) -> Attribution? {
        var k = lower
        while k + 2 < upper {
            if view.token(k, is: "according"), view.token(k + 1, is: "to"),
                let np = documentPhrase(from: k + 2, upper: upper) ?? phrases.object(after: k + 1, upTo: upper)
                    ?? speakerPhrase(from: k + 2, upper: upper)
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
            if view.token(k, isAnyOf: ["by", "in"]), !(k > lower && isCue(k - 1)), let np = documentPhrase(from: k + 1, upper: upper),
                view.token(k, is: "by") || view.isPunct(np.upperBound, 0x2C) || np.upperBound >= upper - 1 || k == lower
                    || (np.upperBound < upper && isCue(np.upperBound)) || k == figure.upperBound || k == figure.upperBound + 1,
                view.token(np.upperBound - 1, isAnyOf: ["estimate", "estimates", "count", "tally", "calculation", "calculations", "reckoning", "analysis", "measure"])
                    || view.token(k, is: "in") && view.token(np.upperBound - 1, isAnyOf: [
                        "poll", "polls", "survey", "surveys", "study", "report", "census", "audit", "average", "tally", "count",
                        "estimate", "estimates", "data", "index", "ranking", "rankings", "analysis", "forecast",
                    ])
            {
                return attribution(np)
            }
            k += 1
        }
        return nil
    }

    /// `…, X said.`, `…, said X.`, `…,” X said in a statement.` after the figure.
    func trailingCue(after last: Int, upper: Int) -> Attribution? {
        var k = last
        while k < upper {
            // A comma or dash, or a closing mark after one: `…, X said`, `…,” X said`.
            let closingQuote = view.tokens[k].kind == .quote
                && (view.isPunct(k - 1, 0x2C) || view.isPunct(k - 1, 0x2E) || view.isPunct(k - 1, 0x3F) || view.isPunct(k - 1, 0x21))
            if view.isPunct(k, 0x2C) || view.tokens[k].kind == .dash || closingQuote {
                var j = k + 1
                while j < upper, view.tokens[j].kind == .quote || view.isPunct(j, 0x2C) { j += 1 }
                let clause = j
                while j < upper, j - clause <= 14 {
                    let t = view.tokens[j]
                    // The attribution closes the sentence: `…, X said (in a statement).`
                    if t.kind == .word, isCue(j), upper - j <= 10 || j == clause || view.isPunct(j + 1, 0x2C) {
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
            // `Trump's claim that …`, `the ministry's estimate of 300`: the owner of the claim.
            if t.kind == .word, t.classes.contains(.reportingNoun) || view.token(k, in: FigureWords.claimNouns),
                view.tokens[k - 1 >= 0 ? k - 1 : k].kind == .possessive, k - 2 >= lower,
                let np = entities.mention(at: k - 2).map({ entities.mentionTokens[$0] }) ?? nounPhrase(ending: k - 2, lower: lower)
            {
                return attribution(np)
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
