/// Per-token facts about one article that the tagger's context features need, computed in one
/// pass over the tokens.
struct NERContext {
    /// Hash of the token's bytes (digits as `0`): the key of its block in the model.
    var exact: [UInt64]
    var lower: [UInt64]
    var shortShape: [UInt64]
    var caseClass: [UInt8]
    /// How the token's lower-cased form is written across the article (``DocumentCase``).
    var documentCase: [UInt8]
    /// 1 for the first word of a sentence (after any opening quotes or brackets).
    var sentenceStart: [UInt8]
    /// A multi-word gazetteer name covering the token: type index × 4 + position + 1, or 0.
    var phrase: [UInt8]
    /// For each sentence, whether it is a line set in capitals (a headline or dateline).
    var capitalsLine: [Bool]

    /// Bits of ``documentCase``.
    enum DocumentCase {
        static let lower: UInt8 = 1
        static let capitalisedInside: UInt8 = 2
        static let capitals: UInt8 = 4
        static let capitalisedFirst: UInt8 = 8
    }

    init(_ view: TextView) {
        let tokens = view.tokens
        let n = tokens.count
        exact = [UInt64](repeating: 0, count: n)
        lower = [UInt64](repeating: 0, count: n)
        shortShape = [UInt64](repeating: 0, count: n)
        caseClass = [UInt8](repeating: 4, count: n)
        documentCase = [UInt8](repeating: 0, count: n)
        sentenceStart = [UInt8](repeating: 0, count: n)
        phrase = [UInt8](repeating: 0, count: n)
        capitalsLine = [Bool](repeating: false, count: view.sentences.count)

        var table = NERCaseTable(capacity: n)
        view.bytes.withUnsafeBufferPointer { bytes in
            for k in 0..<n {
                let t = tokens[k]
                let scan = NERFeatures.scan(UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)]))
                exact[k] = scan.exact
                lower[k] = scan.lower
                shortShape[k] = scan.shortShape
                caseClass[k] = t.kind == .word ? scan.caseClass : 4
            }
        }
        for (s, sentence) in view.sentences.enumerated() {
            var letters = 0
            var capitals = 0
            var first = true
            for k in sentence.tokens {
                let c = caseClass[k]
                if c != 4 {
                    letters += 1
                    if c == 2 { capitals += 1 }
                }
                if first, tokens[k].kind == .word || tokens[k].kind == .number {
                    sentenceStart[k] = 1
                    first = false
                }
            }
            let isCapitalsLine = capitals >= 1 && capitals * 2 > letters
            capitalsLine[s] = isCapitalsLine
            for k in sentence.tokens where caseClass[k] != 4 {
                let bit: UInt8
                switch caseClass[k] {
                case 0: bit = DocumentCase.lower
                case 2: bit = isCapitalsLine ? 0 : DocumentCase.capitals
                default: bit = sentenceStart[k] == 1 || isCapitalsLine ? DocumentCase.capitalisedFirst : DocumentCase.capitalisedInside
                }
                table.insert(lower[k], bit)
            }
        }
        for k in 0..<n where caseClass[k] != 4 { documentCase[k] = table.mask(lower[k]) }
        markPhrases(view)
    }

    /// Marks tokens covered by a multi-word name of the phrase lexicon (`north korea`, `world bank`).
    private mutating func markPhrases(_ view: TextView) {
        let tokens = view.tokens
        var key: [UInt8] = []
        key.reserveCapacity(64)
        for sentence in view.sentences {
            var k = sentence.tokens.lowerBound
            let upper = sentence.tokens.upperBound
            while k < upper {
                guard caseClass[k] == 1 || caseClass[k] == 2 || caseClass[k] == 3, NERLexicon.startsPhrase(view, token: k) else {
                    k += 1
                    continue
                }
                var matched = 0
                var type: EntityType? = nil
                key.removeAll(keepingCapacity: true)
                var j = k
                while j < upper, j - k < NERLexicon.longestPhrase {
                    let t = tokens[j]
                    if j > k { key.append(0x20) }
                    key.append(contentsOf: view.bytes[Int(t.start)..<Int(t.end)])
                    if j > k, let found = key.withUnsafeBufferPointer({ NERLexicon.phraseType($0) }) {
                        matched = j - k + 1
                        type = found
                    }
                    j += 1
                }
                guard let type, matched > 1 else {
                    k += 1
                    continue
                }
                let base = UInt8(NERTagScheme.typeIndex(type) * 4 + 1)
                for i in 0..<matched {
                    phrase[k + i] = base + (i == 0 ? 0 : i == matched - 1 ? 2 : 1)
                }
                k += matched
            }
        }
    }

    /// Appends the keys of every context feature of token `i` in a sentence spanning `range`
    /// (what training reads; tagging reads the same through ``hashedKeys(_:in:)``,
    /// ``rareKeys(_:capitalsLine:)``, ``smallIndices(_:)`` and the bias folded into the model's
    /// transitions).
    func features(_ i: Int, in range: Range<Int>, capitalsLine isCapitalsLine: Bool, into keys: inout [UInt64]) {
        keys.append(NERFeatures.bias)
        let hashed = hashedKeys(i, in: range)
        keys += [hashed.0, hashed.1, hashed.2]
        keys += rareKeys(i, capitalsLine: isCapitalsLine)
        let small = smallIndices(i)
        keys.append(NERContext.smallKey(small.0))
        if small.1 >= 0 { keys.append(NERContext.smallKey(small.1)) }
    }

    /// The keys every token has that need a hash lookup: the word pairs before and after it,
    /// and the shapes of its three-token window.
    @inline(__always)
    func hashedKeys(_ i: Int, in range: Range<Int>) -> (UInt64, UInt64, UInt64) {
        let hasBefore = i > range.lowerBound, hasAfter = i + 1 < range.upperBound
        let before = hasBefore ? lower[i - 1] : 0x5EED
        let after = hasAfter ? lower[i + 1] : 0xE0D
        let sBefore = hasBefore ? shortShape[i - 1] : 0x5EED
        let sAfter = hasAfter ? shortShape[i + 1] : 0xE0D
        return (
            NERHash.key(.bigramBefore, 0, NERHash.combine(before, lower[i])),
            NERHash.key(.bigramAfter, 0, NERHash.combine(lower[i], after)),
            NERHash.key(.shapeTrigram, 0, NERHash.combine(NERHash.combine(sBefore, shortShape[i]), sAfter))
        )
    }

    /// The keys few tokens have: a word in a line set in capitals, a word inside a gazetteer name.
    func rareKeys(_ i: Int, capitalsLine isCapitalsLine: Bool) -> [UInt64] {
        var keys: [UInt64] = []
        if isCapitalsLine {
            keys.append(NERHash.key(.capitalsLine, 0, UInt64(documentCase[i]) << 8 | UInt64(caseClass[i])))
        }
        if phrase[i] != 0 { keys.append(NERHash.key(.phrase, 0, UInt64(phrase[i]))) }
        return keys
    }

    /// The indices (``smallKey(_:)``, -1 for none) of the two features whose few values the
    /// model keeps in a dense table: sentence position, and the article's capitalisation of the word.
    @inline(__always)
    func smallIndices(_ i: Int) -> (Int, Int) {
        let c = Int(caseClass[i])
        let start = Int(sentenceStart[i]) * 5 + c
        let document = c == 4 ? -1 : 10 + Int(documentCase[i]) * 4 + c
        return (start, document)
    }

    /// How many small-table features there are: sentence position, the article's
    /// capitalisation, and what earlier sentences of the article were tagged (``NERHistory``).
    static let smallCount = historyBase + 6 * 5
    static let historyBase = 10 + 16 * 4

    /// The key of small-table feature `index`.
    static func smallKey(_ index: Int) -> UInt64 {
        if index < 10 { return NERHash.key(.sentenceStart, 0, UInt64(index / 5) << 8 | UInt64(index % 5)) }
        if index >= historyBase {
            let v = index - historyBase
            return NERHash.key(.history, 0, UInt64(v / 5) << 8 | UInt64(v % 5))
        }
        let v = index - 10
        return NERHash.key(.documentCase, 0, UInt64(v / 4) << 8 | UInt64(v % 4))
    }

    /// The small-table index of the history feature of token `k`.
    @inline(__always)
    func historyIndex(_ k: Int, _ history: NERHistory) -> Int {
        let c = Int(caseClass[k])
        let value = c >= 1 && c <= 3 ? history.value(lower[k]) : 0
        return NERContext.historyBase + value * 5 + c
    }

    /// Records the tags given to a sentence's capitalised words.
    func record(_ range: Range<Int>, tags: some Collection<UInt8>, scheme: NERTagScheme, into history: inout NERHistory) {
        for (k, tag) in zip(range, tags) where caseClass[k] >= 1 && caseClass[k] <= 3 {
            history.record(lower[k], type: scheme.type(of: Int(tag)).map { NERTagScheme.typeIndex($0) + 1 } ?? 0)
        }
    }
}

/// A small open-addressing map from a word's hash to the ways it is capitalised in an article.
struct NERCaseTable {
    private var keys: [UInt64]
    private var masks: [UInt8]
    private let mask: Int

    init(capacity n: Int) {
        var c = 16
        while c < n * 2 { c <<= 1 }
        keys = [UInt64](repeating: 0, count: c)
        masks = [UInt8](repeating: 0, count: c)
        mask = c - 1
    }

    mutating func insert(_ key: UInt64, _ bit: UInt8) {
        let k = key | 1
        var slot = Int(truncatingIfNeeded: k >> 7) & mask
        while keys[slot] != 0, keys[slot] != k { slot = (slot + 1) & mask }
        keys[slot] = k
        masks[slot] |= bit
    }

    func mask(_ key: UInt64) -> UInt8 {
        let k = key | 1
        var slot = Int(truncatingIfNeeded: k >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == k { return masks[slot] }
            slot = (slot + 1) & mask
        }
        return 0
    }
}

/// What the tagger said of each capitalised word in the sentences of an article so far: a
/// name tagged `ORG` twice is likely `ORG` the third time, whatever its neighbours.
struct NERHistory {
    private var keys: [UInt64]
    private var counts: [SIMD8<UInt16>]
    private let mask: Int

    init(capacity n: Int) {
        var c = 16
        while c < n * 2 { c <<= 1 }
        keys = [UInt64](repeating: 0, count: c)
        counts = [SIMD8<UInt16>](repeating: .zero, count: c)
        mask = c - 1
    }

    /// `type`: 0 for outside a name, 1 + the type index otherwise.
    mutating func record(_ key: UInt64, type: Int) {
        let k = key | 1
        var slot = Int(truncatingIfNeeded: k >> 11) & mask
        while keys[slot] != 0, keys[slot] != k { slot = (slot + 1) & mask }
        keys[slot] = k
        counts[slot][type] &+= 1
    }

    /// 0 for a word not seen before, else 1 + the tag kind it was given most (0 outside, 1… types).
    func value(_ key: UInt64) -> Int {
        let k = key | 1
        var slot = Int(truncatingIfNeeded: k >> 11) & mask
        while keys[slot] != 0 {
            if keys[slot] == k {
                let c = counts[slot]
                var best = 0
                for t in 1..<5 where c[t] > c[best] { best = t }
                return 1 + best
            }
            slot = (slot + 1) & mask
        }
        return 0
    }
}
