public import CorroborateCore
import Foundation

/// Value and value+unit scores of figures against gold quantities, as the reference scorer
/// computes them (`score.py figures`), with the worst errors.
///
/// Matching is one-to-one per sentence and greedy. A gold value matches a figure's `value`
/// within 1e-8 + 1e-5·|gold| (numpy's `isclose`); a gold range matches `low`/`high` in either
/// order. Units are lowercased, singularised word by word and mapped (`%` → percent, `$` →
/// dollar …); the figure's `unit` or `what` matches when it equals a gold unit or holds it as
/// whole words; a gold quantity without a unit wants a figure without one.
public struct QuantityScores: Sendable {
    public var value = PRF()
    public var valueUnit = PRF()
    public var approximateAgrees = 0
    /// Sentences whose text repeated an earlier one and were not analysed (scored as missed).
    public var skipped = 0
    public var missed: [(sentence: String, gold: String)] = []
    public var spurious: [(sentence: String, figure: String)] = []
    public var wrongUnit: [(sentence: String, gold: String, figure: String)] = []

    public init() {}

    /// Scores the figures of one sentence (nil when it was not analysed).
    public mutating func add(_ sentence: QuantitySentence, figures: [Figure]?, text: String) {
        let gold = sentence.quantities
        let predicted = figures ?? []
        if figures == nil { skipped += 1 }
        let valuePairs = QuantityScores.greedy(gold.count, predicted.count) { QuantityScores.valueMatches(gold[$0], predicted[$1]) }
        let unitPairs = QuantityScores.greedy(gold.count, predicted.count) {
            QuantityScores.valueMatches(gold[$0], predicted[$1]) && QuantityScores.unitMatches(gold[$0], predicted[$1])
        }
        value += PRF(truePositives: Double(valuePairs.count), predicted: Double(predicted.count), gold: Double(gold.count))
        valueUnit += PRF(truePositives: Double(unitPairs.count), predicted: Double(predicted.count), gold: Double(gold.count))
        for (g, p) in valuePairs where (gold[g].change == "~") == predicted[p].approximate { approximateAgrees += 1 }

        let short = sentence.text.count > 110 ? String(sentence.text.prefix(110)) + "…" : sentence.text
        let matchedGold = Set(valuePairs.map(\.0))
        let matchedFigures = Set(valuePairs.map(\.1))
        let unitGold = Set(unitPairs.map(\.0))
        for (g, q) in gold.enumerated() where !matchedGold.contains(g) {
            missed.append((short, QuantityScores.describe(q)))
        }
        for (p, f) in predicted.enumerated() where !matchedFigures.contains(p) {
            spurious.append((short, QuantityScores.describe(f, text)))
        }
        for (g, p) in valuePairs where !unitGold.contains(g) {
            wrongUnit.append((short, QuantityScores.describe(gold[g]), QuantityScores.describe(predicted[p], text)))
        }
    }

    /// The score table, `SCORE value_f1=… value_unit_f1=…` last.
    public func table(title: String) -> ScoreTable {
        var t = ScoreTable(title: title)
        t.add("value (ranges: low/high)", value, key: "value")
        t.add("value + unit", valueUnit, key: "value_unit")
        let acc = value.truePositives > 0 ? Double(approximateAgrees) / value.truePositives : 0
        t.add("approximate flag agrees with gold change '~'", value: acc, note: "\(approximateAgrees)/\(Int(value.truePositives)) value-matched")
        if skipped > 0 { t.note("  \(skipped) sentences repeated an earlier one and were not analysed") }
        t.score = [
            ("value_f1", value.f1), ("value_p", value.precision), ("value_r", value.recall),
            ("value_unit_f1", valueUnit.f1), ("value_unit_p", valueUnit.precision), ("value_unit_r", valueUnit.recall),
        ]
        return t
    }

    /// The first `n` errors of each kind, as text.
    public func worstErrors(_ n: Int) -> String {
        var out = ""
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\(title) (\(lines.count)):\n"
            for line in lines.prefix(n) { out += "  " + line + "\n" }
        }
        section("missed", missed.map { "\($0.gold) — \($0.sentence)" })
        section("spurious", spurious.map { "\($0.figure) — \($0.sentence)" })
        section("wrong unit", wrongUnit.map { "gold \($0.gold) vs \($0.figure) — \($0.sentence)" })
        return out
    }

    // MARK: - Matching

    static func isClose(_ a: Double?, _ b: Double) -> Bool {
        guard let a, !a.isNaN, !b.isNaN else { return false }
        return abs(a - b) <= 1e-8 + 1e-5 * abs(b)
    }

    static func valueMatches(_ g: QuantityGold, _ f: Figure) -> Bool {
        switch g.value {
        case .scalar(let v): return isClose(f.value, v)
        case .range(let lo, let hi):
            guard let l = f.low, let h = f.high else { return false }
            return (isClose(l, lo) && isClose(h, hi)) || (isClose(l, hi) && isClose(h, lo))
        }
    }

    static func unitMatches(_ g: QuantityGold, _ f: Figure) -> Bool {
        let golds = [g.normalizedUnit, g.unit].map(UnitCanon.canonical).filter { !UnitCanon.none.contains($0) }
        guard !golds.isEmpty else { return UnitCanon.none.contains(UnitCanon.canonical(f.unit ?? "")) }
        let candidates = [f.unit, f.what].compactMap { $0 }.map(UnitCanon.canonical).filter { !UnitCanon.none.contains($0) }
        return candidates.contains { c in golds.contains { c == $0 || UnitCanon.containsWords(c, $0) } }
    }

    /// One-to-one pairs, gold order then prediction order among equals (as the reference).
    static func greedy(_ nGold: Int, _ nPred: Int, _ matches: (Int, Int) -> Bool) -> [(Int, Int)] {
        var usedPred = Set<Int>()
        var pairs: [(Int, Int)] = []
        for g in 0..<nGold {
            for p in 0..<nPred where !usedPred.contains(p) && matches(g, p) {
                usedPred.insert(p)
                pairs.append((g, p))
                break
            }
        }
        return pairs
    }

    static func describe(_ q: QuantityGold) -> String {
        let v: String
        switch q.value {
        case .scalar(let x): v = Formatting.grouped(x)
        case .range(let a, let b): v = "\(Formatting.grouped(a))–\(Formatting.grouped(b))"
        }
        let unit = q.normalizedUnit.isEmpty || q.normalizedUnit == "-" ? q.unit : q.normalizedUnit
        return unit.isEmpty || unit == "-" ? v : "\(v) \(unit)"
    }

    static func describe(_ f: Figure, _ text: String) -> String {
        let bytes = Array(text.utf8)
        let written = f.span.end <= bytes.count ? String(decoding: bytes[f.span.start..<f.span.end], as: UTF8.self) : "?"
        var parts = ["“\(written)”"]
        if let u = f.unit { parts.append("unit \(u)") }
        if let w = f.what { parts.append("what \(w)") }
        return parts.joined(separator: " ")
    }
}

/// Unit names as the reference scorer compares them.
enum UnitCanon {
    static let none: Set<String> = ["", "-", "dimensionless", "none", "null"]

    static let synonyms: [String: String] = [
        "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent", "percentage": "percent",
        "$": "dollar", "us$": "dollar", "usd": "dollar", "us dollar": "dollar", "dollar": "dollar",
        "united states dollar": "dollar", "€": "euro", "eur": "euro", "euro": "euro", "£": "pound sterling",
        "gbp": "pound sterling", "pound sterling": "pound sterling", "¥": "japanese yen", "jpy": "japanese yen",
        "yen": "japanese yen", "japanese yen": "japanese yen",
    ]

    static let irregular: [String: String] = [
        "feet": "foot", "teeth": "tooth", "men": "man", "women": "woman", "children": "child", "people": "person",
        "mice": "mouse", "geese": "goose",
    ]

    static func singular(_ w: String) -> String {
        if let i = irregular[w] { return i }
        guard w.count > 3 else { return w }
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        for end in ["sses", "shes", "ches", "xes", "zes"] where w.hasSuffix(end) { return String(w.dropLast(2)) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }

    static func canonical(_ u: String) -> String {
        let words = u.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        let joined = words.joined(separator: " ")
        if let s = synonyms[joined] { return s }
        let single = words.map(singular).joined(separator: " ")
        return synonyms[single] ?? single
    }

    /// Whether `word` occurs in `text` bounded by non-word characters (or the ends).
    static func containsWords(_ text: String, _ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        var search = text.startIndex
        while let r = text.range(of: word, range: search..<text.endIndex) {
            let before = r.lowerBound == text.startIndex || !isWordCharacter(text[text.index(before: r.lowerBound)])
            let after = r.upperBound == text.endIndex || !isWordCharacter(text[r.upperBound])
            if before && after { return true }
            search = text.index(after: r.lowerBound)
        }
        return false
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
}
