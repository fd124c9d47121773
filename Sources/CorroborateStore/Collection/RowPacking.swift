package import CorroborateCore
package import Foundation

/// Packs story-index rows into compact little-endian blobs (a profile holds hundreds of
/// weighted words; a row per word would multiply the writes).
package enum RowPacking {
    package static func pack(_ story: StoryIndexRows.Story) -> Data {
        var w = Writer()
        w.int32(Int32(story.termIDs.count))
        for id in story.termIDs { w.int32(id) }
        for weight in story.weights { w.double(weight) }
        w.int32(Int32(story.names.count))
        for name in story.names { w.int32(name) }
        w.double(story.norm ?? -1)
        w.int32(story.earliest.map { Int32(clamping: $0.dayNumber) } ?? Int32.min)
        w.int32(story.latest.map { Int32(clamping: $0.dayNumber) } ?? Int32.min)
        return w.data
    }

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
        var names: [Int32] = []
        for _ in 0..<m { names.append(try r.int32()) }
        let norm = try r.double()
        let earliest = try r.int32()
        let latest = try r.int32()
        return StoryIndexRows.Story(
            id: id, termIDs: termIDs, weights: weights, names: names, norm: norm < 0 ? nil : norm,
            earliest: earliest == Int32.min ? nil : CivilDate(dayNumber: Int(earliest)),
            latest: latest == Int32.min ? nil : CivilDate(dayNumber: Int(latest)))
    }

    package static func pack(stories: [Int]) -> Data {
        var w = Writer()
        for s in stories { w.int32(Int32(clamping: s)) }
        return w.data
    }

    package static func unpackStories(_ data: Data) throws(StoreError) -> [Int] {
        guard data.count % 4 == 0 else { throw StoreError(.corrupt, "a story posting has \(data.count) bytes") }
        var r = Reader(data)
        var stories: [Int] = []
        for _ in 0..<(data.count / 4) { stories.append(Int(try r.int32())) }
        return stories
    }

    private struct Writer {
        var data = Data()

        mutating func int32(_ v: Int32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        mutating func double(_ v: Double) { withUnsafeBytes(of: v.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        init(_ data: Data) { bytes = [UInt8](data) }

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
