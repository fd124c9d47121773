/// 64-bit keys for the tagger's features, computed on bytes without allocating.
///
/// A feature is a template (what is looked at), the offset of the token it looks at, and a
/// value (the bytes or a small code); all three are folded into one `UInt64`. Keys are never
/// stored as strings: the model keeps keys only, and a 64-bit collision among a few million
/// features is too rare to matter.
enum NERHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over bytes, with digits read as `0` and, when `lower`, ASCII letters lowercased.
    @inline(__always)
    static func bytes(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lower: Bool) -> UInt64 {
        var h = seed
        for i in range {
            var b = p[i]
            if b &- 48 < 10 { b = 48 } else if lower, b &- 65 < 26 { b |= 0x20 }
            h = (h ^ UInt64(b)) &* prime
        }
        return h
    }

    /// Mixes a value into a running hash.
    @inline(__always)
    static func combine(_ h: UInt64, _ v: UInt64) -> UInt64 {
        (h ^ (v &+ 0x9e37_79b9_7f4a_7c15 &+ (h << 6) &+ (h >> 2))) &* prime
    }

    /// The key of `template` at token offset `offset` with value `value`; never 0.
    @inline(__always)
    static func key(_ template: NERTemplate, _ offset: Int, _ value: UInt64) -> UInt64 {
        key(raw: template.rawValue, offset, value)
    }

    /// ``key(_:_:_:)`` for a template given by its raw value.
    @inline(__always)
    static func key(raw template: UInt8, _ offset: Int, _ value: UInt64) -> UInt64 {
        var h = value ^ (UInt64(template) << 56) ^ (UInt64(UInt8(truncatingIfNeeded: offset &+ 8)) << 48)
        // murmur3 finaliser: table slots take the low bits, so every input bit must reach them.
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h | 1
    }
}

/// What a feature looks at. The raw values are part of the model format: never renumber.
enum NERTemplate: UInt8 {
    case word = 1
    case lower = 2
    case prefix1 = 3, prefix2, prefix3, prefix4
    case suffix1 = 7, suffix2, suffix3, suffix4
    case shape = 11
    case shortShape = 12
    case wordClass = 13
    case cluster = 14
    case outside = 15
    case bigramBefore = 16
    case bigramAfter = 17
    case shapeTrigram = 18
    case sentenceStart = 19
    case documentCase = 20
    case capitalsLine = 21
    case phrase = 22
    case bias = 23
    case clusterBigram = 24
    case titleBefore = 25
    case history = 26
}
