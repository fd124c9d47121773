/// Writes a story's brief: its main facts first, then where the sources disagree, every
/// sentence cited.
///
/// The brief is extractive and deterministic. A fact is one article's sentence word for word,
/// chosen for how many independent sources state it, how near the top of its article it
/// stands, and whether it names someone or gives a figure; near-repeats of a chosen fact are
/// skipped. A conflict sentence quotes the values the sources give, side by side; nothing is
/// said that no source says.
struct BriefWriter {
    let analyses: [ArticleAnalysis]
    let claims: ClaimAlignment
    /// The clusters of sentences the sources agree on (``ClaimAlignment/comparisons``).
    let agreed: Set<Int>
    let sources: StorySources

    /// At most this many sentences in all, and this many conflicts among them.
    static let maximum = 10
    static let maximumConflicts = 3
    /// Facts are added past this many only when several sources state them.
    static let minimum = 5

    func brief(conflicts: [Comparison]) -> [BriefSentence] {
        let conflictSentences = conflicts.prefix(BriefWriter.maximumConflicts).compactMap(sentence(conflict:))
        let facts = chooseFacts(limit: BriefWriter.maximum - conflictSentences.count, conflicts: conflictSentences.count)
        return facts + conflictSentences
    }

    // MARK: - Facts

    private func chooseFacts(limit: Int, conflicts: Int) -> [BriefSentence] {
        let units = claims.units
        let scored = units.indices.compactMap { i -> (Int, Double)? in score(i).map { (i, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : (units[$0.0].article, units[$0.0].rank) < (units[$1.0].article, units[$1.0].rank) }
        var chosen: [Int] = []
        var clustersUsed: Set<Int> = []
        for (i, s) in scored {
            guard chosen.count < limit else { break }
            // Past the minimum, only facts more than one source states, or the lead.
            if chosen.count + conflicts >= BriefWriter.minimum, s < 3 { break }
            if let c = agreedCluster(i), clustersUsed.contains(c) { continue }
            if chosen.contains(where: { claims.similarity(units[$0].concepts, units[i].concepts).score > 0.4 }) { continue }
            chosen.append(i)
            if let c = agreedCluster(i) { clustersUsed.insert(c) }
        }
        return chosen.map { i in
            let u = units[i]
            var citations = [Citation(article: u.article, span: u.sentence)]
            if let c = agreedCluster(i) {
                for r in claims.clusters[c].representatives where r != i && units[r].article != u.article {
                    citations.append(Citation(article: units[r].article, span: units[r].sentence))
                }
            }
            return BriefSentence(kind: .fact, text: text(u.article, u.sentence), citations: citations)
        }
    }

    private func agreedCluster(_ i: Int) -> Int? {
        claims.clusterOf[i].flatMap { agreed.contains($0) ? $0 : nil }
    }

    /// How much a sentence belongs in the brief; nil when it cannot stand alone.
    private func score(_ i: Int) -> Double? {
        let u = claims.units[i]
        guard u.wordCount >= 8, u.wordCount <= 60 else { return nil }
        var s = 0.0
        if let c = agreedCluster(i) {
            s += 3 * Double(sources.count(claims.clusters[c].units.map { claims.units[$0].article }) - 1)
        }
        switch u.rank {
        case 0: s += 2
        case 1: s += 1
        case 2: s += 0.5
        default: break
        }
        if u.hasFigure { s += 0.5 }
        if !u.entities.isEmpty { s += 0.5 }
        if u.wordCount > 45 { s -= 1 }
        // A quotation is a voice in the story, not its account of events.
        if startsWithQuote(u) { s -= 1.5 }
        return s
    }

    private func startsWithQuote(_ u: ClaimUnit) -> Bool {
        analyses[u.article].article.text.utf8.dropFirst(u.sentence.start).first.map { [0x22, 0xE2, 0xC2].contains($0) } ?? false
    }

    // MARK: - Conflicts

    private func sentence(conflict c: Comparison) -> BriefSentence? {
        guard c.items.count > 1 else { return nil }
        // Sides grouped by value: `54 (the ministry, ledger.example; Ms Lee, wire.example) vs at least 60 (…)`.
        var order: [String] = []
        var who: [String: [String]] = [:]
        for item in c.items {
            let outlet = analyses[item.article].article.outlet ?? analyses[item.article].article.id
            let value = item.value ?? "“\(ClaimAlignment.words(analyses[item.article].article.text, item.span, limit: 12))”"
            if who[value] == nil { order.append(value) }
            let source = [item.claimant, outlet].compactMap { $0 }.joined(separator: ", ")
            if who[value]?.contains(source) != true { who[value, default: []].append(source) }
        }
        let sides = order.map { "\($0) (\((who[$0] ?? []).joined(separator: "; ")))" }
        return BriefSentence(
            kind: .conflict, text: "Sources differ on \(c.topic): " + sides.joined(separator: " vs ") + ".",
            citations: c.items.map { Citation(article: $0.article, span: $0.span) })
    }

    private func text(_ a: Int, _ span: Span) -> String {
        span.words(in: analyses[a].article.text).split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
    }
}
