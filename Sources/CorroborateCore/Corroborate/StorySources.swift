/// Which articles of a story are independent sources.
///
/// Two articles of one outlet are one source (a follow-up does not confirm its own first
/// report), and a copy of a report (a wire copy, a syndicated reprint) belongs to the source
/// it copies, whatever outlet printed it. So ten reprints of one agency story are one
/// confirmation, not ten.
struct StorySources {
    /// Article → source number.
    private var sourceOf: [Int: Int] = [:]
    /// Original article → the articles that copy it.
    private var copiesOf: [Int: [Int]] = [:]
    /// Copy → the article it copies.
    private var originalOf: [Int: Int] = [:]

    /// - Parameter copies: Groups of articles that are copies of one report, the original first.
    init(story: [Int], analyses: [ArticleAnalysis], copies: [[Int]] = []) {
        for group in copies where group.count > 1 {
            guard let original = group.first else { continue }
            for c in group.dropFirst() {
                originalOf[c] = original
                copiesOf[original, default: []].append(c)
            }
        }
        var numbers: [String: Int] = [:]
        for a in story where originalOf[a] == nil {
            let article = analyses[a].article
            // An article without an outlet is a source of its own.
            let key = article.outlet.map { "outlet:" + $0.lowercased() } ?? "article:\(a)"
            if numbers[key] == nil { numbers[key] = numbers.count }
            sourceOf[a] = numbers[key]
        }
        for (copy, original) in originalOf { sourceOf[copy] = sourceOf[original] }
    }

    /// The source article `a` belongs to.
    func source(of a: Int) -> Int { sourceOf[a] ?? -1 - a }

    /// Whether `a` copies another article of the story.
    func isCopy(_ a: Int) -> Bool { originalOf[a] != nil }

    /// The articles that copy `a`.
    func copies(of a: Int) -> [Int] { copiesOf[a] ?? [] }

    /// How many independent sources the articles come from.
    func count(_ articles: some Sequence<Int>) -> Int { Set(articles.map(source(of:))).count }
}
