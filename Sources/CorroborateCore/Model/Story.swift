/// Articles reporting the same events, with what they agree and disagree on.
public struct Story: Sendable, Hashable, Identifiable, Codable {
    /// `s1`, `s2`, … in order of each story's first article.
    public var id: String
    /// Indices into the analysed articles, in input order.
    public var articles: [Int]
    public var title: String
    public var comparisons: [Comparison]
    /// Dated events of the story's articles, in calendar order.
    public var timeline: [TimelineEntry]
    /// Groups of articles that are copies of one report (a wire story and its reprints, the
    /// same text under another headline or with a paragraph trimmed), as indices into the
    /// analysed articles, the earliest published (else the first read) first; only groups of
    /// two or more. A claim repeated by a group is one report, not several confirmations.
    public var copies: [[Int]]

    public init(
        id: String, articles: [Int], title: String, comparisons: [Comparison] = [], timeline: [TimelineEntry] = [],
        copies: [[Int]] = []
    ) {
        self.id = id
        self.articles = articles
        self.title = title
        self.comparisons = comparisons
        self.timeline = timeline
        self.copies = copies
    }
}

/// A dated event: a sentence of one article and the day, week or month it happened, with
/// every report of the same event in the story's other articles.
public struct TimelineEntry: Sendable, Hashable, Codable {
    /// The TimeML value (`2025-01-09`, `2025-W03`, `2024-12`).
    public var value: String
    /// The first day the value covers, for ordering.
    public var day: CivilDate
    public var article: Int
    /// The sentence that says what happened.
    public var sentence: Span
    /// The words that date it.
    public var time: Span
    /// Every report of this event, the one above first; more than one when several articles
    /// (usually several outlets) report it.
    public var reports: [TimelineReport]

    public init(value: String, day: CivilDate, article: Int, sentence: Span, time: Span, reports: [TimelineReport]? = nil) {
        self.value = value
        self.day = day
        self.article = article
        self.sentence = sentence
        self.time = time
        self.reports = reports ?? [TimelineReport(article: article, sentence: sentence, time: time, value: value)]
    }
}

/// One article's report of a timeline event.
public struct TimelineReport: Sendable, Hashable, Codable {
    public var article: Int
    public var sentence: Span
    public var time: Span
    /// The value this article's words give (reports of one event may date it at different
    /// precision: `2025-01-12` and `2025-W02`).
    public var value: String

    public init(article: Int, sentence: Span, time: Span, value: String) {
        self.article = article
        self.sentence = sentence
        self.time = time
        self.value = value
    }
}

/// One cross-source finding in a story.
public struct Comparison: Sendable, Hashable, Codable {
    /// What the sources do.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Two or more independent sources say the same.
        case agreement
        /// Sources give incompatible values for the same thing.
        case conflict
        /// Only one outlet reports it.
        case singleSource = "single-source"
    }

    public var kind: Kind
    /// What is compared, in words (`people killed or wounded`).
    public var topic: String
    public var items: [ComparisonItem]
    /// A sentence explaining the finding (`54 = 14 killed + 40 injured vs at least 60`).
    public var note: String?

    public init(kind: Kind, topic: String, items: [ComparisonItem], note: String? = nil) {
        self.kind = kind
        self.topic = topic
        self.items = items
        self.note = note
    }
}

/// One side of a comparison: a span of one article, and what it says.
public struct ComparisonItem: Sendable, Hashable, Codable {
    /// Index into the analysed articles.
    public var article: Int
    public var span: Span
    /// Who the article attributes it to, in words.
    public var claimant: String?
    /// The value this side gives, in words (`at least 60`, `54 (14 killed + 40 wounded)`).
    public var value: String?

    public init(article: Int, span: Span, claimant: String? = nil, value: String? = nil) {
        self.article = article
        self.span = span
        self.claimant = claimant
        self.value = value
    }
}
