/// The TimeML class of a temporal expression.
public enum TimeType: String, Sendable, Hashable {
    case date, time, duration, set
}

/// A date or time the text mentions, resolved to the calendar when its anchor allows.
public struct TimeExpression: Sendable, Hashable {
    public var span: Span
    public var type: TimeType
    /// The TimeML value (`2025-01-09`, `2025-W02`, `2024-12`, `P3D`, `PAST_REF`), or nil
    /// when the article's date is unknown and the expression cannot be placed.
    public var value: String?
    /// What the words mean before anchoring; kept so an undated article's times can be
    /// resolved once its date range is inferred.
    public var meaning: TimeMeaning
    /// How the value was fixed: the article date, a narrative date earlier in the text, the
    /// inferred range, or the words alone.
    public var anchor: TimeAnchor
    /// Past or future, when the verbs around the expression show it; decides which Sunday or
    /// which December is meant.
    public var tense: TimeMeaning.Direction?
    /// The sentence holding the expression: what happened at that time, for timelines.
    public var sentence: Span?

    public init(
        span: Span, type: TimeType, value: String?, meaning: TimeMeaning, anchor: TimeAnchor,
        tense: TimeMeaning.Direction? = nil, sentence: Span? = nil
    ) {
        self.span = span
        self.type = type
        self.value = value
        self.meaning = meaning
        self.anchor = anchor
        self.tense = tense
        self.sentence = sentence
    }
}

/// What fixed a time expression's value.
public enum TimeAnchor: String, Sendable, Hashable {
    /// The expression names its own date (`2025-01-20`, `January 9, 2025`).
    case absolute
    /// Resolved from the article's publication date.
    case published
    /// Resolved from a date mentioned earlier in the text (`the previous day`).
    case narrative
    /// Resolved from the inferred publication range of an undated article.
    case inferred
    /// Not resolvable: the anchor is unknown or too wide.
    case unresolved
}

/// The calendar meaning of a temporal expression, independent of any anchor.
public enum TimeMeaning: Sendable, Hashable {
    /// A full date.
    case date(CivilDate)
    /// A month and day with no year (`January 9`); the year comes from the anchor.
    case monthDay(month: Int, day: Int)
    /// A month with an optional year (`December`, `March 2024`).
    case month(month: Int, year: Int?)
    case year(Int)
    /// A decade (`the 1990s` → `199`).
    case decade(Int)
    /// A season relative to the anchor's year (`last summer` → -1, `SU`).
    case season(yearOffset: Int, code: String)
    /// A weekday (`on Sunday`, `Sunday night`); `direction` says which one from a modifier
    /// (`last`, `next`), else the tense decides.
    case weekday(Weekday, direction: Direction?, part: String?)
    /// A day offset from the anchor (`yesterday` = -1, `tomorrow` = 1, `today` = 0).
    case dayOffset(Int)
    /// A day offset from the last date mentioned (`the previous day` = -1, `two days later` = 2).
    case narrativeOffset(Int)
    /// `last week` (-1), `this week` (0), `next week` (1).
    case weekOffset(Int)
    case monthOffset(Int)
    case yearOffset(Int)
    /// A span of time (`three years` → `P3Y`).
    case duration(String)
    /// A recurring time (`every Monday`).
    case set(String)
    /// `now`, `recently`, `formerly`, `the future`: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    case reference(String)
    /// A time of day relative to the anchor day (`tonight` → `TNI`, `this morning` → `MO`).
    case partOfDay(dayOffset: Int, part: String)

    /// Which occurrence of a weekday is meant.
    public enum Direction: String, Sendable, Hashable {
        /// The last one on or before the anchor (past tense, `last Sunday`).
        case past
        /// The next one on or after the anchor (future tense, `next Sunday`).
        case future
        /// The one nearest the anchor.
        case nearest
    }
}
