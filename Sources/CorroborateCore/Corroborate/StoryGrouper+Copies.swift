/// Copy groups of a story, for ``Story/copies``.
extension StoryGrouper {
    /// The story's groups of copies of one report: each group's articles sorted by publication
    /// date (an undated one after the dated) and then by reading order, groups in the order
    /// their first report was read; only groups of two or more.
    ///
    /// - Parameters:
    ///   - members: The story's articles (indices into `analyses`, in reading order).
    ///   - copyOf: For each article, the first report of the copy group it joined, if any.
    static func copyGroups(_ members: [Int], copyOf: [Int?], _ analyses: [ArticleAnalysis]) -> [[Int]] {
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for a in members {
            let original = copyOf.indices.contains(a) ? copyOf[a] ?? a : a
            if groups[original] == nil { order.append(original) }
            groups[original, default: []].append(a)
        }
        return order.compactMap { original in
            guard let group = groups[original], group.count > 1 else { return nil }
            return group.sorted {
                let x = analyses.indices.contains($0) ? analyses[$0].article.published?.dayNumber ?? Int.max : Int.max
                let y = analyses.indices.contains($1) ? analyses[$1].article.published?.dayNumber ?? Int.max : Int.max
                return (x, $0) < (y, $1)
            }
        }
    }
}
