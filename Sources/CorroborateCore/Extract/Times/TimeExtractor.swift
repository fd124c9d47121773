/// Finds the temporal expressions of an article and places them on the calendar.
///
/// ```swift
/// let times = TimeExtractor().extract(view, published: CivilDate(year: 2025, month: 1, day: 20))
/// // "December 26" → 2024-12-26, "last week" → 2025-W03, "on Sunday" (past) → 2025-01-19
/// ```
///
/// Recognition (``TimeRecognizer``) finds spans and what they mean; ``TimeTense`` reads the verbs
/// around the expressions whose value depends on it; ``TimeResolver`` turns meanings into TimeML
/// values from the publication date.
public struct TimeExtractor: Sendable {
    /// Read `01/09/2025` as 1 September rather than January 9.
    public var dayFirst: Bool

    public init(dayFirst: Bool = false) {
        self.dayFirst = dayFirst
    }

    /// Recognises expressions and resolves them against `published` (left unresolved when nil).
    public func extract(_ view: TextView, published: CivilDate?) -> [TimeExpression] {
        let mentions = TimeRecognizer(view: view, dayFirst: dayFirst).mentions()
        guard !mentions.isEmpty else { return [] }
        let tense = TimeTense(view: view)
        let times = mentions.map { m in
            let sentence = view.sentences[view.sentence(containing: m.tokens.lowerBound)]
            let direction = m.direction
                ?? (TimeExtractor.dependsOnTense(m.meaning) ? tense.direction(for: m.tokens, modalAhead: !m.meaning.isWeekday) : nil)
            return TimeExpression(
                span: view.span(tokens: m.tokens), type: m.type, value: nil, meaning: m.meaning, anchor: .unresolved,
                tense: direction, sentence: view.span(sentence.start, sentence.end))
        }
        return TimeResolver.resolve(times, anchor: published)
    }

}

extension TimeMeaning {
    /// Whether the meaning is a weekday (alone or with a time of day).
    var isWeekday: Bool {
        switch self {
        case .weekday: return true
        case .timeOfDay(let inner, _), .within(let inner): return inner.isWeekday
        default: return false
        }
    }
}

extension TimeExtractor {
    /// Whether past or future changes the value (`December 26`, `Sunday`, `the fourth quarter`).
    static func dependsOnTense(_ meaning: TimeMeaning) -> Bool {
        switch meaning {
        case .monthDay(_, _, nil), .month(_, nil), .dayOfMonth, .weekday(_, nil), .season(_, nil), .quarter(_?, nil),
            .holiday(_, nil), .shift(.weekend, 0, _), .weekdayDate, .nthWeekdayOf:
            return true
        case .timeOfDay(let inner, _), .within(let inner):
            return dependsOnTense(inner)
        default:
            return false
        }
    }
}
