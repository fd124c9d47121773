/// Counts behind a precision / recall / F1 score.
public struct PRF: Sendable, Hashable {
    public var truePositives: Double
    public var predicted: Double
    public var gold: Double

    public init(truePositives: Double = 0, predicted: Double = 0, gold: Double = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    public var precision: Double { predicted > 0 ? truePositives / predicted : 0 }
    public var recall: Double { gold > 0 ? truePositives / gold : 0 }
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    public static func + (a: PRF, b: PRF) -> PRF {
        PRF(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
    }

    public static func += (a: inout PRF, b: PRF) { a = a + b }
}

/// A printed score table in the reference scorer's shape: one row per metric, then a
/// `SCORE key=value …` line for scripts.
public struct ScoreTable: Sendable {
    public enum Row: Sendable {
        case prf(label: String, PRF)
        case value(label: String, Double, note: String)
        case text(String)
    }

    public var title: String
    public var rows: [Row] = []
    /// Keys and values for the final `SCORE` line, in order.
    public var score: [(String, Double)] = []

    public init(title: String) {
        self.title = title
    }

    public mutating func add(_ label: String, _ prf: PRF, key: String? = nil) {
        rows.append(.prf(label: label, prf))
        if let key { score.append((key + "_f1", prf.f1)) }
    }

    public mutating func add(_ label: String, value: Double, note: String = "", key: String? = nil) {
        rows.append(.value(label: label, value, note: note))
        if let key { score.append((key, value)) }
    }

    public mutating func note(_ line: String) { rows.append(.text(line)) }

    /// The table as text.
    public var rendered: String {
        var labels: [String] = []
        for row in rows {
            switch row {
            case .prf(let label, _), .value(let label, _, _): labels.append(label)
            case .text: break
            }
        }
        let width = max(10, labels.map(\.count).max() ?? 10)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func left(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        func f(_ v: Double) -> String { String(format4(v)) }
        var out = title + "\n"
        if rows.contains(where: { if case .prf = $0 { return true } else { return false } }) {
            out += pad("metric", width) + " " + ["P", "R", "F1", "tp", "n_pred", "n_gold"].map { left($0, 8) }.joined(separator: " ") + "\n"
        }
        for row in rows {
            switch row {
            case .prf(let label, let s):
                out += pad(label, width) + " " + [f(s.precision), f(s.recall), f(s.f1), count(s.truePositives), count(s.predicted), count(s.gold)]
                    .map { left($0, 8) }.joined(separator: " ") + "\n"
            case .value(let label, let v, let note):
                out += pad(label, width) + " " + left(f(v), 8) + (note.isEmpty ? "" : "  " + note) + "\n"
            case .text(let line):
                out += line + "\n"
            }
        }
        out += "SCORE " + score.map { "\($0.0)=\(format4($0.1))" }.joined(separator: " ") + "\n"
        return out
    }

    private func count(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : format4(v) }
}

/// `0.8391` — four decimals, as the reference scorer prints.
public func format4(_ v: Double) -> String {
    let scaled = (v * 10_000).rounded()
    let whole = Int(scaled) / 10_000
    let frac = abs(Int(scaled)) % 10_000
    let digits = String(frac)
    return "\(v < 0 && whole == 0 ? "-" : "")\(whole).\(String(repeating: "0", count: 4 - digits.count))\(digits)"
}
