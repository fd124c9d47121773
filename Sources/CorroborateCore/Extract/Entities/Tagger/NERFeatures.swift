/// The features the entity tagger reads, shared by training and tagging so both see the same keys.
///
/// Features come in two kinds. *Word features* depend only on one token's bytes and on the
/// offset (−2…2) at which it stands from the tagged token: its form, lower-cased form,
/// prefixes, suffixes, shapes, lexicon classes and word clusters. Their weights can be summed
/// ahead of time per known word — a *block* — so that tagging a known word costs one lookup.
/// *Context features* depend on the token's surroundings in the article: neighbouring word
/// pairs, the shape of the three-token window, sentence position, how the same word is
/// capitalised elsewhere in the article, headline lines in capitals and multi-word gazetteer
/// hits.
enum NERFeatures {
    /// Tokens on each side that word features look at.
    static let window = 2
    static let offsets = -window...window

    /// Lexicon classes that become features (all others are noise for names).
    static let classMask: UInt64 = {
        let classes: [WordClass] = [
            .function, .pronoun, .title, .roleNoun, .reportingVerb, .reportingNoun, .month, .weekday, .dayWord,
            .timeUnit, .numberWord, .ordinalWord, .multiplier, .orgWord, .placeWord, .place, .demonym, .givenName,
            .unit, .abbreviation, .organization, .sentenceStarter, .orgNoun, .countNoun, .notName, .platform,
            .nameParticle, .nameSuffix, .speakingBody, .titleModifier, .cognitionVerb, .event,
        ]
        return classes.reduce(0) { $0 | $1.rawValue } | NERLexicon.classBits
    }()

    /// What word features read of one word, computed once for all offsets.
    struct Word {
        var scan: Scan
        var classes: UInt64
        /// Hashes of the first 1…4 bytes, and of the last 1…4 lower-cased; `affixes` of each are set.
        var prefixes = SIMD4<UInt64>()
        var suffixes = SIMD4<UInt64>()
        var affixes: Int

        init(_ word: UnsafeBufferPointer<UInt8>) {
            let n = word.count
            scan = NERFeatures.scan(word)
            classes = NERFeatures.wordClasses(word) & NERFeatures.classMask
            affixes = min(4, max(0, n - 1))
            var p = NERHash.seed
            for k in 0..<affixes {
                var b = word[k]
                if b &- 48 < 10 { b = 48 }
                p = (p ^ UInt64(b)) &* NERHash.prime
                prefixes[k] = p
                suffixes[k] = NERHash.bytes(word, (n - k - 1)..<n, lower: true)
            }
        }
    }

    /// The word features of the token spelled by `word` standing at `offset` from the tagged token.
    static func word(
        _ word: UnsafeBufferPointer<UInt8>, offset: Int, clusters: NERWordClusters?, into keys: inout [UInt64]
    ) {
        guard word.count > 0 else { return }
        self.word(Word(word), offset: offset, clusters: clusters, into: &keys)
    }

    /// The word features of a word already read.
    ///
    /// With `known` false (a word the model has no block for) the word-identity and cluster
    /// features, which only blocks carry, are left out.
    static func word(_ w: Word, offset: Int, clusters: NERWordClusters?, known: Bool = true, into keys: inout [UInt64]) {
        keys.append(NERHash.key(.lower, offset, w.scan.lower))
        keys.append(NERHash.key(.shortShape, offset, w.scan.shortShape))
        if known, let cluster = clusters?.clusters(of: w.scan.exact) {
            for (g, id) in cluster.enumerated() where offset == 0 || abs(offset) == 1 || g == 0 {
                keys.append(NERHash.key(.cluster, offset, UInt64(g) << 32 | UInt64(id)))
            }
        }
        if abs(offset) <= 1 {
            var bits = w.classes
            while bits != 0 {
                keys.append(NERHash.key(.wordClass, offset, UInt64(bits.trailingZeroBitCount)))
                bits &= bits - 1
            }
        }
        guard offset == 0 else { return }
        if known { keys.append(NERHash.key(.word, 0, w.scan.exact)) }
        keys.append(NERHash.key(.shape, 0, w.scan.longShape))
        for k in 0..<w.affixes {
            keys.append(NERHash.key(raw: NERTemplate.prefix1.rawValue &+ UInt8(k), 0, w.prefixes[k]))
            keys.append(NERHash.key(raw: NERTemplate.suffix1.rawValue &+ UInt8(k), 0, w.suffixes[k]))
        }
    }

    /// The key standing for a position before the sentence (`offset` < 0) or after it.
    static func outside(offset: Int) -> UInt64 { NERHash.key(.outside, offset, 0) }

    /// The feature every token has: its weights are the tags' priors.
    static let bias = NERHash.key(.bias, 0, 0)

    // MARK: - Word properties

    /// What one pass over a word's bytes tells: its hashes, shapes and case.
    struct Scan {
        /// Hash of the bytes, digits read as `0` (``NERHash/bytes(_:_:lower:)``).
        var exact: UInt64
        /// The same, ASCII letters lower-cased.
        var lower: UInt64
        /// Shape with up to four repeats of each character class (`Xxxxx`, `dd.d`).
        var longShape: UInt64
        /// Shape with one of each run (`Xx`, `d.d`).
        var shortShape: UInt64
        /// 0 lower, 1 capitalised, 2 all capitals, 3 mixed (`McLean`, `iPhone`), 4 no letters.
        var caseClass: UInt8
    }

    /// Reads a word in one pass.
    @inline(__always)
    static func scan(_ word: UnsafeBufferPointer<UInt8>) -> Scan {
        var exact = NERHash.seed
        var lowerHash = NERHash.seed
        var long = NERHash.seed
        var short = NERHash.seed
        var last: UInt8 = 0
        var run = 0
        var upper = 0
        var lower = 0
        var firstUpper = false
        var first = true
        var i = 0
        let n = word.count
        while i < n {
            let b = word[i]
            let c: UInt8
            var length = 1
            if b < 0x80 {
                if b &- 65 < 26 {
                    c = 0x58
                    upper += 1
                    if first { firstUpper = true }
                    first = false
                } else if b &- 97 < 26 {
                    c = 0x78
                    lower += 1
                    first = false
                } else {
                    c = b &- 48 < 10 ? 0x64 : b
                }
            } else {
                length = ByteClass.scalarLength(b)
                if ByteClass.isLetterStart(word, i) {
                    if ByteClass.isUpper(word, i) {
                        c = 0x58
                        upper += 1
                        if first { firstUpper = true }
                    } else {
                        c = 0x78
                        lower += 1
                    }
                    first = false
                } else {
                    c = 0x73
                }
            }
            var k = i
            while k < i + length, k < n {
                var e = word[k]
                if e &- 48 < 10 { e = 48 }
                exact = (exact ^ UInt64(e)) &* NERHash.prime
                if e &- 65 < 26 { e |= 0x20 }
                lowerHash = (lowerHash ^ UInt64(e)) &* NERHash.prime
                k += 1
            }
            i = k
            if c == last {
                run += 1
            } else {
                run = 1
                last = c
                short = (short ^ UInt64(c)) &* NERHash.prime
            }
            if run <= 4 { long = (long ^ UInt64(c)) &* NERHash.prime }
        }
        let caseClass: UInt8
        if upper == 0 {
            caseClass = lower == 0 ? 4 : 0
        } else if lower == 0 {
            caseClass = upper >= 2 ? 2 : 1
        } else {
            caseClass = firstUpper && upper == 1 ? 1 : 3
        }
        return Scan(exact: exact, lower: lowerHash, longShape: long, shortShape: short, caseClass: caseClass)
    }

    /// Lexicon classes of a word, looked up as the tokenizer does (an initialism's last dot aside).
    static func wordClasses(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var n = word.count
        if n > 2, word[n - 1] == 0x2E, word[0..<(n - 1)].contains(0x2E) { n -= 1 }
        let key = UnsafeBufferPointer(rebasing: word[0..<n])
        return (Lexicons.words.lookup(key)?.rawValue ?? 0) | NERLexicon.classes(of: key)
    }
}
