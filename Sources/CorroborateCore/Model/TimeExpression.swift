/// The TimeML class of a temporal expression.
public enum TimeType: String, Sendable, Hashable, Codable {
    case date, time, duration, set
}

/// A date or time the text mentions, resolved to the calendar when its anchor allows.
public struct TimeExpression: Sendable, Hashable, Codable {
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
public enum TimeAnchor: String, Sendable, Hashable, Codable {
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
///
/// Words that fix their own value (`January 9, 2025`, `1990-Q3`, `three years`) carry it as
/// ``value(_:)``; everything else says how to count from an anchor, so that an undated article's
/// times can be placed once its date range is known.
public indirect enum TimeMeaning: Sendable, Hashable, Codable {
    /// A TimeML value the words fix alone: `2025-01-09`, `1990-Q3`, `P3Y`, `PRESENT_REF`, `XXXX-WXX-1`.
    case value(String)
    /// The anchor moved by whole calendar units, at that unit's granularity: `yesterday` (day, -1),
    /// `last week` (week, -1), `this year` (year, 0), `two months ago` (month, -2). With
    /// `narrative`, counted from the last date the text mentioned (`the next day`).
    case shift(CalendarUnit, Int, narrative: Bool)
    /// A month and day; `yearShift` relative to the anchor's year, or nil when tense decides.
    case monthDay(month: Int, day: Int, yearShift: Int?)
    /// A month; `yearShift` relative to the anchor's year, or nil when tense decides.
    case month(Int, yearShift: Int?)
    /// `last December`, `next March`: the month's latest (or next) occurrence that is not the
    /// current or an adjacent month, which `last month` or `next month` would name.
    case relativeMonth(Int, direction: Direction)
    /// A date given with its weekday (`Saturday, April 25`): the year whose April 25 is a Saturday.
    case weekdayDate(Weekday, month: Int, day: Int)
    /// `the 1988 quarter`, `the 1988 period`: that year's quarter under discussion, or the year.
    case quarterOfYear(Int)
    /// A day of the month with no month (`the 27th`); tense decides which month.
    case dayOfMonth(Int)
    /// A day of a month counted from the anchor's (`the 20th of next month` → 20, 1).
    case dayInMonth(Int, monthShift: Int)
    /// The `n`th weekday of the anchor's month (`the second Sunday`).
    case nthWeekday(Int, Weekday)
    /// The `n`th weekday of a named month, in the year the tense implies (`the first Monday of March`).
    case nthWeekdayOf(Int, Weekday, month: Int)
    /// The `n`th occurrence of a weekday after the anchor (`two Sundays from now`).
    case weekdayCount(Weekday, Int)
    /// The anchor moved by a compound amount (`1 month 21 days ago` → 0, -1, -21), to the day.
    case offset(years: Int, months: Int, days: Int)
    /// A weekday; `direction` from a modifier (`last`, `next`), else the tense decides.
    case weekday(Weekday, direction: Direction?)
    /// A weekday of a week counted from the anchor's (`Tuesday next week` → Tuesday, 1).
    case weekdayOfWeek(Weekday, weekShift: Int)
    /// A season (`SP`, `SU`, `FA`, `WI`); `yearShift` relative to the anchor's year, or nil.
    case season(String, yearShift: Int?)
    /// A quarter of the year; `quarter` nil is the quarter the text is discussing (`the quarter`);
    /// `yearShift` nil lets the anchor decide (`the fourth quarter` in January is last year's).
    case quarter(Int?, yearShift: Int?)
    /// A half of the year (`H1`, `H2`).
    case half(Int, yearShift: Int?)
    /// The period a year before the one under discussion (`a year earlier`, `the year-ago
    /// quarter`): that quarter last year when the text discusses a quarter, else last year.
    case yearEarlier
    /// A holiday (`Thanksgiving`), in the year the tense implies.
    case holiday(Int, yearShift: Int?)
    /// A day refined by a time of day: `TNI`, `TMO`, `T14:30`.
    case timeOfDay(TimeMeaning, String)
    /// Known only to lie inside a period (`sometime next year` → `1990-XX-XX`).
    case within(TimeMeaning)

    /// Which occurrence of a weekday or date is meant.
    public enum Direction: String, Sendable, Hashable, Codable {
        /// The last one on or before the anchor (past tense, `last Sunday`).
        case past
        /// The next one on or after the anchor (future tense, `next Sunday`).
        case future
        /// The one nearest the anchor.
        case nearest
    }
}

/// A calendar unit a relative time counts in.
public enum CalendarUnit: String, Sendable, Hashable, Codable {
    case day, week, weekend, month, quarter, year, decade, century
}
