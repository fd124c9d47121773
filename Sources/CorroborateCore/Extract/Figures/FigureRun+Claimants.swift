/// Who claims a figure.
///
/// In order: the speaker of the innermost quote or reported speech holding it; `according to
/// X` in its sentence; a trailing `…, X said.`; the subject of a reporting or estimating verb
/// before it (`X said`, `X estimated`, `a poll found`); for a quote whose speaker the quote
/// pass left open, the cue beside the quote (`X said:` before it, `, X said` after it); a
/// speaker label opening the paragraph (`SMITH: …`). An unattributed `is estimated to` keeps
/// its hedge and no claimant: a speaker is never borrowed from a neighbouring sentence.
extension FigureRun {
    func claimant(for draft: Draft, sentence: Sentence) -> Attribution? {
        let span = draft.figure.span
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        let first = draft.tokens.lowerBound
        let last = draft.tokens.upperBound

        var enclosing: Quote? = nil
        for q in quotes where q.span.contains(span) {
            if enclosing == nil || q.span.length < enclosing!.span.length { enclosing = q }
        }
        if let q = enclosing, let speaker = q.speaker { return speaker }
        let quoted = enclosing.map { view.token(atOrAfter: view.folded.foldedOffset($0.span.start)) }
        // Inside a direct quote, only cues outside its marks name the claimant.
        let from = quoted.map { max(lower, $0) } ?? lower
        if let a = accordingTo(lower: lower, upper: upper, skipping: quoted.map { _ in first..<last }) { return a }
        if enclosing == nil || enclosing?.kind == .indirect {
            if let a = trailingCue(after: last, upper: upper) { return a }
            if let a = leadingCue(before: first, lower: from) { return a }
        }
        if let q = enclosing, let a = cueBeside(q) { return a }
        if let a = speakerLabel(paragraph: sentence.paragraph) { return a }
        return nil
    }

    // MARK: - Cues in the sentence

    /// `according to X` anywhere in the sentence, outside the figure's own words.
    private func accordingTo(lower: Int, upper: Int, skipping: Range<Int>?) -> Attribution? {
        var k = lower
        while k + 2 < upper {
            if view.token(k, is: "according"), view.token(k + 1, is: "to"), !(skipping?.contains(k) ?? false),
                let np = phrases.object(after: k + 1, upTo: upper) ?? documentObject(after: k + 1, upTo: upper)
            {
                return attribution(np)
            }
            k += 1
        }
        return nil
    }

    /// `…, X said.`, `…, said X.`, `…, X said in a statement on Tuesday.` after the figure.
    private func trailingCue(after last: Int, upper: Int) -> Attribution? {
        var k = last
        while k < upper {
            if view.isPunct(k, 0x2C) || view.tokens[k].kind == .dash {
                // The attribution closes the sentence: a cue within a few words of the comma.
                var j = k + 1
                while j < upper, j - k <= 8 {
                    let t = view.tokens[j]
                    if t.kind == .word, !t.isCapitalized || j > k + 1, isCue(j) {
                        if let np = phrases.subject(before: j, from: k + 1), phrases.canSpeak(np) || isDocument(np) {
                            return attribution(np)
                        }
                        if let np = phrases.object(after: j, upTo: upper), phrases.canSpeak(np) { return attribution(np) }
                        break
                    }
                    if view.isPunct(j, 0x2C) || view.tokens[j].kind == .quote { break }
                    j += 1
                }
            }
            k += 1
        }
        return nil
    }

    /// The subject of the nearest reporting or estimating verb before the figure: `X said
    /// (that) …`, `X estimated …`, `a poll found …`.
    private func leadingCue(before first: Int, lower: Int) -> Attribution? {
        var k = first - 1
        while k >= lower {
            let t = view.tokens[k]
            if t.kind == .word, !t.isCapitalized || k == lower, isCue(k) {
                if let np = phrases.subject(before: k, from: lower), phrases.canSpeak(np) || isDocument(np) {
                    return attribution(np)
                }
                // `said Hale, …`: an inverted cue at the start of the sentence.
                if k == lower || view.isPunct(k - 1, 0x2C), let np = phrases.object(after: k, upTo: first), phrases.canSpeak(np) {
                    return attribution(np)
                }
            }
            k -= 1
        }
        return nil
    }

    /// For a quote the quote pass left without a speaker: `X said: “…` before its opening mark,
    /// `“…,” X said` after its closing mark.
    private func cueBeside(_ q: Quote) -> Attribution? {
        let open = view.token(atOrAfter: view.folded.foldedOffset(q.span.start))
        let close = view.token(atOrAfter: view.folded.foldedOffset(q.span.end))
        guard open < view.tokens.count, close <= view.tokens.count else { return nil }
        if close < view.tokens.count {
            let s = view.sentences[view.sentence(containing: close)]
            var j = close
            while j < s.tokens.upperBound, view.tokens[j].kind == .quote || view.isPunct(j, 0x2C) { j += 1 }
            if let a = cueNear(j, upper: s.tokens.upperBound) { return a }
        }
        // `X reports:` or `He said:` just before the quote, possibly in the previous paragraph.
        var p = open - 1
        while p >= 0, view.tokens[p].kind == .quote { p -= 1 }
        if p >= 0, view.isPunct(p, 0x3A) {
            let s = view.sentences[view.sentence(containing: p)]
            var k = p - 1
            while k >= s.tokens.lowerBound, p - k <= 4 {
                if isCue(k) {
                    if let np = phrases.subject(before: k, from: s.tokens.lowerBound), phrases.canSpeak(np) || isDocument(np) {
                        return attribution(np)
                    }
                    if let np = phrases.object(after: k, upTo: p), phrases.canSpeak(np) { return attribution(np) }
                }
                k -= 1
            }
        }
        return nil
    }

    /// `X said`, `said X` starting at token `j` (after a quote).
    private func cueNear(_ j: Int, upper: Int) -> Attribution? {
        var k = j
        while k < upper, k - j <= 6 {
            if isCue(k) {
                if let np = phrases.subject(before: k, from: j), phrases.canSpeak(np) || isDocument(np) { return attribution(np) }
                if let np = phrases.object(after: k, upTo: upper), phrases.canSpeak(np) { return attribution(np) }
                return nil
            }
            if view.tokens[k].kind == .quote { return nil }
            k += 1
        }
        return nil
    }

    /// `WALLACE: …`, `Mr Hale: …`: a speaker label opening the paragraph (transcripts, Q&As).
    private func speakerLabel(paragraph: Int) -> Attribution? {
        let r = view.paragraphs[paragraph].tokens
        var k = r.lowerBound
        while k < r.upperBound, view.tokens[k].kind == .quote { k += 1 }
        let start = k
        while k < r.upperBound, k - start < 4, view.tokens[k].kind == .word, view.tokens[k].isCapitalized { k += 1 }
        guard k > start, k < r.upperBound, view.isPunct(k, 0x3A) else { return nil }
        let label = start..<k
        guard label.allSatisfy({ view.tokens[$0].flags.contains(.allCaps) }) || entities.mention(at: start) != nil else { return nil }
        return attribution(label)
    }

    // MARK: - Words

    /// A verb that attributes what follows or precedes it to its subject.
    private func isCue(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word else { return false }
        // Passives (`is estimated to`, `are believed to`) hedge a figure without naming a source.
        if view.token(k - 1, isAnyOf: ["is", "are", "was", "were", "been", "be", "being"]) { return false }
        let c = t.classes
        if c.contains(.reportingVerb) || c.contains(.cognitionVerb) {
            return !view.token(k, isAnyOf: ["known", "felt", "understood", "know", "knew", "feel", "understand", "hope", "hoped", "hopes", "fear", "feared", "fears"])
        }
        return view.token(k, isAnyOf: [
            "predicted", "predicts", "projected", "projects", "forecast", "forecasts", "calculated", "calculates",
            "counted", "counts", "tallied", "puts", "put", "cited", "cites", "quoted", "quotes", "indicated",
            "indicates", "suggested", "suggests", "recorded", "records", "listed", "lists", "wants", "proposed",
            "proposes", "promised", "promises", "pledged", "pledges", "vowed", "vows", "touted", "touts", "boasted",
            "boasts", "disclosed", "discloses", "tweeted", "posted", "testified", "wrote", "told", "rated", "rates",
        ])
    }

    /// Documents that speak in news prose: `a poll found`, `the data show`, `the study estimated`.
    private func isDocument(_ r: Range<Int>) -> Bool {
        guard let head = phrases.headToken(r) else { return false }
        return view.token(head, isAnyOf: [
            "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "statistics", "figures",
            "census", "analysis", "analyses", "estimate", "estimates", "research", "index", "audit", "review", "records",
            "documents", "forecast", "forecasts", "projections", "tally", "count", "model", "filing", "filings", "paper",
            "investigation", "inquiry", "assessment", "numbers", "calculations", "findings", "article", "story", "ad",
            "advert", "video", "spot",
        ])
    }

    /// `according to federal data`: a document as the object of `according to`.
    private func documentObject(after k: Int, upTo upper: Int) -> Range<Int>? {
        var j = k + 1
        let start = j
        while j < upper, j - start < 6, view.tokens[j].kind == .word || view.tokens[j].kind == .possessive {
            if view.isPunct(j, 0x2C) { break }
            j += 1
            if isDocument(start..<j) { return start..<j }
        }
        return nil
    }

    private func attribution(_ r: Range<Int>) -> Attribution {
        if r.count == 1, view.tokens[r.lowerBound].classes.contains(.pronoun) {
            return pronoun(r.lowerBound)
        }
        let entity = phrases.entity(of: r)
        return Attribution(span: view.span(tokens: r), entity: entity, resolution: entity == nil ? .description : .named)
    }

    /// A pronoun claimant resolved to the nearest earlier speaker or name that fits it.
    private func pronoun(_ k: Int) -> Attribution {
        var resolver = SpeakerResolver(view: view, entities: entities, phrases: phrases)
        let offset = Int(view.tokens[k].start)
        for q in quotes {
            guard let s = q.speaker, view.folded.foldedOffset(s.span.start) < offset else { continue }
            resolver.record(s, tokens: nil, at: view.token(atOrAfter: view.folded.foldedOffset(s.span.start)))
        }
        return resolver.resolve(pronoun: k)
    }
}
