/// Finds every figure an article states, with its hedge, unit, what it counts, the event, and
/// who claims it.
///
/// `about 500 flood victims had died or been injured` gives value 500, approximate,
/// hedge `about`, what `flood victims`, event `killed-or-wounded`; the claimant is the
/// speaker of the quote or reported speech the figure sits in. Years, dates, times, ordinals
/// and numbers inside names are not figures; ages are kept with `what` = `age`.
///
/// ```swift
/// let view = TextView("Officials said more than 300 homes were destroyed.")
/// let figures = FigureExtractor().extract(view, entities: …, quotes: …)
/// figures[0].hedge   // "more than"
/// ```
public struct FigureExtractor: Sendable {
    public init() {}

    /// Extracts figures in text order; `quotes` supply claimants.
    public func extract(_ view: TextView, entities: EntityIndex, quotes: [Quote]) -> [Figure] {
        FigureRun(view: view, entities: entities, quotes: quotes).run()
    }
}

struct FigureRun {
    let view: TextView
    let entities: EntityIndex
    let quotes: [Quote]
    let parser: NumberParser
    let phrases: SpeakerPhrases

    init(view: TextView, entities: EntityIndex, quotes: [Quote]) {
        self.view = view
        self.entities = entities
        self.quotes = quotes
        parser = NumberParser(view: view)
        phrases = SpeakerPhrases(view: view, entities: entities)
    }

    /// A figure under construction, in token space.
    struct Draft {
        var tokens: Range<Int>
        var number: ParsedNumber
        var figure: Figure
        var whatTokens: Range<Int>?
        var eventTokens: Range<Int>?
    }

    func run() -> [Figure] {
        var out: [Figure] = []
        for sentence in view.sentences where !sentence.isCaption {
            var drafts: [Draft] = []
            var k = sentence.tokens.lowerBound
            let upper = sentence.tokens.upperBound
            while k < upper {
                guard let number = parser.parse(at: k, upper: upper) else {
                    k += 1
                    continue
                }
                defer { k = max(k + 1, number.tokens.upperBound) }
                if let draft = figure(number, in: sentence, previous: drafts.last) {
                    drafts.append(draft)
                    k = max(k + 1, draft.tokens.upperBound)
                }
            }
            shareAcrossLists(&drafts)
            out += drafts.map(\.figure)
        }
        return out
    }

    // MARK: - One figure

    private func figure(_ first: ParsedNumber, in sentence: Sentence, previous: Draft?) -> Draft? {
        var number = first
        let lower = sentence.tokens.lowerBound
        let upper = sentence.tokens.upperBound
        let k = number.tokens.lowerBound
        if number.isOrdinal { return nil }
        if entities.mention(at: k) != nil { return nil }  // `24th Mechanized Brigade`, `Boeing 737`
        if isCalendar(number, lower: lower, upper: upper) { return nil }
        // A bare `one` is a pronoun or determiner far more often than a count.
        if !number.isNumeral, number.low == 1, number.tokens.count == 1 { return nil }
        if !number.isNumeral, number.low == 0 { return nil }

        var start = k
        var end = number.tokens.upperBound
        var unit = number.unit
        var isAge = false

        // Currency before the number: $, US$, €, £, ¥.
        if let (currency, width) = currency(before: k) {
            unit = currency
            start = k - width
        }
        // Ranges: `between 300 and 400`, `from 5 to 6`, `18 to 25`, `5-6`, `300–400`.
        var low = number.low
        var high = number.high
        if end < upper, (view.token(end, isAnyOf: ["to", "and"]) || isRangeDash(end)),
            end + 1 < upper, let second = parser.parse(at: end + 1, upper: upper), !second.isOrdinal,
            second.isNumeral == number.isNumeral || view.token(end, is: "to")
        {
            let between = start > lower && view.token(start - 1, is: "between")
            let fromTo = start > lower && view.token(start - 1, is: "from") && view.token(end, is: "to")
            if between || fromTo || view.token(end, is: "to") || isRangeDash(end) {
                if view.token(end, is: "and") && !between {
                    // `5 and 6 kg` is a list, handled by shareAcrossLists.
                } else {
                    var secondLow = second.low
                    // `2 to 3 million`: the multiplier applies to both ends.
                    if second.low > number.low * 100, second.tokens.count > 1, number.tokens.count == 1 {
                        let factor = second.low / Double(Int(second.low / pow10(second)))
                        low *= factor
                        secondLow = second.low
                    }
                    high = max(secondLow, second.high)
                    low = min(low, number.low == low ? number.low : low)
                    if between || fromTo { start -= 1 }
                    end = second.tokens.upperBound
                    unit = unit ?? second.unit
                    number.isPlainInteger = false
                }
            }
        }
        // Unit after: %, percent, per cent, percentage points, km, dollars.
        if let (u, width) = unitAfter(end, upper: upper) {
            unit = unit ?? u
            end += width
        }
        // Ages: `aged 20`, `20-year-old`, `20 years old`.
        if start > lower, view.token(start - 1, isAnyOf: ["aged", "age", "ages"]) {
            isAge = true
        } else if isRangeDash(end) || view.isPunct(end, 0x2D), view.token(end + 1, isAnyOf: ["year-old", "years-old", "year-olds"]) {
            isAge = true
            end += 2
        } else if view.token(end, isAnyOf: ["years", "year"]), view.token(end + 1, is: "old") {
            isAge = true
            end += 2
        } else if let p = previous, p.figure.what == "age", p.tokens.upperBound + 1 == start,
            view.token(p.tokens.upperBound, isAnyOf: ["and", "or"]) || view.isPunct(p.tokens.upperBound, 0x2C)
        {
            isAge = true
        }

        // Hedge before: about, more than, at least, up to, an estimated, some.
        var hedge: String? = nil
        var approximate = number.vague
        if let (h, width, approx) = self.hedge(before: start, lower: lower) {
            hedge = h
            start -= width
            approximate = approximate || approx
        } else if view.token(end, isAnyOf: ["or"]), view.token(end + 1, is: "so") {
            hedge = "or so"
            approximate = true
            end += 2
        }
        // `is estimated to have built 900 homes`: the estimate hedges the figure.
        if hedge == nil, let h = estimateBefore(start, lower: lower) {
            hedge = h
            approximate = true
        }

        var figure = Figure(
            span: view.span(tokens: start..<end), value: low == high ? low : nil, low: low == high ? nil : low,
            high: low == high ? nil : high, approximate: approximate, hedge: hedge, unit: unit)
        var draft = Draft(tokens: start..<end, number: number, figure: figure)

        if isAge {
            figure.what = "age"
        } else if unit == nil, end < upper, view.tokens[end].classes.contains(.timeUnit), let u = durationUnit(end) {
            // `two hours`, `six months`: a length of time, measured in its unit.
            figure.unit = u
            end += 1
            figure.span = view.span(tokens: start..<end)
            draft.tokens = start..<end
        } else if let what = what(after: end, upper: upper) {
            draft.whatTokens = what
            figure.what = view.text(tokens: what)
            figure.whatSpan = view.span(tokens: what)
        } else if unit == nil, let p = previous, p.figure.what != "age" {
            // `14 miners killed and 40 injured`: the second count inherits what is counted.
            figure.what = p.figure.what
            figure.whatSpan = p.figure.whatSpan
        }
        if !isAge, let (event, tokens) = event(after: draft.whatTokens?.upperBound ?? end, before: start, lower: lower, upper: upper) {
            figure.event = event
            figure.eventSpan = view.span(tokens: tokens)
            draft.eventTokens = tokens
        }
        // A lone four-digit number with nothing counted is a year.
        if number.isPlainInteger, number.isNumeral, figure.what == nil, unit == nil, hedge == nil,
            (1800...2100).contains(low), low == high
        {
            return nil
        }
        if let p = previous, p.figure.hedge != nil, figure.hedge == nil, p.tokens.upperBound <= start,
            coordinated(from: p, to: start)
        {
            figure.hedge = p.figure.hedge
            figure.approximate = p.figure.approximate
        }
        figure.claimant = claimant(for: figure.span, sentence: sentence)
        draft.figure = figure
        return draft
    }

    private func pow10(_ n: ParsedNumber) -> Double {
        var p = 1.0
        var v = n.low
        while v >= 10 {
            v /= 10
            p *= 10
        }
        return p
    }

    // MARK: - What is not a count

    /// Dates and years: `January 9`, `9 January`, `in 2024`, `Jan. 9, 2025`.
    private func isCalendar(_ n: ParsedNumber, lower: Int, upper: Int) -> Bool {
        guard n.isNumeral else { return false }
        let k = n.tokens.lowerBound
        let e = n.tokens.upperBound
        let v = n.low
        if n.tokens.count == 1, v == v.rounded(), v >= 1, v <= 31 {
            var p = k - 1
            if view.isPunct(p, 0x2E) { p -= 1 }
            if p >= lower, view.tokens[p].classes.contains(.month), view.tokens[p].isCapitalized { return true }
            if e < upper, view.tokens[e].classes.contains(.month), view.tokens[e].isCapitalized { return true }
            if view.token(k - 1, is: "the"), view.token(e, is: "of"), e + 1 < upper, view.tokens[e + 1].classes.contains(.month) {
                return true
            }
        }
        if n.isPlainInteger, n.tokens.count == 1, v >= 1800, v <= 2100 {
            let p = k - 1
            if p >= lower {
                if view.tokens[p].classes.contains(.month) { return true }
                if view.token(p, isAnyOf: ["in", "since", "until", "by", "of", "before", "after", "during", "from", "through", "year", "early", "late", "mid", "summer", "winter", "spring", "autumn", "fall"]) {
                    // `in 2024` is a year unless a plural count follows (`in 2000 homes`).
                    if !(e < upper && isCountNoun(e)) { return true }
                }
                if view.isPunct(p, 0x2C), p - 1 >= lower, view.tokens[p - 1].kind == .number { return true }
            }
        }
        return false
    }

    private func isCountNoun(_ k: Int) -> Bool {
        let t = view.tokens[k]
        guard t.kind == .word, !t.isCapitalized else { return false }
        return t.classes.contains(.countNoun) || view.bytes[Int(t.end) - 1] == 0x73
    }

    // MARK: - Hedges, units, currency

    private func hedge(before k: Int, lower: Int) -> (String, Int, Bool)? {
        let two: [(StaticString, StaticString, String, Bool)] = [
            ("more", "than", "more than", false), ("less", "than", "less than", false), ("fewer", "than", "fewer than", false),
            ("at", "least", "at least", false), ("at", "most", "at most", false), ("up", "to", "up to", false),
            ("close", "to", "close to", true), ("just", "over", "just over", false), ("just", "under", "just under", false),
            ("well", "over", "well over", false), ("an", "estimated", "an estimated", true), ("upwards", "of", "upwards of", false),
            ("greater", "than", "more than", false), ("higher", "than", "more than", false), ("nearly", "all", "nearly", true),
        ]
        if k - 3 >= lower, view.token(k - 3, is: "as"), view.token(k - 2, isAnyOf: ["many", "much", "few", "little"]), view.token(k - 1, is: "as") {
            return ("as \(view.lowercased(token: k - 2)) as", 3, false)
        }
        if k - 3 >= lower, view.token(k - 3, is: "in"), view.token(k - 2, is: "excess"), view.token(k - 1, is: "of") {
            return ("in excess of", 3, false)
        }
        if k - 2 >= lower {
            for (a, b, name, approx) in two where view.token(k - 2, is: a) && view.token(k - 1, is: b) {
                return (name, 2, approx)
            }
        }
        guard k - 1 >= lower else { return nil }
        let one: [(StaticString, Bool)] = [
            ("about", true), ("around", true), ("approximately", true), ("approx", true), ("roughly", true),
            ("nearly", true), ("almost", true), ("some", true), ("estimated", true), ("circa", true), ("over", false),
            ("under", false), ("below", false), ("above", false), ("exceeding", false), ("only", false),
            ("reportedly", true), ("allegedly", false), ("alleged", false), ("exactly", false), ("precisely", false),
            ("maximum", false), ("minimum", false), ("max", false), ("min", false),
        ]
        for (word, approx) in one where view.token(k - 1, is: word) {
            // `some` and `over` need the number right after them to be hedges.
            return (view.lowercased(token: k - 1), 1, approx)
        }
        return nil
    }

    /// `is estimated to have built 900`, `an estimated`, `believed to have killed 30`.
    private func estimateBefore(_ k: Int, lower: Int) -> String? {
        var j = k - 1
        var steps = 0
        while j >= lower, steps < 5 {
            if view.token(j, isAnyOf: ["estimated", "believed", "thought", "reported", "reportedly", "alleged", "allegedly", "said"]),
                view.token(j + 1, is: "to") || view.token(j - 1, isAnyOf: ["is", "are", "was", "were", "been"])
            {
                return view.lowercased(token: j)
            }
            if view.isPunct(j, 0x2C) || view.tokens[j].kind == .number { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    private func currency(before k: Int) -> (String, Int)? {
        guard k > 0 else { return nil }
        let p = k - 1
        let t = view.tokens[p]
        guard t.end == view.tokens[k].start || t.kind == .word else { return nil }
        let text = view.lowercased(token: p)
        switch text {
        case "$": return (k >= 2 && view.token(k - 2, isAnyOf: ["us", "a", "au", "nz", "c", "hk", "s"]) && view.tokens[k - 2].end == t.start) ? ("dollar", 2) : ("dollar", 1)
        case "€": return ("euro", 1)
        case "£": return ("pound sterling", 1)
        case "¥": return ("japanese yen", 1)
        case "₹": return ("rupee", 1)
        case "₩": return ("won", 1)
        case "us$", "a$", "c$", "nz$", "hk$": return ("dollar", 1)
        case "usd", "eur", "gbp", "jpy":
            return ([
                "usd": "dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "japanese yen",
            ][text]!, 1)
        default: return nil
        }
    }

    private func unitAfter(_ k: Int, upper: Int) -> (String, Int)? {
        guard k < upper else { return nil }
        if view.isPunct(k, 0x25) || (view.tokens[k].kind == .symbol && view.token(k, is: "%")) { return ("percent", 1) }
        if view.token(k, isAnyOf: ["percent", "pct", "per-cent"]) { return ("percent", 1) }
        if view.token(k, is: "per"), view.token(k + 1, is: "cent") { return ("percent", 2) }
        if view.token(k, is: "percentage"), view.token(k + 1, isAnyOf: ["point", "points"]) { return ("percentage point", 2) }
        let t = view.tokens[k]
        guard t.kind == .word, t.classes.contains(.unit), !t.isCapitalized else { return nil }
        if view.token(k, isAnyOf: ["per", "degree", "degrees", "square"]) {
            if view.token(k, isAnyOf: ["degree", "degrees"]) { return ("degree", 1) }
            return nil
        }
        var name = view.lowercased(token: k)
        let aliases: [String: String] = [
            "dollars": "dollar", "euros": "euro", "pounds": "pound", "roubles": "rouble", "rubles": "ruble",
            "rupees": "rupee", "pesos": "peso", "francs": "franc", "hryvnias": "hryvnia", "shekels": "shekel",
            "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "miles": "mile",
            "metres": "metre", "meters": "metre", "meter": "metre", "kilograms": "kg", "kilogram": "kg", "kilos": "kg",
            "kilo": "kg", "grams": "gram", "tonnes": "tonne", "tons": "ton", "litres": "litre", "liters": "litre",
            "liter": "litre", "gallons": "gallon", "barrels": "barrel", "hectares": "hectare", "acres": "acre",
            "feet": "foot", "inches": "inch", "ounces": "ounce", "lbs": "lb", "watts": "watt", "megawatts": "megawatt",
            "calories": "calorie",
        ]
        name = aliases[name] ?? name
        return (name, 1)
    }

    private func isRangeDash(_ k: Int) -> Bool {
        guard k < view.tokens.count else { return false }
        let t = view.tokens[k]
        return (t.kind == .dash || t.kind == .punctuation) && view.bytes[Int(t.start)] == 0x2D
            && k + 1 < view.tokens.count && view.tokens[k + 1].kind == .number
            && !t.flags.contains(.spaceBefore)
    }

    private func durationUnit(_ k: Int) -> String? {
        switch view.lowercased(token: k) {
        case "second", "seconds": return "second"
        case "minute", "minutes": return "minute"
        case "hour", "hours": return "hour"
        case "day", "days": return "day"
        case "week", "weeks": return "week"
        case "month", "months": return "month"
        case "year", "years": return "year"
        case "decade", "decades": return "decade"
        case "century", "centuries": return "century"
        default: return nil
        }
    }

    // MARK: - What and event

    /// The noun phrase after a number: `South African miners`, `of the miners` → `miners`.
    private func what(after k: Int, upper: Int) -> Range<Int>? {
        var j = k
        if view.token(j, is: "of"), j + 1 < upper, view.token(j + 1, isAnyOf: ["the", "them", "those", "these", "their", "its", "his", "her"]) {
            if view.token(j + 1, is: "them") { return nil }
            j += 2
        } else if view.token(j, is: "more"), j + 1 < upper, view.tokens[j + 1].kind == .word, !view.tokens[j + 1].classes.contains(.function) {
            j += 1  // `two more soldiers`
        }
        let start = j
        var last = -1
        while j < upper, j - start < 5 {
            let t = view.tokens[j]
            if let m = entities.mention(at: j), entities.mentions[m].type == .other {
                j = entities.mentionTokens[m].upperBound  // South African
                continue
            }
            guard t.kind == .word || t.kind == .possessive else { break }
            let c = t.classes
            if c.contains(.function) || c.contains(.event) || c.contains(.reportingVerb) || c.contains(.cognitionVerb)
                || c.contains(.month) || c.contains(.weekday) || c.contains(.timeModifier) || c.contains(.hedge)
                || c.contains(.dayWord) || phrases.isVerbLike(j) || c.contains(.pronoun)
            {
                break
            }
            if t.isCapitalized, entities.mention(at: j) != nil { break }
            if view.token(j, isAnyOf: ["overnight", "nationwide", "worldwide", "abroad", "ago", "alone", "again", "apiece", "each", "overall", "annually", "daily", "weekly", "monthly", "yearly", "too", "instead", "altogether"]) {
                break
            }
            last = j
            j += 1
        }
        guard last >= start else { return nil }
        return start..<(last + 1)
    }

    /// The event after the counted noun phrase (`had died or been wounded`) or just before the
    /// number (`rescued two sailors`, `sent 400 troops`).
    private func event(after k: Int, before start: Int, lower: Int, upper: Int) -> (String, Range<Int>)? {
        var names: [String] = []
        var first = -1
        var last = -1
        var j = k
        var steps = 0
        while j < upper, steps < 8 {
            let t = view.tokens[j]
            if t.kind == .number || view.isPunct(j, 0x2C) || view.isPunct(j, 0x3B) { break }
            if view.token(j, is: "and"), j + 1 < upper, parser.parse(at: j + 1, upper: upper) != nil { break }
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

    // MARK: - Lists and coordination

    /// `5 and 6 kg`: the first number of a list takes the unit and noun of the last.
    private func shareAcrossLists(_ drafts: inout [Draft]) {
        guard drafts.count > 1 else { return }
        for i in stride(from: drafts.count - 2, through: 0, by: -1) {
            let a = drafts[i]
            let b = drafts[i + 1]
            guard a.tokens.upperBound + 1 == b.tokens.lowerBound || a.tokens.upperBound == b.tokens.lowerBound else { continue }
            let joiner = a.tokens.upperBound
            guard view.token(joiner, isAnyOf: ["and", "or"]) || view.isPunct(joiner, 0x2C) else { continue }
            if drafts[i].figure.unit == nil { drafts[i].figure.unit = b.figure.unit }
            if drafts[i].figure.what == nil {
                drafts[i].figure.what = b.figure.what
                drafts[i].figure.whatSpan = b.figure.whatSpan
            }
            if drafts[i].figure.event == nil, b.figure.what == a.figure.what {
                drafts[i].figure.event = b.figure.event
                drafts[i].figure.eventSpan = b.figure.eventSpan
            }
        }
    }

    /// Whether a figure at `start` is coordinated with `previous` (`14 killed and 40 injured`).
    private func coordinated(from previous: Draft, to start: Int) -> Bool {
        let from = previous.eventTokens?.upperBound ?? previous.whatTokens?.upperBound ?? previous.tokens.upperBound
        guard from <= start, start - from <= 2 else { return false }
        return (from..<start).allSatisfy { view.token($0, isAnyOf: ["and", "or", "while"]) || view.isPunct($0, 0x2C) }
    }

    // MARK: - Claimant

    /// The speaker of the innermost quote or reported speech holding the figure; else the
    /// subject of an estimating or reporting verb earlier in the sentence.
    private func claimant(for span: Span, sentence: Sentence) -> Attribution? {
        var best: Quote? = nil
        for q in quotes where q.speaker != nil && q.span.contains(span) {
            if best == nil || q.span.length < best!.span.length { best = q }
        }
        if let best { return best.speaker }
        let first = view.token(atOrAfter: view.folded.foldedOffset(span.start))
        var k = first - 1
        while k >= sentence.tokens.lowerBound {
            let c = view.tokens[k].classes
            if c.contains(.reportingVerb) || c.contains(.cognitionVerb), !view.tokens[k].isCapitalized,
                let subject = phrases.subject(before: k, from: sentence.tokens.lowerBound), phrases.canSpeak(subject),
                !(subject.count == 1 && view.tokens[subject.lowerBound].classes.contains(.pronoun))
            {
                let entity = phrases.entity(of: subject)
                return Attribution(span: view.span(tokens: subject), entity: entity, resolution: entity == nil ? .description : .named)
            }
            k -= 1
        }
        return nil
    }
}
