/// A fixed word table looked up on raw UTF-8 bytes, case-insensitively for ASCII, without
/// allocating.
///
/// Tokens are byte ranges, and building a `String` per token would cost more than the rest of
/// tokenisation; this table hashes the bytes in place (FNV-1a over ASCII-lowercased bytes) and
/// compares against a single pool of key bytes.
///
/// ```swift
/// let months = Lexicon([("january", 1), ("jan", 1)])
/// months["JANUARY"]   // 1
/// ```
public struct Lexicon<Value: Sendable>: Sendable {
    private var pool: [UInt8] = []
    private var keyStart: [Int32] = []
    private var keyLength: [Int32] = []
    private var values: [Value] = []
    private var slots: [Int32]
    private let mask: Int

    /// Builds the table; a key given twice keeps the `merge` of its values.
    public init(_ pairs: [(String, Value)], merge: (Value, Value) -> Value = { _, new in new }) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs {
            let bytes = Array(key.utf8).map(Lexicon.lower)
            let slot = find(bytes)
            if slots[slot] >= 0 {
                let e = Int(slots[slot])
                values[e] = merge(values[e], value)
            } else {
                slots[slot] = Int32(values.count)
                keyStart.append(Int32(pool.count))
                keyLength.append(Int32(bytes.count))
                pool.append(contentsOf: bytes)
                values.append(value)
            }
        }
    }

    /// The number of keys.
    public var count: Int { values.count }

    /// Looks up `count` bytes at `base`.
    @inlinable
    public func value(at base: UnsafePointer<UInt8>, count: Int) -> Value? {
        lookup(UnsafeBufferPointer(start: base, count: count))
    }

    /// Looks up a word given as bytes.
    public func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        var h: UInt32 = 2_166_136_261
        for b in key { h = (h ^ UInt32(Lexicon.lower(b))) &* 16_777_619 }
        var slot = Int(h) & mask
        return pool.withUnsafeBufferPointer { pool in
            while true {
                let e = Int(slots[slot])
                if e < 0 { return nil }
                if Int(keyLength[e]) == key.count {
                    let s = Int(keyStart[e])
                    var equal = true
                    for k in 0..<key.count where pool[s + k] != Lexicon.lower(key[k]) {
                        equal = false
                        break
                    }
                    if equal { return values[e] }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Looks up a word given as a string.
    public subscript(_ word: some StringProtocol) -> Value? {
        var copy = Array(word.utf8)
        return copy.withUnsafeMutableBufferPointer { lookup(UnsafeBufferPointer($0)) }
    }

    private func find(_ key: [UInt8]) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in key { h = (h ^ UInt32(b)) &* 16_777_619 }
        var slot = Int(h) & mask
        while slots[slot] >= 0 {
            let e = Int(slots[slot])
            let s = Int(keyStart[e])
            if Int(keyLength[e]) == key.count, Array(pool[s..<s + key.count]) == key { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
}

extension Lexicon {
    /// Builds a table from a whitespace- or newline-separated word list, every word mapped to `value`.
    ///
    /// Entries may contain single spaces when the list is newline-separated.
    public init(lines: String, value: Value) {
        self.init(Lexicon.entries(lines).map { ($0, value) })
    }

    /// The non-empty, non-comment lines of a list, trimmed.
    static func entries(_ lines: String) -> [String] {
        lines.split(separator: "\n").compactMap { line in
            let t = line.trimmingSpaces
            return t.isEmpty || t.hasPrefix("#") ? nil : String(t)
        }
    }
}

extension Substring {
    /// The substring without leading and trailing spaces.
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
