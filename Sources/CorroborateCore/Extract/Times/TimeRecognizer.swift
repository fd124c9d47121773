/// A temporal expression found in the text, before it is placed on the calendar.
struct TimeMention: Sendable, Hashable {
    var tokens: Range<Int>
    var type: TimeType
    var meaning: TimeMeaning
    /// Which occurrence the words themselves ask for (`last December`, `next Sunday`); it
    /// overrides the tense of the verbs around.
    var direction: TimeMeaning.Direction? = nil

    /// The same expression over a wider span.
    func from(_ start: Int) -> TimeMention {
        var m = self
        m.tokens = start..<tokens.upperBound
        return m
    }
}

/// Recognises temporal expressions the way TimeML marks them: dates in every common form
/// (`January 9`, `Jan. 9, 2025`, `9 January`, `2025-01-20`, `01/09/2025`), weekdays, months,
/// seasons, quarters, years and decades; relative and deictic times (`yesterday`, `last week`,
/// `two days ago`, `the previous day`, `a year earlier`); times of day; durations (`three
/// years`, `the past six months`, `a two-week trip`), sets (`every Monday`, `daily`) and
/// references (`now`, `recently`, `the future`).
///
/// Spans follow TimeML: prepositions (`on`, `in`, `for`, `since`) stay outside; determiners,
/// modifiers and hedges of the expression (`the`, `last`, `early`, `nearly`) inside. Values come
/// from ``TimeResolver``.
///
/// - Complexity: one pass over the tokens; only tokens carrying a time class or a number are
///   looked at further.
struct TimeRecognizer {
    let view: TextView
    /// Whether `01/09/2025` is day first (most of the world) or month first (the US).
    var dayFirst = false
    /// The time-word entry of each token that has one.
    let words: [TimeWord?]

    /// Classes of words that can be part of a time expression.
    static let mask: WordClass = [.month, .weekday, .dayWord, .timeUnit, .season, .timeModifier, .numberWord, .ordinalWord, .multiplier, .timeWord]

    init(view: TextView, dayFirst: Bool = false) {
        self.view = view
        self.dayFirst = dayFirst
        let mask = TimeRecognizer.mask
        let table = TimeWords.table
        words = view.bytes.withUnsafeBufferPointer { b in
            view.tokens.map { t -> TimeWord? in
                guard t.kind == .word, !t.classes.isDisjoint(with: mask) else { return nil }
                return table.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]))
            }
        }
    }

    /// Whether token `k` can continue a time expression: a number, a hyphenated word, or a
    /// word of a time class. Openers (`the`, `a`, `about`) are only worth reading before one.
    func timely(_ k: Int) -> Bool {
        guard k < view.tokens.count else { return false }
        let t = view.tokens[k]
        return t.kind == .number || t.flags.contains(.hyphenated) || t.flags.contains(.hasDigit)
            || !t.classes.isDisjoint(with: TimeRecognizer.mask)
    }

    /// Every expression in the text outside captions, in order, without overlaps.
    func mentions() -> [TimeMention] {
        var out: [TimeMention] = []
        var free = 0
        for sentence in view.sentences where !sentence.isCaption {
            let lower = sentence.tokens.lowerBound
            // A match may run into the next sentence (`at 10 p.m. Wednesday`).
            var k = max(lower, free)
            free = k
            let upper = sentence.tokens.upperBound
            while k < upper {
                // A match may start before `k` (`Election Day` is found at `Day`), never before the last one ended.
                if let m = match(at: k, lower: lower, upper: upper), m.tokens.lowerBound >= free, m.tokens.upperBound > k {
                    out.append(m)
                    k = m.tokens.upperBound
                    free = k
                    // `April 24 and 25`: a second day of the same month.
                    if case .monthDay(let month, _, let shift) = m.meaning, view.token(k, isAnyOf: ["and", "or", "to", "through"]),
                        let d = dayNumber(k + 1), k + 2 >= upper || view.tokens[k + 2].kind != .word || view.tokens[k + 2].classes.contains(.function)
                    {
                        out.append(TimeMention(tokens: (k + 1)..<(k + 2), type: .date, meaning: .monthDay(month: month, day: d, yearShift: shift)))
                        k += 2
                        free = k
                    }
                } else {
                    k += 1
                }
            }
        }
        return out
    }

    // MARK: - Dispatch

    /// The longest expression starting at token `k`, modifiers and hedges included.
    func match(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        let t = view.tokens[k]
        if t.kind == .number { return numeric(at: k, lower: lower, upper: upper) }
        guard t.kind == .word else { return nil }
        if t.classes.contains(.hedge) || t.classes.contains(.function) && (timely(k + 1) || timely(k + 2) || timely(k + 3)),
            let end = hedge(at: k, upper: upper), let m = core(at: end, lower: lower, upper: upper), hedgeable(m, hedge: k)
        {
            return TimeMention(tokens: k..<m.tokens.upperBound, type: m.type, meaning: m.meaning)
        }
        return core(at: k, lower: lower, upper: upper)
    }

    /// An expression without a leading hedge.
    func core(at k: Int, lower: Int, upper: Int) -> TimeMention? {
        guard k < upper else { return nil }
        let t = view.tokens[k]
        if t.kind == .number { return numeric(at: k, lower: lower, upper: upper) }
        guard t.kind == .word else { return nil }
        if let w = words[k] {
            switch w.kind {
            case .month: return monthForm(at: k, lower: lower, upper: upper)
            case .weekday: return weekdayForm(at: k, lower: lower, upper: upper)
            case .weekdayPlural: return pluralWeekday(at: k, upper: upper)
            case .dayWord: return dayWordForm(at: k, upper: upper)
            case .relative: return relativeForm(at: k, lower: lower, upper: upper)
            case .position: return positionForm(at: k, lower: lower, upper: upper)
            case .reference: return referenceForm(at: k, lower: lower, upper: upper)
            case .frequency: return frequencyForm(at: k, lower: lower, upper: upper)
            case .holiday: return holidayForm(at: k, upper: upper)
            case .cardinal: return cardinalForm(at: k, lower: lower, upper: upper)
            case .ordinal: return ordinalForm(at: k, lower: lower, upper: upper)
            case .unit, .unitPlural: return unitForm(at: k, lower: lower, upper: upper)
            case .season: return seasonForm(at: k, start: k, yearShift: nil, upper: upper, needsContext: true, lower: lower)
            case .partOfDay: return partOfDayForm(at: k, lower: lower, upper: upper)
            case .decadeWord: return nil
            }
        }
        if t.flags.contains(.hyphenated) { return hyphenated(at: k, lower: lower, upper: upper) }
        if t.flags.contains(.hasDigit) { return gluedMonthDay(at: k, upper: upper) }
        if t.classes.contains(.function) {
            // Every form opened by a function word has a time word, a number or a hyphenated word next.
            guard timely(k + 1) || view.token(k + 1, is: "of") && view.token(k, is: "each") else { return nil }
            if view.token(k, is: "the") { return theForm(at: k, lower: lower, upper: upper) }
            if view.token(k, isAnyOf: ["a", "an"]) { return articleForm(at: k, lower: lower, upper: upper) }
            if view.token(k, isAnyOf: ["every", "each"]) { return everyForm(at: k, upper: upper) }
            if view.token(k, isAnyOf: ["that", "its", "their", "his", "her", "our"]) { return determinerForm(at: k, lower: lower, upper: upper) }
            if view.token(k, is: "some") { return someForm(at: k, upper: upper) }
            if view.token(k, isAnyOf: ["several", "many"]) { return counted(at: k, lower: lower, upper: upper) }
            if view.token(k, is: "these"), view.token(k + 1, is: "days") {
                return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .value("PRESENT_REF"))
            }
            return nil
        }
        if t.classes.contains(.timeWord) || t.classes.contains(.timeModifier) {
            if view.token(k, is: "fiscal") { return fiscalForm(at: k, lower: lower, upper: upper) }
            if view.token(k, isAnyOf: ["earlier", "later"]) { return earlierLater(at: k, lower: lower, upper: upper) }
            if view.token(k, isAnyOf: ["year-end", "year-earlier", "year-ago"]) { return hyphenated(at: k, lower: lower, upper: upper) }
            if view.token(k, isAnyOf: ["few", "couple", "several"]) { return counted(at: k, lower: lower, upper: upper) }
        }
        if t.classes.contains(.hedge), view.token(k, isAnyOf: ["more", "most"]), view.token(k + 1, is: "recently") {
            return TimeMention(tokens: k..<(k + 2), type: .date, meaning: .value("PAST_REF"))
        }
        return nil
    }

    // MARK: - Hedges

    /// The end of a hedge (`about`, `nearly`, `more than`, `at least`, `up to`) starting at `k`.
    func hedge(at k: Int, upper: Int) -> Int? {
        guard view.tokens[k].classes.contains(.hedge) || view.tokens[k].classes.contains(.function) else { return nil }
        let one: [StaticString] = ["about", "around", "approximately", "roughly", "nearly", "almost", "circa"]
        if view.token(k, isAnyOf: one) { return k + 1 }
        if view.token(k, isAnyOf: ["more", "less", "fewer"]), view.token(k + 1, is: "than") { return k + 2 }
        if view.token(k, is: "at"), view.token(k + 1, isAnyOf: ["least", "most"]) { return k + 2 }
        if view.token(k, is: "up"), view.token(k + 1, is: "to") { return k + 2 }
        if view.token(k, is: "no"), view.token(k + 1, isAnyOf: ["more", "less"]), view.token(k + 2, is: "than") { return k + 3 }
        if view.token(k, is: "just"), view.token(k + 1, isAnyOf: ["over", "under"]) { return k + 2 }
        // `over a week`, `over 20 years`: only before a count, never `over the weekend`.
        if view.token(k, isAnyOf: ["over", "under"]), k + 1 < upper,
            view.tokens[k + 1].kind == .number || view.token(k + 1, isAnyOf: ["a", "an"]) || words[k + 1]?.kind == .cardinal
        {
            return k + 1
        }
        return nil
    }

    /// Whether a hedge belongs inside the expression: counts of time, `… ago`, and named dates and clock times.
    func hedgeable(_ m: TimeMention, hedge k: Int) -> Bool {
        // TimeBank keeps `about` out of durations (`about [five hours]`) and every hedge out of
        // clock times, but `nearly two years`, `more than a decade`, `about two years ago` in.
        let loose = view.token(k, isAnyOf: ["about", "around", "approximately", "roughly", "circa"])
        switch m.type {
        case .duration: return !loose
        case .time: return false
        case .set: return false
        case .date:
            switch m.meaning {
            case .shift(_, let n, false): return n != 0 && view.token(m.tokens.upperBound - 1, isAnyOf: ["ago", "earlier"])
            case .value(let v): return v.first?.isNumber == true
            case .monthDay, .weekday, .yearEarlier: return true
            default: return false
            }
        }
    }

    // MARK: - Token helpers

    /// The time word of token `k`, if any.
    func word(_ k: Int) -> TimeWord? { k >= 0 && k < words.count ? words[k] : nil }

    func word(_ k: Int, _ kind: TimeWord.Kind) -> Int? {
        guard let w = word(k), w.kind == kind else { return nil }
        return w.value
    }

    /// A unit named by token `k` (singular or plural).
    func unit(_ k: Int) -> (unit: TimeUnit, plural: Bool)? {
        guard let w = word(k), w.kind == .unit || w.kind == .unitPlural, let u = TimeUnit(rawValue: w.value) else { return nil }
        return (u, w.kind == .unitPlural)
    }

    /// Looks up a piece of a token (a hyphenated part) in the time-word table.
    func word(bytes range: Range<Int>) -> TimeWord? {
        view.bytes.withUnsafeBufferPointer { b in
            TimeWords.table.lookup(UnsafeBufferPointer(rebasing: b[range]))
        }
    }

    /// The byte ranges of the parts of a hyphenated token.
    func parts(_ k: Int) -> [Range<Int>] {
        let t = view.tokens[k]
        var out: [Range<Int>] = []
        var s = Int(t.start)
        for i in Int(t.start)..<Int(t.end) where view.bytes[i] == 0x2D {
            out.append(s..<i)
            s = i + 1
        }
        out.append(s..<Int(t.end))
        return out
    }

    /// The digits of a byte range as a number (nil when anything else is in it).
    func digits(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var v = 0
        for i in range {
            let b = view.bytes[i]
            guard b >= 0x30, b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }

    /// A plain integer token (`12`, `2025`).
    func integer(_ k: Int) -> Int? {
        guard k >= 0, k < view.tokens.count, view.tokens[k].kind == .number else { return nil }
        return digits(Int(view.tokens[k].start)..<Int(view.tokens[k].end))
    }

    /// `9`, `9th`, `21st`: a day of the month.
    func dayNumber(_ k: Int) -> Int? {
        guard k >= 0, k < view.tokens.count, view.tokens[k].kind == .number else { return nil }
        let t = view.tokens[k]
        var i = Int(t.start)
        while i < Int(t.end), view.bytes[i] >= 0x30, view.bytes[i] <= 0x39 { i += 1 }
        guard i > Int(t.start), i - Int(t.start) <= 2, let v = digits(Int(t.start)..<i), (1...31).contains(v) else { return nil }
        if i == Int(t.end) { return v }
        let suffix = (Lexicon<Int>.lower(view.bytes[i]), i + 1 < Int(t.end) ? Lexicon<Int>.lower(view.bytes[i + 1]) : 0)
        guard Int(t.end) - i == 2 else { return nil }
        switch suffix {
        case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return v  // st nd rd th
        default: return nil
        }
    }

    /// Whether token `k` has an ordinal suffix (`9th`).
    func hasOrdinalSuffix(_ k: Int) -> Bool {
        guard k < view.tokens.count, view.tokens[k].kind == .number else { return false }
        let b = view.bytes[Int(view.tokens[k].end) - 1]
        return b == 0x68 || b == 0x74 || b == 0x64  // th st nd rd
    }

    /// A four-digit year token (`1999`, `2025`).
    func year(_ k: Int) -> Int? {
        guard let v = integer(k), view.tokens[k].length == 4, (1000...2199).contains(v) else { return nil }
        return v
    }

    /// A day number written as a word (`first`, `twenty-first`, `twenty second`, `fifteen`):
    /// the value and the tokens it spans.
    func dayWordNumber(at k: Int, upper: Int) -> (day: Int, end: Int)? {
        guard k < upper else { return nil }
        if let w = word(k), w.kind == .ordinal, (1...31).contains(w.value) { return (w.value, k + 1) }
        if let w = word(k), w.kind == .cardinal, w.value == 20 || w.value == 30 {
            if let u = word(k + 1), u.kind == .ordinal || u.kind == .cardinal, (1...9).contains(u.value), w.value + u.value <= 31 {
                return (w.value + u.value, k + 2)
            }
            if w.value == 30, word(k + 1)?.kind != .unit, word(k + 1)?.kind != .unitPlural { return (30, k + 1) }
            return nil
        }
        if let w = word(k), w.kind == .cardinal, (1...19).contains(w.value), word(k + 1)?.kind != .unit, word(k + 1)?.kind != .unitPlural {
            return (w.value, k + 1)
        }
        if view.tokens[k].flags.contains(.hyphenated) {
            let p = parts(k)
            if p.count == 2, let a = word(bytes: p[0]), a.kind == .cardinal, a.value == 20 || a.value == 30,
                let b = word(bytes: p[1]), b.kind == .ordinal || b.kind == .cardinal, (1...9).contains(b.value), a.value + b.value <= 31
            {
                return (a.value + b.value, k + 1)
            }
        }
        return nil
    }

    /// Whether token `k` is a capitalised word or lowercase text is plausible (an all-lowercase input).
    func isNameCase(_ k: Int) -> Bool {
        view.tokens[k].isCapitalized
    }
}
