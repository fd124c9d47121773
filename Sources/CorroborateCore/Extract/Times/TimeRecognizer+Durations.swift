extension TimeRecognizer {
    /// A count of time at `k`: `three years`, `2 1/2 hours`, `a few days`, `several months ago`,
    /// `a year earlier`, `10-year`, `two weeks from now`, `a minute and a half`, `the next 12 to 18
    /// months` (from `the next`).
    func counted(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard let amount = amount(at: k, upper: upper) else { return nil }
        var j = amount.end
        // `10-year`, `8-month-old`: a count glued to its unit, an adjective.
        if view.tokens[k].kind == .number, amount.end == k + 1, view.isPunct(j, 0x2D), glued(j), glued(j + 1), j + 1 < upper,
            let n = amount.value
        {
            let w = j + 1
            if let u = unit(w), !u.plural {
                if view.isPunct(w + 1, 0x2D), view.token(w + 2, is: "old") { return nil }
                return TimeMention(tokens: k..<(w + 1), type: .duration, meaning: .value(durationValue(n, u.unit)))
            }
            if view.tokens[w].flags.contains(.hyphenated) {
                let p = parts(w)
                if let u = word(bytes: p[0]), u.kind == .unit, let tu = TimeUnit(rawValue: u.value) {
                    let rest = p.count > 1 ? String(decoding: view.bytes[p[1]].map(Lexicon<Int>.lower), as: UTF8.self) : ""
                    guard rest == "long" else { return nil }  // `8-month-old` is an age
                    return TimeMention(tokens: k..<(w + 1), type: .duration, meaning: .value(durationValue(n, tu)))
                }
            }
            return nil
        }
        // `more`, `additional`, `straight`, `trading` between the count and the unit.
        while j < upper, view.token(j, isAnyOf: ["more", "additional", "extra", "full", "straight", "consecutive", "trading", "business", "working"]) {
            j += 1
        }
        // `two Sundays from now`, `two monday later`
        if j < upper, let n = amount.value, let w = word(j), w.kind == .weekday || w.kind == .weekdayPlural, let day = Weekday(rawValue: w.value) {
            if view.token(j + 1, is: "from"), view.token(j + 2, is: "now") {
                return TimeMention(tokens: k..<(j + 3), type: .date, meaning: .weekdayCount(day, n))
            }
            if view.token(j + 1, is: "later") { return TimeMention(tokens: k..<(j + 2), type: .date, meaning: .weekdayCount(day, n)) }
            return nil
        }
        guard j < upper, let u = unit(j) else { return nil }
        if let compound = compound(first: (amount.value, u.unit), at: j + 1, start: k, upper: upper) { return compound }
        guard u.plural || amount.value == 1 || amount.value == nil && amount.fraction != nil || amount.glued
            || adjectival(j + 1, upper: upper)
        else { return nil }
        // `a quarter of the market` is a fraction, `a quarter` alone rarely a span of time.
        if u.unit == .quarter, !u.plural, view.token(k, isAnyOf: ["a", "an"]), !view.token(j + 1, isAnyOf: ["earlier", "ago", "later"]) { return nil }
        var end = j + 1
        var value = amount.value.map { durationValue($0, u.unit, fraction: amount.fraction) } ?? ((u.unit.isClock ? "PTX" : "PX") + u.unit.durationCode)
        // `a minute and a half`
        if view.token(end, is: "and"), view.token(end + 1, isAnyOf: ["a", "one"]), view.token(end + 2, is: "half"), let n = amount.value {
            value = durationValue(n, u.unit, fraction: 0.5)
            end += 3
        }
        // Ages: `52 years old`.
        if u.unit == .year, view.token(end, is: "old") || view.token(end, is: "of") && view.token(end + 1, is: "age") { return nil }
        // `60 Minutes`, `This Week`: titles.
        if view.tokens[j].isCapitalized, k > lower, !view.tokens[k].flags.contains(.lineStart), view.tokens[k].kind == .number { return nil }
        let n = amount.value
        let unitName = CalendarUnit(rawValue: u.unit.calendarName)
        // `two days ago`, `a year ago`
        if view.token(end, is: "ago") {
            let tokens = k..<(end + 1)
            guard let n, let c = unitName, amount.fraction == nil else {
                return TimeMention(tokens: tokens, type: .date, meaning: .value("PAST_REF"))
            }
            if c == .year, n == 1 { return TimeMention(tokens: tokens, type: .date, meaning: .yearEarlier) }
            if c == .decade { return TimeMention(tokens: tokens, type: .date, meaning: .shift(.year, -10 * n, narrative: false)) }
            return TimeMention(tokens: tokens, type: .date, meaning: .shift(c, -n, narrative: false))
        }
        // `a week or so ago`
        if view.token(end, is: "or"), view.token(end + 1, is: "so"), view.token(end + 2, is: "ago"), let n, let c = unitName {
            return TimeMention(tokens: k..<(end + 3), type: .date, meaning: .shift(c, -n, narrative: false))
        }
        // `a year earlier`: the same period a year before.
        if view.token(end, is: "earlier"), u.unit == .year, n == 1 {
            return TimeMention(tokens: k..<(end + 1), type: .date, meaning: .yearEarlier)
        }
        // `two weeks from now`, `two days from tomorrow`, `three days after today`
        if view.token(end, isAnyOf: ["from", "after", "before"]), let n, let c = unitName {
            let sign = view.token(end, is: "before") ? -1 : 1
            var base: Int? = nil
            if view.token(end + 1, is: "now") && sign > 0 { base = 0 }
            if let d = word(end + 1, .dayWord), d != 10 { base = d }
            if let base {
                let meaning: TimeMeaning =
                    c == .day || c == .week ? .shift(.day, base + sign * n * (c == .week ? 7 : 1), narrative: false)
                    : .shift(c, sign * n, narrative: false)
                return TimeMention(tokens: k..<(end + 2), type: .date, meaning: meaning)
            }
        }
        if view.token(end, is: "hence"), let n, let c = unitName {
            return TimeMention(tokens: k..<(end + 1), type: .date, meaning: .shift(c, n, narrative: false))
        }
        // `the next two years or so`
        if view.token(end, is: "or"), view.token(end + 1, is: "so") { end += 2 }
        return TimeMention(tokens: k..<end, type: .duration, meaning: .value(value))
    }

    /// `1 month 21 days ago`, `2 years, 1 month and 21 days`: counts of several units.
    private func compound(first: (Int?, TimeUnit), at j: Int, start k: Int, upper: Int) -> TimeMention? {
        guard let n0 = first.0 else { return nil }
        var parts: [(Int, TimeUnit)] = [(n0, first.1)]
        var j = j
        while j < upper {
            var next = j
            if view.isPunct(next, 0x2C) || view.token(next, is: "and") { next += 1 }
            guard next < upper, view.tokens[next].kind == .number, let n = integer(next), let u = unit(next + 1),
                !parts.contains(where: { $0.1 == u.unit }), [.year, .month, .week, .day].contains(u.unit)
            else { break }
            parts.append((n, u.unit))
            j = next + 2
        }
        guard parts.count > 1, parts.allSatisfy({ [.year, .month, .week, .day].contains($0.1) }) else { return nil }
        var y = 0, m = 0, d = 0
        for (n, u) in parts {
            switch u {
            case .year: y += n
            case .month: m += n
            case .week: d += 7 * n
            default: d += n
            }
        }
        if view.token(j, is: "ago") { return TimeMention(tokens: k..<(j + 1), type: .date, meaning: .offset(years: -y, months: -m, days: -d)) }
        if view.token(j, is: "later") || view.token(j, is: "from") && view.token(j + 1, is: "now") {
            let end = view.token(j, is: "later") ? j + 1 : j + 2
            return TimeMention(tokens: k..<end, type: .date, meaning: .offset(years: y, months: m, days: d))
        }
        var code = "P"
        for (n, u) in parts.sorted(by: { $0.1.rawValue > $1.1.rawValue }) { code += "\(n)" + u.durationCode }
        return TimeMention(tokens: k..<j, type: .duration, meaning: .value(code))
    }

    /// Whether a word at `j` is a noun a count of time can qualify (`a two day rally`).
    private func adjectival(_ j: Int, upper: Int) -> Bool {
        j < upper && view.tokens[j].kind == .word && !view.tokens[j].isCapitalized && !view.tokens[j].classes.contains(.function)
            && word(j) == nil
    }

    /// How many: digits (`3`, `2 1/2`, `3.5`), words (`three`, `twenty four`, `a`, `a few`,
    /// `several`, `a couple of`), a range (`two to three`, `12 to 18`) — nil value when vague.
    func amount(at k: Int, upper: Int) -> (value: Int?, fraction: Double?, end: Int, glued: Bool)? {
        guard k < upper else { return nil }
        let t = view.tokens[k]
        var value: Int? = nil
        var fraction: Double? = nil
        var end = k + 1
        if t.kind == .number {
            let s = Int(t.start), e = Int(t.end)
            if let v = digits(s..<e) {
                value = v
            } else if let dot = (s..<e).first(where: { view.bytes[$0] == 0x2E }), let a = digits(s..<dot), let b = digits((dot + 1)..<e), e - dot == 2 {
                value = a
                fraction = Double(b) / 10
            } else {
                return nil
            }
            // `2 1/2`
            if k + 1 < upper, view.tokens[k + 1].kind == .number, view.text(token: k + 1) == "1/2" {
                fraction = 0.5
                end += 1
            }
        } else if view.token(k, isAnyOf: ["a", "an"]) {
            if view.token(k + 1, isAnyOf: ["few", "couple"]) {
                end = k + 2
                if view.token(end, is: "of") { end += 1 }
                if view.token(k + 1, is: "couple") { value = 2 }
            } else if let w = word(k + 1), w.kind == .cardinal, w.value == 100 || w.value == 1000 {
                value = w.value
                end = k + 2
            } else {
                value = 1
            }
        } else if view.token(k, isAnyOf: ["several", "few", "many"]) {
            value = nil
        } else if view.token(k, is: "couple"), view.token(k + 1, is: "of") {
            value = 2
            end = k + 2
        } else if let w = word(k), w.kind == .cardinal {
            var v = w.value
            if v >= 20, v < 100, let u = word(k + 1), u.kind == .cardinal, (1...9).contains(u.value) {
                v += u.value
                end = k + 2
            } else if v < 10, let h = word(k + 1), h.kind == .cardinal, h.value == 100 || h.value == 1000 {
                v *= h.value
                end = k + 2
            }
            value = v
        } else if t.flags.contains(.hyphenated) {
            let p = parts(k)
            guard p.count == 2, let a = word(bytes: p[0]), a.kind == .cardinal, a.value >= 20, a.value % 10 == 0,
                let b = word(bytes: p[1]), b.kind == .cardinal, (1...9).contains(b.value)
            else { return nil }
            value = a.value + b.value
        } else {
            return nil
        }
        // `two and a half years`
        if value != nil, fraction == nil, view.token(end, is: "and"), view.token(end + 1, is: "a"), view.token(end + 2, is: "half") {
            fraction = 0.5
            end += 3
        }
        // `two to three weeks`, `12 to 18 months`: the lower count, as TimeBank annotates.
        if view.token(end, isAnyOf: ["to", "or"]), end + 1 < upper, let next = amount(at: end + 1, upper: upper), next.value != nil, unit(next.end) != nil {
            end = next.end
        }
        return (value, fraction, end, false)
    }

    /// `P3Y`, `PT4H`, `P2Y6M` (two and a half years), `P10Y` for a decade.
    func durationValue(_ n: Int, _ u: TimeUnit, fraction: Double? = nil) -> String {
        var n = n
        var unitCode = u.durationCode
        switch u {
        case .decade:
            n *= 10
            unitCode = "Y"
        case .century:
            n *= 100
            unitCode = "Y"
        case .fortnight:
            n *= 2
        default: break
        }
        let prefix = u.isClock ? "PT" : "P"
        guard let f = fraction, f > 0 else { return prefix + String(n) + unitCode }
        // A half of the next smaller unit: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
        switch u {
        case .year: return "P\(n)Y\(Int(f * 12))M"
        case .hour: return "PT\(n)H\(Int(f * 60))M"
        case .minute: return "PT\(n)M\(Int(f * 60))S"
        case .day: return "P\(n)DT\(Int(f * 24))H"
        case .week: return "P\(n * 7 + Int(f * 7))D"
        default: return prefix + String(n) + "." + String(Int(f * 10)) + unitCode
        }
    }

    // MARK: - Hyphenated words

    /// `two-year`, `third-quarter`, `mid-November`, `mid-1990s`, `year-earlier`, `year-end`,
    /// `post-1959`, `day-long`, `fiscal-first`.
    func hyphenated(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        let p = parts(k)
        guard p.count >= 2 else { return nil }
        let one = k..<(k + 1)
        let first = word(bytes: p[0])
        let second = word(bytes: p[1])
        func text(_ r: Range<Int>) -> String { String(decoding: view.bytes[r].map(Lexicon<Int>.lower), as: UTF8.self) }
        let head = text(p[0])
        let tail = text(p[1])
        // `Oct-2`, `jan-1`, `friday-jun-15`
        if let m = first, m.kind == .month, p.count == 2, let d = digits(p[1]), (1...31).contains(d) {
            return TimeMention(tokens: one, type: .date, meaning: .monthDay(month: m.value, day: d, yearShift: nil))
        }
        if let w = first, w.kind == .weekday, p.count == 3, let m = second, m.kind == .month, let d = digits(p[2]), (1...31).contains(d),
            let day = Weekday(rawValue: w.value)
        {
            return TimeMention(tokens: one, type: .date, meaning: .weekdayDate(day, month: m.value, day: d))
        }
        // `twenty-second of June 2017`
        if dayWordNumber(at: k, upper: upper) != nil, view.token(k + 1, is: "of"), word(k + 2, .month) != nil {
            return ordinalForm(at: k, lower: lower, upper: upper)
        }
        if head == "year" {
            switch tail {
            case "earlier", "ago": return TimeMention(tokens: one, type: .date, meaning: .yearEarlier)
            case "end": return TimeMention(tokens: one, type: .date, meaning: .monthDay(month: 12, day: 31, yearShift: nil))
            case "long": return TimeMention(tokens: one, type: .duration, meaning: .value("P1Y"))
            default: return nil
            }
        }
        if head == "fiscal", let q = second, q.kind == .ordinal, (1...4).contains(q.value), unit(k + 1)?.unit == .quarter {
            return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .quarter(q.value, yearShift: nil))
        }
        // `third-quarter`, `first-half`
        if let o = first, o.kind == .ordinal, p.count == 2 {
            if let u = second, u.kind == .unit, u.value == TimeUnit.quarter.rawValue, (1...4).contains(o.value) {
                return TimeMention(tokens: one, type: .date, meaning: .quarter(o.value, yearShift: nil))
            }
            if tail == "half", (1...2).contains(o.value) {
                return TimeMention(tokens: one, type: .date, meaning: .half(o.value, yearShift: nil))
            }
            return nil
        }
        // `mid-November`, `late-November`, `mid-1996`, `mid-1990s`, `mid-afternoon`
        if head == "mid" || head == "early" || head == "late", p.count == 2 {
            if let m = second, m.kind == .month {
                return TimeMention(tokens: one, type: .date, meaning: .month(m.value, yearShift: nil))
            }
            if let y = digits(p[1]), p[1].count == 4, (1000...2199).contains(y) {
                return TimeMention(tokens: one, type: .date, meaning: .value(CivilDate.pad(y, 4)))
            }
            if p[1].count == 5, tail.hasSuffix("s"), let y = digits(p[1].lowerBound..<(p[1].upperBound - 1)), y % 10 == 0 {
                return TimeMention(tokens: one, type: .date, meaning: .value(String(y / 10)))
            }
            if let part = second, part.kind == .partOfDay, (1...4).contains(part.value) {
                let code = ["TMO", "TAF", "TEV", "TNI"][part.value - 1]
                if let day = dayAfterClock(at: k + 1, lower: lower, upper: upper) {
                    return TimeMention(tokens: k..<day.tokens.upperBound, type: .time, meaning: .timeOfDay(day.meaning, code))
                }
                return TimeMention(tokens: one, type: .time, meaning: .timeOfDay(.shift(.day, 0, narrative: false), code))
            }
            return nil
        }
        if head == "post" || head == "pre", let y = digits(p[1]), p[1].count == 4 {
            return TimeMention(tokens: one, type: .date, meaning: .value(CivilDate.pad(y, 4)))
        }
        // `day-long`, `decades-long`, `week-long`
        if let u = first, u.kind == .unit || u.kind == .unitPlural, let tu = TimeUnit(rawValue: u.value), tail == "long", p.count == 2 {
            let value = u.kind == .unit ? durationValue(1, tu) : (tu.isClock ? "PTX" : "PX") + (tu == .decade || tu == .century ? "Y" : tu.durationCode)
            return TimeMention(tokens: one, type: .duration, meaning: .value(value))
        }
        // `two-year`, `four-day`, `twenty-four-hour`, `six-month-old`
        var n: Int? = nil
        var unitPart = 1
        if head == "several" || head == "few" || head == "many" {
            if let u = second, u.kind == .unit || u.kind == .unitPlural, let tu = TimeUnit(rawValue: u.value), p.count == 2 {
                return TimeMention(tokens: one, type: .duration, meaning: .value((tu.isClock ? "PTX" : "PX") + tu.durationCode))
            }
            return nil
        }
        if let c = first, c.kind == .cardinal {
            n = c.value
            if c.value >= 20, c.value % 10 == 0, p.count >= 3, let c2 = second, c2.kind == .cardinal, c2.value < 10 {
                n = c.value + c2.value
                unitPart = 2
            }
        }
        guard let count = n, count > 0, unitPart < p.count, let u = word(bytes: p[unitPart]), u.kind == .unit || u.kind == .unitPlural,
            let tu = TimeUnit(rawValue: u.value), tu != .quarter
        else { return nil }
        if unitPart + 1 < p.count {
            let rest = text(p[unitPart + 1])
            guard rest == "long" else { return nil }  // `six-month-old` is an age
        }
        return TimeMention(tokens: one, type: .duration, meaning: .value(durationValue(count, tu)))
    }
}
