/// Says how a figure, quote or sentence is sourced: named or anonymous or not at all, first
/// hand or relayed, from social media, hedged.
struct SourcingAssessor {
    let analyses: [ArticleAnalysis]
    /// The story's article texts as bytes, read once.
    private let texts: [Int: [UInt8]]

    init(analyses: [ArticleAnalysis], story: [Int]) {
        self.analyses = analyses
        var texts: [Int: [UInt8]] = [:]
        for a in story { texts[a] = Array(analyses[a].article.text.utf8) }
        self.texts = texts
    }

    /// A figure: its claimant, and its hedge.
    func sourcing(of f: Figure, article a: Int) -> Sourcing {
        var s = sourcing(attribution: f.claimant, article: a)
        if let quote = enclosingQuote(f.span, article: a) {
            s.via = relays(quote, article: a)
            s.socialMedia = s.socialMedia || isSocial(quote, article: a)
        }
        s.hedged = f.hedge != nil || f.approximate
        return s
    }

    /// A quote: its speaker and relays.
    func sourcing(of q: Quote, article a: Int) -> Sourcing {
        var s = sourcing(attribution: q.speaker, article: a)
        s.via = relays(q, article: a)
        s.socialMedia = isSocial(q, article: a)
        s.hedged = q.cue.map { hedged($0, article: a) } ?? false
        return s
    }

    /// A sentence: the attribution it carries, if any, else the outlet's own account.
    func sourcing(ofSentence span: Span, article a: Int) -> Sourcing {
        var best: Quote?
        var overlap = 0
        for q in analyses[a].quotes where q.span.overlaps(span) {
            let o = min(q.span.end, span.end) - max(q.span.start, span.start)
            if o > overlap {
                overlap = o
                best = q
            }
        }
        guard let quote = best else { return Sourcing(source: .unattributed, hedged: hedged(span, article: a)) }
        var s = sourcing(of: quote, article: a)
        s.hedged = s.hedged || hedged(span, article: a)
        return s
    }

    // MARK: - Parts

    private func sourcing(attribution: Attribution?, article a: Int) -> Sourcing {
        guard let attribution else { return Sourcing(source: .unattributed) }
        return Sourcing(source: attribution.isAnonymous ? .anonymous : .named)
    }

    private func enclosingQuote(_ span: Span, article a: Int) -> Quote? {
        analyses[a].quotes.first { $0.span.contains(span) }
    }

    /// The chain in words, outermost first: `told AFP`, `translation by The Ledger`.
    private func relays(_ q: Quote, article a: Int) -> [String] {
        q.via.map { "\(Formatting.words($0.role.rawValue)) \(words(at: $0.span, article: a))" }
    }

    /// A post or account on a platform: in the relays (`in a post on X`) or in the speaker's
    /// own words (`the ministry's Telegram channel`).
    private func isSocial(_ q: Quote, article a: Int) -> Bool {
        for r in q.via where r.role == .channel || r.role == .reportedBy {
            if contains(r.span, article: a, ClaimVocabulary.socialWords) { return true }
        }
        if let speaker = q.speaker, contains(speaker.span, article: a, ClaimVocabulary.socialWords) { return true }
        return false
    }

    private func hedged(_ span: Span, article a: Int) -> Bool {
        contains(span, article: a, ClaimVocabulary.hedgeWords)
    }

    private func contains(_ span: Span, article a: Int, _ lexicon: Lexicon<Bool>) -> Bool {
        guard let bytes = texts[a] else { return false }
        let end = min(span.end, bytes.count)
        return bytes.withUnsafeBufferPointer { b in
            var i = max(0, span.start)
            while i < end {
                guard ByteClass.isASCIILetter(b[i]) else {
                    i += 1
                    continue
                }
                let s = i
                while i < end, ByteClass.isASCIILetter(b[i]) || b[i] == 0x2D { i += 1 }
                // Only whole words: `X` in `Xavier` is not the platform.
                if let base = b.baseAddress, lexicon.value(at: base + s, count: i - s) == true { return true }
            }
            return false
        }
    }

    private func words(at span: Span, article a: Int) -> String {
        let bytes = texts[a] ?? []
        let s = max(0, min(span.start, bytes.count))
        let e = max(s, min(span.end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}
