/// Word-level comparison of two renderings of one quote: how much they share, and the edits
/// from one to the other.
struct WordDiff {
    /// The words as printed (split at spaces), and their comparison keys (lowercased, without
    /// punctuation).
    let a: [Substring]
    let b: [Substring]
    private let keysA: [UInt64]
    private let keysB: [UInt64]
    /// `lcs[i * (b.count + 1) + j]`: the longest common subsequence of `keysA[i...]` and
    /// `keysB[j...]`.
    private let lcs: [Int32]

    init(_ first: String, _ second: String) {
        self.init(WordDiff.words(first), WordDiff.words(second))
    }

    /// Two renderings already split into ``words(_:)``.
    init(_ first: [Substring], _ second: [Substring]) {
        a = first
        b = second
        keysA = a.map(WordDiff.key)
        keysB = b.map(WordDiff.key)
        let width = b.count + 1
        var table = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] = keysA[i] == keysB[j]
                    ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        lcs = table
    }

    /// The words of a rendering, as printed.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    }

    /// The comparison keys of a rendering's words: each word lowercased, without punctuation.
    static func keys(_ words: [Substring]) -> [UInt64] { words.map(key) }

    private func at(_ i: Int, _ j: Int) -> Int { Int(lcs[i * (b.count + 1) + j]) }

    /// Words the two share in order.
    var common: Int { lcs.isEmpty ? 0 : Int(lcs[0]) }

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
            } else if j < b.count, i == a.count || at(i, j + 1) >= at(i + 1, j) {
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

    /// FNV-1a over the word's letters and digits, ASCII lowercased: `“We` and `we` meet.
    static func key(_ word: Substring) -> UInt64 {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in word.utf8 {
            // Letters and digits of any script count; ASCII punctuation does not.
            guard b >= 0x80 || ByteClass.isASCIILetter(b) || b &- 48 < 10 else { continue }
            h = (h ^ UInt64(Lexicon<Int>.lower(b))) &* 1_099_511_628_211
        }
        return h
    }
}
