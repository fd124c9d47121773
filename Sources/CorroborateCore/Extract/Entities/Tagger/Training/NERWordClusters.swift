/// Word clusters at a few granularities, learned from unlabelled text: words that occur in
/// similar contexts share a cluster, so a name never seen in training can still look like the
/// names that were.
///
/// Only training reads clusters; the trained model carries their effect inside each known
/// word's block.
public struct NERWordClusters: Sendable {
    /// Word hash (``NERHash/bytes(_:_:lower:)``, not lower-cased) → the word's bytes.
    public private(set) var words: [UInt64: [UInt8]] = [:]
    private var ids: [UInt64: [UInt32]] = [:]

    /// Clusters from words and their cluster ids (coarse granularity first).
    public init(_ assignments: [([UInt8], [UInt32])]) {
        for (word, clusters) in assignments {
            let h = word.withUnsafeBufferPointer { NERHash.bytes($0, 0..<$0.count, lower: false) }
            words[h] = word
            ids[h] = clusters
        }
    }

    public var count: Int { ids.count }

    /// Every word with its cluster ids.
    public var assignments: [([UInt8], [UInt32])] {
        words.compactMap { h, word in ids[h].map { (word, $0) } }
    }

    /// The word's cluster at each granularity (coarse first), or nil for a word never clustered.
    func clusters(of exact: UInt64) -> [UInt32]? { ids[exact] }

    /// Every feature key a cluster can produce, at every offset.
    var featureKeys: Set<UInt64> {
        var out = Set<UInt64>()
        for clusters in ids.values {
            for (g, id) in clusters.enumerated() {
                for d in NERFeatures.offsets { out.insert(NERHash.key(.cluster, d, UInt64(g) << 32 | UInt64(id))) }
            }
        }
        return out
    }
}
