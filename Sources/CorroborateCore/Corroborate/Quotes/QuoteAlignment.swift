/// Compares what a story's sources quote: the same words in several outlets (word for word,
/// excerpted or with small edits, shown), the same speaker reported in other words, renderings
/// of one statement that differ in wording (two translations), the same words given to
/// different speakers, and speakers only one source quotes.
struct QuoteAlignment {
    let analyses: [ArticleAnalysis]
    let links: [[Int]]
    let entities: [Entity]
    let sources: StorySources
    let claims: ClaimAlignment
    let assessor: SourcingAssessor

    /// One quote as compared; a class, so the pair loop shares rather than copies it.
    private final class Said {
        var article: Int
        var quote: Quote
        /// The speaker's global entity.
        var speaker: Int?
        /// For a speaker described rather than named, the head word's concept (`the soldier`).
        var head: UInt64?
        var named: Bool
        var concepts: [UInt64]
        /// The words as printed, and their comparison keys as a set, to skip pairs that share
        /// too few words to be one quote before comparing them in order.
        var words: [Substring]
        var keys: Set<UInt64>

        init(
            article: Int, quote: Quote, speaker: Int?, head: UInt64?, named: Bool, concepts: [UInt64],
            words: [Substring], keys: Set<UInt64>
        ) {
            self.article = article
            self.quote = quote
            self.speaker = speaker
            self.head = head
            self.named = named
            self.concepts = concepts
            self.words = words
            self.keys = keys
        }
    }

    /// How two quotes relate.
    private enum Relation: String {
        case exact, excerpt, edited, paraphrase, variant, misattributed
    }

    /// The findings, and the pairs of spans they set side by side (so claim alignment does
    /// not list the same sentences again).
    func comparisons(for story: [Int]) -> (comparisons: [Comparison], covered: [(Citation, Citation)]) {
        guard sources.count(story) > 1 else { return ([], []) }
        let said = story.filter { !sources.isCopy($0) }.flatMap(collect)
        // Only quotes that share two words can be one quote, or one statement: an index of
        // their words finds those pairs without comparing every quote with every other.
        var postings = ConceptMap<[Int]>(capacity: 64)
        for (i, s) in said.enumerated() { for c in s.concepts { postings[c, default: []].append(i) } }
        var candidates: [(Int, Int, Relation)] = []
        var hits: [Int: Int] = [:]
        for (i, x) in said.enumerated() {
            hits.removeAll(keepingCapacity: true)
            for c in x.concepts { for j in postings[c] ?? [] where j > i { hits[j, default: 0] += 1 } }
            for (j, n) in hits.sorted(by: { $0.key < $1.key }) where n >= 2 {
                let y = said[j]
                guard sources.source(of: y.article) != sources.source(of: x.article), let r = relation(x, y) else { continue }
                candidates.append((i, j, r))
            }
        }
        // The closest relation wins: a quote and its reported version (`he said he would …`)
        // that both match another outlet's words are one finding, not two.
        let priority: [Relation] = [.exact, .excerpt, .edited, .misattributed, .variant, .paraphrase]
        candidates.sort { (priority.firstIndex(of: $0.2) ?? 9, $0.0, $0.1) < (priority.firstIndex(of: $1.2) ?? 9, $1.0, $1.1) }
        var pairs: [(Int, Int, Relation)] = []
        for c in candidates {
            let taken = pairs.contains { p in
                said[p.0].article == said[c.0].article && said[p.0].quote.span.overlaps(said[c.0].quote.span)
                    && said[p.1].article == said[c.1].article && said[p.1].quote.span.overlaps(said[c.1].quote.span)
            }
            if !taken { pairs.append(c) }
        }
        var out: [Comparison] = []
        var covered: [(Citation, Citation)] = []
        for relation in priority {
            for group in groups(pairs.filter { $0.2 == relation }, count: said.count) {
                // One quote per source, in story order.
                var picked: [Int] = []
                var seen: Set<Int> = []
                for i in group.sorted(by: { (said[$0].article, said[$0].quote.span.start) < (said[$1].article, said[$1].quote.span.start) })
                where seen.insert(sources.source(of: said[i].article)).inserted {
                    picked.append(i)
                }
                guard picked.count > 1, let first = picked.first else { continue }
                let items = picked.map { i -> ComparisonItem in
                    var item = ComparisonItem(
                        article: said[i].article, span: said[i].quote.span, claimant: speakerName(said[i]),
                        sourcing: assessor.sourcing(of: said[i].quote, article: said[i].article),
                        copies: sources.copies(of: said[i].article))
                    if i != first, relation == .edited { item.edit = WordDiff(said[first].words, said[i].words).edits }
                    return item
                }
                for x in items.indices { for y in items.indices where y > x {
                    covered.append((Citation(article: items[x].article, span: items[x].span), Citation(article: items[y].article, span: items[y].span)))
                } }
                out.append(comparison(relation, items: items, first: said[first]))
            }
        }
        return (out + singleSourceSpeakers(said), covered)
    }

    private func comparison(_ relation: Relation, items: [ComparisonItem], first: Said) -> Comparison {
        let who = speakerName(first) ?? "an unnamed speaker"
        switch relation {
        case .exact, .excerpt, .edited:
            let how = relation == .exact ? "word for word" : relation == .excerpt ? "in full and in part" : "with small edits"
            return Comparison(
                kind: .agreement, aspect: .quote, topic: "quote from \(who)", items: items,
                note: "\(items.count) sources print the same words, \(how).", detail: relation.rawValue)
        case .paraphrase:
            return Comparison(
                kind: .agreement, aspect: .quote, topic: "what \(who) said", items: items,
                note: "The sources report the same statement in their own words.", detail: relation.rawValue)
        case .variant:
            return Comparison(
                kind: .variant, aspect: .quote, topic: "quote from \(who)", items: items,
                note: "Differently worded quotes of the same content: possibly one statement rendered twice (a translation, a paraphrase in quotation marks).")
        case .misattributed:
            let names = items.compactMap(\.claimant)
            return Comparison(
                kind: .conflict, aspect: .quote, topic: "who said it", items: items,
                note: "The same words are attributed to different speakers: " + names.joined(separator: " vs ") + ".")
        }
    }

    // MARK: - Pairs

    private func relation(_ x: Said, _ y: Said) -> Relation? {
        let verbatim = x.quote.kind != .indirect && y.quote.kind != .indirect
        let shorter = min(x.words.count, y.words.count)
        // Shared words as a share of the shorter: a bound on both ratios below.
        let (small, large) = x.keys.count <= y.keys.count ? (x.keys, y.keys) : (y.keys, x.keys)
        let overlap = small.isEmpty ? 0 : Double(small.count { large.contains($0) }) / Double(small.count)
        var ratio = 0.0
        if verbatim, shorter >= 4, overlap >= 0.8 {
            let diff = WordDiff(x.words, y.words)
            ratio = diff.ratio
            if diff.ratio >= 0.8 || (shorter >= 6 && diff.containment >= 0.9) {
                if let a = x.speaker, let b = y.speaker, a != b, x.named, y.named { return .misattributed }
                if diff.isIdentical { return .exact }
                return diff.isExcerpt ? .excerpt : .edited
            }
        }
        guard compatibleSpeakers(x, y) else { return nil }
        let (score, shared) = claims.similarity(x.concepts, y.concepts)
        let content = shared.count { !ClaimVocabulary.everyday.contains($0) }
        guard content >= 3 || (content >= 2 && score >= 0.35) else { return nil }
        if verbatim, ratio < 0.6 { return .variant }
        return verbatim ? nil : .paraphrase
    }

    private func compatibleSpeakers(_ x: Said, _ y: Said) -> Bool {
        if let a = x.speaker, let b = y.speaker { return a == b }
        if x.speaker == nil, y.speaker == nil, let a = x.head, let b = y.head { return a == b }
        return false
    }

    /// Connected groups of quotes under one relation.
    private func groups(_ pairs: [(Int, Int, Relation)], count: Int) -> [[Int]] {
        var parent = Array(0..<count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { x = parent[x] }
            return x
        }
        var involved: [Int] = []
        for (i, j, _) in pairs {
            involved += [i, j]
            parent[root(i)] = root(j)
        }
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in Set(involved).sorted() {
            let r = root(i)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(i)
        }
        return order.compactMap { members[$0] }
    }

    // MARK: - Quotes

    private func collect(_ a: Int) -> [Said] {
        let analysis = analyses[a]
        let bytes = Array(analysis.article.text.utf8)
        func words(_ span: Span) -> String {
            let s = max(0, min(span.start, bytes.count))
            return String(decoding: bytes[s..<max(s, min(span.end, bytes.count))], as: UTF8.self)
        }
        return analysis.quotes.map { q in
            var speaker: Int?
            var head: UInt64?
            if let s = q.speaker {
                if let local = s.entity, local < links[a].count { speaker = links[a][local] }
                let naming = words(s.antecedent ?? s.span)
                if let last = naming.split(separator: " ").last {
                    let b = Array(last.utf8)
                    head = ClaimVocabulary.stemHash(b, 0, b.count)
                }
            }
            let text = words(q.span)
            // Only quotation marks can hold the same words; reported speech is compared by content.
            let printed = q.kind == .indirect ? [] : WordDiff.words(text)
            return Said(
                article: a, quote: q, speaker: speaker, head: head,
                named: q.speaker.map { !$0.isAnonymous && $0.entity != nil } ?? false,
                concepts: ClaimVocabulary.concepts(ofText: text), words: printed, keys: Set(WordDiff.keys(printed)))
        }
    }

    private func speakerName(_ s: Said) -> String? {
        if let g = s.speaker { return entities[g].name }
        guard let attribution = s.quote.speaker else { return nil }
        return (attribution.antecedent ?? attribution.span).words(in: analyses[s.article].article.text)
    }

    /// People and bodies only one source quotes directly.
    private func singleSourceSpeakers(_ said: [Said]) -> [Comparison] {
        var bySpeaker: [Int: [Said]] = [:]
        var order: [Int] = []
        for s in said where s.quote.kind != .indirect {
            guard let g = s.speaker, entities[g].type == .person || entities[g].type == .organization else { continue }
            if bySpeaker[g] == nil { order.append(g) }
            bySpeaker[g, default: []].append(s)
        }
        var out: [Comparison] = []
        for g in order {
            guard let quotes = bySpeaker[g], let first = quotes.first, sources.count(quotes.map(\.article)) == 1 else { continue }
            let name = entities[g].name
            let outlet = analyses[first.article].article.outlet ?? analyses[first.article].article.id
            out.append(Comparison(
                kind: .singleSource, aspect: .quote, topic: "quotes from \(name)",
                items: [ComparisonItem(
                    article: first.article, span: first.quote.span, claimant: name,
                    sourcing: assessor.sourcing(of: first.quote, article: first.article), copies: sources.copies(of: first.article))],
                note: "Only \(outlet) quotes \(name) directly."))
        }
        return out
    }
}
