#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines up the sentences of a story's independent sources that state the same fact, and
/// says where they agree, where one slot is filled differently (the state of the people
/// involved, the day), and what only one source reports.
///
/// Sentences are compared as sets of concepts (``ClaimVocabulary``: stems and news
/// paraphrase groups, plus the story's entities) weighted by how rare each is in the story,
/// so the story's common words (`soldiers`, the country at war) count little and the words
/// that single out one fact (`diary`, `exchange`, a person's name) count much.
struct ClaimAlignment {
    /// Two sentences of different sources that state the same fact.
    struct Edge {
        var u: Int
        var v: Int
        var score: Double
        var shared: [UInt64]
    }

    /// Sentences joined by edges: one fact, as several sources state it.
    struct Cluster {
        var units: [Int]
        var edges: [Edge]
        /// One sentence per source, the best connected, in story order.
        var representatives: [Int]
    }

    let analyses: [ArticleAnalysis]
    let sources: StorySources
    let story: [Int]
    private(set) var units: [ClaimUnit] = []
    private(set) var edges: [Edge] = []
    /// Pairs of sentences that say the same thing was found but with people in states that
    /// exclude each other (on the dead, among the living), before any edge is pruned: groups
    /// of units, one conflict each.
    private(set) var stateConflicts: [[Int]] = []
    private(set) var clusters: [Cluster] = []
    /// Cluster number of each unit, or nil for a sentence no other source states.
    private(set) var clusterOf: [Int?] = []
    private var weight = ConceptMap<Double>()
    private var norms: [Double] = []

    /// How alike two sentences must be (weighted cosine over concepts) to state one fact.
    static let threshold = 0.45
    /// At least this many shared concepts, names included.
    static let minimumShared = 2
    /// At least this much shared weight, in units of a concept only two sentences have.
    static let minimumMass = 0.75

    init(story: [Int], analyses: [ArticleAnalysis], links: [[Int]], sources: StorySources) {
        self.analyses = analyses
        self.sources = sources
        self.story = story
        for a in story where !sources.isCopy(a) {
            units += ClaimUnit.units(of: analyses[a], article: a, links: links[a])
        }
        clusterOf = Array(repeating: nil, count: units.count)
        guard sources.count(units.map(\.article)) > 1 else { return }
        var df = ConceptMap<Int>(capacity: units.count * 8)
        // The first source to use each concept, or -1 once a second one does.
        var firstSource = ConceptMap<Int>(capacity: units.count * 8)
        var concepts: [UInt64] = []
        for u in units {
            let source = sources.source(of: u.article)
            for c in u.concepts {
                if let d = df[c] {
                    df[c] = d + 1
                    if let f = firstSource[c], f != source { firstSource[c] = -1 }
                } else {
                    df[c] = 1
                    firstSource[c] = source
                    concepts.append(c)
                }
            }
        }
        let n = Double(units.count)
        // A concept only one source uses can never be shared: it weighs nothing, so long
        // sentences are not penalised for the details only they give.
        for c in concepts where firstSource[c] == -1 {
            let d = df[c] ?? 1
            // Everyday words (`said`, `made`, `side`) single out no fact however rare in the story.
            let everyday = ClaimVocabulary.everyday.contains(c) ? ClaimVocabulary.everydayWeight : 1
            // Squared, so the rare words that single out one fact outweigh the story's common ones.
            let idf = log(1 + n / Double(d))
            weight[c] = everyday * idf * idf
        }
        norms = units.map { u in u.concepts.reduce(0) { $0 + (weight[$1] ?? 0) }.squareRoot() }
        edges = findEdges(df: df)
        stateConflicts = groupStateConflicts()
        clusters = cluster()
    }

    // MARK: - Edges

    private func findEdges(df: ConceptMap<Int>) -> [Edge] {
        // Candidates share a concept that is not everywhere in the story.
        var postings = ConceptMap<[Int]>(capacity: units.count * 8)
        let common = max(3, units.count / 3)
        for (i, u) in units.enumerated() {
            for c in u.concepts where (df[c] ?? 0) <= common { postings[c, default: []].append(i) }
            // What a sentence says was found makes it a candidate however common the thing.
            for c in u.found where (df[c] ?? 0) > common { postings[c, default: []].append(i) }
        }
        // A word in a quarter of the story's sentences is the story's, not one fact's.
        let distinctive = max(2, units.count / 4)
        // Per sentence, each concept's weight and whether it says what happened (not a name,
        // not an everyday word, not everywhere in the story), aligned with `concepts`.
        let weights = units.map { u in u.concepts.map { weight[$0] ?? 0 } }
        let telling = units.map { u in
            u.concepts.map { c in
                c & 0xE000_0000_0000_0000 != 0xE000_0000_0000_0000 && !ClaimVocabulary.everyday.contains(c) && (df[c] ?? 0) <= distinctive
            }
        }
        let unit = log(1 + Double(units.count)) * log(1 + Double(units.count))
        var hits: [Int: Int] = [:]
        var out: [Edge] = []
        for (i, u) in units.enumerated() {
            hits.removeAll(keepingCapacity: true)
            for c in u.concepts { for j in postings[c] ?? [] where j > i { hits[j, default: 0] += 1 } }
            for (j, _) in hits where sources.source(of: units[j].article) != sources.source(of: u.article) {
                let v = units[j]
                // One pass over both sorted concept lists: the shared weight, how many are
                // shared, and how many of those say what happened.
                var dot = 0.0
                var shared = 0
                var content = 0
                var a = 0
                var b = 0
                while a < u.concepts.count, b < v.concepts.count {
                    if u.concepts[a] == v.concepts[b] {
                        dot += weights[i][a]
                        shared += 1
                        if telling[i][a] { content += 1 }
                        a += 1
                        b += 1
                    } else if u.concepts[a] < v.concepts[b] {
                        a += 1
                    } else {
                        b += 1
                    }
                }
                let score = norms[i] > 0 && norms[j] > 0 ? dot / (norms[i] * norms[j]) : 0
                // One thing found in both is one fact, whatever else the sentences say.
                let sameFind = !u.found.isEmpty && !v.found.isEmpty && !intersection(u.found, v.found).isEmpty
                // Names alone (the story's people and places) do not make a fact: two words
                // that say what happened must be shared too; and the shared weight, in units of
                // the rarest possible concept, must single out a fact, not just the story.
                let alike = shared >= ClaimAlignment.minimumShared && content >= 2 && score >= ClaimAlignment.threshold
                    && dot / unit >= ClaimAlignment.minimumMass
                if sameFind || alike {
                    out.append(Edge(u: i, v: j, score: score, shared: intersection(u.concepts, v.concepts)))
                }
            }
        }
        return out.sorted { ($0.u, $0.v) < ($1.u, $1.v) }
    }

    /// Weighted cosine of two concept sets (sorted), with the concepts they share.
    func similarity(_ a: [UInt64], _ b: [UInt64]) -> (score: Double, shared: [UInt64]) {
        let shared = intersection(a, b)
        let na = a.reduce(0) { $0 + (weight[$1] ?? 0) }.squareRoot()
        let nb = b.reduce(0) { $0 + (weight[$1] ?? 0) }.squareRoot()
        let dot = shared.reduce(0) { $0 + (weight[$1] ?? 0) }
        return (na > 0 && nb > 0 ? dot / (na * nb) : 0, shared)
    }

    private func groupStateConflicts() -> [[Int]] {
        var pairs: [(Int, Int)] = []
        for e in edges where !intersection(units[e.u].found, units[e.v].found).isEmpty {
            guard let a = units[e.u].foundWith, let b = units[e.v].foundWith, a.excludes(b) else { continue }
            pairs.append((e.u, e.v))
        }
        var groups: [[Int]] = []
        for (u, v) in pairs {
            let hits = groups.indices.filter { groups[$0].contains(u) || groups[$0].contains(v) }
            var merged = Set([u, v])
            for h in hits { merged.formUnion(groups[h]) }
            for h in hits.reversed() { groups.remove(at: h) }
            groups.append(merged.sorted())
        }
        return groups
    }

    private func intersection(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out: [UInt64] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                out.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }

    // MARK: - Clusters

    private mutating func cluster() -> [Cluster] {
        var parent = Array(units.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        // An edge stays when each sentence is the other's best match in its source, so one
        // loose match cannot chain unrelated facts together.
        var best: [Int: [Int: Edge]] = [:]
        for e in edges {
            for (me, other) in [(e.u, e.v), (e.v, e.u)] {
                let source = sources.source(of: units[other].article)
                if let kept = best[me]?[source], kept.score >= e.score { continue }
                best[me, default: [:]][source] = e
            }
        }
        var kept: [Edge] = []
        var seen: Set<[Int]> = []
        for e in edges {
            let su = sources.source(of: units[e.v].article)
            let sv = sources.source(of: units[e.u].article)
            guard best[e.u]?[su]?.v == e.v, best[e.v]?[sv]?.u == e.u, seen.insert([e.u, e.v]).inserted else { continue }
            kept.append(e)
            parent[root(e.u)] = root(e.v)
        }
        edges = kept
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in units.indices where best[i] != nil {
            let r = root(i)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(i)
        }
        var out: [Cluster] = []
        for r in order {
            let list = members[r] ?? []
            let set = Set(list)
            let mine = kept.filter { set.contains($0.u) }
            var strength: [Int: Double] = [:]
            for e in mine {
                strength[e.u, default: 0] += e.score
                strength[e.v, default: 0] += e.score
            }
            var bySource: [Int: Int] = [:]
            for i in list {
                let s = sources.source(of: units[i].article)
                if let b = bySource[s], (strength[b] ?? 0) >= (strength[i] ?? 0) { continue }
                bySource[s] = i
            }
            let reps = bySource.values.sorted()
            for i in list { clusterOf[i] = out.count }
            out.append(Cluster(units: list, edges: mine, representatives: reps))
        }
        return out
    }

    // MARK: - Findings

    /// Agreements, slot conflicts and single-source claims, and the clusters found to agree.
    ///
    /// - Parameters:
    ///   - covered: Pairs of article spans another comparison already sets side by side (the
    ///     same quote in two outlets); a fact they alone make is not listed again.
    ///   - figureSpans: Figures other comparisons report; a sentence that only one source
    ///     states is not listed again when it holds one of them.
    ///   - conflictingFigures: Figures in a figure conflict; sentences that give them do not
    ///     agree, whatever else they share.
    func comparisons(
        covered: [(Citation, Citation)], figureSpans: Set<Citation>, conflictingFigures: Set<Citation>,
        assessor: SourcingAssessor
    ) -> (comparisons: [Comparison], agreed: Set<Int>) {
        var out = stateConflicts.map { stateConflict($0, assessor: assessor) }
        var agreed: Set<Int> = []
        for (n, cluster) in clusters.enumerated() {
            out += dateConflicts(cluster, assessor: assessor)
            let independent = cluster.edges.filter { e in
                !covered.contains { pair in
                    (overlaps(pair.0, e.u) && overlaps(pair.1, e.v)) || (overlaps(pair.1, e.u) && overlaps(pair.0, e.v))
                }
            }
            let disputed = cluster.representatives.contains { r in
                conflictingFigures.contains { $0.article == units[r].article && units[r].sentence.contains($0.span) }
            }
            guard !disputed else { continue }
            agreed.insert(n)
            // The same quote set side by side already says these sources agree.
            guard !independent.isEmpty else { continue }
            let count = sources.count(cluster.representatives.map { units[$0].article })
            out.append(Comparison(
                kind: .agreement, aspect: .claim, topic: topic(cluster),
                items: cluster.representatives.map { item($0, assessor) },
                note: "\(count) independent sources state this" + (hasStateConflict(cluster) ? ", but not of the same people (see the conflict)." : ".")))
        }
        for (i, u) in units.enumerated() where clusterOf[i] == nil {
            guard u.wordCount >= 8, !u.entities.isEmpty || u.hasFigure else { continue }
            if u.hasFigure, figureSpans.contains(where: { $0.article == u.article && u.sentence.contains($0.span) }) { continue }
            out.append(Comparison(
                kind: .singleSource, aspect: .claim, topic: excerpt(u, words: 12), items: [item(i, assessor)],
                note: "Only \(outlet(u.article)) reports this."))
        }
        return (out, agreed)
    }

    private func overlaps(_ c: Citation, _ unit: Int) -> Bool {
        c.article == units[unit].article && c.span.overlaps(units[unit].sentence)
    }

    /// Whether some of the cluster's sentences place its thing with people in exclusive states.
    private func hasStateConflict(_ cluster: Cluster) -> Bool {
        stateConflicts.contains { group in group.filter { cluster.units.contains($0) }.count > 1 }
    }

    /// Sides: every sentence that says the state, one per source and state.
    private func stateConflict(_ group: [Int], assessor: SourcingAssessor) -> Comparison {
        var sides: [Int] = []
        var seen: Set<String> = []
        for i in group {
            guard let state = units[i].foundWith else { continue }
            if seen.insert("\(sources.source(of: units[i].article))|\(state.rawValue)").inserted { sides.append(i) }
        }
        var distinct: [String] = []
        for i in sides { if let s = units[i].foundWith?.rawValue, !distinct.contains(s) { distinct.append(s) } }
        var found = Set(units[group[0]].found)
        for i in group.dropFirst() { found.formIntersection(units[i].found) }
        let words = units[group[0]].surface.filter { found.contains($0.concept) }.map(\.span)
        let topic = words.first.map { "what was found: " + ClaimAlignment.words(analyses[units[group[0]].article].article.text, $0, limit: 4) }
        return Comparison(
            kind: .conflict, aspect: .state, topic: topic ?? "what was found",
            items: sides.map { i in
                var it = item(i, assessor)
                it.value = units[i].foundWith?.rawValue
                return it
            },
            note: "The sources agree on what was found but not on whom: " + distinct.joined(separator: " vs ") + ".")
    }

    /// Sentences that date the same event to different days.
    private func dateConflicts(_ cluster: Cluster, assessor: SourcingAssessor) -> [Comparison] {
        var out: [Comparison] = []
        for e in cluster.edges where e.score >= 0.45 {
            let a = units[e.u]
            let b = units[e.v]
            guard a.days.count == 1, b.days.count == 1, a.days[0] != b.days[0] else { continue }
            var first = item(e.u, assessor)
            first.value = a.days[0]
            var second = item(e.v, assessor)
            second.value = b.days[0]
            out.append(Comparison(
                kind: .conflict, aspect: .date, topic: topic(cluster), items: [first, second],
                note: "The sources date it differently: \(a.days[0]) vs \(b.days[0])."))
        }
        return out
    }

    // MARK: - Words

    func item(_ i: Int, _ assessor: SourcingAssessor) -> ComparisonItem {
        let u = units[i]
        return ComparisonItem(
            article: u.article, span: u.sentence, sourcing: assessor.sourcing(ofSentence: u.sentence, article: u.article),
            copies: sources.copies(of: u.article))
    }

    /// What a fact is about: the first source's words from the first to the last concept
    /// the other sources share, at most 14 words.
    private func topic(_ cluster: Cluster) -> String {
        guard let first = cluster.representatives.first else { return "" }
        var shared: Set<UInt64> = []
        for e in cluster.edges where e.u == first || e.v == first { shared.formUnion(e.shared) }
        let spans = units[first].surface.filter { shared.contains($0.concept) }.map(\.span)
        guard let start = spans.map(\.start).min(), let end = spans.map(\.end).max() else { return excerpt(units[first], words: 12) }
        return ClaimAlignment.words(analyses[units[first].article].article.text, Span(start, end), limit: 14)
    }

    private func excerpt(_ u: ClaimUnit, words limit: Int) -> String {
        ClaimAlignment.words(analyses[u.article].article.text, u.sentence, limit: limit)
    }

    /// The text of `span`, on one line, cut after `limit` words.
    static func words(_ text: String, _ span: Span, limit: Int) -> String {
        let words = span.words(in: text).split(whereSeparator: { $0 == " " || $0 == "\n" })
        let cut = words.prefix(limit).joined(separator: " ")
        return words.count > limit ? cut + " …" : cut
    }

    private func outlet(_ a: Int) -> String { analyses[a].article.outlet ?? analyses[a].article.id }
}
