public import CorroborateCore

/// CoNLL entity scores: a name counts when its span and type both match a gold name, as the
/// reference scorer (`score.py ner`) and conlleval count them.
public struct NEREvaluation: Sendable {
    /// Exact span and type, over all four types (the CoNLL number).
    public private(set) var overall = PRF()
    /// Per type, by ``EntityType``.
    public private(set) var byType: [EntityType: PRF] = [:]
    /// Spans alone, type ignored.
    public private(set) var spans = PRF()
    /// Names found with the right span and a wrong type: `gold → predicted` counts.
    public private(set) var typeConfusions: [String: Int] = [:]
    /// Gold names that a prediction overlaps with a different span (a boundary error).
    public private(set) var boundaryErrors = 0
    /// Gold names no prediction overlaps.
    public private(set) var missed = 0
    /// Predictions that overlap no gold name.
    public private(set) var spurious = 0
    public private(set) var articles = 0

    public init() {}

    /// Adds one article's gold and predicted names (byte spans of the same text).
    public mutating func add(gold: [(span: Span, type: EntityType)], predicted: [(span: Span, type: EntityType)]) {
        articles += 1
        let g = Set(gold.map { Key(span: $0.span, type: $0.type) })
        let p = Set(predicted.map { Key(span: $0.span, type: $0.type) })
        for type in EntityType.allCases {
            let gt = g.filter { $0.type == type }, pt = p.filter { $0.type == type }
            byType[type, default: PRF()] += PRF(
                truePositives: Double(gt.intersection(pt).count), predicted: Double(pt.count), gold: Double(gt.count))
        }
        overall += PRF(truePositives: Double(g.intersection(p).count), predicted: Double(p.count), gold: Double(g.count))
        let gs = Set(g.map(\.span)), ps = Set(p.map(\.span))
        spans += PRF(truePositives: Double(gs.intersection(ps).count), predicted: Double(ps.count), gold: Double(gs.count))
        let predictedBySpan = Dictionary(p.map { ($0.span, $0.type) }, uniquingKeysWith: { a, _ in a })
        for name in g {
            if let t = predictedBySpan[name.span] {
                if t != name.type { typeConfusions["\(name.type.rawValue) → \(t.rawValue)", default: 0] += 1 }
            } else if ps.contains(where: { $0.overlaps(name.span) }) {
                boundaryErrors += 1
            } else {
                missed += 1
            }
        }
        spurious += ps.filter { s in !gs.contains(where: { $0.overlaps(s) }) }.count
    }

    private struct Key: Hashable {
        var span: Span
        var type: EntityType
    }

    /// The table in the reference scorer's layout, ending with its `SCORE` line.
    public func table(title: String) -> ScoreTable {
        var table = ScoreTable(title: title)
        table.note("  articles=\(articles)")
        table.add("overall (4 types, exact span+type)", overall, key: "overall")
        let three: [EntityType] = [.person, .organization, .place]
        table.add("3 types (without other/MISC)", three.reduce(PRF()) { $0 + (byType[$1] ?? PRF()) }, key: "no_misc")
        for type in EntityType.allCases {
            table.add("  " + type.rawValue, byType[type] ?? PRF(), key: type.rawValue)
        }
        table.add("spans only (type ignored)", spans, key: "span")
        table.note("errors: \(missed) gold names missed, \(spurious) spurious, \(boundaryErrors) with wrong boundaries")
        let confusions = typeConfusions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        table.note("right span, wrong type: " + (confusions.isEmpty ? "none"
            : confusions.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        return table
    }
}
