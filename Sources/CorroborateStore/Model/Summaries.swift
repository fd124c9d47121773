public import CorroborateCore

/// A story as a list shows it: how big, how fresh, how contested.
public struct StorySummary: Sendable, Hashable, Codable {
    /// `s1`, `s2`, … in order of each story's first article in the collection.
    public var id: String
    public var title: String
    public var articles: Int
    /// Distinct outlets (an article without one counts as its own source).
    public var sources: Int
    public var conflicts: Int
    public var agreements: Int
    /// The earliest and latest publication dates of its dated articles.
    public var firstPublished: CivilDate?
    public var lastPublished: CivilDate?
    /// When an article last joined the story (UTC, ISO 8601).
    public var updated: String

    public init(
        id: String, title: String, articles: Int, sources: Int, conflicts: Int, agreements: Int,
        firstPublished: CivilDate?, lastPublished: CivilDate?, updated: String
    ) {
        self.id = id
        self.title = title
        self.articles = articles
        self.sources = sources
        self.conflicts = conflicts
        self.agreements = agreements
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
        self.updated = updated
    }
}

/// An article as a list shows it.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var published: CivilDate?
    public var source: String
    /// The story it belongs to.
    public var story: String
    /// When it was added to the collection (UTC, ISO 8601).
    public var added: String

    public init(
        id: String, title: String?, outlet: String?, published: CivilDate?, source: String, story: String, added: String
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.source = source
        self.story = story
        self.added = added
    }
}

/// An article that matches a search, with the matching words marked.
public struct SearchHit: Sendable, Hashable, Codable {
    public var article: ArticleSummary
    /// A short passage around the match. The matched words are between `[` and `]` markers
    /// given by ``SearchHit/markers``; everything else is the article's own text.
    public var snippet: String
    /// The relevance score (larger is better), comparable within one search only.
    public var score: Double

    /// Characters that mark the start and end of a matched word in ``snippet``: private-use
    /// code points, which never occur in news text, so a renderer can escape the rest safely.
    public static let markers: (open: Character, close: Character) = ("\u{E000}", "\u{E001}")

    public init(article: ArticleSummary, snippet: String, score: Double) {
        self.article = article
        self.snippet = snippet
        self.score = score
    }
}

/// How big a collection is.
public struct CollectionStats: Sendable, Hashable, Codable {
    public var articles: Int
    public var stories: Int
    public var inputs: Int
    /// Inputs waiting to be processed (left by an interrupted ingest, or queued for workers).
    public var pending: Int
    /// Increases with every committed write; caches compare it.
    public var version: Int

    public init(articles: Int, stories: Int, inputs: Int, pending: Int, version: Int) {
        self.articles = articles
        self.stories = stories
        self.inputs = inputs
        self.pending = pending
        self.version = version
    }
}

/// A page of a list: where to start and how many.
public struct Page: Sendable, Hashable {
    public var offset: Int
    public var limit: Int

    /// - Parameters:
    ///   - offset: Items to skip (negative counts as 0).
    ///   - limit: Items to return, between 1 and 1,000.
    public init(offset: Int = 0, limit: Int = 50) {
        self.offset = max(0, offset)
        self.limit = min(1000, max(1, limit))
    }
}
