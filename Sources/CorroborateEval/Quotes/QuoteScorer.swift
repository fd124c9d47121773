public import CorroborateCore

/// Scores quotes against PolNeAR with the reference scorer's definitions (see
/// docs/EVALUATION.md), and breaks the scores down by kind and by publisher.
///
/// ```swift
/// let docs = try PolNeARCorpus.read("…/polnear/dev")
/// let corpus = Analyzer().analyze(docs.map(\.article))
/// print(QuoteScorer.score(docs, corpus).table(title: "quotes").rendered)
/// ```
public struct QuoteScorer: Sendable {
    /// Counts for one group of articles (all, or one publisher).
    public struct Counts: Sendable {
        public var gold = 0, predicted = 0, matchedGold = 0, correctUnits = 0, exact = 0
        public var goldDirect = 0, predictedDirect = 0, matchedDirect = 0, correctDirect = 0, exactDirect = 0
        public var directFoundAnyKind = 0, goldWithSource = 0
        public var charTP = 0, charGold = 0, charPredicted = 0
        public var withSpeaker = 0, speakerRightP = 0, speakerExactP = 0
        public var speakerPairs = 0, speakerRightR = 0, speakerExactR = 0
        public var cuePairs = 0, cueRight = 0
        public var merged = 0

        public var content: PRFMixed { PRFMixed(tpP: correctUnits, predicted: predicted, tpR: matchedGold, gold: gold) }
        public var direct: PRFMixed { PRFMixed(tpP: correctDirect, predicted: predictedDirect, tpR: matchedDirect, gold: goldDirect) }
        public var speakerAccuracy: Double { speakerPairs > 0 ? Double(speakerRightR) / Double(speakerPairs) : 0 }
        public var cueAccuracy: Double { cuePairs > 0 ? Double(cueRight) / Double(cuePairs) : 0 }

        static func + (a: Counts, b: Counts) -> Counts {
            var c = a
            c.gold += b.gold; c.predicted += b.predicted; c.matchedGold += b.matchedGold; c.correctUnits += b.correctUnits
            c.exact += b.exact; c.goldDirect += b.goldDirect; c.predictedDirect += b.predictedDirect
            c.matchedDirect += b.matchedDirect; c.correctDirect += b.correctDirect; c.exactDirect += b.exactDirect
            c.directFoundAnyKind += b.directFoundAnyKind; c.goldWithSource += b.goldWithSource
            c.charTP += b.charTP; c.charGold += b.charGold; c.charPredicted += b.charPredicted
            c.withSpeaker += b.withSpeaker; c.speakerRightP += b.speakerRightP; c.speakerExactP += b.speakerExactP
            c.speakerPairs += b.speakerPairs; c.speakerRightR += b.speakerRightR; c.speakerExactR += b.speakerExactR
            c.cuePairs += b.cuePairs; c.cueRight += b.cueRight; c.merged += b.merged
            return c
        }
    }

    /// Precision and recall counted on different sides (units for precision, gold for recall),
    /// as the reference scorer's "any overlap" rows are.
    public struct PRFMixed: Sendable {
        public var tpP: Int, predicted: Int, tpR: Int, gold: Int
        public var precision: Double { predicted > 0 ? Double(tpP) / Double(predicted) : 0 }
        public var recall: Double { gold > 0 ? Double(tpR) / Double(gold) : 0 }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    }

    /// Recall and speaker accuracy for one kind of gold attribution.
    public struct KindCounts: Sendable {
        public var gold = 0, matched = 0, speakerPairs = 0, speakerRight = 0
    }

    public var all = Counts()
    public var articles = 0
    /// Matched quotes whose speaker is wrong, as `article: gold source | predicted speaker | content`.
    public var speakerErrors: [String] = []
    /// Gold attributions no prediction matched, as `article: source | cue | content`.
    public var missed: [String] = []
    public var byPublisher: [String: Counts] = [:]
    /// Gold kinds: `direct`, `partial` (quoted words inside), `according to`, `indirect`.
    public var byGoldKind: [String: KindCounts] = [:]
    /// Predicted kinds: units and how many overlap a gold content.
    public var byPredictedKind: [String: (units: Int, correct: Int)] = [:]

    /// Scores `corpus` (the analysis of `docs`, in the same order).
    public static func score(_ docs: [PolNeARDocument], _ corpus: CorpusAnalysis) -> QuoteScorer {
        var scorer = QuoteScorer()
        for (i, doc) in docs.enumerated() where i < corpus.articles.count {
            let counts = scorer.scoreDocument(doc, corpus, i)
            scorer.articles += 1
            scorer.all = scorer.all + counts
            scorer.byPublisher[doc.publisher] = (scorer.byPublisher[doc.publisher] ?? Counts()) + counts
        }
        return scorer
    }

    private struct Unit {
        var spans: [Range<Int>]
        var kind: String
        var speaker: [String]?
        var speakerSpan: Range<Int>?
        var cue: Range<Int>?
        var pieces: Set<Int?>
        var best: Int?
    }

    private mutating func scoreDocument(_ doc: PolNeARDocument, _ corpus: CorpusAnalysis, _ index: Int) -> Counts {
        let analysis = corpus.articles[index]
        let text = Array(doc.text.unicodeScalars)
        let scalarOf = ScalarMap(doc.text)
        let golds = doc.attributions
        func str(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(text[max(0, r.lowerBound)..<min(text.count, r.upperBound)])) }
        func joined(_ rs: [Range<Int>]) -> String { rs.map(str).joined(separator: " ") }
        let gTrim = golds.map { Self.trim(text, $0.content[0].lowerBound, $0.content[$0.content.count - 1].upperBound) }
        let sources = golds.compactMap { g in g.source.map { ($0[0].lowerBound, joined($0)) } }.sorted { $0.0 < $1.0 }
        let named = sources.filter { !SpeakerMatch.isPronoun($0.1) && !SpeakerMatch.nameTokens($0.1).isEmpty }
            .map { (start: $0.0, text: $0.1) }

        // Predictions in scalar offsets, with the strings their speaker can be checked by.
        var preds: [Unit] = []
        for q in analysis.quotes {
            let span = scalarOf[q.span]
            var speaker: [String]? = nil
            var speakerSpan: Range<Int>? = nil
            if let a = q.speaker {
                let s = scalarOf[a.span]
                speakerSpan = s
                var strings = [str(s)]
                if let e = a.entity, index < corpus.entityLinks.count, e < corpus.entityLinks[index].count {
                    let entity = corpus.entities[corpus.entityLinks[index][e]]
                    strings.append(entity.name)
                    strings += entity.aliases
                }
                speaker = strings.filter { !$0.allSatisfy(\.isWhitespace) }
                if str(s).allSatisfy(\.isWhitespace) { speaker = nil }
            }
            preds.append(Unit(
                spans: [span], kind: q.kind.rawValue, speaker: speaker, speakerSpan: speakerSpan, cue: q.cue.map { scalarOf[$0] },
                pieces: [], best: nil))
            byPredictedKind[q.kind.rawValue, default: (0, 0)].units += 1
        }
        func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int { max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)) }
        func overlap(_ xs: [Range<Int>], _ ys: [Range<Int>]) -> Int { xs.reduce(0) { s, x in ys.reduce(s) { $0 + overlap(x, $1) } } }
        for i in preds.indices {
            var best: Int? = nil
            var bestOverlap = 0
            for (g, gold) in golds.enumerated() {
                let o = overlap(preds[i].spans, gold.content)
                if o > bestOverlap { (best, bestOverlap) = (g, o) }
            }
            preds[i].best = best
            if best != nil { byPredictedKind[preds[i].kind, default: (0, 0)].correct += 1 }
        }
        // Split tolerance: predictions covering different pieces of one discontinuous gold are one unit.
        var units: [Unit] = []
        var mergedInto: [Int: Int] = [:]
        for p in preds {
            var piece: Int? = nil
            if let best = p.best, golds[best].content.count > 1 {
                let content = golds[best].content
                piece = content.indices.max { a, b in
                    let (oa, ob) = (overlap(p.spans[0], content[a]), overlap(p.spans[0], content[b]))
                    return oa != ob ? oa < ob : a > b
                }
                if let u = mergedInto[best] {
                    if !units[u].pieces.contains(piece) {
                        units[u].spans.append(p.spans[0])
                        units[u].pieces.insert(piece)
                        units[u].speaker = units[u].speaker ?? p.speaker
                        units[u].speakerSpan = units[u].speakerSpan ?? p.speakerSpan
                        units[u].cue = units[u].cue ?? p.cue
                        if p.kind == "direct" { units[u].kind = "direct" }
                        continue
                    }
                } else {
                    mergedInto[best] = units.count
                }
            }
            var unit = p
            unit.pieces = [piece]
            units.append(unit)
        }
        var c = Counts()
        c.merged = preds.count - units.count
        let uTrim = units.map { u in Self.trim(text, u.spans.map(\.lowerBound).min() ?? 0, u.spans.map(\.upperBound).max() ?? 0) }

        func speakerRight(_ u: Unit, _ g: GoldAttribution) -> Bool {
            guard let candidates = u.speaker, let source = g.source else { return false }
            return SpeakerMatch.matches(candidates, source: joined(source), at: source[0].lowerBound, named: named)
        }
        func speakerExact(_ u: Unit, _ g: GoldAttribution) -> Bool {
            guard let s = u.speakerSpan, let source = g.source else { return false }
            return Self.trim(text, s.lowerBound, s.upperBound) == Self.trim(text, source[0].lowerBound, source[source.count - 1].upperBound)
        }

        let allGold = Array(golds.indices)
        let allUnits = Array(units.indices)
        let directGold = allGold.filter { golds[$0].isDirect }
        let directUnits = allUnits.filter { units[$0].kind == "direct" }
        let pairs = Matching.greedy(allGold, allUnits) { g, u -> [Int]? in
            let o = overlap(units[u].spans, golds[g].content)
            guard o > 0 else { return nil }
            return [o, golds[g].source != nil && speakerRight(units[u], golds[g]) ? 1 : 0]
        }
        let exactScore: (Int, Int) -> [Int]? = { g, u in
            uTrim[u] == gTrim[g] && gTrim[g].upperBound > gTrim[g].lowerBound ? [1] : nil
        }
        c.gold = golds.count
        c.predicted = units.count
        c.matchedGold = pairs.count
        c.correctUnits = units.filter { $0.best != nil }.count
        c.exact = Matching.greedy(allGold, allUnits, exactScore).count
        c.goldDirect = directGold.count
        c.predictedDirect = directUnits.count
        c.matchedDirect = Matching.greedy(directGold, directUnits) { g, u in
            let o = overlap(units[u].spans, golds[g].content)
            return o > 0 ? [o] : nil
        }.count
        c.correctDirect = directUnits.filter { u in directGold.contains { overlap(units[u].spans, golds[$0].content) > 0 } }.count
        c.exactDirect = Matching.greedy(directGold, directUnits, exactScore).count
        c.directFoundAnyKind = pairs.filter { golds[$0.gold].isDirect }.count
        c.goldWithSource = golds.filter { $0.source != nil }.count

        var goldChars = Set<Int>()
        var predChars = Set<Int>()
        for g in golds { for r in g.content { goldChars.formUnion(r) } }
        for u in units { for r in u.spans { predChars.formUnion(r) } }
        c.charTP = goldChars.intersection(predChars).count
        c.charGold = goldChars.count
        c.charPredicted = predChars.count

        for u in units where u.speaker != nil {
            c.withSpeaker += 1
            let over = golds.filter { $0.source != nil && overlap(u.spans, $0.content) > 0 }
            if over.contains(where: { speakerRight(u, $0) }) { c.speakerRightP += 1 }
            if over.contains(where: { speakerExact(u, $0) }) { c.speakerExactP += 1 }
        }
        let matchedGold = Set(pairs.map(\.gold))
        for (g, gold) in golds.enumerated() {
            let kind = Self.goldKind(gold, text: text)
            byGoldKind[kind, default: KindCounts()].gold += 1
            if matchedGold.contains(g) { byGoldKind[kind, default: KindCounts()].matched += 1 }
        }
        let matchedSet = Set(pairs.map(\.gold))
        for (g, gold) in golds.enumerated() where !matchedSet.contains(g) {
            missed.append("\(doc.id): \(gold.source.map(joined) ?? "-") | \(gold.cue.map(joined) ?? "-") | \(joined(gold.content).prefix(160))")
        }
        for (g, u) in pairs {
            let gold = golds[g]
            let unit = units[u]
            if gold.source != nil, !(unit.speaker != nil && speakerRight(unit, gold)) {
                let said = unit.speaker?.first ?? "-"
                let cue = unit.cue.map { str($0) } ?? "-"
                speakerErrors.append("\(doc.id): \(gold.source.map(joined) ?? "-") | \(said) [\(unit.kind), \(cue)] | \(unit.spans.map(str).joined(separator: " … ").prefix(160))")
            }
            if let cue = gold.cue {
                c.cuePairs += 1
                if let predicted = unit.cue, overlap([predicted], cue) > 0 { c.cueRight += 1 }
            }
            guard gold.source != nil else { continue }
            c.speakerPairs += 1
            let right = unit.speaker != nil && speakerRight(unit, gold)
            if right { c.speakerRightR += 1 }
            if unit.speaker != nil, speakerExact(unit, gold) { c.speakerExactR += 1 }
            let kind = Self.goldKind(gold, text: text)
            byGoldKind[kind, default: KindCounts()].speakerPairs += 1
            if right { byGoldKind[kind, default: KindCounts()].speakerRight += 1 }
        }
        return c
    }

    /// `direct` (content opens with a quotation mark), `according to` (that cue), `partial`
    /// (quoted words inside), or `indirect`.
    static func goldKind(_ g: GoldAttribution, text: [Unicode.Scalar]) -> String {
        if g.isDirect { return "direct" }
        if let cue = g.cue {
            let words = cue.map { String(String.UnicodeScalarView(text[$0.clamped(to: 0..<text.count)])) }.joined(separator: " ").lowercased()
            if words.contains("according") { return "according to" }
        }
        let hasQuote = g.content.contains { r in text[r.clamped(to: 0..<text.count)].contains { PolNeARCorpus.quoteMarks.contains($0) } }
        return hasQuote ? "partial" : "indirect"
    }

    /// A span without surrounding whitespace, quotation marks and `, . ; :`.
    static func trim(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int> {
        var s = max(0, start)
        var e = min(text.count, end)
        func trimmable(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\t" || c == "\r" || c == "\n" || c == "\u{A0}" || PolNeARCorpus.quoteMarks.contains(c) || c == "," || c == "."
                || c == ";" || c == ":"
        }
        while s < e, trimmable(text[s]) { s += 1 }
        while e > s, trimmable(text[e - 1]) { e -= 1 }
        return s..<max(s, e)
    }
}

/// Byte spans of an article's text → Unicode scalar offsets.
struct ScalarMap {
    private var scalarAt: [Int]

    init(_ text: String) {
        var map: [Int] = []
        map.reserveCapacity(text.utf8.count + 1)
        var n = 0
        for b in text.utf8 {
            if b & 0xC0 != 0x80 { n += 1 }
            map.append(n - 1)
        }
        map.append(n)
        scalarAt = map
    }

    subscript(_ span: Span) -> Range<Int> {
        let s = span.start < scalarAt.count - 1 ? scalarAt[span.start] : scalarAt[scalarAt.count - 1]
        let e = span.end < scalarAt.count - 1 ? scalarAt[span.end] : scalarAt[scalarAt.count - 1]
        return s..<max(s, e)
    }
}

/// One-to-one greedy matching: the best-scoring pairs first, ties by gold then prediction order.
enum Matching {
    static func greedy(_ gold: [Int], _ predicted: [Int], _ score: (Int, Int) -> [Int]?) -> [(gold: Int, predicted: Int)] {
        var candidates: [(score: [Int], g: Int, p: Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in predicted.enumerated() {
                if let s = score(g, p) { candidates.append((s, gi, pi)) }
            }
        }
        candidates.sort { a, b in
            if a.score != b.score { return a.score.lexicographicallyPrecedes(b.score) == false }
            return (a.g, a.p) < (b.g, b.p)
        }
        var usedGold = Set<Int>()
        var usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for c in candidates where !usedGold.contains(c.g) && !usedPredicted.contains(c.p) {
            usedGold.insert(c.g)
            usedPredicted.insert(c.p)
            pairs.append((gold[c.g], predicted[c.p]))
        }
        return pairs
    }
}
