import Foundation

/// A sentence with its gold quantities, from NewsQuant or quantulum3's test file.
public struct QuantitySentence: Sendable {
    public var id: String
    public var text: String
    public var quantities: [QuantityGold]
}

/// One gold quantity: a value or a range, its unit as written and normalised, and its change
/// (`=`, `~`, `>`, `<`, `up`, `down`).
public struct QuantityGold: Sendable {
    public enum Value: Sendable, Hashable {
        case scalar(Double)
        case range(Double, Double)
    }

    public var value: Value
    public var unit: String
    public var normalizedUnit: String
    public var change: String
}

/// A gold file that cannot be read, naming it.
public struct FigureGoldError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// Readers for the numeric gold sets.
public enum QuantityGoldReader {
    /// NewsQuant (`[{text, quantities: [{value, unit, normalized_unit, change}]}]`) or
    /// quantulum3's tests (`[{req, res: [{value, unit, surface}]}]`), ids `0`, `1`, … in file
    /// order as the reference scorer numbers them. Gold values that cannot be read are dropped.
    public static func load(path: String) throws(FigureGoldError) -> [QuantitySentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FigureGoldError(path: path, message: "not readable")
        }
        guard let list = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            throw FigureGoldError(path: path, message: "not a JSON array of objects")
        }
        var out: [QuantitySentence] = []
        for (i, ex) in list.enumerated() {
            var quantities: [QuantityGold] = []
            let text: String
            if let req = ex["req"] as? String {
                text = req
                for r in ex["res"] as? [[String: Any]] ?? [] {
                    guard let v = parseValue(r["value"]) else { continue }
                    let unit = r["unit"] as? String ?? ""
                    quantities.append(QuantityGold(value: v, unit: unit, normalizedUnit: unit, change: "="))
                }
            } else {
                text = ex["text"] as? String ?? ""
                for q in ex["quantities"] as? [[String: Any]] ?? [] {
                    guard let v = parseValue(q["value"]) else { continue }
                    quantities.append(QuantityGold(
                        value: v, unit: q["unit"] as? String ?? "", normalizedUnit: q["normalized_unit"] as? String ?? "",
                        change: q["change"] as? String ?? "="))
                }
            }
            out.append(QuantitySentence(id: String(i), text: text, quantities: quantities))
        }
        return out
    }

    /// `"12"`, `12.5`, `"300-400"` (a range), `"-5"`, `"1e-5"`, as the reference scorer reads them.
    static func parseValue(_ any: Any?) -> QuantityGold.Value? {
        if let n = any as? NSNumber { return .scalar(n.doubleValue) }
        guard let s = (any as? String)?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        if let m = s.wholeMatch(of: rangePattern), let a = Double(m.output.1), let b = Double(m.output.2) {
            return .range(a, b)
        }
        return Double(s).map { .scalar($0) }
    }

    nonisolated(unsafe) private static let rangePattern = #/(-?\d[\d.]*(?:[eE][-+]?\d+)?)\s*-\s*(-?\d[\d.]*(?:[eE][-+]?\d+)?)/#
}
