/// Turns what a person types into a full-text query that cannot fail to parse: words only,
/// each quoted, all required, the last one also matching as a prefix (`flood barr` finds
/// `flood barrier`).
package enum SearchQuery {
    /// How many of the most recent matching articles are ranked by relevance.
    package static let window = 2000

    /// The words of a query, lowercased, at most 16.
    package static func words(_ query: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in query.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return Array(words.prefix(16))
    }

    /// An FTS5 `MATCH` expression, or nil when the query has no words.
    package static func fts5(_ query: String) -> String? {
        let words = words(query)
        guard let last = words.last else { return nil }
        var parts = words.dropLast().map { "\"\($0)\"" }
        parts.append(last.count >= 3 ? "\"\(last)\"*" : "\"\(last)\"")
        return parts.joined(separator: " ")
    }
}
