/// Gives temporal expressions their TimeML values from an anchor date, or from a range of
/// possible anchors for an undated article.
///
/// Dates mentioned in the text become the narrative anchor for `the previous day`, `the
/// following year` and `that day`, as in TimeML; the last quarter mentioned is what `the
/// quarter` and `a year earlier` refer to in an earnings report. Year-less dates take the year
/// their tense implies: `December 26` in a January article that reports the past is last
/// year's.
public enum TimeResolver {
    /// What the text has established so far, for narrative references.
    struct Context {
        var anchor: CivilDate?
        /// The last day mentioned.
        var day: CivilDate?
        /// The year of the last date, month or year mentioned.
        var year: Int?
        /// The first day of the last month mentioned (or of the last day's month).
        var month: CivilDate?
        /// The last quarter mentioned.
        var quarter: (year: Int, q: Int)?
    }

    /// Resolves every expression against one anchor date (or leaves them unresolved).
    public static func resolve(_ times: [TimeExpression], anchor: CivilDate?) -> [TimeExpression] {
        var context = Context(anchor: anchor)
        return times.map { t in
            var t = t
            let r = value(t.meaning, tense: t.tense, &context)
            t.value = r.value
            t.anchor = r.anchor
            return t
        }
    }

    /// Resolves against every day of `range`: an expression gets a value only when all of
    /// them agree on it; otherwise it keeps the unanchored form (`XXXX-12-26`).
    public static func resolve(_ times: [TimeExpression], range: DateRange) -> [TimeExpression] {
        let none = resolve(times, anchor: nil)
        var days: [CivilDate] = []
        let span = range.to.dayNumber - range.from.dayNumber
        if span <= 62 {
            days = (0...max(0, span)).map { range.from.adding(days: $0) }
        } else {
            days = [range.from, range.to]
        }
        let candidates = days.map { resolve(times, anchor: $0) }
        return times.indices.map { i in
            var t = times[i]
            let first = candidates[0][i]
            if first.anchor != .unresolved, candidates.allSatisfy({ $0[i].value == first.value }) {
                t.value = first.value
                t.anchor = first.anchor == .published ? .inferred : first.anchor
            } else {
                t.value = none[i].value
                t.anchor = none[i].anchor == .absolute ? .absolute : .unresolved
            }
            return t
        }
    }

    /// One expression's value, updating the narrative context.
    static func value(_ meaning: TimeMeaning, tense: TimeMeaning.Direction?, _ c: inout Context) -> (value: String?, anchor: TimeAnchor) {
        switch meaning {
        case .value(let v):
            remember(v, &c)
            return (v, .absolute)
        case .timeOfDay(let inner, let code):
            let r = value(inner, tense: tense, &c)
            guard let v = r.value else { return (nil, r.anchor) }
            // A time of day refines a day; a week or month value stays as it is.
            if v.count == 10 || v.hasPrefix("XXXX-XX-XX") || v.hasPrefix("XXXX-WXX-") { return (v + code, r.anchor) }
            return (v, r.anchor)
        case .within(let inner):
            return value(inner, tense: tense, &c)
        case .shift(let unit, let n, let narrative):
            return shift(unit, n, narrative: narrative, tense: tense, &c)
        default:
            break
        }
        guard let a = c.anchor else { return (unanchored(meaning), .unresolved) }
        switch meaning {
        case .monthDay(let m, let d, let shift):
            let date = shift.map { CivilDate(year: a.year + $0, month: m, day: d) } ?? yearFor(month: m, day: d, anchor: a, tense: tense)
            guard let date else { return (unanchored(meaning), .unresolved) }
            rememberDay(date, &c)
            return (date.description, .published)
        case .weekdayDate(let w, let m, let d):
            let matching = [a.year, a.year - 1, a.year + 1].compactMap { CivilDate(year: $0, month: m, day: d) }.filter { $0.weekday == w }
            let date = matching.min { abs($0.dayNumber - a.dayNumber) < abs($1.dayNumber - a.dayNumber) }
                ?? yearFor(month: m, day: d, anchor: a, tense: tense)
            guard let date else { return (unanchored(meaning), .unresolved) }
            rememberDay(date, &c)
            return (date.description, .published)
        case .month(let m, let shift):
            let y = shift.map { a.year + $0 } ?? yearFor(month: m, anchor: a, tense: tense)
            rememberMonth(y, m, &c)
            return (CivilDate.pad(y, 4) + "-" + CivilDate.pad(m, 2), .published)
        case .relativeMonth(let m, let direction):
            let index = a.year * 12 + a.month - 1
            var target = (index / 12) * 12 + m - 1
            if direction == .future {
                while target < index + 2 { target += 12 }
            } else {
                while target > index - 2 { target -= 12 }
            }
            rememberMonth(target / 12, m, &c)
            return (CivilDate.pad(target / 12, 4) + "-" + CivilDate.pad(m, 2), .published)
        case .quarterOfYear(let y):
            if let q = c.quarter?.q { return (CivilDate.pad(y, 4) + "-Q\(q)", .narrative) }
            return (CivilDate.pad(y, 4), .absolute)
        case .dayOfMonth(let d):
            let date = dayOfMonth(d, anchor: a, tense: tense)
            guard let date else { return (unanchored(meaning), .unresolved) }
            rememberDay(date, &c)
            return (date.description, .published)
        case .weekday(let day, let direction):
            let date: CivilDate
            switch direction {
            case .past?: date = resolve(day, direction: .past, anchor: a.adding(days: -1))
            case .future?: date = resolve(day, direction: .future, anchor: a.adding(days: 1))
            default:
                // Past tense (and news by default) looks back, the same day included; future forward.
                date = resolve(day, direction: tense == .future ? .future : .past, anchor: tense == .future ? a.adding(days: 1) : a)
            }
            rememberDay(date, &c)
            return (date.description, .published)
        case .dayInMonth(let d, let shift):
            let m = a.adding(months: shift)
            guard let date = CivilDate(year: m.year, month: m.month, day: d) else { return (unanchored(meaning), .unresolved) }
            rememberDay(date, &c)
            return (date.description, .published)
        case .nthWeekday(let n, let w):
            guard let date = Holiday.nth(n, w, month: a.month, year: a.year) else { return (unanchored(meaning), .unresolved) }
            rememberDay(date, &c)
            return (date.description, .published)
        case .nthWeekdayOf(let n, let w, let m):
            let y = yearFor(month: m, anchor: a, tense: tense)
            guard let date = Holiday.nth(n, w, month: m, year: y) else { return (unanchored(meaning), .unresolved) }
            rememberDay(date, &c)
            return (date.description, .published)
        case .weekdayCount(let w, let n):
            let first = a.adding(days: (w.rawValue - a.weekday.rawValue + 6) % 7 + 1)
            let date = first.adding(days: 7 * (n - 1))
            rememberDay(date, &c)
            return (date.description, .published)
        case .offset(let y, let m, let d):
            let date = a.adding(months: 12 * y + m).adding(days: d)
            rememberDay(date, &c)
            return (date.description, .published)
        case .weekdayOfWeek(let day, let weekShift):
            let monday = a.adding(days: 1 - a.weekday.rawValue + 7 * weekShift)
            let date = monday.adding(days: day.rawValue - 1)
            rememberDay(date, &c)
            return (date.description, .published)
        case .season(let code, let shift):
            let y = shift.map { a.year + $0 } ?? seasonYear(code, anchor: a, tense: tense)
            return (CivilDate.pad(y, 4) + "-" + code, .published)
        case .quarter(let q?, let shift):
            let current = (a.month - 1) / 3 + 1
            let y = shift.map { a.year + $0 } ?? (q > current && tense != .future ? a.year - 1 : a.year)
            c.quarter = (y, q)
            return (CivilDate.pad(y, 4) + "-Q\(q)", .published)
        case .quarter(nil, let shift):
            let base = c.quarter ?? lastQuarter(before: a)
            let y = base.year + (shift ?? 0)
            return (CivilDate.pad(y, 4) + "-Q\(base.q)", c.quarter == nil ? .published : .narrative)
        case .half(let h, let shift):
            return (CivilDate.pad(a.year + (shift ?? 0), 4) + "-H\(h)", .published)
        case .yearEarlier:
            if let q = c.quarter { return (CivilDate.pad(q.year - 1, 4) + "-Q\(q.q)", .narrative) }
            return (CivilDate.pad(a.year - 1, 4), .published)
        case .holiday(let h, let shift):
            guard let holiday = Holiday(rawValue: h) else { return (nil, .unresolved) }
            let date: CivilDate?
            if let shift {
                date = holiday.date(in: a.year + shift)
            } else {
                let candidates = [a.year - 1, a.year, a.year + 1].compactMap { holiday.date(in: $0) }
                date = candidates.min { cost($0.dayNumber - a.dayNumber, tense) < cost($1.dayNumber - a.dayNumber, tense) }
            }
            guard let date else { return (unanchored(meaning), .unresolved) }
            rememberDay(date, &c)
            return (date.description, .published)
        default:
            return (unanchored(meaning), .unresolved)
        }
    }

    /// `yesterday`, `last week`, `next year`, `the following day`, `that year`.
    private static func shift(
        _ unit: CalendarUnit, _ n: Int, narrative: Bool, tense: TimeMeaning.Direction?, _ c: inout Context
    ) -> (value: String?, anchor: TimeAnchor) {
        let how: TimeAnchor
        let base: CivilDate
        if narrative, unit == .year, let y = c.year {
            c.year = y + n
            return (CivilDate.pad(y + n, 4), .narrative)
        } else if narrative, unit == .month, let d = c.month ?? c.day {
            base = d
            how = .narrative
        } else if narrative, let d = c.day {
            base = d
            how = .narrative
        } else if let a = c.anchor {
            base = a
            how = .published
        } else {
            return (unanchored(.shift(unit, n, narrative: narrative)), .unresolved)
        }
        switch unit {
        case .day:
            let d = base.adding(days: n)
            rememberDay(d, &c)
            return (d.description, how)
        case .week:
            let w = base.adding(days: 7 * n).isoWeek
            return (CivilDate.pad(w.year, 4) + "-W" + CivilDate.pad(w.week, 2), how)
        case .weekend:
            // `the weekend` in the past is the last one that has begun; ahead, the next one.
            var day = base.adding(days: 7 * n)
            if n == 0, tense != .future, base.weekday.rawValue < 6 { day = day.adding(days: -7) }
            let w = day.isoWeek
            return (CivilDate.pad(w.year, 4) + "-W" + CivilDate.pad(w.week, 2) + "-WE", how)
        case .month:
            let d = base.adding(months: n)
            rememberMonth(d.year, d.month, &c)
            return (CivilDate.pad(d.year, 4) + "-" + CivilDate.pad(d.month, 2), how)
        case .quarter:
            let index = base.year * 4 + (base.month - 1) / 3 + n
            let y = index >= 0 ? index / 4 : (index - 3) / 4
            let q = index - y * 4 + 1
            c.quarter = (y, q)
            return (CivilDate.pad(y, 4) + "-Q\(q)", how)
        case .year:
            c.year = base.year + n
            return (CivilDate.pad(base.year + n, 4), how)
        case .decade:
            return (String(base.year / 10 + n), how)
        case .century:
            return (CivilDate.pad(base.year / 100 + n, 2), how)
        }
    }

    private static func remember(_ v: String, _ c: inout Context) {
        let bytes = Array(v.utf8)
        guard bytes.count >= 4, bytes[0] >= 0x30, bytes[0] <= 0x39, let y = Int(String(decoding: bytes[0..<4], as: UTF8.self)) else { return }
        if bytes.count == 10, let d = CivilDate(iso: v) {
            rememberDay(d, &c)
        } else if bytes.count == 7, bytes[5] == 0x51, let q = Int(String(decoding: bytes[6..<7], as: UTF8.self)) {  // 1990-Q3
            c.quarter = (y, q)
            c.year = y
        } else if bytes.count == 7, let m = Int(String(decoding: bytes[5..<7], as: UTF8.self)) {
            rememberMonth(y, m, &c)
        } else if bytes.count == 4 {
            c.year = y
        }
    }

    private static func rememberDay(_ d: CivilDate, _ c: inout Context) {
        c.day = d
        c.year = d.year
        c.month = CivilDate(year: d.year, month: d.month, day: 1)
    }

    private static func rememberMonth(_ y: Int, _ m: Int, _ c: inout Context) {
        c.year = y
        c.month = CivilDate(year: y, month: m, day: 1)
    }

    /// The quarter before the one `a` falls in: what an earnings report's `the quarter` means.
    private static func lastQuarter(before a: CivilDate) -> (year: Int, q: Int) {
        let q = (a.month - 1) / 3 + 1
        return q == 1 ? (a.year - 1, 4) : (a.year, q - 1)
    }

    /// TimeML's form for a value whose anchor is unknown.
    static func unanchored(_ meaning: TimeMeaning) -> String? {
        switch meaning {
        case .value(let v): return v
        case .monthDay(let m, let d, _), .weekdayDate(_, let m, let d): return "XXXX-\(CivilDate.pad(m, 2))-\(CivilDate.pad(d, 2))"
        case .month(let m, _), .relativeMonth(let m, _): return "XXXX-\(CivilDate.pad(m, 2))"
        case .quarterOfYear(let y): return CivilDate.pad(y, 4)
        case .dayOfMonth(let d), .dayInMonth(let d, _): return "XXXX-XX-\(CivilDate.pad(d, 2))"
        case .nthWeekday(let n, let w): return "XXXX-XX-WXX-\(w.rawValue)-#\(n)"
        case .nthWeekdayOf(let n, let w, let m): return "XXXX-\(CivilDate.pad(m, 2))-WXX-\(w.rawValue)-#\(n)"
        case .weekdayCount(let w, _): return "XXXX-WXX-\(w.rawValue)"
        case .offset: return "XXXX-XX-XX"
        case .weekday(let day, _), .weekdayOfWeek(let day, _): return "XXXX-WXX-\(day.rawValue)"
        case .shift(let unit, _, _):
            switch unit {
            case .day: return "XXXX-XX-XX"
            case .week: return "XXXX-WXX"
            case .weekend: return "XXXX-WXX-WE"
            case .month: return "XXXX-XX"
            case .quarter: return "XXXX-QX"
            case .year: return "XXXX"
            case .decade: return "XXX"
            case .century: return "XX"
            }
        case .season(let code, _): return "XXXX-" + code
        case .quarter(let q, _): return "XXXX-Q" + (q.map(String.init) ?? "X")
        case .half(let h, _): return "XXXX-H\(h)"
        case .yearEarlier: return "XXXX"
        case .holiday(let h, _):
            guard let date = Holiday(rawValue: h)?.date(in: 2001), Holiday(rawValue: h)?.date(in: 2002)?.day == date.day else { return "XXXX-XX-XX" }
            return "XXXX-\(CivilDate.pad(date.month, 2))-\(CivilDate.pad(date.day, 2))"
        case .timeOfDay(let inner, let code): return unanchored(inner).map { $0 + code }
        case .within(let inner): return unanchored(inner)
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
    /// The year that puts month `m`, day `d` closest to the anchor, the tense weighing in: a
    /// date on the wrong side of the anchor for the tense costs ``Lean`` days more. News reports
    /// the recent past and the near future, so `payable Dec. 15` in an October story that
    /// `declared` it is this December, while `December 26` in a January story is last year's.
    static func yearFor(month m: Int, day d: Int, anchor a: CivilDate, tense: TimeMeaning.Direction?) -> CivilDate? {
        let candidates = [a.year - 1, a.year, a.year + 1].compactMap { CivilDate(year: $0, month: m, day: d) }
        return candidates.min { cost($0.dayNumber - a.dayNumber, tense) < cost($1.dayNumber - a.dayNumber, tense) }
    }

    /// The year of a month named without one: the nearer occurrence, the tense leaning as for
    /// days but harder (a month a past-tense clause names is ahead only when a month or two
    /// away), and the past favoured when no verb tells, as news favours it.
    static func yearFor(month m: Int, anchor a: CivilDate, tense: TimeMeaning.Direction?) -> Int {
        if m == a.month { return a.year }
        let ahead = (m - a.month + 12) % 12
        let lean: Int
        switch tense {
        case .past?: lean = Lean.pastTenseFutureMonth
        case .future?: lean = -Lean.pastTenseFutureMonth
        default: lean = Lean.noTenseFutureMonth
        }
        let future = ahead * 30 + lean < (12 - ahead) * 30
        return future ? (m > a.month ? a.year : a.year + 1) : (m < a.month ? a.year : a.year - 1)
    }

    /// How much a tense leans: days added to the distance of a candidate on the other side.
    enum Lean {
        /// A past-tense clause still names near deadlines (`declared a dividend payable Dec. 15`).
        static let pastTenseFuture = 200
        static let futureTensePast = 200
        static let noTenseFuture = 30
        static let noTenseFutureMonth = 120
        /// A month a clause in the past tense names is ahead only when it is a month or two away.
        static let pastTenseFutureMonth = 260
    }

    private static func cost(_ diff: Int, _ tense: TimeMeaning.Direction?) -> Int {
        switch tense {
        case .past?: return abs(diff) + (diff > 0 ? Lean.pastTenseFuture : 0)
        case .future?: return abs(diff) + (diff < 0 ? Lean.futureTensePast : 0)
        default: return abs(diff) + (diff > 0 ? Lean.noTenseFuture : 0)
        }
    }

    /// The month of `the 27th`: this month unless the tense puts the day on the other side of the anchor.
    static func dayOfMonth(_ d: Int, anchor a: CivilDate, tense: TimeMeaning.Direction?) -> CivilDate? {
        let this = CivilDate(year: a.year, month: a.month, day: d)
        switch tense {
        case .future?:
            if let t = this, t >= a { return t }
            let next = a.adding(months: 1)
            return CivilDate(year: next.year, month: next.month, day: d)
        case .past?:
            if let t = this, t <= a { return t }
            let last = a.adding(months: -1)
            return CivilDate(year: last.year, month: last.month, day: d)
        default:
            return this
        }
    }

    /// The year of a season named without one.
    static func seasonYear(_ code: String, anchor a: CivilDate, tense: TimeMeaning.Direction?) -> Int {
        let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 6
        switch tense {
        case .past?: return startMonth <= a.month ? a.year : a.year - 1
        case .future?: return startMonth > a.month ? a.year : a.year + 1
        default: return a.year
        }
    }
}
