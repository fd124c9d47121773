extension TimeRecognizer {
    // MARK: - the …

    /// Expressions that begin with `the`: `the third quarter`, `the past three years`, `the next
    /// day`, `the weekend`, `the year ended June 30`, `the early 1980s`, `the nineties`, `the 20th
    /// century`, `the future`, `the end of the year`, `the year-ago quarter`, `the 27th`.
    func theForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        let j = k + 1
        guard j < upper else { return nil }
        if word(j, .relative) != nil {
            if let m = relativeForm(at: j, lower: lower, upper: upper, start: k) { return m }
            if view.token(j, is: "past"), !(j + 1 < upper && (unit(j + 1) != nil || view.tokens[j + 1].kind == .number)) {
                return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .value("PAST_REF"))
            }
            if view.token(j, is: "present"), !(j + 1 < upper && view.tokens[j + 1].kind == .word) {
                return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .value("PRESENT_REF"))
            }
            // `the last half of 1989`
            if view.token(j, isAnyOf: ["last", "latter"]), view.token(j + 1, is: "half"), view.token(j + 2, is: "of"), let y = year(j + 3) {
                return TimeMention(tokens: k..<(j + 4), type: .date, meaning: .value(CivilDate.pad(y, 4) + "-H2"))
            }
            return nil
        }
        // `the nine months`, `the four days`: TimeBank keeps `the` with a count of time.
        if view.tokens[j].kind == .number || word(j, .cardinal) != nil, let c = counted(at: j, lower: lower, upper: upper),
            c.type == .duration, c.tokens.count >= 2, !view.isPunct(j + 1, 0x2D)
        {
            return c.from(k)
        }
        if let m = quarterForm(at: j, start: k, upper: upper) { return m }
        if word(j, .ordinal) != nil, word(j + 1, .weekday) != nil, let m = ordinalForm(at: j, lower: lower, upper: upper, start: k) { return m }
        if let d = dayNumber(j), let m = dayOfRelativeMonth(d, from: k, after: j + 1, upper: upper) { return m }
        if let d = dayWordNumber(at: j, upper: upper), let m = dayOfRelativeMonth(d.day, from: k, after: d.end, upper: upper) { return m }
        if word(j, .ordinal) != nil || view.token(j, is: "latest"), let c = counted(at: j + 1, lower: lower, upper: upper), c.type == .duration {
            return c.from(k)  // `the first nine months`
        }
        if view.token(j, is: "fiscal") {
            if let m = quarterForm(at: j + 1, start: k, upper: upper) { return m }
            // `the fiscal second-quarter` leaves `the` out; `the fiscal-first quarter` keeps it.
            if j + 1 < upper, view.tokens[j + 1].flags.contains(.hyphenated), let m = hyphenated(at: j + 1, lower: lower, upper: upper),
                case .quarter = m.meaning
            {
                return m.from(j)
            }
            if let m = hyphenated(at: j, lower: lower, upper: upper), case .quarter = m.meaning { return m.from(k) }
            if unit(j + 1)?.unit == .year { return yearPeriod(start: k, unitAt: j + 1, upper: upper) }
            return nil
        }
        if view.tokens[j].flags.contains(.hyphenated), let m = hyphenated(at: j, lower: lower, upper: upper) {
            // `the fiscal-first quarter`, `the year-earlier quarter` keep `the`; adjectives
            // (`the third-quarter loss`, `the two-year plan`, `the late-November trip`) drop it.
            let adjective = m.tokens.upperBound < upper && view.tokens[m.tokens.upperBound].kind == .word
                && !view.tokens[m.tokens.upperBound].isCapitalized && !view.tokens[m.tokens.upperBound].classes.contains(.function)
            if case .quarter = m.meaning, m.tokens.count > 1 { return m.from(k) }
            if case .yearEarlier = m.meaning { return yearEarlierPeriod(start: k, after: j + 1, upper: upper) ?? m }
            if m.type == .date, m.tokens.count == 1, !adjective, view.firstByte(j) | 0x20 == 0x6D || view.firstByte(j) | 0x20 == 0x6C
                || view.firstByte(j) | 0x20 == 0x65
            {
                return m.from(k)  // `the mid-1990s`
            }
            return nil
        }
        if view.token(j, is: "comparable") || view.token(j, is: "corresponding") || view.token(j, is: "same") {
            if let m = yearEarlierPeriod(start: k, after: j + 1, upper: upper) { return m }
            if view.token(j + 1, is: "period"), view.token(j + 2, isAnyOf: ["last", "a"]), unit(j + 3)?.unit == .year {
                return TimeMention(tokens: k..<(j + 4), type: .date, meaning: .yearEarlier)
            }
            if view.token(j, is: "same"), unit(j + 1)?.unit == .day {
                return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .shift(.day, 0, narrative: true))
            }
            return nil
        }
        // `the 1988 period`, `the 1988 third quarter`
        if let y = year(j) {
            if let m = quarterForm(at: j + 1, start: k, upper: upper), case .quarter(let q?, _) = m.meaning {
                return TimeMention(tokens: m.tokens, type: .date, meaning: .value(CivilDate.pad(y, 4) + "-Q\(q)"))
            }
            if view.token(j + 1, is: "period") || unit(j + 1)?.unit == .quarter {
                return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .quarterOfYear(y))
            }
            return nil
        }
        if let u = unit(j) {
            switch u.unit {
            case .quarter where !u.plural:
                // `the quarter`: the one the text is discussing; `the quarter a year ago`
                if view.token(j + 1, is: "a"), unit(j + 2)?.unit == .year, view.token(j + 3, isAnyOf: ["ago", "earlier"]) {
                    return TimeMention(tokens: k..<(j + 4), type: .date, meaning: .yearEarlier)
                }
                return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .quarter(nil, yearShift: 0))
            case .year where !u.plural:
                if view.token(j + 1, is: "year") { return nil }
                // `the year's end`
                if j + 2 < upper, view.tokens[j + 1].kind == .possessive, view.token(j + 2, is: "end") {
                    return TimeMention(tokens: k..<(j + 3), type: .date, meaning: .monthDay(month: 12, day: 31, yearShift: nil))
                }
                if let y = year(j + 1) { return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .value(CivilDate.pad(y, 4))) }
                if let y = spokenYear(at: j + 1, upper: upper) {
                    return TimeMention(tokens: k..<y.end, type: .date, meaning: .value(CivilDate.pad(y.year, 4)))
                }
                return yearPeriod(start: k, unitAt: j, upper: upper)
            case .weekend where !u.plural:
                return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .shift(.weekend, 0, narrative: false))
            case .day where !u.plural:
                // `the day before yesterday`, `the day after tomorrow`; `the day before` counts from the story's date.
                if view.token(j + 1, isAnyOf: ["before", "after"]) {
                    let sign = view.token(j + 1, is: "before") ? -1 : 1
                    if let d = word(j + 2, .dayWord), d != 10 {
                        return TimeMention(tokens: k..<(j + 3), type: .date, meaning: .shift(.day, d + sign, narrative: false))
                    }
                    return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .shift(.day, sign, narrative: true))
                }
                return nil
            default:
                // `the weeks ahead`
                if u.plural, view.token(j + 1, is: "ahead") {
                    return TimeMention(tokens: k..<(j + 2), type: .duration, meaning: .value("PX" + u.unit.durationCode))
                }
                return nil
            }
        }
        if view.token(j, is: "future") {
            return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .value("FUTURE_REF"))
        }
        if view.token(j, isAnyOf: ["near", "foreseeable", "distant", "immediate"]), view.token(j + 1, is: "future") {
            return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .value("FUTURE_REF"))
        }
        if view.token(j, isAnyOf: ["near", "short", "long"]), view.token(j + 1, is: "term"), !view.isPunct(j + 2, 0x2D) {
            return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .value("FUTURE_REF"))
        }
        // `the nineties`
        if let d = word(j, .decadeWord) {
            return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .value("19\(d)"))
        }
        // `the 20th century`, `the twentieth century`
        if unit(j + 1)?.unit == .century, unit(j + 1)?.plural == false {
            let n = word(j, .ordinal) ?? (hasOrdinalSuffix(j) ? dayNumber(j) ?? integer(String(view.text(token: j).dropLast(2))) : nil)
            if let n, n > 0 {
                return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .value(CivilDate.pad(n - 1, 2)))
            }
        }
        if word(j, .season) != nil {
            return seasonForm(at: j, start: k, yearShift: nil, upper: upper, needsContext: false, lower: lower)
        }
        if view.token(j, is: "full"), unit(j + 1)?.unit == .year, unit(j + 1)?.plural == false {
            return yearPeriod(start: k, unitAt: j + 1, upper: upper)
        }
        if word(j, .position) != nil {
            if view.token(j, isAnyOf: ["early", "late", "mid"]), word(j + 1, .season) != nil {
                return seasonForm(at: j + 1, start: k, yearShift: nil, upper: upper, needsContext: false, lower: lower)
            }
            if view.token(j, isAnyOf: ["early", "late", "mid"]) {
                // `the early 1980s`, `the late summer`
                guard let inner = core(at: j + 1, lower: lower, upper: upper), inner.tokens.lowerBound == j + 1, inner.type == .date else { return nil }
                return inner.from(k)
            }
            return positionForm(at: j, lower: lower, upper: upper, start: k)
        }
        // `the 1960s` keeps `the` out, as TimeBank does.
        if view.tokens[j].kind == .number {
            if let d = dayNumber(j), hasOrdinalSuffix(j) || j + 1 >= upper || view.tokens[j + 1].kind != .word, k > lower,
                !(view.isPunct(j + 1, 0x2D) && glued(j + 1)),
                view.token(k - 1, isAnyOf: ["on", "for", "by", "until", "since", "of"]),
                !(j + 1 < upper && view.tokens[j + 1].kind == .word && !view.tokens[j + 1].classes.contains(.function))
            {
                return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .dayOfMonth(d))
            }
            return nil
        }
        if let d = dayWordNumber(at: j, upper: upper), k > lower, view.token(k - 1, isAnyOf: ["on", "for", "by", "until"]),
            d.end >= upper || view.tokens[d.end].kind != .word
        {
            return TimeMention(tokens: k..<d.end, type: .date, meaning: .dayOfMonth(d.day))
        }
        return nil
    }

    /// `the year` (this year), `the year ended June 30` (a year's span), `the fiscal year`.
    private func yearPeriod(start k: Int, unitAt j: Int, upper: Int) -> TimeMention? {
        if view.token(j + 1, isAnyOf: ["ended", "ending", "ends", "to"]) {
            return TimeMention(tokens: k..<(j + 1), type: .duration, meaning: .value("P1Y"))
        }
        // `the year before`, `the year after`: relative to an event, not the calendar.
        if view.token(j + 1, isAnyOf: ["before", "after", "earlier", "later"]) { return nil }
        return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .shift(.year, 0, narrative: false))
    }

    /// `… year-ago quarter`, `… year-earlier period`, `… year-earlier third quarter` after `the`.
    private func yearEarlierPeriod(start k: Int, after j: Int, upper: Int) -> TimeMention? {
        var e = j
        if view.token(e, isAnyOf: ["year-ago", "year-earlier"]) { e += 1 }
        if word(e, .ordinal) != nil, unit(e + 1)?.unit == .quarter { e += 1 }
        if unit(e)?.unit == .quarter || view.token(e, is: "period") {
            return TimeMention(tokens: k..<(e + 1), type: .date, meaning: .yearEarlier)
        }
        // `the year-earlier nine months`
        if let c = counted(at: e, lower: k, upper: upper), c.type == .duration { return c.from(k) }
        return nil
    }

    // MARK: - a / an …

    /// `a year ago`, `a few days`, `a week` (after a preposition), `a couple of years`, `a later date`.
    func articleForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        if view.token(k + 1, is: "later"), view.token(k + 2, is: "date") {
            return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .value("FUTURE_REF"))
        }
        if view.token(k + 1, is: "while") {
            return TimeMention(tokens: k..<(k + 2), type: .duration, meaning: .value("PXX"))
        }
        // `a three-year period`, `an additional year`
        if k + 1 < upper, view.tokens[k + 1].flags.contains(.hyphenated), let h = hyphenated(at: k + 1, lower: lower, upper: upper),
            h.type == .duration, view.token(k + 2, is: "period")
        {
            return TimeMention(tokens: k..<(k + 3), type: .duration, meaning: h.meaning)
        }
        guard let m = counted(at: k, lower: lower, upper: upper) else {
            if view.token(k + 1, isAnyOf: ["additional", "further"]), let u = unit(k + 2), !u.plural {
                return TimeMention(tokens: k..<(k + 3), type: .duration, meaning: .value(durationValue(1, u.unit)))
            }
            return nil
        }
        guard m.type == .duration else { return m }
        // `$2 million a year`, `24 hours a day`, `flights a week`: a rate, not a span of time.
        let vague: Bool
        if case .value(let v) = m.meaning { vague = v.contains("X") } else { vague = false }
        if !vague, m.tokens.count == 2 {
            if view.token(m.tokens.upperBound, isAnyOf: ["earlier", "later"]) {
                // `A day earlier`: one unit before or after the story's time, kept whole.
                return TimeMention(tokens: k..<(m.tokens.upperBound + 1), type: .duration, meaning: m.meaning)
            }
            if view.token(m.tokens.upperBound, isAnyOf: ["before", "after", "ago"]) { return m }
            guard k > lower else { return nil }
            let prev = view.tokens[k - 1]
            let cue = view.token(k - 1, isAnyOf: [
                "for", "in", "within", "over", "about", "after", "than", "nearly", "almost", "only", "just", "barely", "around",
                "least", "past", "last", "next", "first", "once", "lasted", "lasting", "spent", "took", "take", "takes",
                "wait", "waited", "up", "to", "of", "during", "throughout", "until", "by", "roughly", "some",
            ])
            guard cue, prev.kind == .word else { return nil }
        }
        return m
    }

    // MARK: - Other openers

    /// `that day`, `that year`, `that quarter`, `its fourth quarter`, `that same day`.
    func determinerForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        var j = k + 1
        if view.token(k, is: "that") {
            if view.token(j, is: "same") { j += 1 }
            guard let u = unit(j), !u.plural else { return nil }
            switch u.unit {
            case .day: return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .shift(.day, 0, narrative: true))
            case .year: return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .shift(.year, 0, narrative: true))
            case .month: return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .shift(.month, 0, narrative: true))
            case .week: return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .shift(.week, 0, narrative: true))
            case .quarter: return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .quarter(nil, yearShift: 0))
            default: return nil
            }
        }
        // `its fourth quarter`: TimeBank leaves the possessive out.
        return nil
    }

    /// `fiscal 1989`, `fiscal first quarter`, `fiscal year 1990`.
    func fiscalForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        if let y = year(k + 1) { return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .value(CivilDate.pad(y, 4))) }
        if let q = quarterForm(at: k + 1, start: k, upper: upper) { return q }
        if let h = hyphenated(at: k + 1, lower: lower, upper: upper), case .quarter = h.meaning { return h.from(k) }
        if unit(k + 1)?.unit == .year, unit(k + 1)?.plural == false, let y = year(k + 2) {
            return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .value(CivilDate.pad(y, 4)))
        }
        return nil
    }

    /// `sometime next year`.
    func sometime(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let inner = core(at: k + 1, lower: lower, upper: upper), inner.type == .date else { return nil }
        return inner.from(k)
    }

    /// `some 30 years`.
    func someForm(at k: Int, upper: Int) -> TimeMention? {
        guard k + 1 < upper, view.tokens[k + 1].kind == .number || word(k + 1, .cardinal) != nil,
            let c = counted(at: k + 1, lower: k, upper: upper), c.type == .duration
        else { return nil }
        return c.from(k)
    }

    /// `third quarter`, `second of Aug`, `first nine months`, `second Sunday`.
    func ordinalForm(at k: Int, lower: Int, upper: Int, start: Int? = nil) -> TimeMention? {
        if let q = quarterForm(at: k, start: start ?? k, upper: upper) { return q }
        // `the second Sunday` of this month, `the first Monday of March`.
        if let n = word(k, .ordinal), (1...5).contains(n), let w = word(k + 1, .weekday), let day = Weekday(rawValue: w),
            view.tokens[k + 1].isCapitalized || view.tokens[k + 1].length >= 6
        {
            if view.token(k + 2, isAnyOf: ["of", "in"]) {
                guard let m = monthName(at: k + 3, dayBeside: true) else { return nil }
                return TimeMention(tokens: (start ?? k)..<(k + 4), type: .date, meaning: .nthWeekdayOf(n, day, month: m))
            }
            return TimeMention(tokens: (start ?? k)..<(k + 2), type: .date, meaning: .nthWeekday(n, day))
        }
        if let d = dayWordNumber(at: k, upper: upper), let m = dayOfRelativeMonth(d.day, from: start ?? k, after: d.end, upper: upper) { return m }
        if let d = dayWordNumber(at: k, upper: upper), view.token(d.end, is: "of"), let m = monthName(at: d.end + 1, dayBeside: true) {
            var end = d.end + 2
            if view.isPunct(end, 0x2E), glued(end), view.tokens[d.end + 1].length <= 4, end + 1 < upper { end += 1 }
            if let y = yearAfter(end, upper: upper) ?? spokenYear(at: view.isPunct(end, 0x2C) ? end + 1 : end, upper: upper),
                let date = CivilDate(year: y.year, month: m, day: d.day)
            {
                return TimeMention(tokens: k..<y.end, type: .date, meaning: .value(date.description))
            }
            return TimeMention(tokens: k..<(d.end + 2), type: .date, meaning: .monthDay(month: m, day: d.day, yearShift: nil))
        }
        if view.token(k, is: "first"), let c = counted(at: k + 1, lower: lower, upper: upper), c.type == .duration { return c.from(k) }
        return nil
    }

    /// `two years`, `nineteen ninety-six`, `twenty second of June`.
    func cardinalForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        if let y = spokenYear(at: k, upper: upper), y.end > k + 1, y.year >= 1000 {
            let cue = k > lower && view.token(k - 1, isAnyOf: ["in", "since", "of", "by", "until", "from", "year", "before", "after", "early", "late", "mid", "a", "the"])
            let standalone = k == lower || view.isPunct(y.end, 0x2E)
            if cue || standalone { return TimeMention(tokens: k..<y.end, type: .date, meaning: .value(CivilDate.pad(y.year, 4))) }
        }
        if let d = dayWordNumber(at: k, upper: upper), view.token(d.end, is: "of"), word(d.end + 1, .month) != nil {
            return ordinalForm(at: k, lower: lower, upper: upper)
        }
        // `on twenty second`: a day of this month.
        if let d = dayWordNumber(at: k, upper: upper), d.end > k + 1, k > lower, view.token(k - 1, is: "on"),
            d.end >= upper || view.tokens[d.end].kind == .punctuation
        {
            return TimeMention(tokens: k..<d.end, type: .date, meaning: .dayOfMonth(d.day))
        }
        return counted(at: k, lower: lower, upper: upper)
    }

    /// A unit word alone: `for years`, `weeks or months`, `Election Day` (found at `Day`), `year end`.
    func unitForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        if let d = namedDay(endingAt: k, lower: lower) { return d }
        guard let u = unit(k) else { return nil }
        // `by year's end`
        if u.unit == .year, !u.plural, k + 2 < upper, view.tokens[k + 1].kind == .possessive, view.token(k + 2, is: "end"), k > lower,
            view.token(k - 1, isAnyOf: ["by", "at", "until", "before", "around"])
        {
            return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .monthDay(month: 12, day: 31, yearShift: nil))
        }
        if u.unit == .year, !u.plural, view.token(k + 1, is: "end"), k > lower, !view.tokens[k - 1].classes.contains(.function) || view.token(k - 1, isAnyOf: ["by", "at", "until", "before", "around"]) {
            return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .monthDay(month: 12, day: 31, yearShift: nil))
        }
        guard u.plural, k > lower, view.token(k - 1, isAnyOf: ["for", "within", "in", "after", "over"]) else { return nil }
        // `in years past`, `in days gone by` are fine; `in days of` is not a count.
        if view.token(k + 1, is: "of") { return nil }
        let code = (u.unit.isClock ? "PTX" : "PX") + (u.unit == .decade ? "Y" : u.unit == .century ? "C" : u.unit.durationCode)
        if view.token(k + 1, is: "or"), let v = unit(k + 2), v.plural {
            return TimeMention(tokens: k..<(k + 3), type: .duration, meaning: .value(code))
        }
        return TimeMention(tokens: k..<(k + 1), type: .duration, meaning: .value(code))
    }

    private func integer(_ s: String) -> Int? { Int(s) }
}
