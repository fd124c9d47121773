public import CorroborateCore

/// A story with everything its reports need: the analyses of its articles, the entities they
/// share, its comparisons and timeline — as a one-story corpus that ``CorroborateReport``'s
/// renderers take as they take a batch's.
public struct StoryDetail: Sendable {
    public var summary: StorySummary
    /// The story's articles in the order they joined; `corpus.stories` holds the one story.
    public var corpus: CorpusAnalysis

    public init(summary: StorySummary, corpus: CorpusAnalysis) {
        self.summary = summary
        self.corpus = corpus
    }
}

/// One article with its analysis, placed in its story (its dates inferred from the story,
/// its entities linked across the story's articles).
public struct ArticleDetail: Sendable {
    public var summary: ArticleSummary
    /// A one-article corpus; `corpus.stories` is empty.
    public var corpus: CorpusAnalysis

    public init(summary: ArticleSummary, corpus: CorpusAnalysis) {
        self.summary = summary
        self.corpus = corpus
    }
}
