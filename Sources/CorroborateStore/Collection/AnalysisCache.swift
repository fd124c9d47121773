import CorroborateCore

/// Decoded analyses of stored articles, by row id, kept by a writer between batches.
///
/// A story that gains articles is corroborated again from all its members; without this,
/// every batch decodes every member of every story it touches again, so a long ingest spends
/// ever more of its time decoding what it wrote itself. Stored analyses never change, so
/// entries stay right until something rewrites the collection (a reanalysis, or a writer the
/// cache cannot see): the owner drops the whole cache then. The oldest entries go first when
/// it is full.
struct AnalysisCache: Sendable {
    private var entries: [Int64: ArticleAnalysis] = [:]
    private var order: [Int64] = []
    private var head = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    subscript(id: Int64) -> ArticleAnalysis? { entries[id] }

    mutating func insert(_ analysis: ArticleAnalysis, id: Int64) {
        guard capacity > 0 else { return }
        if entries.updateValue(analysis, forKey: id) == nil { order.append(id) }
        while entries.count > capacity, head < order.count {
            entries[order[head]] = nil
            head += 1
        }
        // Keep the eviction queue from growing without bound.
        if head > capacity {
            order.removeFirst(head)
            head = 0
        }
    }

    mutating func removeAll() {
        entries.removeAll()
        order.removeAll()
        head = 0
    }
}
