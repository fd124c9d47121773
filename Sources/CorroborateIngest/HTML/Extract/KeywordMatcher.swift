/// Finds many keywords at once in short ASCII strings such as `class` and `id` values, in one
/// pass (an Aho–Corasick automaton over a 38-symbol alphabet), returning the union of the
/// matched keywords' category bits.
///
/// Letters are folded to lowercase and every character that is not a letter or digit reads as
/// a boundary, written `|` in keywords: `|ad|` matches the word `ad` in `top-ad box` but not
/// inside `header`; `comment` matches anywhere, as in `commentList` or `article-comments`.
struct KeywordMatcher: Sendable {
    private var transitions: [Int16] = []
    private var outputs: [UInt64] = []
    private static let alphabet = 38
    private static let boundary = 36

    @inline(__always)
    private static func symbol(_ b: UInt8) -> Int {
        switch b {
        case 0x61...0x7A: return Int(b - 0x61)
        case 0x41...0x5A: return Int(b - 0x41)
        case 0x30...0x39: return Int(b - 0x30) + 26
        default: return boundary
        }
    }

    /// - Parameter keywords: Each keyword with the category bits it sets.
    init(_ keywords: [(String, UInt64)]) {
        let a = KeywordMatcher.alphabet
        var goto: [[Int]] = [[Int](repeating: -1, count: a)]
        var out: [UInt64] = [0]
        for (word, bits) in keywords {
            var s = 0
            for b in word.utf8 {
                let c = b == UInt8(ascii: "|") ? KeywordMatcher.boundary : KeywordMatcher.symbol(b)
                if goto[s][c] < 0 {
                    goto.append([Int](repeating: -1, count: a))
                    out.append(0)
                    goto[s][c] = goto.count - 1
                }
                s = goto[s][c]
            }
            out[s] |= bits
        }
        // Breadth-first failure links, folded into a full transition table.
        var fail = [Int](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for c in 0..<a {
            if goto[0][c] < 0 {
                goto[0][c] = 0
            } else {
                fail[goto[0][c]] = 0
                queue.append(goto[0][c])
            }
        }
        var head = 0
        while head < queue.count {
            let s = queue[head]
            head += 1
            out[s] |= out[fail[s]]
            for c in 0..<a {
                let t = goto[s][c]
                if t < 0 {
                    goto[s][c] = goto[fail[s]][c]
                } else {
                    fail[t] = goto[fail[s]][c]
                    queue.append(t)
                }
            }
        }
        transitions = goto.flatMap { $0.map { Int16($0) } }
        outputs = out
    }

    /// The category bits of every keyword found in `bytes`, read as if between boundaries.
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let a = KeywordMatcher.alphabet
        var s = Int(transitions[KeywordMatcher.boundary])
        var found = outputs[s]
        for b in bytes {
            s = Int(transitions[s * a + KeywordMatcher.symbol(b)])
            found |= outputs[s]
        }
        s = Int(transitions[s * a + KeywordMatcher.boundary])
        return found | outputs[s]
    }

    func match(_ string: String) -> UInt64 {
        var copy = Array(string.utf8)
        return copy.withUnsafeMutableBufferPointer { match(UnsafeBufferPointer($0)) }
    }
}
