import Foundation

/// A predicted time in a gold document's offsets.
public struct PredictedTime: Sendable, Hashable {
    /// Unicode-scalar offsets into the gold text.
    public var range: Range<Int>
    /// `DATE`, `TIME`, `DURATION`, `SET`.
    public var type: String
    public var value: String

    public init(range: Range<Int>, type: String, value: String) {
        self.range = range
        self.type = type
        self.value = value
    }
}

/// TempEval-3 scores of temporal expressions: strict and relaxed span P/R/F1, value and type
/// accuracy among relaxed matches, and their F1 (accuracy × relaxed F1), with the errors.
///
/// Matching is one-to-one as the official TimeML-Normalizer aligns: in document order, a
/// timex pairs with the other side's timex that is open where it starts (the latest start of
/// the pair first), ties going to the exact span, then to the larger overlap. This is the
/// reference scorer's `times` task (`shared/eval/score.py`), number for number.
public struct TimeScores: Sendable {
    public var strict = PRF()
    public var relaxed = PRF()
    /// Relaxed matches whose value (type) equals the gold one.
    public var valueRight = 0
    public var typeRight = 0
    /// Per gold type: how many, how many found, how many with the right value.
    public var byType: [String: (gold: Int, found: Int, value: Int)] = [:]
    public var errors: [TimeError] = []
    public var documents = 0
    public var missingDocuments = 0

    public init() {}

    public var valueAccuracy: Double { relaxed.truePositives > 0 ? Double(valueRight) / relaxed.truePositives : 0 }
    public var typeAccuracy: Double { relaxed.truePositives > 0 ? Double(typeRight) / relaxed.truePositives : 0 }
    public var valueF1: Double { valueAccuracy * relaxed.f1 }
    public var typeF1: Double { typeAccuracy * relaxed.f1 }

    /// Scores one document's predictions against its gold.
    public mutating func add(_ doc: TimeMLDocument, predictions all: [PredictedTime]?) {
        documents += 1
        if all == nil { missingDocuments += 1 }
        // Predictions over the creation time are not scored.
        let predictions = (all ?? []).filter { p in !doc.excluded.contains { $0.overlaps(p.range) } }
        let gold = doc.timexes
        var candidates: [(key: (Int, Int, Int), g: Int, p: Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in predictions.enumerated() {
                let o = min(g.range.upperBound, p.range.upperBound) - max(g.range.lowerBound, p.range.lowerBound)
                guard o > 0 else { continue }
                candidates.append(((-max(g.range.lowerBound, p.range.lowerBound), g.range == p.range ? 1 : 0, o), gi, pi))
            }
        }
        candidates.sort { a, b in
            if a.key != b.key { return a.key > b.key }
            return (a.g, a.p) < (b.g, b.p)
        }
        var usedG = Set<Int>(), usedP = Set<Int>()
        strict.gold += Double(gold.count)
        relaxed.gold += Double(gold.count)
        strict.predicted += Double(predictions.count)
        relaxed.predicted += Double(predictions.count)
        for g in gold { byType[g.type, default: (0, 0, 0)].gold += 1 }
        for c in candidates where !usedG.contains(c.g) && !usedP.contains(c.p) {
            usedG.insert(c.g)
            usedP.insert(c.p)
            let g = gold[c.g], p = predictions[c.p]
            relaxed.truePositives += 1
            if g.range == p.range { strict.truePositives += 1 }
            let valueOK = g.value == p.value
            let typeOK = g.type == p.type.uppercased()
            if valueOK { valueRight += 1 }
            if typeOK { typeRight += 1 }
            byType[g.type, default: (0, 0, 0)].found += 1
            if valueOK { byType[g.type, default: (0, 0, 0)].value += 1 }
            if !valueOK || !typeOK || g.range != p.range {
                errors.append(TimeError(
                    kind: !valueOK ? .value : !typeOK ? .type : .span, document: doc.id, gold: words(doc, g.range),
                    predicted: words(doc, p.range), goldValue: g.value, predictedValue: p.value, goldType: g.type,
                    predictedType: p.type.uppercased(), context: context(doc, g.range)))
            }
        }
        for (gi, g) in gold.enumerated() where !usedG.contains(gi) {
            errors.append(TimeError(
                kind: .missed, document: doc.id, gold: words(doc, g.range), predicted: nil, goldValue: g.value, predictedValue: nil,
                goldType: g.type, predictedType: nil, context: context(doc, g.range)))
        }
        for (pi, p) in predictions.enumerated() where !usedP.contains(pi) {
            errors.append(TimeError(
                kind: .spurious, document: doc.id, gold: nil, predicted: words(doc, p.range), goldValue: nil, predictedValue: p.value,
                goldType: nil, predictedType: p.type.uppercased(), context: context(doc, p.range)))
        }
    }

    private func words(_ doc: TimeMLDocument, _ r: Range<Int>) -> String {
        let scalars = Array(doc.text.unicodeScalars)
        guard r.lowerBound >= 0, r.upperBound <= scalars.count else { return "" }
        return String(String.UnicodeScalarView(scalars[r]))
    }

    private func context(_ doc: TimeMLDocument, _ r: Range<Int>) -> String {
        let scalars = Array(doc.text.unicodeScalars)
        let lo = max(0, r.lowerBound - 40), hi = min(scalars.count, r.upperBound + 30)
        guard lo <= r.lowerBound, r.upperBound <= hi else { return "" }
        let text = String(String.UnicodeScalarView(scalars[lo..<r.lowerBound])) + "[" + String(String.UnicodeScalarView(scalars[r]))
            + "]" + String(String.UnicodeScalarView(scalars[r.upperBound..<hi]))
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The table in the reference scorer's shape, `SCORE` line included.
    public func table(title: String) -> ScoreTable {
        var t = ScoreTable(title: title)
        t.note("  documents=\(documents)  missing=\(missingDocuments)")
        t.add("strict span", strict, key: "strict")
        t.add("relaxed span (overlap)", relaxed, key: "relaxed")
        t.add("value accuracy among relaxed", value: valueAccuracy, note: "\(valueRight)/\(Int(relaxed.truePositives))", key: "value_acc")
        t.add("value F1 (TE3: value_acc x relaxed F1)", value: valueF1, key: "value_f1")
        t.add("type accuracy among relaxed", value: typeAccuracy, note: "\(typeRight)/\(Int(relaxed.truePositives))", key: "type_acc")
        t.add("type F1 (TE3: type_acc x relaxed F1)", value: typeF1, key: "type_f1")
        for type in byType.keys.sorted() {
            let s = byType[type]!
            let recall = s.gold > 0 ? Double(s.found) / Double(s.gold) : 0
            let accuracy = s.found > 0 ? Double(s.value) / Double(s.found) : 0
            t.add("  \(type) relaxed recall", value: recall, note: "\(s.found)/\(s.gold) found, value right \(s.value) (\(format4(accuracy)))")
        }
        return t
    }

    /// The most frequent errors of each kind, grouped by the shape of the words (digits as 9,
    /// month and weekday names as MONTH and WEEKDAY), with one example each.
    public func worstErrors(_ n: Int) -> String {
        var out = ""
        for kind in TimeError.Kind.allCases {
            let errors = self.errors.filter { $0.kind == kind }
            guard !errors.isEmpty else { continue }
            var groups: [String: [TimeError]] = [:]
            for e in errors { groups[TimeError.shape(e.gold ?? e.predicted ?? ""), default: []].append(e) }
            out += "worst \(kind.rawValue) (\(errors.count)):\n"
            for (shape, list) in groups.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }).prefix(n) {
                let e = list[0]
                var detail: String
                switch kind {
                case .missed: detail = "gold \(e.goldType ?? "") \(e.goldValue ?? "")"
                case .spurious: detail = "predicted \(e.predictedType ?? "") \(e.predictedValue ?? "")"
                case .value: detail = "gold \(e.goldValue ?? "") predicted \(e.predictedValue ?? "")"
                case .type: detail = "gold \(e.goldType ?? "") predicted \(e.predictedType ?? "")"
                case .span: detail = "gold \"\(e.gold ?? "")\" predicted \"\(e.predicted ?? "")\""
                }
                out += "  \(list.count)× \(shape) — \(detail) — \(e.document): …\(e.context)…\n"
            }
        }
        return out
    }
}

/// One scoring error.
public struct TimeError: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case missed, spurious, value, type, span
    }

    public var kind: Kind
    public var document: String
    public var gold: String?
    public var predicted: String?
    public var goldValue: String?
    public var predictedValue: String?
    public var goldType: String?
    public var predictedType: String?
    public var context: String

    /// `Jan. 9, 2025` → `MONTH. 9, 9999`: errors of one form group together.
    static func shape(_ words: String) -> String {
        var out = ""
        for part in words.lowercased().split(separator: " ", omittingEmptySubsequences: false) {
            if !out.isEmpty { out += " " }
            let letters = part.filter(\.isLetter)
            if monthNames.contains(letters) {
                out += part.replacingOccurrences(of: letters, with: "MONTH")
            } else if weekdayNames.contains(letters) {
                out += part.replacingOccurrences(of: letters, with: "WEEKDAY")
            } else {
                out += String(part.map { $0.isNumber ? "9" : $0 })
            }
        }
        return out
    }

    private static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let weekdayNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
