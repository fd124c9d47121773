import Testing

@testable import CorroborateCore

@Suite struct StoryCandidatesTests {
    /// What the grouper took before: every entry sorted by hits, then key, the first `n` kept.
    static func reference(_ hits: [Int: Int], _ n: Int) -> [Int] {
        hits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(n).map(\.key).sorted()
    }

    @Test func theStrongestCandidatesAreThoseTheFullSortKept() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for size in [0, 1, 5, 63, 64, 65, 200, 1500] {
            for spread in [1, 3, 40] {
                var hits: [Int: Int] = [:]
                while hits.count < size { hits[next(100_000)] = 1 + next(spread) }
                #expect(StoryGrouper.strongest(hits, 64).sorted() == Self.reference(hits, 64), "size \(size), spread \(spread)")
            }
        }
    }
}
