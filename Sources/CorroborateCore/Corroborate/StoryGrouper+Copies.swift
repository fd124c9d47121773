/// Copy groups of a story, for ``Story/copies``: the same grouping for a batch (articles by
/// index) and for a collection (articles by row id).
package enum CopyGroups {
    /// A story's members grouped by the report they copy, as positions in `ids`: each group the
    /// original and its copies, sorted by publication date (an undated one after the dated) and
    /// then by position; groups in the order of their first member; only groups of two or more.
    ///
    /// - Parameters:
    ///   - ids: The story's members, in reading order.
    ///   - copyOf: For each member, the first report of the copy group it joined, if any.
    ///   - published: For each member, its publication date.
    package static func positions<ID: Hashable>(ids: [ID], copyOf: [ID?], published: [CivilDate?]) -> [[Int]] {
        var groups: [ID: [Int]] = [:]
        var order: [ID] = []
        for (i, id) in ids.enumerated() {
            let original = (copyOf.indices.contains(i) ? copyOf[i] : nil) ?? id
            if groups[original] == nil { order.append(original) }
            groups[original, default: []].append(i)
        }
        func day(_ i: Int) -> Int { (published.indices.contains(i) ? published[i]?.dayNumber : nil) ?? Int.max }
        return order.compactMap { original in
            guard let group = groups[original], group.count > 1 else { return nil }
            return group.sorted { (day($0), $0) < (day($1), $1) }
        }
    }
}

extension StoryGrouper {
    /// The story's groups of copies of one report, as indices into `analyses`.
    ///
    /// - Parameters:
    ///   - members: The story's articles (indices into `analyses`, in reading order).
    ///   - copyOf: For each article, the first report of the copy group it joined, if any.
    static func copyGroups(_ members: [Int], copyOf: [Int?], _ analyses: [ArticleAnalysis]) -> [[Int]] {
        CopyGroups.positions(
            ids: members, copyOf: members.map { copyOf.indices.contains($0) ? copyOf[$0] : nil },
            published: members.map { analyses.indices.contains($0) ? analyses[$0].article.published : nil }
        ).map { $0.map { members[$0] } }
    }
}
