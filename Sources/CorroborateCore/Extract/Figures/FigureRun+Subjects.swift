/// What a figure counts, the event it counts, and ages.
extension FigureRun {
    /// The counted noun phrase, as tokens (nil inside one token: `six-cylinder`), text and span.
    struct What {
        var tokens: Range<Int>?
        var text: String
        var span: Span
    }

    // MARK: - Ages

    private static let ageWords: [(StaticString, String)] = [
        ("year-old", "year of age"), ("years-old", "year of age"), ("year-olds", "year of age"),
        ("month-old", "month of age"), ("months-old", "month of age"), ("week-old", "week of age"),
        ("weeks-old", "week of age"), ("day-old", "day of age"), ("days-old", "day of age"),
    ]

    private func ageUnit(_ k: Int) -> String? {
        for (word, unit) in FigureRun.ageWords where view.token(k, is: word) { return unit }
        return nil
    }

    /// `aged 20`, `20-year-old`, `20 years old`, `a two-year-old`, `Hale, 66,`, and the second
    /// of `aged 20 and 26`: the unit (`year of age`) and where the figure's words end.
    func age(_ q: Quantity, previous: Draft?, lower: Int, upper: Int) -> (unit: UnitInfo, end: Int)? {
        let n = q.number
        let start = q.start
        let end = q.end
        let years = UnitInfo(name: "year of age", kind: .age)
        if n.hasMultiplier, n.tail == nil { return nil }
        if let tail = n.tail {
            let text = String(decoding: view.bytes[tail].map { $0 | 0x20 }, as: UTF8.self)
            for (word, unit) in FigureRun.ageWords where word.description == text {
                return (UnitInfo(name: unit, kind: .age), end)
            }
        }
        if q.unit != nil, q.unit?.kind != .duration { return nil }
        if start > lower, view.token(start - 1, isAnyOf: ["aged", "age", "ages"])
            || view.token(start - 1, is: "of") && view.token(start - 2, isAnyOf: ["ages", "age"])
        {
            return (years, end)
        }
        if let unit = q.unit, unit.kind == .duration, view.token(end, is: "old") {
            return (UnitInfo(name: unit.name + " of age", kind: .age), end + 1)  // 20 years old
        }
        if view.isPunct(end, 0x2D), let unit = ageUnit(end + 1) { return (UnitInfo(name: unit, kind: .age), end + 2) }
        if let unit = ageUnit(end) { return (UnitInfo(name: unit, kind: .age), end + 1) }  // 50 year-old
        if let unit = q.unit, unit.kind == .duration, view.isPunct(end, 0x2D), view.token(end + 1, is: "old") {
            return (UnitInfo(name: unit.name + " of age", kind: .age), end + 2)  // 18 month-old written apart
        }
        guard q.unit == nil, n.isPlainInteger, n.isNumeral, n.low >= 1, n.low < 120 else { return nil }
        // `Hale, 66, said`: an age in apposition to a name.
        if view.isPunct(start - 1, 0x2C), start - 2 >= lower, let m = entities.mention(at: start - 2),
            entities.mentions[m].type == .person, end >= upper || view.isPunct(end, 0x2C) || view.isPunct(end, 0x29)
        {
            return (years, end)
        }
        // `(66)` after a name.
        if view.isPunct(start - 1, 0x28), view.isPunct(end, 0x29), start - 2 >= lower, let m = entities.mention(at: start - 2),
            entities.mentions[m].type == .person
        {
            return (years, end)
        }
        if let p = previous, p.figure.kind == .age, p.tokens.upperBound < start, start - p.tokens.upperBound <= 1,
            view.token(p.tokens.upperBound, isAnyOf: ["and", "or"]) || view.isPunct(p.tokens.upperBound, 0x2C)
        {
            return (years, end)
        }
        return nil
    }

    // MARK: - What is counted

    /// The noun phrase a number counts: `South African miners`, `of the miners` → `miners`,
    /// `six-cylinder` → `cylinder`.
    func what(after k: Int, upper: Int, tail: Range<Int>?) -> What? {
        if let tail {
            let text = String(decoding: view.bytes[tail], as: UTF8.self)
            guard !text.isEmpty, view.bytes[tail.lowerBound] &- 0x30 >= 10,
                FigureUnits.units.lookup(view, tail.lowerBound, tail.upperBound) == nil
            else { return nil }
            return What(tokens: nil, text: text, span: view.span(tail.lowerBound, tail.upperBound))
        }
        var j = k
        if view.token(j, is: "of") {
            j += 1
            if view.token(j, isAnyOf: ["them", "us", "which", "whom", "it", "those", "these", "whose"]) { return nil }
            if view.token(j, isAnyOf: ["the", "their", "its", "his", "her", "our", "my", "your", "all", "a", "an"]) { j += 1 }
        } else if view.token(j, is: "more"), j + 1 < upper, view.tokens[j + 1].kind == .word,
            !view.tokens[j + 1].classes.contains(.function)
        {
            j += 1  // `two more soldiers`
        }
        let start = j
        var last = -1
        var sawNoun = false
        while j < upper, j - start < 6 {
            let t = view.tokens[j]
            if let m = entities.mention(at: j) {
                let type = entities.mentions[m].type
                guard type == .other || (type == .place && view.tokens[entities.mentionTokens[m].upperBound - 1].classes.contains(.demonym))
                else { break }
                j = entities.mentionTokens[m].upperBound  // South African, North Korean
                last = j - 1
                continue
            }
            guard t.kind == .word else { break }
            let c = t.classes
            // `nine states`, `two reports`: a plural right after the number is a noun, not a verb.
            let pluralNoun = j == start && t.length > 3 && view.bytes[Int(t.end) - 1] == 0x73 && !c.contains(.function)
            if c.contains(.function) || c.contains(.event) || (c.contains(.reportingVerb) || c.contains(.cognitionVerb)) && !pluralNoun
                || c.contains(.month) || c.contains(.weekday) || c.contains(.timeModifier) || c.contains(.hedge)
                || c.contains(.dayWord) || c.contains(.pronoun) || c.contains(.numberWord) || c.contains(.multiplier)
            {
                break
            }
            if phrases.isVerbLike(j) {
                // `rushing yards`, `recorded songs`: a participle before a noun modifies it;
                // after the noun it starts a clause (`soldiers fighting alongside …`).
                guard !sawNoun else { break }
                let next = j + 1
                guard next < upper, view.tokens[next].kind == .word, !view.tokens[next].isCapitalized,
                    view.tokens[next].classes.isDisjoint(with: [.function, .event, .reportingVerb, .pronoun, .cognitionVerb]),
                    !phrases.isVerbLike(next)
                else { break }
            }
            // `US pint`, `UK households`: a short abbreviation modifying a noun.
            if t.flags.contains(.allCaps), t.length <= 3, j + 1 < upper, view.tokens[j + 1].kind == .word,
                !view.tokens[j + 1].isCapitalized, !view.tokens[j + 1].classes.contains(.function)
            {
                j += 1
                continue
            }
            if t.isCapitalized, !c.contains(.demonym) {
                // Names end the phrase, but a plural such as `Americans` may be what is counted.
                guard last < 0, t.length > 3, view.bytes[Int(t.end) - 1] == 0x73, !view.tokens[min(j + 1, upper - 1)].isCapitalized || j + 1 >= upper
                else { break }
                last = j
                break
            }
            if view.token(j, in: FigureWords.whatStops) {
                break
            }
            if !phrases.isVerbLike(j) { sawNoun = true }
            last = j
            j += 1
        }
        guard last >= start else { return nil }
        let r = start..<(last + 1)
        return What(tokens: r, text: view.text(tokens: r), span: view.span(tokens: r))
    }

    // MARK: - Events

    /// The event after the counted noun phrase (`had died or been wounded`) or just before the
    /// number (`rescued two sailors`, `sent 400 troops`).
    func event(after k: Int, before start: Int, lower: Int, upper: Int) -> (String, Range<Int>)? {
        var names: [String] = []
        var first = -1
        var last = -1
        var j = k
        var steps = 0
        var skippedAside = false
        while j < upper, steps < 8 {
            let t = view.tokens[j]
            // `250 miners, most of them from the valley, were rescued`: past an aside to the verb.
            if view.isPunct(j, 0x2C), first < 0, !skippedAside, let close = (j + 1..<min(upper, j + 12)).first(where: { view.isPunct($0, 0x2C) }),
                !(j + 1..<close).contains(where: { view.tokens[$0].kind == .number })
            {
                skippedAside = true
                j = close + 1
                continue
            }
            if t.kind == .number || view.isPunct(j, 0x2C) || view.isPunct(j, 0x3B) || t.kind == .quote { break }
            if view.token(j, is: "and"), j + 1 < upper, parser.mayStart(j + 1), parser.parse(at: j + 1, upper: upper) != nil { break }
            if let name = eventName(j) {
                if first < 0 { first = j }
                last = j
                if !names.contains(name) { names.append(name) }
            } else if first >= 0, !view.token(j, isAnyOf: ["or", "and", "been", "be", "were", "was", "had", "have", "has", "as"]) {
                break
            } else if first < 0, !(t.kind == .word && (t.classes.contains(.function) || isAuxiliaryOrAdverb(j))) {
                break
            }
            j += 1
            steps += 1
        }
        if first < 0 {
            // Before the number: `rescued two`, `killed at least 20`, `to have sent 400`.
            var p = start - 1
            while p >= lower, start - p <= 3 {
                if let name = eventName(p) {
                    names = [name]
                    first = p
                    last = p
                    break
                }
                if !(view.tokens[p].kind == .word && (view.tokens[p].classes.contains(.function) || isAuxiliaryOrAdverb(p))) { break }
                p -= 1
            }
        }
        guard first >= 0 else { return nil }
        let order = ["killed", "wounded", "captured", "missing", "deployed", "displaced", "arrested", "evacuated", "rescued", "released", "executed", "affected"]
        names.sort { (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99) }
        let joiner = names.count > 1 && (first...last).contains { view.token($0, is: "or") } ? "-or-" : "-and-"
        return (names.joined(separator: joiner), first..<(last + 1))
    }

    private func isAuxiliaryOrAdverb(_ k: Int) -> Bool {
        let t = view.tokens[k]
        if view.token(k, isAnyOf: ["had", "have", "has", "been", "were", "was", "are", "is", "be", "being", "reportedly", "recently", "already", "now", "since", "also", "all"]) {
            return true
        }
        return t.length > 4 && view.bytes[Int(t.end) - 2] == 0x6C && view.bytes[Int(t.end) - 1] == 0x79
    }

    /// The canonical event a word names.
    private func eventName(_ k: Int) -> String? {
        let t = view.tokens[k]
        guard t.kind == .word, t.classes.contains(.event) || view.token(k, isAnyOf: ["taken", "prisoners", "prisoner"]) else { return nil }
        switch view.lowercased(token: k) {
        case "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "death", "deaths", "murdered", "executed", "shot", "drowned":
            return "killed"
        case "wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt", "hospitalized", "hospitalised":
            return "wounded"
        case "captured", "capture", "captive", "taken", "prisoners", "prisoner", "detained", "detain", "surrendered", "abducted", "kidnapped", "imprisoned", "jailed":
            return view.token(k, is: "taken") && !view.token(k + 1, isAnyOf: ["prisoner", "prisoners", "captive", "as", "hostage"]) ? nil : "captured"
        case "arrested", "arrest", "arrests": return "arrested"
        case "missing": return "missing"
        case "displaced", "fled", "evacuated", "stranded": return "displaced"
        case "deployed", "deploy", "deploying", "sent", "send", "sending", "stationed": return "deployed"
        case "rescued", "freed", "released": return "released"
        case "casualties", "casualty": return "killed-or-wounded"
        case "affected", "infected", "sickened": return "affected"
        default: return view.lowercased(token: k)
        }
    }
}
