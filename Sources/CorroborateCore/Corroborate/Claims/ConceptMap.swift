/// A hash map from concept ids to values, by open addressing.
///
/// Concept ids are already hashes (FNV over a word's stem) or small tagged integers, so a
/// multiply-shift mix is all they need; Swift's `Dictionary` would hash each one again with a
/// seeded SipHash, which claim alignment, looking up every word of every sentence, notices.
struct ConceptMap<Value> {
    // Value types all through: a map is as Sendable as its values.
    private var keys: [UInt64]
    private var values: [Value?]
    private var used: [Bool]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        used = Array(repeating: false, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Value? {
        get {
            let mask = keys.count - 1
            var i = slot(key)
            while used[i] {
                if keys[i] == key { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // Removal is never needed here.
            values[index(inserting: key, newValue)] = newValue
        }
    }

    subscript(key: UInt64, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        // In place, so appending to a stored array does not copy it.
        _modify {
            let i = index(inserting: key, value())
            var v: Value = values[i]!
            values[i] = nil
            defer { values[i] = v }
            yield &v
        }
    }

    /// The slot of `key`, inserting `value` first when it is absent.
    private mutating func index(inserting key: UInt64, _ value: @autoclosure () -> Value) -> Int {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while used[i] {
            if keys[i] == key { return i }
            i = (i + 1) & mask
        }
        used[i] = true
        keys[i] = key
        values[i] = value()
        count += 1
        return i
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let old = zip(keys, zip(values, used)).filter { $0.1.1 }
        self = ConceptMap(capacity: keys.count)
        for (k, (v, _)) in old { self[k] = v }
    }
}

extension ConceptMap: Sendable where Value: Sendable {}
