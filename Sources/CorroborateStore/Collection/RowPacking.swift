package import CorroborateCore
package import Foundation

/// Packs story-index rows into compact little-endian blobs (a profile holds hundreds of
/// weighted words; a row per word would multiply the writes).
package enum RowPacking {
    /// A story profile: its keys, their weights, two fields kept for the layout of older
    /// collections (an empty name list and no norm), its dates, how many reports made it, and
    /// the number of the last article placed in it.
    package static func pack(_ story: StoryIndexRows.Story) -> Data {
        var w = Writer()
        w.bytes.reserveCapacity(36 + 12 * story.termIDs.count)
        w.int32(Int32(story.termIDs.count))
        for id in story.termIDs { w.int32(id) }
        for weight in story.weights { w.double(weight) }
        w.int32(0)
        w.double(-1)
        w.int32(story.earliest.map { Int32(clamping: $0.dayNumber) } ?? Int32.min)
        w.int32(story.latest.map { Int32(clamping: $0.dayNumber) } ?? Int32.min)
        w.int32(Int32(clamping: story.reports))
        w.int32(Int32(clamping: story.lastJoined))
        return w.data
    }

    /// A story profile as ``pack(_:)`` writes it. A profile written before profiles counted
    /// their reports holds raw word weights: it reads as one report of unit length.
    package static func unpackStory(id: Int, _ data: Data) throws(StoreError) -> StoryIndexRows.Story {
        var r = Reader(data)
        let n = try r.count()
        var termIDs: [Int32] = []
        termIDs.reserveCapacity(n)
        for _ in 0..<n { termIDs.append(try r.int32()) }
        var weights: [Double] = []
        weights.reserveCapacity(n)
        for _ in 0..<n { weights.append(try r.double()) }
        let m = try r.count()
        for _ in 0..<m { _ = try r.int32() }
        _ = try r.double()
        let earliest = try r.int32()
        let latest = try r.int32()
        var reports = 1
        var lastJoined = 0
        if r.remaining >= 8 {
            reports = Int(try r.int32())
            lastJoined = Int(try r.int32())
        } else {
            let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { weights = weights.map { $0 / norm } }
        }
        return StoryIndexRows.Story(
            id: id, termIDs: termIDs, weights: weights, reports: reports,
            earliest: earliest == Int32.min ? nil : CivilDate(dayNumber: Int(earliest)),
            latest: latest == Int32.min ? nil : CivilDate(dayNumber: Int(latest)), lastJoined: lastJoined)
    }

    /// A copy sketch's minima.
    package static func pack(minima: [UInt32]) -> Data { pack(words: minima) { Int32(bitPattern: $0) } }

    package static func unpackMinima(_ data: Data) throws(StoreError) -> [UInt32] {
        try unpack(words: data, what: "a copy sketch") { UInt32(bitPattern: $0) }
    }

    package static func pack(stories: [Int]) -> Data { pack(words: stories) { Int32(clamping: $0) } }

    package static func unpackStories(_ data: Data) throws(StoreError) -> [Int] {
        try unpack(words: data, what: "a story posting") { Int($0) }
    }

    /// A list as consecutive 32-bit words.
    private static func pack<T>(words values: [T], _ word: (T) -> Int32) -> Data {
        var w = Writer()
        w.bytes.reserveCapacity(4 * values.count)
        for v in values { w.int32(word(v)) }
        return w.data
    }

    private static func unpack<T>(words data: Data, what: String, _ value: (Int32) -> T) throws(StoreError) -> [T] {
        guard data.count % 4 == 0 else { throw StoreError(.corrupt, "\(what) has \(data.count) bytes") }
        var r = Reader(data)
        var values: [T] = []
        values.reserveCapacity(data.count / 4)
        for _ in 0..<(data.count / 4) { values.append(value(try r.int32())) }
        return values
    }

    /// Bytes gathered in an array and handed over as `Data` once: appending to `Data` four
    /// bytes at a time cost more than the rest of writing a profile.
    private struct Writer {
        var bytes: [UInt8] = []

        var data: Data { Data(bytes) }

        mutating func int32(_ v: Int32) {
            let u = UInt32(bitPattern: v)
            for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: u >> (8 * k))) }
        }

        mutating func double(_ v: Double) {
            let u = v.bitPattern
            for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: u >> (8 * k))) }
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        init(_ data: Data) { bytes = [UInt8](data) }

        var remaining: Int { bytes.count - offset }

        mutating func int32() throws(StoreError) -> Int32 {
            guard offset + 4 <= bytes.count else { throw StoreError(.corrupt, "a story profile ends early") }
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(bytes[offset + k]) << (8 * k) }
            offset += 4
            return Int32(bitPattern: v)
        }

        mutating func double() throws(StoreError) -> Double {
            guard offset + 8 <= bytes.count else { throw StoreError(.corrupt, "a story profile ends early") }
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(bytes[offset + k]) << (8 * k) }
            offset += 8
            return Double(bitPattern: v)
        }

        mutating func count() throws(StoreError) -> Int {
            let n = Int(try int32())
            guard n >= 0, n <= (bytes.count - offset) / 4 else { throw StoreError(.corrupt, "a story profile has a bad length") }
            return n
        }
    }
}
