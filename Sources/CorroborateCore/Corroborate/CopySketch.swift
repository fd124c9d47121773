/// A MinHash sketch of a report's wording: enough to tell, in constant time and space, whether
/// two reports are copies of one text (a wire story and its reprints) without keeping the texts.
///
/// The text's words (lowercased; punctuation and quotation marks ignored) are cut into
/// overlapping runs of ``shingleWords`` words. Two copies share most runs whatever their
/// headlines; two reports of one event written by different people share few, because news
/// writers rarely repeat five words in a row except in quotes. For each of ``size`` hash
/// functions the sketch keeps the smallest hash of any run: the share of positions where two
/// sketches agree estimates the Jaccard similarity of their run sets (Broder's resemblance).
///
/// ```swift
/// let a = CopySketch(text: wireStory)
/// let b = CopySketch(text: reprintWithNewHeadline)
/// a.resemblance(b)   // ≈ 0.9
/// ```
struct CopySketch: Sendable, Hashable {
    /// How many hash functions (minima) a sketch keeps.
    static let size = 64
    /// Words per shingle: long enough that independent writers rarely share one.
    static let shingleWords = 5

    /// The smallest value of each hash function over the text's shingles (`size` values), or
    /// empty for a text without words.
    var minima: [UInt32]
    /// How many shingles the text has: with the resemblance, it gives how much of the shorter
    /// text the longer one contains.
    var shingles: Int

    init(minima: [UInt32], shingles: Int) {
        self.minima = minima
        self.shingles = shingles
    }

    /// The sketch of a text given as UTF-8 bytes.
    ///
    /// - Complexity: O(*n* × ``size``) for *n* words, on the bytes (no `String` per word).
    init(bytes: UnsafeBufferPointer<UInt8>) {
        let words = CopySketch.wordHashes(bytes)
        guard !words.isEmpty else {
            self.init(minima: [], shingles: 0)
            return
        }
        let width = min(CopySketch.shingleWords, words.count)
        let count = words.count - width + 1
        // Each shingle's hash first, then each hash function's minimum over them all: the
        // minimum stays in a register instead of being loaded and stored for every shingle.
        var shingles = [UInt64](repeating: 0, count: count)
        for start in 0..<count {
            var h: UInt64 = 0x243F_6A88_85A3_08D3
            for k in start..<(start + width) { h = (h ^ words[k]) &* 0x9E37_79B9_7F4A_7C15 }
            shingles[start] = CopySketch.mix(h)
        }
        var minima = [UInt32](repeating: .max, count: CopySketch.size)
        shingles.withUnsafeBufferPointer { hashes in
            minima.withUnsafeMutableBufferPointer { m in
                CopySketch.multipliers.withUnsafeBufferPointer { a in
                    CopySketch.offsets.withUnsafeBufferPointer { b in
                        for i in 0..<CopySketch.size {
                            let ai = a[i]
                            let bi = b[i]
                            var least = UInt32.max
                            for h in hashes {
                                // Multiply-shift hashing: the high half of a·x + b for odd a.
                                let v = UInt32(truncatingIfNeeded: (ai &* h &+ bi) >> 32)
                                least = Swift.min(least, v)
                            }
                            m[i] = least
                        }
                    }
                }
            }
        }
        self.init(minima: minima, shingles: count)
    }

    /// The sketch of a text.
    init(text: String) {
        var text = text
        self = text.withUTF8 { CopySketch(bytes: $0) }
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets: the share of hash
    /// functions whose minima agree.
    func resemblance(_ other: CopySketch) -> Double {
        guard minima.count == CopySketch.size, other.minima.count == CopySketch.size else { return 0 }
        var same = 0
        for i in 0..<CopySketch.size where minima[i] == other.minima[i] { same += 1 }
        return Double(same) / Double(CopySketch.size)
    }

    /// The estimated share of the shorter text's shingles that the longer one also has, from
    /// the resemblance *J* and the two sizes: |A ∩ B| = *J* (|A| + |B|) / (1 + *J*).
    func containment(_ other: CopySketch, resemblance j: Double) -> Double {
        let smaller = min(shingles, other.shingles)
        guard smaller > 0 else { return 0 }
        let shared = j * Double(shingles + other.shingles) / (1 + j)
        return min(1, shared / Double(smaller))
    }

    // MARK: - Words

    /// A hash of each word: ASCII letters and digits lowercased; apostrophes (', ‘, ’) ignored,
    /// so `don't`, `don’t` and `dont` are one word; other ASCII bytes, Latin-1 punctuation
    /// (U+00A0–U+00BF) and general punctuation (U+2000–U+206F: dashes, quotation marks,
    /// ellipses) separate words; other non-ASCII bytes (letters of other scripts) belong to words.
    static func wordHashes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        let basis: UInt64 = 0xCBF2_9CE4_8422_2325
        var hashes: [UInt64] = []
        hashes.reserveCapacity(bytes.count / 5)
        var h = basis
        var inWord = false
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            var letter: UInt8 = 0
            if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                letter = byte
            } else if byte &- 0x41 < 26 {
                letter = byte | 0x20
            } else if byte == 0x27 {
                i += 1
                continue
            } else if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
                // General punctuation (U+2000–U+206F: spaces, dashes, quotation marks, …)
                // separates words, but ‘ and ’ are apostrophes as often as quotation marks:
                // like ', they never split a word.
                let apostrophe = bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99)
                if !apostrophe, inWord {
                    hashes.append(h)
                    inWord = false
                }
                i += 3
                continue
            } else if byte == 0xC2, i + 1 < n, bytes[i + 1] >= 0xA0 {
                // Latin-1 punctuation and symbols (no-break space, « », °, ©) separate words.
                if inWord {
                    hashes.append(h)
                    inWord = false
                }
                i += 2
                continue
            } else if byte >= 0x80 {
                letter = byte
            }
            if letter != 0 {
                if !inWord {
                    inWord = true
                    h = basis
                }
                h = (h ^ UInt64(letter)) &* 0x100_0000_01B3
            } else if inWord {
                hashes.append(h)
                inWord = false
            }
            i += 1
        }
        if inWord { hashes.append(h) }
        return hashes
    }

    /// The SplitMix64 finaliser: spreads every input bit over the whole word.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fixed random odd multipliers and offsets, so sketches made anywhere compare.
    private static let multipliers: [UInt64] = (0..<UInt64(size)).map { mix(0x5EED_0000 &+ $0) | 1 }
    private static let offsets: [UInt64] = (0..<UInt64(size)).map { mix(0xB0B_0000 &+ $0) }
}
