/// Rows of quantised weights found by 64-bit key.
///
/// The slots of an open-addressing table hold, in 8 bytes each, a 32-bit fingerprint of the
/// key (its high half; the low bits choose the slot) and the row's index; rows are packed
/// after one another. Tagging probes a few hundred kilobytes of slots and touches one short
/// row per hit, which keeps a model's working set in cache. A key absent from the table has a
/// one-in-four-billion chance per probe of matching a fingerprint; it then reads a wrong row.
///
/// A row is `segments` runs of `width` weights (a block has one run per window offset).
/// Tagging loads a run as a 16-lane vector: the lanes past `width` hold the next run's weights
/// (or the zero padding after the last row) and are never read as scores.
struct NERWeightTable: Sendable {
    /// Lanes of the vector a run is loaded into.
    static let lanes = 16

    private var slots: [UInt64]
    /// Packed rows, then `lanes` zeros so that the last run can be loaded whole.
    private(set) var rows: [Int16]
    /// The full key of each row, for writing the table back.
    private var rowKeys: [UInt64] = []
    let width: Int
    let segments: Int
    /// Weights per row.
    let stride: Int
    private let mask: Int

    init(width: Int, segments: Int = 1, expected: Int) {
        var capacity = 16
        while capacity * 5 < expected * 8 { capacity <<= 1 }  // load factor ≤ 0.625
        self.width = width
        self.segments = segments
        stride = width * segments
        slots = [UInt64](repeating: 0, count: capacity)
        rows = [Int16](repeating: 0, count: NERWeightTable.lanes)
        rows.reserveCapacity(expected * stride + NERWeightTable.lanes)
        mask = capacity - 1
    }

    /// Rows stored.
    var count: Int { rowKeys.count }

    /// Stores `row` (`segments × width` weights) under `key`, replacing an earlier row.
    mutating func insert(_ key: UInt64, _ row: UnsafeBufferPointer<Int16>) {
        let fingerprint = key >> 32
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot] != 0 {
            if slots[slot] >> 32 == fingerprint {
                let base = Int(UInt32(truncatingIfNeeded: slots[slot]) - 1) * stride
                for t in 0..<stride { rows[base + t] = row[t] }
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = fingerprint << 32 | UInt64(rowKeys.count + 1)
        rowKeys.append(key)
        // Rows go before the zero padding.
        rows.removeLast(NERWeightTable.lanes)
        rows.append(contentsOf: row.prefix(stride))
        rows.append(contentsOf: repeatElement(0, count: NERWeightTable.lanes))
    }

    /// The offset of `key`'s row in ``rows``, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let fingerprint = key >> 32
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let s = slots[slot]
                if s == 0 { return -1 }
                if s >> 32 == fingerprint { return Int(UInt32(truncatingIfNeeded: s) - 1) * stride }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Every stored key and its row, in the order they were stored.
    func entries() -> [(UInt64, ArraySlice<Int16>)] {
        rowKeys.enumerated().map { i, key in (key, rows[(i * stride)..<((i + 1) * stride)]) }
    }
}
