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

    /// The word features of the token spelled by `word` standing at `offset` from the tagged token.
    static func word(
        _ word: UnsafeBufferPointer<UInt8>, offset: Int, clusters: NERWordClusters?, into keys: inout [UInt64]
    ) {
        let n = word.count
        guard n > 0 else { return }
        let exact = NERHash.bytes(word, 0..<n, lower: false)
        let lower = NERHash.bytes(word, 0..<n, lower: true)
        let shapes = shape(word)
        let classes = wordClasses(word)
        let cluster = clusters?.clusters(of: exact)
        keys.append(NERHash.key(.lower, offset, lower))
        keys.append(NERHash.key(.shortShape, offset, shapes.short))
        if let cluster {
            for (g, id) in cluster.enumerated() where offset == 0 || abs(offset) == 1 || g == 0 {
                keys.append(NERHash.key(.cluster, offset, UInt64(g) << 32 | UInt64(id)))
            }
        }
        if abs(offset) <= 1 {
            var bits = classes & classMask
            while bits != 0 {
                let b = UInt64(bits.trailingZeroBitCount)
                keys.append(NERHash.key(.wordClass, offset, b))
                bits &= bits - 1
            }
        }
        guard offset == 0 else { return }
        keys.append(NERHash.key(.word, 0, exact))
        keys.append(NERHash.key(.shape, 0, shapes.long))
        let prefixes: [NERTemplate] = [.prefix1, .prefix2, .prefix3, .prefix4]
        let suffixes: [NERTemplate] = [.suffix1, .suffix2, .suffix3, .suffix4]
        for k in 1...4 where k < n {
            keys.append(NERHash.key(prefixes[k - 1], 0, NERHash.bytes(word, 0..<k, lower: false)))
            keys.append(NERHash.key(suffixes[k - 1], 0, NERHash.bytes(word, (n - k)..<n, lower: true)))
        }
    }

    /// The key standing for a position before the sentence (`offset` < 0) or after it.
    static func outside(offset: Int) -> UInt64 { NERHash.key(.outside, offset, 0) }

    /// The feature every token has: its weights are the tags' priors.
    static let bias = NERHash.key(.bias, 0, 0)

    // MARK: - Word properties

    /// Case of a word: 0 lower, 1 capitalised, 2 all capitals, 3 mixed (`McLean`, `iPhone`), 4 no letters.
    static func caseClass(_ word: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var upper = 0
        var lower = 0
        var firstUpper = false
        var first = true
        var i = 0
        let n = word.count
        while i < n {
            let b = word[i]
            if b < 0x80 {
                if b &- 65 < 26 {
                    upper += 1
                    if first { firstUpper = true }
                    first = false
                } else if b &- 97 < 26 {
                    lower += 1
                    first = false
                }
                i += 1
            } else {
                if ByteClass.isLetterStart(word, i) {
                    if ByteClass.isUpper(word, i) {
                        upper += 1
                        if first { firstUpper = true }
                    } else {
                        lower += 1
                    }
                    first = false
                }
                i += ByteClass.scalarLength(b)
            }
        }
        if upper == 0 { return lower == 0 ? 4 : 0 }
        if lower == 0 { return upper >= 2 ? 2 : 1 }
        return firstUpper && upper == 1 ? 1 : 3
    }

    /// Hashes of the word's shape: `long` keeps up to four repeats of each character class
    /// (`Xxxxx`, `dd.d`), `short` one (`Xx`, `d.d`).
    static func shape(_ word: UnsafeBufferPointer<UInt8>) -> (long: UInt64, short: UInt64) {
        var long = NERHash.seed
        var short = NERHash.seed
        var last: UInt8 = 0
        var run = 0
        var i = 0
        let n = word.count
        while i < n {
            let b = word[i]
            let c: UInt8
            if b < 0x80 {
                c = b &- 65 < 26 ? 0x58 : b &- 97 < 26 ? 0x78 : b &- 48 < 10 ? 0x64 : b
                i += 1
            } else {
                c = ByteClass.isLetterStart(word, i) ? (ByteClass.isUpper(word, i) ? 0x58 : 0x78) : 0x73
                i += ByteClass.scalarLength(b)
            }
            if c == last {
                run += 1
            } else {
                run = 1
                last = c
                short = (short ^ UInt64(c)) &* NERHash.prime
            }
            if run <= 4 { long = (long ^ UInt64(c)) &* NERHash.prime }
        }
        return (long, short)
    }

    /// Lexicon classes of a word, looked up as the tokenizer does (an initialism's last dot aside).
    static func wordClasses(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var n = word.count
        if n > 2, word[n - 1] == 0x2E, word[0..<(n - 1)].contains(0x2E) { n -= 1 }
        let key = UnsafeBufferPointer(rebasing: word[0..<n])
        return (Lexicons.words.lookup(key)?.rawValue ?? 0) | NERLexicon.classes(of: key)
    }
}
