/// Claimants the quote pass left unmarked: the subject of a verb of wanting, planning or taking
/// a stance (`Researchers hope one day to treat 300 patients`, `The city is seeking $40
/// million`) or of an adjective of attitude (`Republicans were incensed that …`), and the
/// source of a block a colon introduces (`The agency reports:` and the paragraph after it).
extension FigureRun {
    /// The subject of the nearest attribution verb before the figure (any frame of
    /// ``CueLexicon``: speech, belief, wish or stance), when it can speak.
    ///
    /// A passive (`was promised 90 million`, `is expected to`) names no source, and a noun that
    /// looks like a verb (`his plan to`, `the report`) is no cue.
    func stanceCue(before first: Int, lower: Int) -> Attribution? {
        var k = first - 1
        while k >= lower, first - k <= 25 {
            defer { k -= 1 }
            let t = view.tokens[k]
            // `Republicans were incensed that …`, `we are convinced this …`: an attitude after `be`.
            if t.kind == .word, view.token(k, in: FigureWords.attitudes), k + 1 < first, !view.isPunct(k + 1, 0x2C) {
                var b = k - 1
                while b > lower, isAdverb(b) { b -= 1 }
                if view.token(b, isAnyOf: ["is", "are", "was", "were", "am", "'re", "'m", "'s", "remain", "remains", "remained"]),
                    let np = speakerSubject(before: b, from: lower), opensClause(np.lowerBound, lower: lower)
                {
                    return attribution(np)
                }
            }
            guard t.kind == .word, !t.classes.contains(.function), let frame = CueLexicon.frame(view, k),
                !frame.isDisjoint(with: [.speech, .clause, .infinitive, .object, .particle])
            else { continue }
            if t.isCapitalized, !isSentenceStart(k, lower: lower) { continue }
            if k > lower, phrases.isDeterminer(k - 1) || view.tokens[k - 1].kind == .possessive
                || view.token(k - 1, isAnyOf: ["his", "her", "its", "their", "our", "my", "your", "to"])
            {
                continue
            }
            var b = k - 1
            while b > lower, isAdverb(b) { b -= 1 }
            if !isParticiple(k), view.token(b, isAnyOf: ["is", "are", "was", "were", "been", "be", "being", "get", "got", "gets"]) { return nil }
            // `would see a 50 percent rise`: seeing is mostly undergoing, not holding a view.
            if view.token(k, isAnyOf: ["see", "sees", "saw", "seen", "seeing"]) { continue }
            // `a lawsuit aimed at`, `letters to colleagues released Monday`, `a Defense Department
            // offer`: only a subject that opens its clause acts; the rest are nouns and participles.
            guard let np = speakerSubject(before: k, from: lower), opensClause(np.lowerBound, lower: lower) else { continue }
            // `the 335 accounts`, `these two outsiders`: a phrase holding a number is counted, not heard.
            if np.contains(where: { view.tokens[$0].kind == .number }) { return nil }
            let head = phrases.headToken(np) ?? (np.upperBound - 1)
            guard np.count == 1 && view.tokens[np.lowerBound].classes.contains(.pronoun) || phrases.canSpeak(np)
                || isSpeakerNoun(head) || isDocument(np) || entities.mention(at: head) != nil
            else { return nil }
            return attribution(np)
        }
        return nil
    }

    /// Whether a phrase starting at token `k` opens a clause: the sentence's start, or after a
    /// comma, a dash, a quotation mark or a conjunction.
    func opensClause(_ k: Int, lower: Int) -> Bool {
        guard k > lower else { return true }
        let p = k - 1
        if view.tokens[p].kind == .quote || view.tokens[p].kind == .dash { return true }
        if view.isPunct(p, 0x2C) || view.isPunct(p, 0x3B) || view.isPunct(p, 0x3A) || view.isPunct(p, 0x28) { return true }
        return view.token(p, isAnyOf: [
            "that", "and", "but", "while", "because", "as", "when", "if", "since", "although", "though", "so", "yet", "after",
            "before", "where", "whereas", "or", "unless", "until", "once",
        ])
    }

    /// A paragraph after one that ends in a colon after a cue (`Fox News reports:`, `According
    /// to the audit:`) is what that source says.
    func colonIntroduction(before sentence: Sentence) -> Attribution? {
        let p = sentence.paragraph
        guard p > 0 else { return nil }
        let previous = view.paragraphs[p - 1].tokens
        guard previous.count >= 3, view.isPunct(previous.upperBound - 1, 0x3A) else { return nil }
        let colon = previous.upperBound - 1
        let lower = view.sentences[view.sentence(containing: colon)].tokens.lowerBound
        if let a = accordingTo(lower: lower, upper: colon, figure: colon..<colon) { return a }
        var k = colon - 1
        while k >= lower, colon - k <= 4 {
            if view.tokens[k].kind == .word, CueLexicon.frame(view, k)?.contains(.speech) ?? false, isCue(k),
                let np = speakerSubject(before: k, from: lower)
            {
                return attribution(np)
            }
            k -= 1
        }
        return nil
    }
}
