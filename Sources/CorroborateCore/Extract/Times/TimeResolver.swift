/// Finds the temporal expressions of an article and places them on the calendar.
///
/// ```swift
/// let times = TimeExtractor().extract(view, published: CivilDate(year: 2025, month: 1, day: 20))
/// // "December 26" → 2024-12-26, "last week" → 2025-W03, "on Sunday" (past) → 2025-01-19
/// ```
public struct TimeExtractor: Sendable {
    /// Read `01/09/2025` as 1 September rather than January 9.
    public var dayFirst: Bool

    public init(dayFirst: Bool = false) {
        self.dayFirst = dayFirst
    }

    /// Recognises expressions and resolves them against `published` (left unresolved when nil).
    public func extract(_ view: TextView, published: CivilDate?) -> [TimeExpression] {
        let recognizer = TimeRecognizer(view: view, dayFirst: dayFirst)
        let times = recognizer.mentions().map { m in
            let sentence = view.sentences[view.sentence(containing: m.tokens.lowerBound)]
            return TimeExpression(
                span: view.span(tokens: m.tokens), type: m.type, value: nil, meaning: m.meaning, anchor: .unresolved,
                tense: recognizer.tense(around: m.tokens.lowerBound), sentence: view.span(sentence.start, sentence.end))
        }
        return TimeResolver.resolve(times, anchor: published)
    }
}

/// Gives temporal expressions their TimeML values from an anchor date, or from a range of
/// possible anchors for an undated article.
///
/// Dates mentioned in the text become the narrative anchor for `the previous day` and
/// `two days later`, as in TimeML. Year-less dates take the year their tense implies:
/// `December 26` in a January article that reports the past is last year's.
public enum TimeResolver {
    /// Resolves every expression against one anchor date (or leaves them unresolved).
    public static func resolve(_ times: [TimeExpression], anchor: CivilDate?) -> [TimeExpression] {
        var narrative: CivilDate? = nil
        return times.map { t in
            var t = t
            let r = value(t, anchor: anchor, narrative: narrative)
            t.value = r.value
            t.anchor = r.anchor
            if let d = r.date { narrative = d }
            return t
        }
    }

    /// Resolves against every day of `range`: an expression gets a value only when all of
    /// them agree on it; otherwise it keeps the unanchored form (`XXXX-12-26`).
    public static func resolve(_ times: [TimeExpression], range: DateRange) -> [TimeExpression] {
        let early = resolve(times, anchor: range.from)
        let late = resolve(times, anchor: range.to)
        let none = resolve(times, anchor: nil)
        return times.indices.map { i in
            var t = times[i]
            if early[i].value == late[i].value, early[i].anchor != .unresolved {
                t.value = early[i].value
                t.anchor = early[i].anchor == .published ? .inferred : early[i].anchor
            } else {
                t.value = none[i].value
                t.anchor = .unresolved
            }
            return t
        }
    }

    /// One expression's value; `date` is the day it fixes, for the narrative anchor.
    static func value(_ t: TimeExpression, anchor: CivilDate?, narrative: CivilDate?) -> (value: String?, anchor: TimeAnchor, date: CivilDate?) {
        switch t.meaning {
        case .date(let d):
            return (d.description, .absolute, d)
        case .year(let y):
            return (CivilDate.pad(y, 4), .absolute, nil)
        case .decade(let d):
            return (String(d), .absolute, nil)
        case .duration(let code), .set(let code):
            return (code, .absolute, nil)
        case .reference(let r):
            return (r, .absolute, nil)
        case .month(let m, let year?):
            return ("\(CivilDate.pad(year, 4))-\(CivilDate.pad(m, 2))", .absolute, nil)
        default:
            break
        }
        guard let a = anchor else { return (unanchored(t.meaning), .unresolved, nil) }
        switch t.meaning {
        case .monthDay(let m, let d):
            guard let date = yearFor(month: m, day: d, anchor: a, tense: t.tense) else { return (unanchored(t.meaning), .unresolved, nil) }
            return (date.description, .published, date)
        case .month(let m, nil):
            let y = yearFor(month: m, anchor: a, tense: t.tense)
            return ("\(CivilDate.pad(y, 4))-\(CivilDate.pad(m, 2))", .published, nil)
        case .weekday(let day, let direction, let part):
            let date = resolve(day, direction: direction ?? t.tense ?? .past, anchor: a)
            return (date.description + (part.map { "T" + $0 } ?? ""), .published, part == nil ? date : nil)
        case .dayOffset(let n):
            let date = a.adding(days: n)
            return (date.description, .published, date)
        case .partOfDay(let n, let part):
            return (a.adding(days: n).description + "T" + part, .published, nil)
        case .narrativeOffset(let n):
            let base = narrative ?? a
            let date = base.adding(days: n)
            return (date.description, narrative == nil ? .published : .narrative, date)
        case .weekOffset(let n):
            let w = a.adding(days: 7 * n).isoWeek
            return ("\(CivilDate.pad(w.year, 4))-W\(CivilDate.pad(w.week, 2))", .published, nil)
        case .monthOffset(let n):
            let d = a.adding(months: n)
            return ("\(CivilDate.pad(d.year, 4))-\(CivilDate.pad(d.month, 2))", .published, nil)
        case .yearOffset(let n):
            return (CivilDate.pad(a.year + n, 4), .published, nil)
        case .season(let n, let code):
            return ("\(CivilDate.pad(a.year + n, 4))-\(code)", .published, nil)
        default:
            return (unanchored(t.meaning), .unresolved, nil)
        }
    }

    /// TimeML's form for a value whose anchor is unknown.
    static func unanchored(_ meaning: TimeMeaning) -> String? {
        switch meaning {
        case .monthDay(let m, let d): return "XXXX-\(CivilDate.pad(m, 2))-\(CivilDate.pad(d, 2))"
        case .month(let m, nil): return "XXXX-\(CivilDate.pad(m, 2))"
        case .weekday(let day, _, let part): return "XXXX-WXX-\(day.rawValue)" + (part.map { "T" + $0 } ?? "")
        case .dayOffset, .narrativeOffset: return "XXXX-XX-XX"
        case .partOfDay(_, let part): return "XXXX-XX-XXT" + part
        case .weekOffset: return "XXXX-WXX"
        case .monthOffset: return "XXXX-XX"
        case .yearOffset: return "XXXX"
        case .season(_, let code): return "XXXX-" + code
        default: return nil
        }
    }

    /// The weekday `day` nearest `anchor` in `direction` (past: on or before; future: on or after).
    static func resolve(_ day: Weekday, direction: TimeMeaning.Direction, anchor: CivilDate) -> CivilDate {
        let back = (anchor.weekday.rawValue - day.rawValue + 7) % 7
        let forward = (day.rawValue - anchor.weekday.rawValue + 7) % 7
        switch direction {
        case .past: return anchor.adding(days: -back)
        case .future: return anchor.adding(days: forward)
        case .nearest: return anchor.adding(days: forward <= back ? forward : -back)
        }
    }

    /// The year that puts month `m`, day `d` where the tense says: the last one on or before the
    /// anchor for the past, the next one for the future, the nearest otherwise.
    static func yearFor(month m: Int, day d: Int, anchor a: CivilDate, tense: TimeMeaning.Direction?) -> CivilDate? {
        let candidates = [a.year - 1, a.year, a.year + 1].compactMap { CivilDate(year: $0, month: m, day: d) }
        guard !candidates.isEmpty else { return nil }
        switch tense {
        case .past?: return candidates.last { $0 <= a } ?? candidates.first
        case .future?: return candidates.first { $0 >= a } ?? candidates.last
        default: return candidates.min { abs($0.dayNumber - a.dayNumber) < abs($1.dayNumber - a.dayNumber) }
        }
    }

    /// The year of a month named without one.
    static func yearFor(month m: Int, anchor a: CivilDate, tense: TimeMeaning.Direction?) -> Int {
        switch tense {
        case .past?: return m <= a.month ? a.year : a.year - 1
        case .future?: return m >= a.month ? a.year : a.year + 1
        default:
            let diff = m - a.month
            if diff > 6 { return a.year - 1 }
            if diff < -6 { return a.year + 1 }
            return a.year
        }
    }
}
