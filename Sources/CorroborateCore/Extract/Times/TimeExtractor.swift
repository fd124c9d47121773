/// A temporal expression found in the text, before it is placed on the calendar.
struct TimeMention: Sendable, Hashable {
    var tokens: Range<Int>
    var type: TimeType
    var meaning: TimeMeaning
}

/// Recognises dates and times: absolute (`January 9`, `Jan. 9, 2025`, `9 January`, `2025-01-20`,
/// `01/09/2025`), relative (`yesterday`, `on Sunday`, `last week`, `the previous day`,
/// `two days ago`, `earlier this month`), years, months, durations (`for three years`) and
/// sets (`every Monday`).
///
/// Spans follow TimeML: prepositions (`on`, `in`, `for`) stay outside, modifiers (`last`,
/// `the previous`) inside. Values come from ``TimeResolver``.
struct TimeRecognizer {
    let view: TextView
    /// Whether `01/09/2025` is day first (most of the world) or month first (the US).
    var dayFirst = false

    func mentions() -> [TimeMention] {
        var out: [TimeMention] = []
        for sentence in view.sentences where !sentence.isCaption {
            var k = sentence.tokens.lowerBound
            let upper = sentence.tokens.upperBound
            while k < upper {
                if let m = recognize(at: k, lower: sentence.tokens.lowerBound, upper: upper) {
                    out.append(m)
                    k = m.tokens.upperBound
                } else {
                    k += 1
                }
            }
        }
        return out
    }

    // MARK: - Dispatch

    private func recognize(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        let t = view.tokens[k]
        let c = t.classes
        if t.kind == .number { return numeric(at: k, lower: lower, upper: upper) }
        guard t.kind == .word else { return nil }
        if c.contains(.month), t.isCapitalized { return monthForm(at: k, lower: lower, upper: upper) }
        if c.contains(.weekday), t.isCapitalized { return weekday(at: k, modifier: nil, upper: upper) }
        if c.contains(.dayWord) { return dayWord(at: k, upper: upper) }
        if view.token(k, isAnyOf: ["now", "currently", "recently", "previously", "formerly"]) {
            let value = view.token(k, isAnyOf: ["now", "currently"]) ? "PRESENT_REF" : "PAST_REF"
            return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .reference(value))
        }
        if c.contains(.timeModifier) || view.token(k, isAnyOf: ["the", "a", "an", "every", "each"]) {
            return relative(at: k, lower: lower, upper: upper)
        }
        if c.contains(.numberWord) || view.token(k, isAnyOf: ["several", "few"]) { return counted(at: k, upper: upper) }
        return nil
    }

    // MARK: - Numbers: ISO dates, slashes, years, counted units

    private func number(_ k: Int) -> Int? {
        let t = view.tokens[k]
        guard t.kind == .number, t.length <= 4 else { return nil }
        var v = 0
        for i in Int(t.start)..<Int(t.end) {
            let b = view.bytes[i]
            guard b >= 0x30, b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }

    /// `9`, `9th`: a day of the month.
    private func dayNumber(_ k: Int) -> Int? {
        guard k < view.tokens.count, view.tokens[k].kind == .number else { return nil }
        let t = view.tokens[k]
        var v = 0
        var i = Int(t.start)
        while i < Int(t.end), view.bytes[i] >= 0x30, view.bytes[i] <= 0x39 {
            v = v * 10 + Int(view.bytes[i] - 0x30)
            i += 1
        }
        let suffix = String(decoding: view.bytes[i..<Int(t.end)].map { $0 | 0x20 }, as: UTF8.self)
        guard i > Int(t.start), suffix.isEmpty || ["st", "nd", "rd", "th"].contains(suffix), (1...31).contains(v) else {
            return nil
        }
        return v
    }

    private func isYear(_ k: Int) -> Int? {
        guard let v = number(k), view.tokens[k].length == 4, (1000...2199).contains(v) else { return nil }
        return v
    }

    private func numeric(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        // 2025-01-20
        if let y = isYear(k), k + 4 < upper, view.isPunct(k + 1, 0x2D), let m = number(k + 2), view.isPunct(k + 3, 0x2D),
            let d = number(k + 4), !view.tokens[k + 1].flags.contains(.spaceBefore),
            let date = CivilDate(year: y, month: m, day: d)
        {
            return TimeMention(tokens: k..<(k + 5), type: .date, meaning: .date(date))
        }
        // 01/09/2025 or 1/9/25
        let text = view.text(token: k)
        if text.contains("/") {
            let parts = text.split(separator: "/").compactMap { Int($0) }
            if parts.count == 3 {
                var (a, b, y) = (parts[0], parts[1], parts[2])
                if y < 100 { y += y < 50 ? 2000 : 1900 }
                if a > 12 || (dayFirst && b <= 12) { swap(&a, &b) }
                if let date = CivilDate(year: y, month: a, day: b) {
                    return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .date(date))
                }
            }
            return nil
        }
        // 9 January (2025), 9th of January
        if let d = dayNumber(k) {
            var j = k + 1
            if view.token(j, is: "of") { j += 1 }
            if j < upper, view.tokens[j].classes.contains(.month), view.tokens[j].isCapitalized, let m = month(j) {
                var end = j + 1
                if view.isPunct(end, 0x2E), view.tokens[j].length <= 4 { end += 1 }
                if end < upper, let y = isYear(end) {
                    if let date = CivilDate(year: y, month: m, day: d) {
                        return TimeMention(tokens: k..<(end + 1), type: .date, meaning: .date(date))
                    }
                }
                return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .monthDay(month: m, day: d))
            }
        }
        // Years: `in 2024`, `since 2014`, `2024's election`; the 1990s.
        if let y = isYear(k), y >= 1800 {
            let before = k > lower ? k - 1 : -1
            let afterIsNoun = k + 1 < upper && view.tokens[k + 1].kind == .word && !view.tokens[k + 1].isCapitalized
                && !view.tokens[k + 1].classes.contains(.function)
                && view.bytes[Int(view.tokens[k + 1].end) - 1] == 0x73
            if before >= 0, view.token(before, isAnyOf: ["in", "since", "until", "by", "of", "before", "after", "during", "from", "through", "to", "early", "late", "mid", "around", "year", "and", "between"]),
                !afterIsNoun
            {
                return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .year(y))
            }
            if k + 1 < upper, view.tokens[k + 1].kind == .possessive || view.isPunct(k + 1, 0x2C) || view.isPunct(k + 1, 0x2E) {
                return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .year(y))
            }
            return nil
        }
        if text.count == 5, text.hasSuffix("s"), let decade = Int(text.dropLast()), decade % 10 == 0, decade >= 1800 {
            let start = k > lower && view.token(k - 1, is: "the") ? k - 1 : k
            return TimeMention(tokens: start..<(k + 1), type: .date, meaning: .decade(decade / 10))
        }
        // `3 days`, `two weeks ago`, `10 years`
        return counted(at: k, upper: upper)
    }

    /// `three years`, `two days ago`, `10 days later`, `a week`.
    private func counted(at k: Int, upper: Int) -> TimeMention? {
        var j = k
        var amount: Int? = nil
        if view.tokens[k].kind == .number {
            amount = number(k)
            j = k + 1
        } else if view.token(k, isAnyOf: ["a", "an", "one"]) {
            amount = 1
            j = k + 1
        } else if view.token(k, isAnyOf: ["several", "few"]) {
            amount = nil
            j = k + 1
        } else if let v = view.bytes.withUnsafeBufferPointer({ b in
            Lexicons.numbers.lookup(UnsafeBufferPointer(rebasing: b[Int(view.tokens[k].start)..<Int(view.tokens[k].end)]))
        }), view.tokens[k].classes.contains(.numberWord) {
            amount = Int(v)
            j = k + 1
        } else {
            return nil
        }
        guard j < upper, view.tokens[j].classes.contains(.timeUnit), let unit = unitCode(j) else { return nil }
        let n = amount.map(String.init) ?? "X"
        // `two days ago`, `three weeks earlier`, `10 days later`
        if view.token(j + 1, isAnyOf: ["ago", "earlier", "before"]) {
            let tokens = k..<(j + 2)
            if unit == "D", let a = amount, view.token(j + 1, is: "ago") { return TimeMention(tokens: tokens, type: .date, meaning: .dayOffset(-a)) }
            if unit == "D", let a = amount { return TimeMention(tokens: tokens, type: .date, meaning: .narrativeOffset(-a)) }
            if unit == "W", let a = amount, view.token(j + 1, is: "ago") { return TimeMention(tokens: tokens, type: .date, meaning: .weekOffset(-a)) }
            if unit == "M", let a = amount, view.token(j + 1, is: "ago") { return TimeMention(tokens: tokens, type: .date, meaning: .monthOffset(-a)) }
            if unit == "Y", let a = amount, view.token(j + 1, is: "ago") { return TimeMention(tokens: tokens, type: .date, meaning: .yearOffset(-a)) }
            return TimeMention(tokens: tokens, type: .date, meaning: .reference("PAST_REF"))
        }
        if view.token(j + 1, isAnyOf: ["later", "after"]), let a = amount, unit == "D" {
            return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .narrativeOffset(a))
        }
        let code = unit == "H" || unit == "MIN" ? "PT\(n)\(unit == "MIN" ? "M" : "H")" : "P\(n)\(unit)"
        return TimeMention(tokens: k..<(j + 1), type: .duration, meaning: .duration(code))
    }

    private func unitCode(_ k: Int) -> String? {
        switch view.lowercased(token: k) {
        case "day", "days": return "D"
        case "week", "weeks": return "W"
        case "fortnight", "fortnights": return "2W"
        case "month", "months": return "M"
        case "year", "years": return "Y"
        case "decade", "decades": return "DE"
        case "century", "centuries": return "CE"
        case "hour", "hours": return "H"
        case "minute", "minutes": return "MIN"
        case "weekend", "weekends": return "WE"
        case "quarter", "quarters": return "Q"
        default: return nil
        }
    }

    // MARK: - Month names

    private func month(_ k: Int) -> Int? {
        let t = view.tokens[k]
        return view.bytes.withUnsafeBufferPointer { b in
            Lexicons.months.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]))
        }
    }

    private func monthForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let m = month(k) else { return nil }
        // `May` and `March` are also words: ask for a date-like neighbour.
        if view.token(k, isAnyOf: ["may", "march", "mar", "jan", "sun"]) || view.tokens[k].length == 3 {
            let hasDay = dayNumber(k + 1) != nil || (view.isPunct(k + 1, 0x2E) && dayNumber(k + 2) != nil)
            let hasYear = k + 1 < upper && isYear(k + 1) != nil
            let hasPrep = k > lower && view.token(k - 1, isAnyOf: ["in", "since", "until", "by", "last", "next", "this", "early", "mid", "late", "of", "from", "through", "between"])
            guard hasDay || hasYear || hasPrep else { return nil }
        }
        var j = k + 1
        if view.isPunct(j, 0x2E), view.tokens[k].length <= 4 { j += 1 }  // Jan.
        var start = k
        // `early March`, `mid-March`, `late January`, `last December`
        if k > lower, view.token(k - 1, isAnyOf: ["early", "late", "mid", "last", "next", "this"]) { start = k - 1 }
        if j < upper, let d = dayNumber(j), !(j + 1 < upper && view.tokens[j + 1].classes.contains(.timeUnit)) {
            var end = j + 1
            if view.isPunct(end, 0x2C), end + 1 < upper, let y = isYear(end + 1) {
                end += 2
                if let date = CivilDate(year: y, month: m, day: d) {
                    return TimeMention(tokens: k..<end, type: .date, meaning: .date(date))
                }
            }
            if end < upper, let y = isYear(end), let date = CivilDate(year: y, month: m, day: d) {
                return TimeMention(tokens: k..<(end + 1), type: .date, meaning: .date(date))
            }
            return TimeMention(tokens: k..<end, type: .date, meaning: .monthDay(month: m, day: d))
        }
        if j < upper, let y = isYear(j) {
            return TimeMention(tokens: start..<(j + 1), type: .date, meaning: .month(month: m, year: y))
        }
        if view.token(j, is: "of"), j + 1 < upper, let y = isYear(j + 1) {
            return TimeMention(tokens: start..<(j + 2), type: .date, meaning: .month(month: m, year: y))
        }
        return TimeMention(tokens: start..<(k + 1), type: .date, meaning: .month(month: m, year: nil))
    }

    // MARK: - Weekdays and day words

    private func weekday(at k: Int, modifier: Int?, upper: Int) -> TimeMention? {
        guard let n = weekdayNumber(k), let day = Weekday(rawValue: n) else { return nil }
        let start = modifier ?? k
        // Plural weekdays recur: `on Sundays`.
        if view.bytes[Int(view.tokens[k].end) - 1] == 0x73, view.tokens[k].length > 3, !view.token(k, isAnyOf: ["tues", "weds", "thurs"]) {
            return TimeMention(tokens: start..<(k + 1), type: .set, meaning: .set("XXXX-WXX-\(n)"))
        }
        var direction: TimeMeaning.Direction? = nil
        if let m = modifier {
            if view.token(m, isAnyOf: ["last", "previous", "past"]) { direction = .past }
            if view.token(m, isAnyOf: ["next", "coming"]) { direction = .future }
            if view.token(m, is: "this") { direction = .nearest }
        }
        if let part = partOfDay(k + 1) {
            return TimeMention(tokens: start..<(k + 2), type: .time, meaning: .weekday(day, direction: direction, part: part))
        }
        return TimeMention(tokens: start..<(k + 1), type: .date, meaning: .weekday(day, direction: direction, part: nil))
    }

    private func partOfDay(_ k: Int) -> String? {
        guard k < view.tokens.count else { return nil }
        switch view.lowercased(token: k) {
        case "morning": return "MO"
        case "afternoon": return "AF"
        case "evening": return "EV"
        case "night": return "NI"
        default: return nil
        }
    }

    private func dayWord(at k: Int, upper: Int) -> TimeMention? {
        switch view.lowercased(token: k) {
        case "today": return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .dayOffset(0))
        case "yesterday":
            if let part = partOfDay(k + 1) { return TimeMention(tokens: k..<(k + 2), type: .time, meaning: .partOfDay(dayOffset: -1, part: part)) }
            return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .dayOffset(-1))
        case "tomorrow":
            if let part = partOfDay(k + 1) { return TimeMention(tokens: k..<(k + 2), type: .time, meaning: .partOfDay(dayOffset: 1, part: part)) }
            return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .dayOffset(1))
        case "tonight": return TimeMention(tokens: k..<(k + 1), type: .time, meaning: .partOfDay(dayOffset: 0, part: "NI"))
        default: return nil
        }
    }

    // MARK: - Relative phrases

    private func relative(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        // `every Monday`, `each week`
        if view.token(k, isAnyOf: ["every", "each"]), k + 1 < upper {
            if view.tokens[k + 1].classes.contains(.weekday), let n = weekdayNumber(k + 1) {
                return TimeMention(tokens: k..<(k + 2), type: .set, meaning: .set("XXXX-WXX-\(n)"))
            }
            if let u = unitCode(k + 1), ["D", "W", "M", "Y"].contains(u) {
                return TimeMention(tokens: k..<(k + 2), type: .set, meaning: .set("P1\(u)"))
            }
            return nil
        }
        // `the previous day`, `the next day`, `the following week`, `the day before`
        if view.token(k, is: "the"), k + 2 < upper {
            if view.token(k + 1, isAnyOf: ["previous", "next", "following", "preceding"]), let u = unitCode(k + 2) {
                let sign = view.token(k + 1, isAnyOf: ["previous", "preceding"]) ? -1 : 1
                switch u {
                case "D": return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .narrativeOffset(sign))
                case "W": return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .weekOffset(sign))
                case "M": return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .monthOffset(sign))
                case "Y": return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .yearOffset(sign))
                default: return nil
                }
            }
            if view.token(k + 1, is: "day"), view.token(k + 2, isAnyOf: ["before", "after"]) {
                return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .narrativeOffset(view.token(k + 2, is: "before") ? -1 : 1))
            }
            if view.token(k + 1, isAnyOf: ["past", "last"]), k + 2 < upper {
                // `the past three years`: a duration
                if let d = counted(at: k + 2, upper: upper), d.type == .duration {
                    return TimeMention(tokens: k..<d.tokens.upperBound, type: .duration, meaning: d.meaning)
                }
                if let u = unitCode(k + 2), ["D", "W", "M", "Y"].contains(u) {
                    return TimeMention(tokens: k..<(k + 3), type: .duration, meaning: .duration("P1\(u)"))
                }
            }
            if view.token(k + 1, isAnyOf: ["future"]) { return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .reference("FUTURE_REF")) }
            if view.token(k + 1, isAnyOf: ["past"]) { return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .reference("PAST_REF")) }
            return nil
        }
        if view.token(k, isAnyOf: ["a", "an"]) { return counted(at: k, upper: upper) }
        // `last week`, `this month`, `next year`, `last Sunday`, `earlier this month`
        if view.token(k, isAnyOf: ["last", "this", "next", "coming", "past"]), k + 1 < upper {
            if view.tokens[k + 1].classes.contains(.weekday), view.tokens[k + 1].isCapitalized {
                return weekday(at: k + 1, modifier: k, upper: upper)
            }
            if view.tokens[k + 1].classes.contains(.month), view.tokens[k + 1].isCapitalized {
                return monthForm(at: k + 1, lower: lower, upper: upper)
            }
            let offset = view.token(k, is: "last") || view.token(k, is: "past") ? -1 : view.token(k, is: "this") ? 0 : 1
            if let part = partOfDay(k + 1), view.token(k, is: "this") {
                return TimeMention(tokens: k..<(k + 2), type: .time, meaning: .partOfDay(dayOffset: 0, part: part))
            }
            if view.token(k + 1, isAnyOf: ["summer", "winter", "spring", "autumn", "fall"]) {
                let season = ["summer": "SU", "winter": "WI", "spring": "SP", "autumn": "FA", "fall": "FA"][view.lowercased(token: k + 1)] ?? "SU"
                return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .season(yearOffset: offset, code: season))
            }
            guard let u = unitCode(k + 1) else { return nil }
            var start = k
            // `earlier this month`, `later this year`
            if k > lower, view.token(k - 1, isAnyOf: ["earlier", "later"]) { start = k - 1 }
            switch u {
            case "W", "WE": return TimeMention(tokens: start..<(k + 2), type: .date, meaning: .weekOffset(offset))
            case "M": return TimeMention(tokens: start..<(k + 2), type: .date, meaning: .monthOffset(offset))
            case "Y": return TimeMention(tokens: start..<(k + 2), type: .date, meaning: .yearOffset(offset))
            case "D": return TimeMention(tokens: start..<(k + 2), type: .date, meaning: .dayOffset(offset))
            default: return nil
            }
        }
        return nil
    }

    private func weekdayNumber(_ k: Int) -> Int? {
        let t = view.tokens[k]
        return view.bytes.withUnsafeBufferPointer { b in
            Lexicons.weekdays.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]))
        }
    }

    // MARK: - Tense

    /// Past or future from the verbs near token `k`: `will travel on Sunday` is the next Sunday,
    /// `met on Sunday` the last.
    func tense(around k: Int) -> TimeMeaning.Direction? {
        let s = view.sentences[view.sentence(containing: k)]
        func look(_ range: StrideTo<Int>) -> TimeMeaning.Direction? {
            for j in range {
                let t = view.tokens[j]
                guard t.kind == .word else {
                    if view.isPunct(j, 0x2E) || view.isPunct(j, 0x3B) { return nil }
                    continue
                }
                if t.classes.contains(.future) && !t.classes.contains(.dayWord) { return .future }
                if t.classes.contains(.past) || isPastForm(j) { return .past }
            }
            return nil
        }
        if let d = look(stride(from: k - 1, to: max(s.tokens.lowerBound, k - 8) - 1, by: -1)) { return d }
        if let d = look(stride(from: k + 1, to: min(s.tokens.upperBound, k + 8), by: 1)) { return d }
        return nil
    }

    private func isPastForm(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard !t.isCapitalized, t.length > 3 else { return false }
        let e = Int(t.end)
        if view.bytes[e - 2] == 0x65, view.bytes[e - 1] == 0x64 { return true }  // -ed
        return view.token(k, isAnyOf: ["said", "told", "came", "went", "met", "held", "took", "gave", "made", "found", "left", "began", "won", "lost", "ran", "saw", "spoke", "wrote", "sent", "fell", "rose", "hit", "struck", "broke", "began", "brought", "bought", "caught", "fought", "thought", "became", "knew", "flew", "drew", "grew", "led", "paid", "kept", "felt"])
    }
}
