/// How a quote reproduces its speaker's words.
public enum QuoteKind: String, Sendable, Hashable, Codable {
    /// A whole utterance in quotation marks.
    case direct
    /// A few quoted words inside the writer's own sentence.
    case partial
    /// Reported speech without quotation marks (`X said that …`, `according to X, …`).
    case indirect
}

/// Who a quote or figure is attributed to, and how the attribution was found.
public struct Attribution: Sendable, Hashable, Codable {
    /// The words in the text that name the speaker here: a name, a description or a pronoun.
    public var span: Span
    /// The entity those words refer to, as an index into ``ArticleAnalysis/entities``.
    public var entity: Int?
    public var resolution: Resolution
    /// For a pronoun or a continued quote: the earlier words that name the speaker.
    public var antecedent: Span?
    /// The words name no one: `officials said`, `a person familiar with the talks`.
    public var isAnonymous: Bool

    /// How the speaker was found.
    public enum Resolution: String, Sendable, Hashable, Codable {
        /// The words beside the cue name the speaker.
        case named
        /// A description (`the soldier`, `a senior official`) with no name.
        case description
        /// A pronoun resolved to an earlier name.
        case pronoun
        /// An unattributed paragraph continuing the previous speaker's quote.
        case continuation
    }

    public init(span: Span, entity: Int?, resolution: Resolution, antecedent: Span? = nil, isAnonymous: Bool = false) {
        self.span = span
        self.entity = entity
        self.resolution = resolution
        self.antecedent = antecedent
        self.isAnonymous = isAnonymous
    }
}

/// A link in an attribution chain: the words were passed on, translated or cited.
public struct Relay: Sendable, Hashable, Codable {
    /// How the words travelled.
    public enum Role: String, Sendable, Hashable, Codable {
        /// `as translated by X`.
        case translation
        /// `citing X`, `citing information from X`.
        case citing
        /// `told X`: the speaker told a reporter or agency.
        case toldTo = "told"
        /// `in a post on X`, `on X`, `in a statement`: the channel the words appeared in.
        case channel
        /// `X reported`, `per reporting by X`: a publication that carried the words.
        case reportedBy = "reported-by"
    }

    public var span: Span
    public var role: Role
    public var entity: Int?

    public init(span: Span, role: Role, entity: Int? = nil) {
        self.span = span
        self.role = role
        self.entity = entity
    }
}

/// Words attributed to someone: the content, its speaker and the chain it came through.
public struct Quote: Sendable, Hashable, Codable {
    /// The quoted or reported content (inside the quotation marks for direct and partial quotes).
    public var span: Span
    public var kind: QuoteKind
    public var speaker: Attribution?
    /// The reporting words (`said`, `told reporters`, `according to`, `wrote`).
    public var cue: Span?
    /// Who passed the words on, outermost first: the outlet that reported or translated them,
    /// whom they were told to, the channel, and last what the speaker cited.
    public var via: [Relay]
    /// Quotes of one article that share this number are pieces of one utterance, interrupted by
    /// their cue (`“First part,” she said, “second part.”`) or continued across paragraphs.
    public var utterance: Int?

    public init(
        span: Span, kind: QuoteKind, speaker: Attribution? = nil, cue: Span? = nil, via: [Relay] = [], utterance: Int? = nil
    ) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.via = via
        self.utterance = utterance
    }
}
