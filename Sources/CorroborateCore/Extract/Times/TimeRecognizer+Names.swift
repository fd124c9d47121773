extension TimeRecognizer {
    // MARK: - Months

    /// `January 9`, `Jan. 9, 2025`, `Oct-2`, `March 2024`, `May the eleventh`, `July last year`,
    /// `January nineteen ninety-seven`, `December`.
    func monthForm(at k: Int, lower: Int, upper: Int, start: Int? = nil) -> TimeMention? {
        guard let m = word(k, .month) else { return nil }
        let start = start ?? k
        var j = k + 1
        if view.isPunct(j, 0x2E), glued(j), view.tokens[k].length <= 4 || dayNumber(j + 1) != nil { j += 1 }  // Jan., October. 2
        else if view.isPunct(j, 0x2C), dayNumber(j + 1) != nil, hasOrdinalSuffix(j + 1) { j += 1 }  // October, 1st
        else if view.isPunct(j, 0x2D) || view.isPunct(j, 0x2F), glued(j), glued(j + 1), dayNumber(j + 1) != nil { j += 1 }  // Oct-2
        let day = dayNumber(j).flatMap { d -> Int? in
            // `March 5 people`, `May 3 percent`: a count, not a day.
            if j + 1 < upper, unit(j + 1) != nil || view.tokens[j + 1].classes.contains(.countNoun)
                || view.tokens[j + 1].classes.contains(.unit) || view.isPunct(j + 1, 0x25)
            {
                return nil
            }
            return d
        }
        let spoken = day == nil ? spokenDay(at: j, upper: upper) : nil
        guard monthName(at: k, dayBeside: day != nil || spoken != nil) != nil else { return nil }
        if view.tokens[k].isCapitalized, view.token(k, isAnyOf: ["may", "march", "mar", "jan", "dec", "sun", "aug", "sep"]) || view.tokens[k].length == 3 {
            // `May` and `March` are also words: ask for a date-like neighbour.
            let hasYear = j < upper && year(j) != nil
            let hasPrep = k > lower && view.token(k - 1, isAnyOf: [
                "in", "since", "until", "till", "by", "last", "next", "this", "early", "mid", "late", "of", "from", "through",
                "between", "before", "after", "during", "on", "and", "or", "to", "coming", "past", "the",
            ])
            guard day != nil || spoken != nil || hasYear || hasPrep else { return nil }
            // `Jan Kavan`, `Mar Roxas`: a given name before a surname.
            if day == nil, spoken == nil, !hasYear, k + 1 < upper, view.tokens[k + 1].kind == .word, view.tokens[k + 1].isCapitalized,
                word(k + 1) == nil
            {
                return nil
            }
            if view.token(k, is: "may"), day == nil, spoken == nil, !hasYear, !hasPrep, k + 1 < upper, view.tokens[k + 1].kind == .word,
                !view.tokens[k + 1].isCapitalized, !view.isPunct(k + 1, 0x2C)
            {
                return nil  // `… and may well …`
            }
        }
        if let d = day ?? spoken?.day {
            let end = day != nil ? j + 1 : spoken!.end
            if let y = yearAfter(end, upper: upper) ?? spokenYear(at: view.isPunct(end, 0x2C) ? end + 1 : end, upper: upper),
                let date = CivilDate(year: y.year, month: m, day: d)
            {
                return TimeMention(tokens: start..<y.end, type: .date, meaning: .value(date.description))
            }
            // `Jan. 9 2025` written without the comma is covered above; a bare `, 25` is not a year.
            return TimeMention(tokens: start..<end, type: .date, meaning: .monthDay(month: m, day: d, yearShift: nil))
        }
        if j < upper, let y = year(j) {
            return TimeMention(tokens: start..<(j + 1), type: .date, meaning: .value(CivilDate.pad(y, 4) + "-" + CivilDate.pad(m, 2)))
        }
        if let y = spokenYear(at: j, upper: upper) {
            return TimeMention(tokens: start..<y.end, type: .date, meaning: .value(CivilDate.pad(y.year, 4) + "-" + CivilDate.pad(m, 2)))
        }
        if view.token(j, is: "of"), let y = yearAfter(j, upper: upper) {
            return TimeMention(tokens: start..<y.end, type: .date, meaning: .value(CivilDate.pad(y.year, 4) + "-" + CivilDate.pad(m, 2)))
        }
        // `July last year`, `January this year`
        if let shift = yearShiftPhrase(at: j, upper: upper) {
            return TimeMention(tokens: start..<shift.end, type: .date, meaning: .month(m, yearShift: shift.shift))
        }
        return TimeMention(tokens: start..<(k + 1), type: .date, meaning: .month(m, yearShift: nil))
    }

    /// `the eleventh`, `twenty-first`, `first`: a day written in words after a month.
    private func spokenDay(at j: Int, upper: Int) -> (day: Int, end: Int)? {
        guard j < upper else { return nil }
        if view.token(j, is: "the") {
            if let d = dayNumber(j + 1) { return (d, j + 2) }
            if let d = dayWordNumber(at: j + 1, upper: upper) { return d }
            return nil
        }
        guard let d = dayWordNumber(at: j, upper: upper) else { return nil }
        // `May one` is rare as a date unless the words are plainly a day (`first`, `twenty one`).
        if word(j)?.kind == .cardinal, d.end == j + 1, d.day < 20 { return nil }
        return d
    }

    /// `last year`, `this year`, `next year` after a month or season.
    func yearShiftPhrase(at j: Int, upper: Int) -> (shift: Int, end: Int)? {
        guard j + 1 < upper, unit(j + 1)?.unit == .year, unit(j + 1)?.plural == false, let r = word(j, .relative) else { return nil }
        switch Relative(rawValue: r) {
        case .last?, .past?, .previous?: return (-1, j + 2)
        case .this?, .current?: return (0, j + 2)
        case .next?, .coming?: return (1, j + 2)
        default: return nil
        }
    }

    /// A year written in words: `nineteen ninety-six`, `nineteen seventy eight`, `two thousand`,
    /// `two thousand and eighteen`, `nineteen zero one`.
    func spokenYear(at j: Int, upper: Int) -> (year: Int, end: Int)? {
        guard j < upper, let w = word(j), w.kind == .cardinal else { return nil }
        if w.value == 2, word(j + 1)?.kind == .cardinal, word(j + 1)?.value == 1000 {
            var end = j + 2
            var y = 2000
            var k = end
            if view.token(k, is: "and") { k += 1 }
            if let rest = twoDigitWords(at: k, upper: upper) {
                y += rest.value
                end = rest.end
            }
            return (y, end)
        }
        guard (10...20).contains(w.value) else { return nil }
        if view.token(j + 1, isAnyOf: ["zero", "oh"]), let u = word(j + 2), u.kind == .cardinal, (1...9).contains(u.value) {
            return (w.value * 100 + u.value, j + 3)
        }
        guard let rest = twoDigitWords(at: j + 1, upper: upper), rest.value >= 10 else { return nil }
        return (w.value * 100 + rest.value, rest.end)
    }

    /// `ninety-six`, `seventy eight`, `twelve`: a number from 10 to 99 in words.
    private func twoDigitWords(at j: Int, upper: Int) -> (value: Int, end: Int)? {
        guard j < upper else { return nil }
        if view.tokens[j].flags.contains(.hyphenated) {
            let p = parts(j)
            if p.count == 2, let a = word(bytes: p[0]), a.kind == .cardinal, (20...90).contains(a.value), a.value % 10 == 0,
                let b = word(bytes: p[1]), b.kind == .cardinal, (1...9).contains(b.value)
            {
                return (a.value + b.value, j + 1)
            }
            return nil
        }
        guard let w = word(j), w.kind == .cardinal, w.value < 100 else { return nil }
        if w.value >= 20, w.value % 10 == 0, let u = word(j + 1), u.kind == .cardinal, (1...9).contains(u.value) {
            return (w.value + u.value, j + 2)
        }
        return (w.value, j + 1)
    }

    // MARK: - Weekdays

    /// `Sunday`, `Friday, Oct. 23`, `Thursday the 21st`, `Friday night`, `Tuesday next week`,
    /// `friday 7/6`; `modifier` is the index of `last`/`next`/`this` before it.
    func weekdayForm(at k: Int, lower: Int, upper: Int, modifier: Int? = nil, direction: TimeMeaning.Direction? = nil) -> TimeMention? {
        guard let n = word(k, .weekday), let day = Weekday(rawValue: n) else { return nil }
        let t = view.tokens[k]
        if !t.isCapitalized {
            // Lowercase: full names, or a short form right after a modifier or `on`, or before a date.
            let full = t.length >= 6
            let cued = modifier != nil || (k > lower && view.token(k - 1, isAnyOf: ["on", "by", "until", "since"]))
                || view.isPunct(k + 1, 0x2C) && (word(k + 2, .month) != nil || dayNumber(k + 2) != nil)
            guard full || (cued && view.token(k, isAnyOf: ["tues", "thurs", "tue", "thu", "fri", "mon", "wed", "sat", "sun"])) else { return nil }
        } else if t.length <= 3 {
            // `Sun`, `Sat`, `Wed` are words and names too: only with a date or a modifier beside.
            guard modifier != nil || view.isPunct(k + 1, 0x2C) && (word(k + 2, .month) != nil || dayNumber(k + 2) != nil)
                || view.isPunct(k + 1, 0x2E)
            else { return nil }
        }
        let start = modifier ?? k
        var j = k + 1
        if view.isPunct(j, 0x2E), t.length <= 5, glued(j) { j += 1 }
        // `Friday, Oct. 23`, `Monday, Jan 22, 2018`, `Wed, 22 of Jan`
        var d = j
        if view.isPunct(d, 0x2C) || view.token(d, is: "the") && word(d + 1, .month) == nil && dayNumber(d + 1) == nil && dayWordNumber(at: d + 1, upper: upper) == nil {
            d += 1
        }
        if d < upper {
            if word(d, .month) != nil, let m = monthForm(at: d, lower: lower, upper: upper), m.meaning.isDay {
                if case .monthDay(let month, let dd, nil) = m.meaning {
                    return TimeMention(tokens: start..<m.tokens.upperBound, type: .date, meaning: .weekdayDate(day, month: month, day: dd))
                }
                return TimeMention(tokens: start..<m.tokens.upperBound, type: .date, meaning: m.meaning)
            }
            if view.tokens[d].kind == .number, let m = numeric(at: d, lower: d - 1, upper: upper), m.meaning.isDay {
                return TimeMention(tokens: start..<m.tokens.upperBound, type: .date, meaning: m.meaning)
            }
            // `Thursday the 21st`, `Friday the fifteen`
            if view.token(d, is: "the") || view.token(j, is: "the") {
                let e = view.token(d, is: "the") ? d + 1 : j + 1
                // `Friday, the fourth decline`: a noun after the number means it is no date.
                func free(_ i: Int) -> Bool {
                    i >= upper || view.tokens[i].kind != .word || view.tokens[i].classes.contains(.function) || view.tokens[i].isCapitalized
                }
                if let dd = dayNumber(e), free(e + 1) {
                    return TimeMention(tokens: start..<(e + 1), type: .date, meaning: .dayOfMonth(dd))
                }
                if let dw = dayWordNumber(at: e, upper: upper), free(dw.end) {
                    return TimeMention(tokens: start..<dw.end, type: .date, meaning: .dayOfMonth(dw.day))
                }
            }
        }
        // `friday (jun-15)`, `Friday (June 15)`
        if view.isPunct(j, 0x28), let m = core(at: j + 1, lower: lower, upper: upper), m.meaning.isDay, view.isPunct(m.tokens.upperBound, 0x29) {
            return TimeMention(tokens: start..<(m.tokens.upperBound + 1), type: .date, meaning: m.meaning)
        }
        // `Tuesday next week`, `Sunday of next week`, `friday this week`
        var w = j
        if view.token(w, is: "of") { w += 1 }
        if w + 1 < upper, let r = word(w, .relative), unit(w + 1)?.unit == .week, unit(w + 1)?.plural == false {
            let shift: Int? = switch Relative(rawValue: r) {
            case .next?, .coming?, .following?: 1
            case .last?, .previous?, .past?: -1
            case .this?, .current?: 0
            default: nil
            }
            if let shift {
                return TimeMention(tokens: start..<(w + 2), type: .date, meaning: .weekdayOfWeek(day, weekShift: shift))
            }
        }
        // `Friday night`, `Tuesday morning`: TimeBank dates the day (a DATE, the day's value);
        // `Friday evening` keeps its part of the day.
        if let part = partOfDayCode(j) {
            if part == "TEV" {
                return TimeMention(tokens: start..<(j + 1), type: .time, meaning: .timeOfDay(.weekday(day, direction: direction), part))
            }
            return TimeMention(tokens: start..<(j + 1), type: .date, meaning: .weekday(day, direction: direction))
        }
        return TimeMention(tokens: start..<(k + 1), type: .date, meaning: .weekday(day, direction: direction))
    }

    /// `on Sundays`: a weekday that recurs.
    func pluralWeekday(at k: Int, upper: Int) -> TimeMention? {
        guard let n = word(k, .weekdayPlural), view.tokens[k].isCapitalized else { return nil }
        if let part = partOfDayCode(k + 1) {
            return TimeMention(tokens: k..<(k + 2), type: .set, meaning: .value("XXXX-WXX-\(n)" + part))
        }
        return TimeMention(tokens: k..<(k + 1), type: .set, meaning: .value("XXXX-WXX-\(n)"))
    }

    /// The TimeML code of a part of the day at `j` (`morning` → `TMO`), or nil.
    func partOfDayCode(_ j: Int) -> String? {
        guard let p = word(j, .partOfDay) else { return nil }
        switch p {
        case 1: return "TMO"
        case 2: return "TAF"
        case 3: return "TEV"
        case 4: return "TNI"
        default: return nil
        }
    }

    // MARK: - Day words

    /// `today`, `yesterday`, `tomorrow`, `tonight`, `yesterday morning`.
    func dayWordForm(at k: Int, upper: Int) -> TimeMention? {
        guard let v = word(k, .dayWord) else { return nil }
        if v == 10 {
            return TimeMention(tokens: k..<(k + 1), type: .time, meaning: .timeOfDay(.shift(.day, 0, narrative: false), "TNI"))
        }
        if let part = partOfDayCode(k + 1) {
            return TimeMention(tokens: k..<(k + 2), type: .time, meaning: .timeOfDay(.shift(.day, v, narrative: false), part))
        }
        // `yesterday's rates in tomorrow's market`: two days set against each other are a figure of speech.
        if k + 1 < upper, view.tokens[k + 1].kind == .possessive {
            let s = view.sentences[view.sentence(containing: k)].tokens
            if s.contains(where: { $0 != k && $0 + 1 < s.upperBound && word($0, .dayWord) != nil && view.tokens[$0 + 1].kind == .possessive }) {
                return nil
            }
        }
        // `This is VOA Today`, `the Today show`: a capitalised title word mid-sentence.
        if view.tokens[k].isCapitalized, !view.tokens[k].flags.contains(.lineStart), k > 0, view.tokens[k - 1].kind == .word,
            !view.tokens[k - 1].classes.contains(.function)
        {
            return nil
        }
        return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .shift(.day, v, narrative: false))
    }

    /// `noon`, `midnight`, `overnight`, `noon Saturday`, `mid afternoon`.
    func partOfDayForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let p = word(k, .partOfDay) else { return nil }
        let code: String
        switch p {
        case 5: code = "TNI"
        case 6: code = "T12:00"
        case 7: code = "T24:00"
        default: return nil
        }
        if let day = dayAfterClock(at: k + 1, lower: lower, upper: upper) {
            return TimeMention(tokens: k..<day.tokens.upperBound, type: .time, meaning: .timeOfDay(day.meaning, code))
        }
        guard p != 5 || k > lower && !view.tokens[k - 1].classes.contains(.function) || k == lower else { return nil }
        // `High Noon`, `high noon`: a figure of speech or a title.
        if k > lower, view.token(k - 1, is: "high") { return nil }
        return TimeMention(tokens: k..<(k + 1), type: .time, meaning: .timeOfDay(.shift(.day, 0, narrative: false), code))
    }

    // MARK: - Seasons

    /// `summer`, `the summer of 1994`, `winter 2024`; bare season names need a preposition or
    /// determiner before them (`fall` is also a verb).
    func seasonForm(at k: Int, start: Int, yearShift: Int?, upper: Int, needsContext: Bool, lower: Int) -> TimeMention? {
        guard let s = word(k, .season) else { return nil }
        let code = ["SP", "SU", "FA", "WI"][s - 1]
        if needsContext {
            guard k > lower, view.token(k - 1, isAnyOf: ["in", "during", "since", "until", "by", "through", "this", "last", "next", "over"]) else { return nil }
            if view.token(k, is: "fall") {
                return nil  // `in fall` is rare; `prices fall` is not
            }
        }
        if let y = yearAfter(k + 1, upper: upper) {
            return TimeMention(tokens: start..<y.end, type: .date, meaning: .value(CivilDate.pad(y.year, 4) + "-" + code))
        }
        if view.token(k + 1, is: "of"), let y = spokenYear(at: k + 2, upper: upper) {
            return TimeMention(tokens: start..<y.end, type: .date, meaning: .value(CivilDate.pad(y.year, 4) + "-" + code))
        }
        // `the fall of Saigon`: a season followed by `of` and no year is not a time.
        if view.token(k + 1, is: "of") { return nil }
        return TimeMention(tokens: start..<(k + 1), type: .date, meaning: .season(code, yearShift: yearShift))
    }

    // MARK: - Quarters and halves

    /// `third quarter`, `first half`, `third quarter of 1984`, `first two quarters of 1990`, at `k`
    /// (the ordinal); `start` includes any determiner.
    func quarterForm(at k: Int, start: Int, upper: Int, yearShift: Int? = nil) -> TimeMention? {
        guard let n = word(k, .ordinal) else { return nil }
        var j = k + 1
        if view.token(j, is: "fiscal") { j += 1 }
        var unitIndex = j
        var q: Int? = nil
        var half: Int? = nil
        if let u = unit(j), u.unit == .quarter, !u.plural, (1...4).contains(n) {
            q = n
        } else if view.token(j, is: "half"), (1...2).contains(n) {
            half = n
        } else if view.tokens[j < view.tokens.count ? j : k].flags.contains(.hyphenated), j < upper {
            // `second-quarter`
            let p = parts(j)
            if p.count == 2, let u = word(bytes: p[1]), u.kind == .unit, u.value == TimeUnit.quarter.rawValue, (1...4).contains(n) { q = n }
        } else if n == 1, let c = word(j, .cardinal), c == 2, unit(j + 1)?.unit == .quarter {
            // `the first two quarters` → the first half
            half = 1
            unitIndex = j + 1
        }
        guard q != nil || half != nil else { return nil }
        let end = unitIndex + 1
        let code = q.map { "Q\($0)" } ?? "H\(half!)"
        if let y = yearAfter(end, upper: upper), view.token(end, is: "of") || view.isPunct(end, 0x2C) {
            return TimeMention(tokens: start..<y.end, type: .date, meaning: .value(CivilDate.pad(y.year, 4) + "-" + code))
        }
        if view.token(end, is: "of"), view.token(end + 1, is: "fiscal"), let y = year(end + 2) {
            return TimeMention(tokens: start..<(end + 3), type: .date, meaning: .value(CivilDate.pad(y, 4) + "-" + code))
        }
        if view.token(end, is: "of"), let s = yearShiftPhrase(at: end + 1, upper: upper) {
            let meaning: TimeMeaning = q.map { .quarter($0, yearShift: s.shift) } ?? .half(half!, yearShift: s.shift)
            return TimeMention(tokens: start..<s.end, type: .date, meaning: meaning)
        }
        let meaning: TimeMeaning = q.map { .quarter($0, yearShift: yearShift) } ?? .half(half!, yearShift: yearShift ?? 0)
        return TimeMention(tokens: start..<end, type: .date, meaning: meaning)
    }
}

extension TimeMeaning {
    /// Whether the meaning names one day (`2025-01-09`, `January 9`).
    var isDay: Bool {
        switch self {
        case .value(let v): return v.utf8.count == 10 && v.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        case .monthDay: return true
        default: return false
        }
    }
}
