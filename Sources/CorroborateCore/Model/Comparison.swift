/// One cross-source finding in a story: what the outlets do with one figure, quote or claim.
public struct Comparison: Sendable, Hashable, Codable {
    /// What the sources do.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Two or more independent sources say the same.
        case agreement
        /// Sources give incompatible values for the same thing.
        case conflict
        /// Only one independent source reports it (copies of one report count once).
        case singleSource = "single-source"
        /// A later report gives a newer value for a running count (`as of last week` against
        /// a larger total today): not a contradiction.
        case update
        /// The same content in different words from one speaker, such as two translations of
        /// one quote: possibly the same statement, worth a reader's check.
        case variant
    }

    /// What is compared.
    public enum Aspect: String, Sendable, Hashable, Codable {
        /// A figure about one counted thing and event.
        case figure
        /// A quote or reported statement of one speaker.
        case quote
        /// A sentence stating a fact.
        case claim
        /// Where a place lies (`the Tallow region in Veldmark` against `Ostria's Tallow region`).
        case place
        /// The state of the people a claim is about (dead against captured).
        case state
        /// The day an event happened.
        case date
    }

    public var kind: Kind
    public var aspect: Aspect
    /// What is compared, in words (`people killed or wounded`).
    public var topic: String
    public var items: [ComparisonItem]
    /// A sentence explaining the finding (`54 = 14 killed + 40 injured vs at least 60`).
    public var note: String?
    /// A finer label: for figures `equal` or `refinement` (one side more precise, inside the
    /// other's range); for quotes `exact`, `edited` or `paraphrase`.
    public var detail: String?

    public init(
        kind: Kind, aspect: Aspect = .figure, topic: String, items: [ComparisonItem], note: String? = nil,
        detail: String? = nil
    ) {
        self.kind = kind
        self.aspect = aspect
        self.topic = topic
        self.items = items
        self.note = note
        self.detail = detail
    }

    private enum CodingKeys: String, CodingKey { case kind, aspect, topic, items, note, detail }

    // Stories stored before aspects existed compared figures and quotes; reading them stays possible.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        topic = try c.decode(String.self, forKey: .topic)
        items = try c.decode([ComparisonItem].self, forKey: .items)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        detail = try c.decodeIfPresent(String.self, forKey: .detail)
        aspect = try c.decodeIfPresent(Aspect.self, forKey: .aspect) ?? (topic.hasPrefix("quotes from") ? .quote : .figure)
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
    /// How well this side is sourced.
    public var sourcing: Sourcing?
    /// The day or period the value holds for, as a TimeML value: the date its sentence gives
    /// (`last week` → `2025-W02`), else the article's publication date.
    public var asOf: String?
    /// For a quote printed with small changes: the word edits from the first side's wording
    /// to this one's (`[-very] [+truly]`).
    public var edit: String?
    /// Other articles that carry this report as a copy (wire copies, reprints): one source,
    /// however many times it is printed.
    public var copies: [Int]

    public init(
        article: Int, span: Span, claimant: String? = nil, value: String? = nil, sourcing: Sourcing? = nil,
        asOf: String? = nil, edit: String? = nil, copies: [Int] = []
    ) {
        self.article = article
        self.span = span
        self.claimant = claimant
        self.value = value
        self.sourcing = sourcing
        self.asOf = asOf
        self.edit = edit
        self.copies = copies
    }

    private enum CodingKeys: String, CodingKey { case article, span, claimant, value, sourcing, asOf, edit, copies }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        article = try c.decode(Int.self, forKey: .article)
        span = try c.decode(Span.self, forKey: .span)
        claimant = try c.decodeIfPresent(String.self, forKey: .claimant)
        value = try c.decodeIfPresent(String.self, forKey: .value)
        sourcing = try c.decodeIfPresent(Sourcing.self, forKey: .sourcing)
        asOf = try c.decodeIfPresent(String.self, forKey: .asOf)
        edit = try c.decodeIfPresent(String.self, forKey: .edit)
        copies = try c.decodeIfPresent([Int].self, forKey: .copies) ?? []
    }
}

/// How one side of a finding is sourced: who stands behind it and through whom it reached
/// the outlet, so a reader can weigh a named first-hand statement above a relayed,
/// anonymous or hedged one.
public struct Sourcing: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// A named person or body, or a description that identifies one (`the interior ministry`).
        case named
        /// Words that name no one (`officials said`, `a source familiar with the talks`).
        case anonymous
        /// Nothing in the text attributes it: the outlet's own account. For a figure, an
        /// unsourced figure.
        case unattributed
    }

    public var source: Source
    /// The relays between the source and the outlet, outermost first, in words (`told AFP`,
    /// `as translated by The Daily Ledger`, `citing the ministry`).
    public var via: [String]
    /// It comes from a social-media post or account (`in a post on X`, `on Telegram`).
    public var socialMedia: Bool
    /// Hedged: `reportedly`, `allegedly`, `suggested`, `is estimated`, a hedged figure.
    public var hedged: Bool

    public init(source: Source, via: [String] = [], socialMedia: Bool = false, hedged: Bool = false) {
        self.source = source
        self.via = via
        self.socialMedia = socialMedia
        self.hedged = hedged
    }

    /// Relayed rather than first-hand: it reached the outlet through someone else.
    public var isRelayed: Bool { !via.isEmpty }
}
