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
    /// Five to ten sentences: the main facts first, then the conflicts, each cited.
    public var brief: [BriefSentence]
    /// Groups of articles that are copies of one report (a wire story and its reprints, the
    /// same text under another headline or with a paragraph trimmed), as indices into the
    /// analysed articles, the earliest published (else the first read) first; only groups of
    /// two or more. A claim repeated by a group is one report, not several confirmations.
    public var copies: [[Int]]

    public init(
        id: String, articles: [Int], title: String, comparisons: [Comparison] = [], timeline: [TimelineEntry] = [],
        brief: [BriefSentence] = [], copies: [[Int]] = []
    ) {
        self.id = id
        self.articles = articles
        self.title = title
        self.comparisons = comparisons
        self.timeline = timeline
        self.brief = brief
        self.copies = copies
    }
}

/// A dated event: a sentence of one article and the day, week or month it happened, with
/// every report of the same event in the story's other articles.
public struct TimelineEntry: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Something the articles date: a sentence and the words that place it.
        case event
        /// An article of the story was published that day; the sentence is its lead.
        case published
    }

    public var kind: Kind
    /// The TimeML value (`2025-01-09`, `2025-W03`, `2024-12`).
    public var value: String
    /// The first day the value covers, for ordering.
    public var day: CivilDate
    public var article: Int
    /// The sentence that says what happened.
    public var sentence: Span
    /// The words that date it; nil for a publication.
    public var time: Span?
    /// Every report of this event, the one above first; more than one when several articles
    /// (usually several outlets) report it.
    public var reports: [TimelineReport]

    public init(
        kind: Kind = .event, value: String, day: CivilDate, article: Int, sentence: Span, time: Span?,
        reports: [TimelineReport]? = nil
    ) {
        self.kind = kind
        self.value = value
        self.day = day
        self.article = article
        self.sentence = sentence
        self.time = time
        self.reports = reports ?? [TimelineReport(article: article, sentence: sentence, time: time, value: value)]
    }

    private enum CodingKeys: String, CodingKey { case kind, value, day, article, sentence, time, reports }

    // Stories stored before publications joined the timeline hold events only.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .event
        value = try c.decode(String.self, forKey: .value)
        day = try c.decode(CivilDate.self, forKey: .day)
        article = try c.decode(Int.self, forKey: .article)
        sentence = try c.decode(Span.self, forKey: .sentence)
        time = try c.decodeIfPresent(Span.self, forKey: .time)
        reports = try c.decode([TimelineReport].self, forKey: .reports)
    }
}

/// One article's report of a timeline event.
public struct TimelineReport: Sendable, Hashable, Codable {
    public var article: Int
    public var sentence: Span
    /// The dating words; nil for a publication.
    public var time: Span?
    /// The value this article's words give (reports of one event may date it at different
    /// precision: `2025-01-12` and `2025-W02`).
    public var value: String

    public init(article: Int, sentence: Span, time: Span?, value: String) {
        self.article = article
        self.sentence = sentence
        self.time = time
        self.value = value
    }
}
