extension TimeRecognizer {
    /// Expressions that start with digits: clock times, numeric dates, `9 January`, years,
    /// decades, counts of time (`3 days`, `10-year`), and a bare day (`on the 9th`).
    func numeric(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        if let m = clock(at: k, lower: lower, upper: upper) { return m }
        if let m = separatedDate(at: k, lower: lower, upper: upper) { return m }
        if let m = dayMonth(at: k, lower: lower, upper: upper) { return m }
        if let m = gluedMonthDay(at: k, upper: upper) { return m }
        if let m = yearForm(at: k, lower: lower, upper: upper) { return m }
        if let m = decade(at: k) { return m }
        if hasOrdinalSuffix(k), unit(k + 1)?.unit == .century, unit(k + 1)?.plural == false,
            let n = digits(Int(view.tokens[k].start)..<(Int(view.tokens[k].end) - 2)), n > 0, n < 30
        {
            return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .value(CivilDate.pad(n - 1, 2)))
        }
        if let m = counted(at: k, lower: lower, upper: upper) { return m }
        if let m = bareDay(at: k, lower: lower, upper: upper) { return m }
        return nil
    }

    // MARK: - Numeric dates

    /// Whether `j` follows `j - 1` with no space (parts of one written date).
    func glued(_ j: Int) -> Bool { j < view.tokens.count && !view.tokens[j].flags.contains(.spaceBefore) }

    /// `2025-01-20`, `21-04-2016`, `9-18-15`, `2019-sep-1`, `2015/sep/01`, `01/09/2025`, `2015.5.13`,
    /// `4/22` and `4-22` after `on`, `1-jan`.
    private func separatedDate(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        let t = view.tokens[k]
        let start = Int(t.start), end = Int(t.end)
        // One token with `/` or `.` inside: 01/09/2025, 4/22, 13.5.2015.
        var fields: [Int] = []
        var s = start
        var separator: UInt8 = 0
        for i in start..<end {
            let b = view.bytes[i]
            if b == 0x2F || b == 0x2E {
                if separator != 0, separator != b { return nil }
                separator = b
                guard let v = digits(s..<i) else { return nil }
                fields.append(v)
                s = i + 1
            }
        }
        if separator != 0 {
            guard let last = digits(s..<end) else { return nil }
            fields.append(last)
            let lengths = fieldLengths(start, end, separator)
            var j = k + 1
            // `08/12,2015`
            if fields.count == 2, separator == 0x2F, view.isPunct(j, 0x2C), glued(j), let y = integer(j + 1), glued(j + 1),
                let date = date(month: fields[0], day: fields[1], year: y, yearDigits: view.tokens[j + 1].length)
            {
                return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .value(date.description))
            }
            if fields.count == 3 {
                if lengths[0] == 4, let d = CivilDate(year: fields[0], month: fields[1], day: fields[2]) {
                    return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .value(d.description))
                }
                if let d = date(month: fields[0], day: fields[1], year: fields[2], yearDigits: lengths[2]) {
                    return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .value(d.description))
                }
                return nil
            }
            // `4/22` where a date is expected; `4.22` only after `on` (it is usually a decimal).
            let next = k + 1 < upper ? view.tokens[k + 1] : nil
            let bare = next == nil || next!.kind == .punctuation
            let cued = separator == 0x2F ? dateContext(before: k, lower: lower) || bare && k + 1 >= upper
                : k > lower && (view.token(k - 1, is: "on") || word(k - 1, .weekday) != nil) && bare
            if fields.count == 2, cued, lengths[1] == 2 || separator == 0x2F || word(k - 1, .weekday) != nil, let (m, d) = monthDay(fields[0], fields[1]) {
                j = k + 1
                return TimeMention(tokens: k..<j, type: .date, meaning: .monthDay(month: m, day: d, yearShift: nil))
            }
            return nil
        }
        // Dashed or slashed across tokens: 2025-01-20, 21-04-2016, 2019-sep-1, 2019/sep/01, 4-22, 1-jan.
        guard let first = integer(k), k + 2 < upper, view.isPunct(k + 1, 0x2D) || view.isPunct(k + 1, 0x2F), glued(k + 1), glued(k + 2) else {
            return nil
        }
        let sep = view.bytes[Int(view.tokens[k + 1].start)]
        // `2019-sep-1`: the month and day are one hyphenated word.
        if view.tokens[k].length == 4, view.tokens[k + 2].flags.contains(.hyphenated) {
            let p = parts(k + 2)
            if p.count == 2, let m = word(bytes: p[0]), m.kind == .month, let d = digits(p[1]), let date = CivilDate(year: first, month: m.value, day: d) {
                return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .value(date.description))
            }
        }
        let secondMonth = word(k + 2, .month)
        let second = integer(k + 2)
        guard secondMonth != nil || second != nil else { return nil }
        if k + 4 < upper, view.isPunct(k + 3, sep), glued(k + 3), glued(k + 4), let third = integer(k + 4) {
            let lengths = (view.tokens[k].length, view.tokens[k + 4].length)
            if lengths.0 == 4, let m = secondMonth ?? second, let d = CivilDate(year: first, month: m, day: third) {
                return TimeMention(tokens: k..<(k + 5), type: .date, meaning: .value(d.description))
            }
            if let m = secondMonth, let d = CivilDate(year: fullYear(third, digits: lengths.1), month: m, day: first) {
                return TimeMention(tokens: k..<(k + 5), type: .date, meaning: .value(d.description))
            }
            if let second, let d = date(month: first, day: second, year: third, yearDigits: lengths.1) {
                return TimeMention(tokens: k..<(k + 5), type: .date, meaning: .value(d.description))
            }
            return nil
        }
        if let m = secondMonth, (1...31).contains(first), view.tokens[k].length <= 2 {
            // 1-jan, 28-nov
            if let y = yearAfter(k + 3, upper: upper), let d = CivilDate(year: y.year, month: m, day: first) {
                return TimeMention(tokens: k..<y.end, type: .date, meaning: .value(d.description))
            }
            return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .monthDay(month: m, day: first, yearShift: nil))
        }
        if let second, sep == 0x2D, view.tokens[k + 2].length <= 2, dateContext(before: k, lower: lower),
            k + 3 >= upper || view.tokens[k + 3].kind != .word || word(k + 3) == nil, let (m, d) = monthDay(first, second)
        {
            return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .monthDay(month: m, day: d, yearShift: nil))
        }
        return nil
    }

    private func fieldLengths(_ start: Int, _ end: Int, _ separator: UInt8) -> [Int] {
        var out: [Int] = []
        var s = start
        for i in start..<end where view.bytes[i] == separator {
            out.append(i - s)
            s = i + 1
        }
        out.append(end - s)
        return out
    }

    /// Month and day from two numbers, by the locale rule (a first number over 12 is a day).
    private func monthDay(_ a: Int, _ b: Int) -> (Int, Int)? {
        var (m, d) = (a, b)
        if m > 12 || (dayFirst && d <= 12) { swap(&m, &d) }
        guard (1...12).contains(m), (1...CivilDate.daysIn(month: m, year: 2000)).contains(d) else { return nil }
        return (m, d)
    }

    private func date(month a: Int, day b: Int, year: Int, yearDigits: Int) -> CivilDate? {
        guard let (m, d) = monthDay(a, b) else { return nil }
        return CivilDate(year: fullYear(year, digits: yearDigits), month: m, day: d)
    }

    /// `25` → 2025, `89` → 1989: two-digit years pivot at 50.
    func fullYear(_ y: Int, digits: Int) -> Int {
        digits <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y
    }

    /// Whether the words before `k` expect a date (`on`, `by`, `until`, `since`, a weekday).
    func dateContext(before k: Int, lower: Int) -> Bool {
        guard k > lower else { return false }
        if word(k - 1, .weekday) != nil { return true }
        return view.token(k - 1, isAnyOf: ["on", "by", "until", "till", "since", "from", "before", "after", "dated", "in"])
    }

    /// A year at `j` (`, 2025`, `2025`, `of 2025`): its value and the token after it.
    func yearAfter(_ j: Int, upper: Int) -> (year: Int, end: Int)? {
        var j = j
        if view.isPunct(j, 0x2C) || view.token(j, is: "of") { j += 1 }
        guard j < upper, let y = year(j) else { return nil }
        return (y, j + 1)
    }

    // MARK: - Day and month

    /// `9 January`, `9th of January 2025`, `16. Nov. 2016`, `26th june of 2020`.
    private func dayMonth(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let d = dayNumber(k) else { return nil }
        if let m = dayOfRelativeMonth(d, from: k, after: k + 1, upper: upper) { return m }
        var j = k + 1
        if view.isPunct(j, 0x2E), glued(j) { j += 1 }
        if view.token(j, is: "of") { j += 1 }
        guard j < upper, let m = monthName(at: j, dayBeside: true) else { return nil }
        var end = j + 1
        if view.isPunct(end, 0x2E), glued(end), view.tokens[j].length <= 4 { end += 1 }
        if let y = yearAfter(end, upper: upper), let date = CivilDate(year: y.year, month: m, day: d) {
            return TimeMention(tokens: k..<y.end, type: .date, meaning: .value(date.description))
        }
        // `1st Jan` ends before a trailing abbreviation dot only when a sentence follows.
        if end > j + 1, end >= upper { end = j + 1 }
        return TimeMention(tokens: k..<end, type: .date, meaning: .monthDay(month: m, day: d, yearShift: nil))
    }

    /// `20th of next month`, `the 20th next month`, `the 5th of this month`.
    func dayOfRelativeMonth(_ d: Int, from start: Int, after j: Int, upper: Int) -> TimeMention? {
        var j = j
        if view.token(j, is: "of") { j += 1 }
        guard j + 1 < upper, let r = word(j, .relative), unit(j + 1)?.unit == .month, unit(j + 1)?.plural == false else { return nil }
        let shift: Int
        switch Relative(rawValue: r) {
        case .next?, .coming?, .following?: shift = 1
        case .last?, .previous?, .past?: shift = -1
        case .this?, .current?: shift = 0
        default: return nil
        }
        return TimeMention(tokens: start..<(j + 2), type: .date, meaning: .dayInMonth(d, monthShift: shift))
    }

    /// A month name at `k`: capitalised, or lowercase where a day number beside it makes it a
    /// date (`4th of march`), or a full lowercase name that is no other word.
    func monthName(at k: Int, dayBeside: Bool) -> Int? {
        guard let m = word(k, .month) else { return nil }
        let t = view.tokens[k]
        if t.isCapitalized || dayBeside { return m }
        if view.token(k, isAnyOf: ["may", "march"]) || t.length <= 4 { return nil }
        return m
    }

    /// `april22`, `22april`, `January12,2016`: a month and a day written without a space.
    func gluedMonthDay(at k: Int, upper: Int) -> TimeMention? {
        let t = view.tokens[k]
        let s = Int(t.start), e = Int(t.end)
        guard t.length >= 4, t.length <= 12 else { return nil }
        var split = s
        let lettersFirst = ByteClass.isASCIILetter(view.bytes[s])
        while split < e, ByteClass.isASCIILetter(view.bytes[split]) == lettersFirst { split += 1 }
        guard split < e, split > s else { return nil }
        let (letters, numbers) = lettersFirst ? (s..<split, split..<e) : (split..<e, s..<split)
        guard let m = word(bytes: letters), m.kind == .month, letters.count >= 3, numbers.count <= 2, let d = digits(numbers), (1...31).contains(d),
            numbers.upperBound == e || letters.upperBound == e
        else { return nil }
        if view.isPunct(k + 1, 0x2C), glued(k + 1), glued(k + 2), let y = year(k + 2), let date = CivilDate(year: y, month: m.value, day: d) {
            return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .value(date.description))
        }
        return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .monthDay(month: m.value, day: d, yearShift: nil))
    }

    // MARK: - Years and decades

    /// A year where the words make it one: `in 2024`, `the 1996 Olympics`, `2024's`, `fiscal 1989`,
    /// `1994 or later`.
    private func yearForm(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let y = year(k), (1800...2100).contains(y) else { return nil }
        let prev = k > lower ? k - 1 : -1
        let next = k + 1 < upper ? k + 1 : -1
        // A count or measure, not a year: `2000 troops`, `1500 km`, `1999 votes`.
        if next >= 0, view.tokens[next].kind == .word,
            view.tokens[next].classes.contains(.countNoun) || view.tokens[next].classes.contains(.unit)
                || view.tokens[next].classes.contains(.multiplier) || unit(next) != nil
        {
            return nil
        }
        if next >= 0, view.tokens[next].kind == .symbol { return nil }
        if prev >= 0, view.tokens[prev].kind == .symbol || view.isPunct(prev, 0x23) { return nil }
        var accept = false
        if prev >= 0 {
            if view.token(prev, isAnyOf: [
                "in", "since", "until", "till", "by", "of", "before", "after", "during", "from", "through", "to", "early", "late",
                "mid", "around", "year", "and", "or", "between", "for", "due", "circa", "throughout", "ending", "summer", "both",
                "spring", "autumn", "fall", "winter", "as", "until", "beyond", "post", "pre",
            ]) {
                accept = true
            } else if view.token(prev, isAnyOf: ["the", "a", "that", "this", "its", "his", "her", "their", "our", "whose"])
                || view.tokens[prev].kind == .possessive
            {
                // `the 1996 Olympics`, `its 1988 recapitalization`
                accept = next >= 0 && view.tokens[next].kind == .word
            } else if view.isPunct(prev, 0x2C), prev - 1 >= lower, year(prev - 1) != nil {
                accept = true  // a list: 1994, 1995 and 1997
            } else if (1900...2030).contains(y), view.tokens[prev].kind == .word, !view.tokens[prev].isCapitalized, next >= 0,
                view.tokens[next].kind == .word, !view.tokens[next].classes.contains(.function),
                view.tokens[next].isCapitalized || Lexicon<Int>.lower(view.bytes[Int(view.tokens[next].end) - 1]) != 0x73
            {
                // `his unsuccessful 1996 campaign`, `predicting 1990 BellSouth earnings`: a year before a
                // noun; `scored 2010 points` is a count (a plural follows).
                accept = true
            }
        }
        if !accept, next >= 0, view.tokens[next].kind == .possessive || view.isPunct(next, 0x2C) || view.isPunct(next, 0x2E) {
            accept = prev < 0 || !(view.tokens[prev].kind == .number)
        }
        if !accept, next < 0, prev >= 0, view.tokens[prev].kind == .word { accept = true }
        guard accept else { return nil }
        // `1994 or later`, `1990 and beyond`
        if view.token(k + 1, is: "or"), view.token(k + 2, isAnyOf: ["later", "earlier"]) {
            return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .value(CivilDate.pad(y, 4)))
        }
        if view.token(k + 1, is: "and"), view.token(k + 2, is: "beyond") {
            return TimeMention(tokens: k..<(k + 3), type: .date, meaning: .value(CivilDate.pad(y, 4)))
        }
        return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .value(CivilDate.pad(y, 4)))
    }

    /// `1990s` → `199`.
    private func decade(at k: Int) -> TimeMention? {
        let t = view.tokens[k]
        guard t.length == 5, Lexicon<Int>.lower(view.bytes[Int(t.end) - 1]) == 0x73,
            let v = digits(Int(t.start)..<(Int(t.end) - 1)), v % 10 == 0, (1000...2190).contains(v)
        else { return nil }
        return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .value(String(v / 10)))
    }

    /// `on the 9th`, `on 22nd`, `for the 27`: a day of the current month.
    private func bareDay(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let d = dayNumber(k), k > lower else { return nil }
        let next = k + 1 < upper ? k + 1 : -1
        if next >= 0, view.tokens[next].kind == .word || view.tokens[next].kind == .number || view.tokens[next].kind == .symbol { return nil }
        if view.token(k - 1, is: "the"), k - 1 > lower, view.token(k - 2, isAnyOf: ["on", "for", "by", "until", "since"]) {
            return TimeMention(tokens: (k - 1)..<(k + 1), type: .date, meaning: .dayOfMonth(d))
        }
        if view.token(k - 1, is: "on"), hasOrdinalSuffix(k) || next < 0 {
            return TimeMention(tokens: k..<(k + 1), type: .date, meaning: .dayOfMonth(d))
        }
        return nil
    }
}
