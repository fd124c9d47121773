extension TimeRecognizer {
    // MARK: - last / this / next …

    /// `last week`, `next Sunday`, `this year's third quarter`, `last December`, `the past three
    /// years` (from `the`), `last night`, `this coming Sunday`; `start` includes a determiner.
    func relativeForm(at k: Int, lower: Int, upper: Int, start: Int? = nil) -> TimeMention? {
        guard var r = word(k, .relative).flatMap(Relative.init(rawValue:)) else { return nil }
        let s = start ?? k
        var j = k + 1
        // `this coming Sunday`, `this past spring`
        if r == .this, let r2 = word(j, .relative).flatMap(Relative.init(rawValue:)), r2 == .coming || r2 == .past {
            r = r2
            j += 1
        }
        guard j < upper else { return nil }
        // `"This Week"`, `Next Year` mid-sentence: a title.
        if view.tokens[k].isCapitalized, view.tokens[j].isCapitalized, k > lower, !view.tokens[k].flags.contains(.lineStart),
            word(j, .weekday) == nil, word(j, .month) == nil, word(j, .holiday) == nil
        {
            return nil
        }
        let shift: Int
        switch r {
        case .last, .past, .previous: shift = -1
        case .this, .current, .latest: shift = 0
        case .next, .coming, .following: shift = 1
        }
        let narrative = start != nil && (r == .previous || r == .following || r == .next)
        let direction: TimeMeaning.Direction = shift < 0 ? .past : shift > 0 ? .future : .nearest
        if word(j, .weekday) != nil {
            // `this Friday` is the Friday of this week; `next Friday` of next week (Recognizers-Text
            // and common usage); `last Friday` the latest one before today.
            if r == .this, let m = weekdayForm(at: j, lower: lower, upper: upper, modifier: s) {
                if case .weekday(let d, _) = m.meaning { return TimeMention(tokens: m.tokens, type: m.type, meaning: .weekdayOfWeek(d, weekShift: 0)) }
                return m
            }
            if r == .next, !narrative, let m = weekdayForm(at: j, lower: lower, upper: upper, modifier: s) {
                if case .weekday(let d, _) = m.meaning { return TimeMention(tokens: m.tokens, type: m.type, meaning: .weekdayOfWeek(d, weekShift: 1)) }
                return m
            }
            return weekdayForm(at: j, lower: lower, upper: upper, modifier: s, direction: direction)
        }
        if word(j, .month) != nil, var m = monthForm(at: j, lower: lower, upper: upper, start: s) {
            if case .month(let n, nil) = m.meaning { m.meaning = shift == 0 ? .month(n, yearShift: 0) : .relativeMonth(n, direction: direction) }
            m.direction = direction
            return m
        }
        // `last spring` is last year's; `this past spring` this year's.
        let seasonShift: Int? = r == .last || r == .previous ? -1 : shift == 0 || r == .past ? 0 : nil
        if word(j, .season) != nil, var m = seasonForm(at: j, start: s, yearShift: seasonShift, upper: upper, needsContext: false, lower: lower) {
            m.direction = direction
            return m
        }
        if word(j, .holiday) != nil, var m = holidayForm(at: j, upper: upper, start: s) {
            m.direction = direction
            return m
        }
        // `last night`, `this morning`, `the next morning`
        if let part = partOfDayCode(j) {
            if narrative || start != nil && (r == .next || r == .following) {
                return TimeMention(tokens: s..<(j + 1), type: .date, meaning: .timeOfDay(.shift(.day, 1, narrative: true), part))
            }
            if r == .last, part == "TNI" {
                return TimeMention(tokens: s..<(j + 1), type: .time, meaning: .timeOfDay(.shift(.day, -1, narrative: false), "TNI"))
            }
            if r == .this {
                return TimeMention(tokens: s..<(j + 1), type: .time, meaning: .timeOfDay(.shift(.day, 0, narrative: false), part))
            }
            return nil
        }
        if let u = unit(j) {
            if u.plural {
                // `the coming months`, `recent years`, `past years`
                if r == .past, start == nil { return TimeMention(tokens: s..<(j + 1), type: .date, meaning: .value("PAST_REF")) }
                if r == .coming || r == .next || r == .past || r == .last {
                    return TimeMention(tokens: s..<(j + 1), type: .duration, meaning: .value("PX" + u.unit.durationCode))
                }
                return nil
            }
            // `next week Sunday`, `next week on Friday`
            if u.unit == .week, !u.plural {
                var w = j + 1
                if view.token(w, is: "on") { w += 1 }
                if let n = word(w, .weekday), let day = Weekday(rawValue: n), view.tokens[w].length >= 6 || view.tokens[w].isCapitalized {
                    return TimeMention(tokens: s..<(w + 1), type: .date, meaning: .weekdayOfWeek(day, weekShift: shift))
                }
            }
            // `this year's third quarter`, `next year's first quarter`, `last year's quarter`
            if u.unit == .year, view.tokens.indices.contains(j + 1), view.tokens[j + 1].kind == .possessive {
                if let q = quarterForm(at: j + 2, start: s, upper: upper, yearShift: shift) { return q }
                if unit(j + 2)?.unit == .quarter || view.token(j + 2, is: "period") {
                    let meaning: TimeMeaning = shift == -1 ? .yearEarlier : .quarter(nil, yearShift: shift)
                    return TimeMention(tokens: s..<(j + 3), type: .date, meaning: meaning)
                }
            }
            return unitShift(u.unit, shift: shift, relative: r, narrative: narrative, start: s, at: j, upper: upper)
        }
        if r == .latest, view.token(j, is: "period") {
            return TimeMention(tokens: s..<(j + 1), type: .date, meaning: .shift(.quarter, -1, narrative: false))
        }
        if r == .current || r == .this, view.token(j, is: "fiscal"), unit(j + 1)?.unit == .year {
            return TimeMention(tokens: s..<(j + 2), type: .date, meaning: .shift(.year, 0, narrative: false))
        }
        if r == .current, view.token(j, is: "fiscal"), unit(j + 1)?.unit == .quarter {
            return TimeMention(tokens: s..<(j + 2), type: .date, meaning: .shift(.quarter, 0, narrative: false))
        }
        // `the past three years`, `the next few days`, `last five years`
        if r != .this, r != .current, let c = counted(at: j, lower: lower, upper: upper), c.type == .duration {
            return TimeMention(tokens: s..<c.tokens.upperBound, type: .duration, meaning: c.meaning)
        }
        // `the current market`: now; `current` before a noun only.
        if r == .current, start == nil, view.tokens[j].kind == .word, !view.tokens[j].classes.contains(.function) {
            return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .value("PRESENT_REF"))
        }
        return nil
    }

    /// `last week`, `next month`, `the previous day`, `this weekend`, `the past year`, `the next day`.
    private func unitShift(_ u: TimeUnit, shift: Int, relative r: Relative, narrative: Bool, start s: Int, at j: Int, upper: Int) -> TimeMention? {
        let end = j + 1
        func date(_ unit: CalendarUnit, _ n: Int, narrative: Bool = false) -> TimeMention {
            TimeMention(tokens: s..<end, type: .date, meaning: .shift(unit, n, narrative: narrative))
        }
        switch u {
        case .day:
            // `the next day`, `the previous day`, `the following day` count from the story's last date.
            if r == .this || r == .current { return date(.day, 0) }
            if r == .last || r == .past { return date(.day, -1) }
            return date(.day, shift, narrative: true)
        case .week: return date(.week, shift, narrative: narrative && r != .next)
        case .weekend: return date(.weekend, shift)
        case .fortnight: return nil
        case .month: return date(.month, shift, narrative: narrative && r != .next)
        case .quarter:
            // `the latest quarter` is the last one completed; `this quarter` the one under discussion.
            if r == .latest { return date(.quarter, -1) }
            if r == .this { return TimeMention(tokens: s..<end, type: .date, meaning: .quarter(nil, yearShift: 0)) }
            return date(.quarter, shift)
        case .year:
            // `the next year or so`
            var e = end
            if view.token(e, is: "or"), view.token(e + 1, is: "so") { e += 2 }
            return TimeMention(tokens: s..<e, type: .date, meaning: .shift(.year, shift, narrative: narrative && r != .next))
        case .decade: return date(.decade, shift)
        case .century: return date(.century, shift)
        case .second, .minute, .hour, .half, .millennium: return nil
        }
    }

    // MARK: - early / late / mid / the end of …

    /// `early March`, `late yesterday`, `mid-1990s` (via hyphens), `the end of the year`,
    /// `the beginning of October`; `start` includes `the`.
    func positionForm(at k: Int, lower: Int, upper: Int, start: Int? = nil) -> TimeMention? {
        guard let p = word(k, .position).flatMap(Position.init(rawValue:)) else { return nil }
        let s = start ?? k
        if view.token(k + 1, is: "of") {
            // `the end of 1990`, `the middle of October`, `end of the year`
            guard p == .end || p == .start || p == .mid, view.token(k, isAnyOf: ["end", "beginning", "start", "middle", "close"]) else { return nil }
            var j = k + 2
            if view.token(j, is: "the") {
                if let u = unit(j + 1), !u.plural, let c = CalendarUnit(rawValue: u.unit.calendarName) {
                    return TimeMention(tokens: s..<(j + 2), type: .date, meaning: .shift(c, 0, narrative: false))
                }
                j += 1
            }
            guard let inner = core(at: j, lower: lower, upper: upper), inner.type == .date else { return nil }
            return inner.from(s)
        }
        guard p == .early || p == .late || p == .mid, view.token(k, isAnyOf: ["early", "late", "mid"]) else { return nil }
        // `mid afternoon`
        if p == .mid, let part = word(k + 1, .partOfDay), (2...3).contains(part) {
            let code = part == 2 ? "TAF" : "TEV"
            if let day = dayAfterClock(at: k + 2, lower: lower, upper: upper) {
                return TimeMention(tokens: s..<day.tokens.upperBound, type: .time, meaning: .timeOfDay(day.meaning, code))
            }
            return TimeMention(tokens: s..<(k + 2), type: .time, meaning: .timeOfDay(.shift(.day, 0, narrative: false), code))
        }
        guard k + 1 < upper, let inner = core(at: k + 1, lower: lower, upper: upper), inner.tokens.lowerBound == k + 1 else { return nil }
        switch inner.type {
        case .date, .time: return inner.from(s)
        default: return nil
        }
    }

    /// `earlier this month`, `later yesterday`, `Earlier Sunday`, `earlier in the year`,
    /// `later that year`.
    func earlierLater(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        let j = k + 1
        guard j < upper else { return nil }
        if view.token(j, is: "in"), view.token(j + 1, is: "the"), let u = unit(j + 2), !u.plural,
            let c = CalendarUnit(rawValue: u.unit.calendarName)
        {
            // `earlier in the year`; but `later in [the day]`, as TimeBank marks it.
            let start = c == .day ? j + 1 : k
            return TimeMention(tokens: start..<(j + 3), type: .date, meaning: .shift(c, 0, narrative: true))
        }
        guard let inner = core(at: j, lower: lower, upper: upper), inner.tokens.lowerBound == j else { return nil }
        switch inner.meaning {
        // `Earlier [Sunday]`: TimeBank leaves the adverb out before a weekday.
        case .weekday: return inner
        case .shift, .timeOfDay, .monthDay, .month: return inner.from(k)
        default: return nil
        }
    }

    // MARK: - References and sets

    /// `now`, `currently`, `recently`, `soon`, `future`, `recent years`, `as soon as possible`.
    func referenceForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let r = word(k, .reference).flatMap(Reference.init(rawValue:)) else { return nil }
        let one = k..<(k + 1)
        if view.token(k, isAnyOf: ["formerly", "once"]) { return nil }
        if view.token(k, is: "recent") {
            // `recent months` is a span, `recent years` the past; `recent attacks` rarely gets a value worth having.
            guard let u = unit(k + 1), u.plural else { return nil }
            if u.unit == .year { return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .value("PAST_REF")) }
            if view.token(k + 2, is: "and"), let v = unit(k + 3), v.plural {
                return TimeMention(tokens: k..<(k + 4), type: .date, meaning: .value("PAST_REF"))
            }
            return TimeMention(tokens: k..<(k + 2), type: .duration, meaning: .value("PX" + u.unit.durationCode))
        }
        if view.token(k, is: "soon") {
            if k > lower, view.token(k - 1, is: "as") {
                // `as soon as possible`; `as soon as he arrives` is a conjunction.
                guard view.token(k + 1, is: "as"), view.token(k + 2, is: "possible") else { return nil }
                return TimeMention(tokens: (k - 1)..<(k + 3), type: .date, meaning: .value("FUTURE_REF"))
            }
            // `soon after the attack` dates by the attack.
            if view.token(k + 1, isAnyOf: ["after", "afterwards", "thereafter"]) { return nil }
            return TimeMention(tokens: one, type: .date, meaning: .value("FUTURE_REF"))
        }
        if view.token(k, is: "now"), view.token(k + 1, is: "on"), k > lower, view.token(k - 1, is: "from") { return nil }
        return TimeMention(tokens: one, type: .date, meaning: .value(r.value))
    }

    /// `daily`, `weekly`, `annually`, `quarterly`.
    func frequencyForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let u = word(k, .frequency).flatMap(TimeUnit.init(rawValue:)), !view.token(k, is: "annual") else { return nil }
        if view.tokens[k].isCapitalized, k > lower { return nil }  // a title: `the Daily Telegraph`
        let value = u == .quarter ? "P3M" : u.isClock ? "PT1H" : "P1" + u.durationCode
        return TimeMention(tokens: k..<(k + 1), type: .set, meaning: .value(value))
    }

    /// `every Monday`, `each week`, `every two years`, `each July`, `every summer`, `each of the past three years`.
    func everyForm(at k: Int, upper: Int) -> TimeMention? {
        var j = k + 1
        guard j < upper else { return nil }
        if view.token(k, is: "each"), view.token(j, is: "of"), view.token(j + 1, is: "the"),
            let inner = relativeForm(at: j + 2, lower: j + 1, upper: upper, start: j + 1), inner.type == .duration
        {
            return inner.from(k)
        }
        if let n = word(j, .weekday), view.tokens[j].isCapitalized || view.tokens[j].length >= 6 {
            if let part = partOfDayCode(j + 1) {
                return TimeMention(tokens: k..<(j + 2), type: .set, meaning: .value("XXXX-WXX-\(n)" + part))
            }
            return TimeMention(tokens: k..<(j + 1), type: .set, meaning: .value("XXXX-WXX-\(n)"))
        }
        if let m = word(j, .month), view.tokens[j].isCapitalized {
            return TimeMention(tokens: k..<(j + 1), type: .set, meaning: .value("XXXX-" + CivilDate.pad(m, 2)))
        }
        if let s = word(j, .season) {
            return TimeMention(tokens: k..<(j + 1), type: .set, meaning: .value("XXXX-" + ["SP", "SU", "FA", "WI"][s - 1]))
        }
        var count = "1"
        if view.token(j, is: "other") {
            count = "2"
            j += 1
        } else if let n = integer(j), n < 1000 {
            count = String(n)
            j += 1
        } else if let n = word(j, .cardinal), n >= 2, n < 100 {
            count = String(n)
            j += 1
        } else if view.token(j, isAnyOf: ["few", "several"]) {
            count = "X"
            j += 1
        }
        guard let u = unit(j), u.plural == (count != "1") || u.unit == .day && count == "1" && !u.plural else { return nil }
        let code = u.unit.isClock ? "PT" + count + u.unit.durationCode : "P" + count + u.unit.durationCode
        return TimeMention(tokens: k..<(j + 1), type: .set, meaning: .value(code))
    }
}

extension TimeUnit {
    /// The name of the matching ``CalendarUnit`` (`day`, `week`, …), for units that have one.
    var calendarName: String {
        switch self {
        case .day: return "day"
        case .week, .fortnight: return "week"
        case .weekend: return "weekend"
        case .month: return "month"
        case .quarter: return "quarter"
        case .year: return "year"
        case .decade: return "decade"
        case .century: return "century"
        default: return ""
        }
    }
}
