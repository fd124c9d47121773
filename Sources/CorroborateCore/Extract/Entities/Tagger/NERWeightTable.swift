/// Rows of quantised weights found by 64-bit key: open addressing, one probe sequence per
/// lookup, rows stored in slot order so that a hit needs no second indirection.
struct NERWeightTable: Sendable {
    private(set) var keys: [UInt64]
    private(set) var rows: [Int16]
    let width: Int
    private let mask: Int
    private(set) var count = 0

    init(width: Int, expected: Int) {
        var capacity = 16
        while capacity * 5 < expected * 8 { capacity <<= 1 }  // load factor ≤ 0.625
        keys = [UInt64](repeating: 0, count: capacity)
        rows = [Int16](repeating: 0, count: capacity * width)
        mask = capacity - 1
        self.width = width
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 20) & mask }

    /// Stores `row` under `key` (which must be non-zero and new).
    mutating func insert(_ key: UInt64, _ row: UnsafeBufferPointer<Int16>) {
        var slot = home(key)
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        let base = slot * width
        for t in 0..<width { rows[base + t] = row[t] }
    }

    /// The offset of `key`'s row in ``rows``, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int {
        keys.withUnsafeBufferPointer { keys in
            var slot = home(key)
            while true {
                let k = keys[slot]
                if k == key { return slot * width }
                if k == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Every stored key and its row, in slot order.
    func entries() -> [(UInt64, ArraySlice<Int16>)] {
        keys.indices.compactMap { s in keys[s] == 0 ? nil : (keys[s], rows[(s * width)..<((s + 1) * width)]) }
    }
}
