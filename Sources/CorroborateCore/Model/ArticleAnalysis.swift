/// Everything extracted from one article. All spans index into `article.text`.
public struct ArticleAnalysis: Sendable, Codable {
    public var article: Article
    public var entities: [ArticleEntity]
    public var mentions: [EntityMention]
    public var quotes: [Quote]
    public var figures: [Figure]
    public var times: [TimeExpression]
    /// For an undated article: the days it can have been published, and why.
    public var publishedRange: DateRange?
    /// Content-word weights for grouping into stories, computed with the rest of the article's analysis.
    var terms: [String: Double] = [:]
    /// Names in the headline, which is not part of the text but names the story.
    var titleNames: Set<String> = []

    public init(
        article: Article, entities: [ArticleEntity] = [], mentions: [EntityMention] = [], quotes: [Quote] = [],
        figures: [Figure] = [], times: [TimeExpression] = [], publishedRange: DateRange? = nil
    ) {
        self.article = article
        self.entities = entities
        self.mentions = mentions
        self.quotes = quotes
        self.figures = figures
        self.times = times
        self.publishedRange = publishedRange
    }
}

/// The analysis of a batch of articles: per-article results, the entities they share, and
/// the stories they form.
public struct CorpusAnalysis: Sendable, Codable {
    public var articles: [ArticleAnalysis]
    /// Entities across all articles.
    public var entities: [Entity]
    /// For each article, the global ``Entity`` index of each of its ``ArticleAnalysis/entities``.
    public var entityLinks: [[Int]]
    public var stories: [Story]

    public init(articles: [ArticleAnalysis], entities: [Entity], entityLinks: [[Int]], stories: [Story]) {
        self.articles = articles
        self.entities = entities
        self.entityLinks = entityLinks
        self.stories = stories
    }
}
