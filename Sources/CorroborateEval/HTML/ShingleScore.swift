/// The article-extraction benchmark's text metric (Scrapinghub AEB `evaluate.py`, the metric of
/// the reference scorer): tokens are runs of word characters, shingles are token n-grams (a
/// text of fewer than n tokens gives one shorter shingle), and each page's true positives,
/// false positives and false negatives are the multiset overlap of gold and predicted
/// shingles, divided by their sum.
public struct ShingleScore: Sendable {
    public var truePositive: Double
    public var falsePositive: Double
    public var falseNegative: Double

    /// Scores one page.
    ///
    /// - Parameters:
    ///   - gold: The gold text.
    ///   - predicted: The extracted text.
    ///   - n: Shingle length: 4 for the benchmark's metric, 1 for words.
    ///   - asciiMarks: Read every non-ASCII character as `?` first (L3S-GN1, whose gold lost them).
    public init(gold: String, predicted: String, n: Int, asciiMarks: Bool) {
        let t = ShingleScore.shingles(ShingleScore.tokens(gold, asciiMarks: asciiMarks), n)
        let p = ShingleScore.shingles(ShingleScore.tokens(predicted, asciiMarks: asciiMarks), n)
        var tp = 0.0, fp = 0.0, fn = 0.0
        for (key, tc) in t {
            let pc = p[key] ?? 0
            tp += Double(min(tc, pc))
            fn += Double(max(0, tc - pc))
        }
        for (key, pc) in p { fp += Double(max(0, pc - (t[key] ?? 0))) }
        let s = tp + fp + fn
        if s > 0 {
            truePositive = tp / s
            falsePositive = fp / s
            falseNegative = fn / s
        } else {
            truePositive = 0
            falsePositive = 0
            falseNegative = 0
        }
    }

    /// Precision as the benchmark defines it: 1 when nothing is wrong, 0 when nothing is right.
    public var precision: Double {
        if falsePositive == 0, falseNegative == 0 { return 1 }
        if truePositive == 0, falsePositive == 0 { return 0 }
        return truePositive / (truePositive + falsePositive)
    }

    public var recall: Double {
        if falsePositive == 0, falseNegative == 0 { return 1 }
        if truePositive == 0, falseNegative == 0 { return 0 }
        return truePositive / (truePositive + falseNegative)
    }

    /// Word tokens: Python's `\w+` (letters, digits, marks of numbers, `_`), on Unicode scalars.
    public static func tokens(_ text: String, asciiMarks: Bool) -> [Substring.UnicodeScalarView] {
        var result: [Substring.UnicodeScalarView] = []
        let scalars = Substring(text).unicodeScalars
        var start: Substring.UnicodeScalarView.Index? = nil
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let word: Bool
            if s.value < 0x80 {
                let v = s.value
                word = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
            } else if asciiMarks {
                word = false
            } else {
                word = isWordScalar(s)
            }
            if word {
                if start == nil { start = i }
            } else if let st = start {
                result.append(scalars[st..<i])
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let st = start { result.append(scalars[st..<scalars.endIndex]) }
        return result
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        case .connectorPunctuation:
            return s == "_"
        default:
            return false
        }
    }

    static func shingles(_ tokens: [Substring.UnicodeScalarView], _ n: Int) -> [String: Int] {
        var counts: [String: Int] = [:]
        let count = max(1, tokens.count - n + 1)
        for i in 0..<count {
            let slice = tokens[i..<min(tokens.count, i + n)]
            guard !slice.isEmpty else { continue }
            let key = slice.map { String($0) }.joined(separator: "\u{1F}")
            counts[key, default: 0] += 1
        }
        return counts
    }

    /// Mean precision over pages with something predicted, mean recall over pages with
    /// something to find, and their harmonic mean — the benchmark's averaging.
    public static func average(_ pages: [ShingleScore]) -> (precision: Double, recall: Double, f1: Double) {
        let ps = pages.filter { $0.truePositive + $0.falsePositive > 0 }.map(\.precision)
        let rs = pages.filter { $0.truePositive + $0.falseNegative > 0 }.map(\.recall)
        let p = ps.isEmpty ? 0 : ps.reduce(0, +) / Double(ps.count)
        let r = rs.isEmpty ? 0 : rs.reduce(0, +) / Double(rs.count)
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
}
