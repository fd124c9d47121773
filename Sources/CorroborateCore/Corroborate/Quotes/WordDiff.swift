/// Word-level comparison of two renderings of one quote: how much they share, and the edits
/// from one to the other.
struct WordDiff {
    /// The words as printed (split at spaces), and their comparison keys (lowercased, without
    /// punctuation).
    let a: [Substring]
    let b: [Substring]
    private let keysA: [String]
    private let keysB: [String]
    /// `lcs[i][j]`: the longest common subsequence of `keysA[i...]` and `keysB[j...]`.
    private let lcs: [[Int]]

    init(_ first: String, _ second: String) {
        a = first.split(whereSeparator: { $0 == " " || $0 == "\n" })
        b = second.split(whereSeparator: { $0 == " " || $0 == "\n" })
        keysA = a.map(WordDiff.key)
        keysB = b.map(WordDiff.key)
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = keysA[i] == keysB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        lcs = table
    }

    /// Words the two share in order.
    var common: Int { lcs.first?.first ?? 0 }

    /// Shared words over the average length: 1 for the same words.
    var ratio: Double { a.isEmpty && b.isEmpty ? 1 : 2 * Double(common) / Double(a.count + b.count) }

    /// Shared words over the shorter rendering: 1 when one is an excerpt of the other.
    var containment: Double { min(a.count, b.count) == 0 ? 0 : Double(common) / Double(min(a.count, b.count)) }

    var isIdentical: Bool { keysA == keysB }

    /// One rendering is a run of the other's words, cut at either end and nowhere inside.
    var isExcerpt: Bool {
        let (short, long) = keysA.count <= keysB.count ? (keysA, keysB) : (keysB, keysA)
        guard !short.isEmpty, short.count <= long.count else { return false }
        return (0...(long.count - short.count)).contains { long[$0..<($0 + short.count)].elementsEqual(short) }
    }

    /// The edits from the first rendering to the second: `… [-very] [+truly] …`, runs of
    /// shared words longer than three shortened to their ends.
    var edits: String {
        var out: [String] = []
        var same: [Substring] = []
        func flush(last: Bool) {
            if same.count > 3 {
                if !out.isEmpty { out.append(String(same[0])) }
                out.append("…")
                if !last { out.append(String(same[same.count - 1])) }
            } else {
                out += same.map(String.init)
            }
            same.removeAll()
        }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, keysA[i] == keysB[j] {
                same.append(b[j])
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                flush(last: false)
                out.append("[+\(b[j])]")
                j += 1
            } else {
                flush(last: false)
                out.append("[-\(a[i])]")
                i += 1
            }
        }
        flush(last: true)
        return out.joined(separator: " ")
    }

    private static func key(_ word: Substring) -> String {
        String(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}
