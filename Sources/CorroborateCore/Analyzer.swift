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
        let figures = FigureExtractor().extract(view, entities: entities, quotes: quotes)
        let times = TimeExtractor().extract(view, published: article.published)
        var analysis = ArticleAnalysis(
            article: article, entities: entities.entities, mentions: entities.mentions, quotes: quotes, figures: figures,
            times: times)
        analysis.terms = StoryGrouper.terms(of: view)
        if let title = article.title, !title.isEmpty {
            // The headline names the story: its words count twice, its names as the text's do.
            let headline = TextView(title)
            for (term, weight) in StoryGrouper.terms(of: headline) { analysis.terms[term, default: 0] += 2 * weight }
            let names = EntityExtractor().extract(headline).entities
            analysis.titleNames = StoryGrouper.nameKeys(names)
        }
        return analysis
    }

    /// Analyses a batch: every article, then entities across articles and stories.
    ///
    /// - Parameter parallelism: How many threads the per-article work may use.
    public func analyze(_ articles: [Article], parallelism: Int = 1) -> CorpusAnalysis {
        corroborate(analyzeEach(articles, parallelism: parallelism))
    }

    /// The per-article step alone, for every article, in input order.
    public func analyzeEach(_ articles: [Article], parallelism: Int = 1) -> [ArticleAnalysis] {
        guard parallelism > 1, articles.count > 1 else { return articles.map(analyze) }
        let results = ResultBox(count: articles.count)
        // Chunks keep scheduling overhead low for many small articles.
        let chunks = min(articles.count, parallelism * 8)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var i = c
            while i < articles.count {
                results.set(i, analyze(articles[i]))
                i += chunks
            }
        }
        return results.values.compactMap { $0 }
    }

    /// The cross-article steps over analyses already made: stories, entities across articles,
    /// dates of undated articles, and comparisons.
    public func corroborate(_ analyses: [ArticleAnalysis]) -> CorpusAnalysis {
        var analyses = analyses
        var grouper = StoryGrouper()
        var features: [StoryGrouper.Features] = []
        features.reserveCapacity(analyses.count)
        for i in analyses.indices {
            features.append(StoryGrouper.features(of: analyses[i]))
            grouper.count(&features[i])
            // The words served their purpose; a large batch should not carry them further.
            analyses[i].terms = [:]
            analyses[i].titleNames = []
        }
        var copyOf: [Int?] = []
        copyOf.reserveCapacity(analyses.count)
        for f in features { copyOf.append(grouper.add(f).copyOf) }
        grouper.placeSmallStories()
        let stories = grouper.stories
        return corroborate(analyses, stories: stories, copies: stories.map { StoryGrouper.copyGroups($0, copyOf: copyOf, analyses) })
    }

    /// The cross-article steps over stories already formed (by a ``StoryIndex`` that a
    /// collection keeps, say): entities across articles, dates of undated articles, and
    /// comparisons and a timeline per story.
    ///
    /// - Parameters:
    ///   - members: Each story's articles, as indices into `analyses`; every article belongs
    ///     to exactly one story.
    ///   - copies: For each story, its groups of copies of one report (``Story/copies``);
    ///     none when empty.
    public func corroborate(_ analyses: [ArticleAnalysis], stories members: [[Int]], copies: [[[Int]]] = []) -> CorpusAnalysis {
        var analyses = analyses
        var storyOf = [Int](repeating: 0, count: analyses.count)
        for (n, story) in members.enumerated() { for a in story { storyOf[a] = n } }

        var linker = EntityLinker()
        let links = analyses.indices.map { linker.link(analyses[$0].entities, story: storyOf[$0]) }

        // An undated article gets a range from its story and text, and its times are placed
        // where that range allows.
        for story in members {
            let dates = story.compactMap { analyses[$0].article.published }
            for a in story where analyses[a].article.published == nil {
                guard let range = DateInference.range(for: analyses[a], storyDates: dates) else { continue }
                analyses[a].publishedRange = range
                analyses[a].times = TimeResolver.resolve(analyses[a].times, range: range)
            }
        }

        var stories: [Story] = []
        for (n, story) in members.enumerated() {
            stories.append(corroborate(
                story, id: "s\(n + 1)", analyses, links: links, entities: linker.entities,
                copies: copies.indices.contains(n) ? copies[n] : []))
        }
        return CorpusAnalysis(articles: analyses, entities: linker.entities, entityLinks: links, stories: stories)
    }

    /// One story's findings: comparisons of figures, places, quotes and claims across its
    /// independent sources, its timeline and its brief.
    private func corroborate(
        _ story: [Int], id: String, _ analyses: [ArticleAnalysis], links: [[Int]], entities: [Entity], copies: [[Int]]
    ) -> Story {
        let sources = StorySources(story: story, analyses: analyses, copies: copies)
        let assessor = SourcingAssessor(analyses: analyses, story: story)
        let claims = ClaimAlignment(story: story, analyses: analyses, links: links, sources: sources)
        let quotes = QuoteAlignment(
            analyses: analyses, links: links, entities: entities, sources: sources, claims: claims, assessor: assessor
        ).comparisons(for: story)
        let figures = FigureAlignment(analyses: analyses, sources: sources, assessor: assessor).comparisons(for: story)
        let places = PlaceContainers(analyses: analyses, links: links, entities: entities, sources: sources).comparisons(for: story)
        let figureSpans = Set(figures.flatMap { $0.items.map { Citation(article: $0.article, span: $0.span) } })
        let conflicting = Set(figures.filter { $0.kind == .conflict }.flatMap { $0.items.map { Citation(article: $0.article, span: $0.span) } })
        let (facts, agreed) = claims.comparisons(
            covered: quotes.covered, figureSpans: figureSpans, conflictingFigures: conflicting, assessor: assessor)
        // Conflicts first, then agreements, updates, variants and what one source alone says;
        // within a kind, figures, places, states, dates, quotes and claims.
        let comparisons = (figures + places + facts + quotes.comparisons).enumerated().sorted {
            (Analyzer.rank($0.element), $0.offset) < (Analyzer.rank($1.element), $1.offset)
        }.map(\.element)
        var leads: [Int: Span] = [:]
        if story.count > 1 {
            for u in claims.units where leads[u.article] == nil { leads[u.article] = u.sentence }
        }
        let brief = BriefWriter(analyses: analyses, claims: claims, agreed: agreed, sources: sources)
            .brief(conflicts: comparisons.filter { $0.kind == .conflict })
        return Story(
            id: id, articles: story, title: title(of: story, analyses), comparisons: comparisons,
            timeline: Timeline.entries(for: story, analyses, leads: leads), brief: brief, copies: copies)
    }

    private static func rank(_ c: Comparison) -> Int {
        let kind: Int
        switch c.kind {
        case .conflict: kind = 0
        case .agreement: kind = 1
        case .update: kind = 2
        case .variant: kind = 3
        case .singleSource: kind = 4
        }
        let aspect: Int
        switch c.aspect {
        case .figure: aspect = 0
        case .place: aspect = 1
        case .state: aspect = 2
        case .date: aspect = 3
        case .quote: aspect = 4
        case .claim: aspect = 5
        }
        return kind * 10 + aspect
    }

    /// A story's title: the headline of its earliest report, else its first sentence, shortened.
    private func title(of story: [Int], _ analyses: [ArticleAnalysis]) -> String {
        let byDate = story.sorted {
            (analyses[$0].article.published?.dayNumber ?? Int.max, $0) < (analyses[$1].article.published?.dayNumber ?? Int.max, $1)
        }
        for a in byDate {
            if let t = analyses[a].article.title, !t.isEmpty { return t }
        }
        guard let first = story.first else { return "" }
        let text = analyses[first].article.text
        let sentence = text.prefix { $0 != "\n" }
        let words = sentence.split(separator: " ")
        return words.count > 14 ? words.prefix(14).joined(separator: " ") + "…" : String(sentence)
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
