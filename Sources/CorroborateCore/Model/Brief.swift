/// One sentence of a story's brief, with the article spans that say it.
///
/// Brief sentences are never written from nothing: a `fact` is a sentence of one article,
/// word for word; a `conflict` sets side by side the values the sources give, quoting them.
public struct BriefSentence: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A sentence of one report, cited with every report that says the same.
        case fact
        /// Where the sources disagree, in the sources' own values.
        case conflict
    }

    public var kind: Kind
    public var text: String
    /// The spans that support the sentence, the one it is taken from first.
    public var citations: [Citation]

    public init(kind: Kind, text: String, citations: [Citation]) {
        self.kind = kind
        self.text = text
        self.citations = citations
    }
}

/// A span of one analysed article.
public struct Citation: Sendable, Hashable, Codable {
    /// Index into the analysed articles.
    public var article: Int
    public var span: Span

    public init(article: Int, span: Span) {
        self.article = article
        self.span = span
    }
}
