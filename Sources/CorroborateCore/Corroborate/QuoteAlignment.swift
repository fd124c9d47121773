/// Compares who is quoted across a story's articles: a speaker only one outlet quotes is a
/// single-source account; the same words quoted by several outlets agree.
struct QuoteAlignment {
    let analyses: [ArticleAnalysis]
    let links: [[Int]]
    let entities: [Entity]

    func comparisons(for story: [Int]) -> [Comparison] {
        guard story.count > 1 else { return [] }
        // Speaker entity → articles quoting them directly, with the first such quote.
        var bySpeaker: [Int: [(article: Int, quote: Quote)]] = [:]
        var order: [Int] = []
        for a in story {
            var seen: Set<Int> = []
            for q in analyses[a].quotes where q.kind != .indirect {
                guard let local = q.speaker?.entity, local < links[a].count else { continue }
                let global = links[a][local]
                guard entities[global].type == .person || entities[global].type == .organization, !seen.contains(global) else { continue }
                seen.insert(global)
                if bySpeaker[global] == nil { order.append(global) }
                bySpeaker[global, default: []].append((a, q))
            }
        }
        var out: [Comparison] = []
        for speaker in order {
            guard let quotes = bySpeaker[speaker] else { continue }
            let name = entities[speaker].name
            if quotes.count == 1 {
                let a = quotes[0].article
                let outlet = analyses[a].article.outlet ?? analyses[a].article.id
                out.append(Comparison(
                    kind: .singleSource, topic: "quotes from \(name)",
                    items: [ComparisonItem(article: a, span: quotes[0].quote.span, claimant: name)],
                    note: "Only \(outlet) quotes \(name) directly."))
            }
        }
        return out
    }
}
