/// Numbers that are not figures: ordinals, dates and years, times of day, phone numbers,
/// scores, street addresses, and numbers inside names and labels (`iPhone 11`, `Game 7`,
/// `category 4`, `24th Brigade`).
extension FigureRun {
    /// When the number at hand is not a figure: the token to resume scanning at.
    func notAFigure(_ n: ParsedNumber, sentence: Sentence) -> Int? {
        let k = n.tokens.lowerBound
        let e = n.tokens.upperBound
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        if n.isOrdinal { return e }
        if n.currency == nil, let m = entities.mention(at: k), entities.mentions[m].type != .other || view.tokens[k].kind == .number {
            return max(e, entities.mentionTokens[m].upperBound)  // `24th Mechanized Brigade`, `Boeing 737`
        }
        if isCalendar(n, lower: lower, upper: upper) || isTimeOfDay(n, upper: upper) { return e }
        if let end = phoneNumber(at: k, upper: upper) { return end }
        if let end = score(n, lower: lower, upper: upper) { return end }
        if isAddress(n, upper: upper) || isLabel(n, lower: lower, upper: upper) { return e }
        return nil
    }

    // MARK: - Dates and years

    /// Dates and years: `January 9`, `9 January`, `in 2024`, `Jan. 9, 2025`, `the 9th of`.
    func isCalendar(_ n: ParsedNumber, lower: Int, upper: Int) -> Bool {
        guard n.isNumeral, n.currency == nil else { return false }
        let k = n.tokens.lowerBound
        let e = n.tokens.upperBound
        let v = n.low
        if n.isPlainInteger, n.tokens.count == 1, v >= 1, v <= 31 {
            var p = k - 1
            if view.isPunct(p, 0x2E) { p -= 1 }
            if p >= lower, view.tokens[p].classes.contains(.month), view.tokens[p].isCapitalized { return true }
            if e < upper, view.tokens[e].classes.contains(.month), view.tokens[e].isCapitalized { return true }
            if view.token(k - 1, is: "the"), view.token(e, is: "of"), e + 1 < upper, view.tokens[e + 1].classes.contains(.month) {
                return true
            }
        }
        if n.isPlainInteger, n.tokens.count == 1, n.digits == 4, v >= 1000, v <= 2200 {
            let p = k - 1
            if p >= lower {
                if view.tokens[p].classes.contains(.month) || view.tokens[p].classes.contains(.season) { return true }
                if view.token(p, in: FigureWords.yearPrepositions) {
                    // `in 2024` is a year unless a plural count follows (`in 2000 homes`).
                    if !(e < upper && isCountNoun(e)) { return true }
                }
                if view.isPunct(p, 0x2C), p - 1 >= lower, view.tokens[p - 1].kind == .number { return true }
            }
        }
        return false
    }

    /// A lone four-digit number with nothing counted, or one before a noun (`2018 sales`,
    /// `the 1994 crime bill`), is a year.
    func isYear(_ n: ParsedNumber, figure: Figure, whatTokens: Range<Int>?, lower: Int) -> Bool {
        guard n.isNumeral, n.isPlainInteger, n.digits == 4, figure.unit == nil, figure.kind == .count,
            let low = figure.low ?? figure.value, let high = figure.high ?? figure.value
        else { return false }
        if figure.low != nil {
            // `between 2014 and 2017`, `2013-14`, `between 1600 and 1900`
            return figure.hedge == nil && (1000...2200).contains(low) && ((1000...2200).contains(high) || high < 100)
        }
        guard (1800...2100).contains(low) else { return false }
        if figure.hedge != nil { return false }
        guard let what = whatTokens else { return true }
        // `2000 troops` counts; `2018 sales` and `a 2017 study` are dated.
        if (1950...2035).contains(low) {
            let head = what.upperBound - 1
            return !(view.tokens[head].classes.contains(.countNoun) || view.tokens[head].classes.contains(.roleNoun))
        }
        return false
    }

    func isCountNoun(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word, !t.isCapitalized else { return false }
        return t.classes.contains(.countNoun) || view.bytes[Int(t.end) - 1] == 0x73
    }

    // MARK: - Times, phones, scores

    /// `3 a.m.`, `10 pm`, `5 o'clock`, `0900 GMT`.
    func isTimeOfDay(_ n: ParsedNumber, upper: Int) -> Bool {
        let e = n.tokens.upperBound
        guard e < upper, n.isNumeral || n.low <= 12 else { return false }
        if view.token(e, isAnyOf: ["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "et", "hrs", "hours"]) {
            // `24 hours` is a duration; `0900 hrs` is a time.
            if view.token(e, isAnyOf: ["hrs", "hours"]) { return n.isPlainInteger && n.digits == 4 }
            if view.token(e, isAnyOf: ["am", "pm", "et"]) { return view.tokens[e].length == 2 && (n.low <= 12 || n.digits == 4) }
            return true
        }
        return false
    }

    /// `555-0142`, `1-800-555-0199`, `(020) 7946 0958`, `+44 20 7946 0958`: the token after the
    /// phone number.
    func phoneNumber(at k: Int, upper: Int) -> Int? {
        guard view.tokens[k].kind == .number else { return nil }
        let plus = view.isPunct(k - 1, 0x2B) && view.tokens[k - 1].end == view.tokens[k].start
        let paren = view.isPunct(k - 1, 0x28) && view.isPunct(k + 1, 0x29) && view.tokens[k].length >= 3
        var groups = 1
        var digits = view.tokens[k].length
        var j = k + 1
        if paren { j += 1 }
        while j + 1 < upper {
            let glued = view.tokens[j].start == view.tokens[j - 1].end
            if (view.isPunct(j, 0x2D) || view.isPunct(j, 0x2E)) && glued && view.tokens[j + 1].kind == .number
                && view.tokens[j + 1].start == view.tokens[j].end
            {
                j += 1
            } else if !(view.tokens[j].kind == .number && (plus || paren) && view.tokens[j].flags.contains(.spaceBefore)) {
                break
            }
            guard view.tokens[j].kind == .number, !hasSeparators(j) else { break }
            groups += 1
            digits += view.tokens[j].length
            j += 1
        }
        if (plus || paren) && groups >= 2 && digits >= 7 { return j }
        if groups >= 3 && digits >= 9 { return j }
        if groups == 2, view.tokens[k].length == 3, view.tokens[k + 2].length == 4, !hasSeparators(k) { return j }
        return nil
    }

    private func hasSeparators(_ k: Int) -> Bool {
        let t = view.tokens[k]
        for i in Int(t.start)..<Int(t.end) where view.bytes[i] == 0x2C || view.bytes[i] == 0x2E { return true }
        return false
    }

    /// `89-89`, `won 24-17`, `a 3-1 win`, `a 5-5 ruling`: a score or tally; the token after it.
    func score(_ n: ParsedNumber, lower: Int, upper: Int) -> Int? {
        let k = n.tokens.lowerBound
        let e = n.tokens.upperBound
        guard n.isNumeral, n.isPlainInteger, n.tokens.count == 1, n.low <= 200, e + 1 < upper,
            view.isPunct(e, 0x2D) || view.tokens[e].kind == .dash, !view.tokens[e].flags.contains(.spaceBefore),
            view.tokens[e + 1].kind == .number, view.tokens[e + 1].start == view.tokens[e].end,
            let second = parser.parse(at: e + 1, upper: upper), second.isPlainInteger, second.tokens.count == 1, second.low <= 200
        else { return nil }
        let after = second.tokens.upperBound
        if after < upper, unit(after: after, upper: upper, number: second, hasCurrency: false) != nil { return nil }
        let before = view.token(k - 1, in: FigureWords.scoreBefore)
        let context = view.token(after, in: FigureWords.scoreAfter)
        if n.low >= second.low || before || context { return after }
        return nil
    }

    // MARK: - Addresses and names

    /// `575 Harbour Road`, `9 E 71st St`: a street number.
    func isAddress(_ n: ParsedNumber, upper: Int) -> Bool {
        guard n.isNumeral, n.isPlainInteger || n.tokens.count == 1 else { return false }
        var j = n.tokens.upperBound
        if view.isPunct(j, 0x2D), view.tokens[j + 1].kind == .number { j += 2 }  // 16-18 Harbour Avenue
        var names = 0
        while j < upper, names < 4 {
            let t = view.tokens[j]
            if t.kind == .word, t.isCapitalized {
                if view.token(j, in: FigureWords.streets) {
                    return names > 0 || j + 1 < upper && view.tokens[j + 1].isCapitalized
                }
                names += 1
            } else if t.kind == .number, names > 0 || view.tokens[j - 1].isCapitalized {
                names += 1  // 9 E 71st St
            } else {
                return false
            }
            j += 1
        }
        return false
    }

    /// A number that names rather than counts: after a capitalised word (`iPhone 11`,
    /// `S&P 500`, `Game 7`), or a label noun (`category 4`, `No. 10`, `flight 370`).
    func isLabel(_ n: ParsedNumber, lower: Int, upper: Int) -> Bool {
        let k = n.tokens.lowerBound
        let p = k - 1
        guard p >= lower else { return false }
        let t = view.tokens[p]
        if !n.isNumeral {
            // `Formula One`, `Channel Four`: a capitalised number word inside a name.
            return view.tokens[k].isCapitalized && (t.kind == .word && t.isCapitalized && !isSentenceStart(p, lower: lower))
        }
        guard n.isPlainInteger, n.unit == nil, n.currency == nil, !n.hasMultiplier else { return false }
        let e = n.tokens.upperBound
        // A unit after the number makes it a measure (`Clinton 46 percent`, `MacBook Pro 16 inch`).
        if e < upper, view.token(e, isAnyOf: ["per", "points"]) || unit(after: e, upper: upper, number: n, hasCurrency: false) != nil {
            return false
        }
        if t.kind == .word || t.kind == .possessive {
            if view.token(p, in: FigureWords.labelNouns) {
                return true
            }
            guard t.kind == .word, t.isCapitalized || t.flags.contains(.hasDigit) || hasCapital(p) else { return false }
            if isSentenceStart(p, lower: lower) { return false }
            let c = t.classes
            if c.contains(.month) || c.contains(.function) || c.contains(.hedge) || c.contains(.weekday) || c.contains(.unit) {
                return false
            }
            if FigureUnits.currencies.lookup(view, Int(t.start), Int(t.end)) != nil { return false }
            return true
        }
        if t.kind == .symbol, view.isPunct(p, 0x26) { return true }
        // `COVID -19`, `F -16`: a name, a hyphen, the number.
        if view.isPunct(p, 0x2D) || t.kind == .dash, t.end == view.tokens[k].start, p - 1 >= lower,
            view.tokens[p - 1].kind == .word, view.tokens[p - 1].flags.contains(.allCaps) || hasCapital(p - 1) && view.tokens[p - 1].isCapitalized
        {
            return true
        }
        // `the 90049 ZIP code`
        if e < upper, view.token(e, isAnyOf: ["zip", "postcode", "area"]), view.tokens[e].isCapitalized || view.token(e + 1, is: "code") {
            return true
        }
        return false
    }

    /// Whether a word has a capital letter after its first (`iPhone`, `eBay`, `McDonald`).
    func hasCapital(_ k: Int) -> Bool {
        let t = view.tokens[k]
        var i = Int(t.start) + 1
        while i < Int(t.end) {
            if view.bytes[i] &- 0x41 < 26 { return true }
            i += 1
        }
        return false
    }

    /// Whether token `k` begins its sentence (or follows an opening quote or bracket there).
    func isSentenceStart(_ k: Int, lower: Int) -> Bool {
        var j = k - 1
        while j >= lower, view.tokens[j].kind == .quote || view.isPunct(j, 0x28) { j -= 1 }
        return j < lower || view.isPunct(j, 0x3A)
    }

    /// Whether a bare `one` counts something (`one proposal`, `one of the best`) rather than
    /// standing for a noun (`each one`, `the same one`) or naming (`BBC One`).
    func isCountedOne(_ k: Int, whatTokens: Range<Int>?, lower: Int, upper: Int) -> Bool {
        if view.tokens[k].isCapitalized, !isSentenceStart(k, lower: lower) { return false }
        if view.token(k - 1, in: FigureWords.determinersBeforeOne) {
            return view.token(k - 1, is: "only") && (whatTokens != nil || view.token(k + 1, is: "of"))
        }
        if view.token(k + 1, isAnyOf: ["another", "by", "day", "time", "way", "thing", "morning", "evening", "night", "afternoon"]) {
            return false
        }
        return whatTokens != nil || view.token(k + 1, is: "of")
    }
}
