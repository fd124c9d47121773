/// Currencies before a number, units after it, `per` denominators, and ranges.
extension FigureRun {
    // MARK: - Currency

    /// A currency written before the number: `$`, `€`, `US$`, `HK $`, `USD`, `Rs`, `Y=`, `$-50`.
    func currency(before k: Int, lower: Int) -> (unit: UnitInfo, width: Int, negative: Bool)? {
        var p = k - 1
        guard p >= lower else { return nil }
        var negative = false
        // `$-50.8bn`: a minus between the symbol and the digits.
        if view.isPunct(p, 0x2D), view.tokens[p].end == view.tokens[k].start, p - 1 >= lower,
            view.tokens[p - 1].end == view.tokens[p].start
        {
            negative = true
            p -= 1
        }
        let t = view.tokens[p]
        let extra = negative ? 1 : 0
        switch t.kind {
        case .symbol, .punctuation:
            // `US$`, `HK$`, `A$`: letters glued before the symbol; `HK $5`: spaced.
            if p - 1 >= lower, view.tokens[p - 1].kind == .word, view.tokens[p - 1].length <= 3, view.tokens[p - 1].isCapitalized {
                let q = view.tokens[p - 1]
                if q.end == t.start, let c = FigureUnits.currencies.lookup(view, Int(q.start), Int(t.end)) {
                    return (c, 2 + extra, negative)
                }
                if q.end < t.start, let c = FigureUnits.currencies[view.lowercased(token: p - 1) + view.text(token: p)] {
                    return (c, 2 + extra, negative)
                }
            }
            // `Y=590`: a transliterated yen sign.
            if view.isPunct(p, 0x3D), p - 1 >= lower, view.tokens[p - 1].end == t.start,
                let c = FigureUnits.currencies.lookup(view, Int(view.tokens[p - 1].start), Int(t.end))
            {
                return (c, 2 + extra, negative)
            }
            guard let c = FigureUnits.currencies.lookup(view, Int(t.start), Int(t.end)) else { return nil }
            return (c, 1 + extra, negative)
        case .word:
            // Codes and abbreviations in capitals: `USD 5`, `EUR 3bn`, `Rs 500`, `RM 12`.
            guard t.isCapitalized, t.length <= 4, !isSentenceStart(p, lower: lower) || t.flags.contains(.allCaps),
                let c = FigureUnits.currencies.lookup(view, Int(t.start), Int(t.end)), c.currency != nil,
                t.flags.contains(.allCaps) || t.length <= 3 && view.bytes[Int(t.end) - 1] >= 0x61
            else { return nil }
            if t.length == 3, !t.flags.contains(.allCaps) { return nil }
            return (c, 1 + extra, negative)
        default:
            return nil
        }
    }

    // MARK: - Units

    /// The unit after a number: `%`, `per cent`, `km`, `km/h`, `degrees Celsius`, `dollars`,
    /// `billion won`, and the width in tokens.
    func unit(after e: Int, upper: Int, number: ParsedNumber, hasCurrency: Bool) -> (unit: UnitInfo, width: Int)? {
        guard e < upper else { return nil }
        let t = view.tokens[e]
        if view.isPunct(e, 0x25) { return (UnitInfo(name: "percent", kind: .percent), 1) }
        guard t.kind == .word || t.kind == .symbol || t.kind == .punctuation else { return nil }
        if t.kind == .punctuation, !view.isPunct(e, 0x24) { return nil }
        if t.kind == .word, view.token(e, isAnyOf: ["pound", "pounds"]) {
            let sterling = hasCurrency || number.hasMultiplier && number.low >= 1e6 || view.token(e + 1, is: "sterling")
            return (sterling ? FigureUnits.poundSterling : FigureUnits.poundMass, sterling && view.token(e + 1, is: "sterling") ? 2 : 1)
        }
        var width = min(3, upper - e)
        while width > 0 {
            let s = Int(t.start)
            let end = Int(view.tokens[e + width - 1].end)
            if let u = FigureUnits.units.lookup(view, s, end), unitFits(u, at: e, width: width) { return (u, width) }
            if let c = FigureUnits.currencies.lookup(view, s, end), currencyFits(c, at: e, width: width, number: number) {
                return (c, width)
            }
            width -= 1
        }
        // `a 5-mpg boost`, `a 27-kilometre ring`: a unit hyphenated to the number.
        if view.isPunct(e, 0x2D), t.start == view.tokens[e - 1].end, e + 1 < upper, view.tokens[e + 1].start == t.end,
            view.tokens[e + 1].kind == .word, let u = unit(after: e + 1, upper: upper, number: number, hasCurrency: hasCurrency),
            u.unit.kind != .money
        {
            return (u.unit, u.width + 1)
        }
        // `percent-owned`, `mile-long`: a unit before a hyphen.
        if t.flags.contains(.hyphenated) {
            var h = Int(t.start)
            while h < Int(t.end), view.bytes[h] != 0x2D { h += 1 }
            if let u = FigureUnits.units.lookup(view, Int(t.start), h), u.kind != .duration { return (u, 1) }
        }
        if t.kind == .word, t.length == 1, let u = FigureUnits.letterUnit(view.bytes[Int(t.start)]) {
            // A lone letter after a number is a unit only before a break: `12 C.`, `5 W charger`.
            if !view.token(e + 1, isAnyOf: ["and", "or"]) || e + 2 >= upper { return (u, 1) }
        }
        return nil
    }

    private func unitFits(_ u: UnitInfo, at e: Int, width: Int) -> Bool {
        let t = view.tokens[e]
        // Symbols and abbreviations whose lowercase forms are other words: `eV`, `dB`, `PB`, `EB`.
        if width == 1, t.length == 2 {
            let a = view.bytes[Int(t.start)]
            let b = view.bytes[Int(t.start) + 1]
            switch u.name {
            case "electronvolt": return a == 0x65 && b == 0x56
            case "nanometre": return a == 0x6E  // nm; Nm is a newton metre
            case "newton metre": return a == 0x4E
            case "decibel": return a == 0x64 && b == 0x42
            case "petabyte", "exabyte": return a < 0x61 && b < 0x61
            case "hectare", "percentage point", "basis point": return a >= 0x61
            default: break
            }
        }
        // A unit word is not the start of a name (`5 Hours Energy`): capitals only for symbols.
        if width == 1, t.isCapitalized, !t.flags.contains(.allCaps), t.length > 3, e + 1 < view.tokens.count,
            view.tokens[e + 1].kind == .word, view.tokens[e + 1].isCapitalized
        {
            return false
        }
        return true
    }

    private func currencyFits(_ c: UnitInfo, at e: Int, width: Int, number: ParsedNumber) -> Bool {
        let t = view.tokens[e]
        guard width == 1 else { return true }
        if t.kind == .symbol { return t.start == view.tokens[e - 1].end }  // `1,200€`
        // Three-letter codes in capitals only (`500 TRY`, not `500 try`); currency words that are
        // also English words only with large amounts (`5 billion won`).
        if t.length == 3, c.currency != nil, c.name != "yuan", !view.token(e, isAnyOf: ["yen", "won"]) {
            return t.flags.contains(.allCaps)
        }
        if view.token(e, isAnyOf: ["won", "rand", "real", "dong", "ps", "p", "rs", "rm"]) {
            return view.token(e, isAnyOf: ["won", "rand", "dong"]) && number.low >= 1000
        }
        return true
    }

    /// `per barrel`, `a month`, `an ounce`, `/kg`: the denominator of a rate after a unit.
    func denominator(after e: Int, upper: Int) -> (name: String, width: Int)? {
        guard e + 1 < upper else { return nil }
        let per = view.token(e, is: "per") || (view.isPunct(e, 0x2F) && view.tokens[e].start == view.tokens[e - 1].end)
        let article = view.token(e, isAnyOf: ["a", "an", "each", "every"])
        guard per || article else { return nil }
        if view.token(e, is: "per"), view.token(e + 1, isAnyOf: ["cent", "capita"]) {
            return view.token(e + 1, is: "capita") ? ("person", 2) : nil
        }
        let d = e + 1
        var width = min(3, upper - d)
        while width > 0 {
            if let u = FigureUnits.units.lookup(view, Int(view.tokens[d].start), Int(view.tokens[d + width - 1].end)),
                u.kind != .percent
            {
                return (u.name, width + 1)
            }
            width -= 1
        }
        let t = view.tokens[d]
        guard t.kind == .word, !t.classes.contains(.function), !t.classes.contains(.pronoun) else { return nil }
        if article, !view.token(d, isAnyOf: ["share", "head", "person", "piece", "night", "ticket", "pound", "kilo", "unit", "dose", "seat"]) {
            return nil
        }
        return (FigureRun.singular(view.lowercased(token: d)), 2)
    }

    /// A lowercase noun in the singular, the way units are named: `shares` → `share`.
    static func singular(_ w: String) -> String {
        if w.count > 3, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }

    // MARK: - Ranges

    /// A second number joined to a first: both ends, and how many words before the first
    /// (`between`, `from`) belong to the range.
    struct RangeMatch {
        var second: Quantity
        var low: Double
        var high: Double
        var leading: Int
        var ratio: Bool
    }

    /// `between 300 and 400`, `from 5 to 6`, `18 to 25 percent`, `5-6 kg`, `$3bn to $5bn`,
    /// `three or four`, `a 3 to 1 margin`.
    func range(after q: Quantity, lower: Int, upper: Int) -> RangeMatch? {
        let c = q.end
        guard c + 1 < upper, !q.number.isFraction else { return nil }
        var leading = 0
        var before = q.start - 1
        if let h = hedge(before: q.start, lower: lower) { before -= h.width }
        let between = before >= lower && view.token(before, is: "between")
        let from = before >= lower && view.token(before, is: "from")
        if between || from { leading = q.start - before }
        let dash = (view.isPunct(c, 0x2D) || view.tokens[c].kind == .dash) && view.tokens[c].length == 1
        let to = view.token(c, is: "to")
        let and = view.token(c, is: "and") && between
        let or = view.token(c, is: "or")
        guard dash || to || and || or else { return nil }
        if dash, view.tokens[c].flags.contains(.spaceBefore) != view.tokens[c].flags.contains(.spaceAfter) { return nil }
        // `by 0.1 points to 4.2 percent` is a change and its result, not a range.
        if to, !from, !between, q.unit != nil, view.token(q.start - 1, is: "by") { return nil }
        var j = c + 1
        guard j < upper else { return nil }
        // The second number may carry its own currency: `$3 billion to $5 billion`.
        if !parser.mayStart(j), j + 1 < upper, currency(before: j + 1, lower: j) != nil { j += 1 }
        guard parser.mayStart(j), let n2 = parser.parse(at: j, upper: upper), !n2.isOrdinal, !n2.isFraction else { return nil }
        if isCalendar(n2, lower: c + 1, upper: upper) || isTimeOfDay(n2, upper: upper) { return nil }
        let q2 = quantity(n2, lower: c + 1, upper: upper)
        let n1 = q.number
        let unit1 = q.unit?.name
        let unit2 = q2.unit?.name
        if let unit1, let unit2, !unit2.hasPrefix(unit1), !unit1.hasPrefix(unit2) { return nil }
        if dash || or, n1.isNumeral != n2.isNumeral { return nil }
        if unit1 != nil, unit2 == nil, !from, !between { return nil }
        if or {
            guard unit1 == nil, n2.low > n1.low, n2.low <= 2 * n1.low + 1, !n1.hasMultiplier || n2.hasMultiplier else { return nil }
        }
        // `a 3 to 1 margin`: a ratio.
        if to, !from, unit1 == nil, unit2 == nil, n2.value == 1, n2.isNumeral, n1.low > 1, n1.isPlainInteger {
            return RangeMatch(second: q2, low: n1.low, high: n1.low, leading: 0, ratio: true)
        }
        var low = n1.low
        // `2 to 3 million`, `$89 to $93 billion`: the multiplier applies to both ends.
        if n2.hasMultiplier, !n1.hasMultiplier, n1.isNumeral == n2.isNumeral || to {
            if n1.low <= n2.low / n2.multiplier * 1.5 { low *= n2.multiplier }
        }
        return RangeMatch(second: q2, low: low, high: n2.high, leading: leading, ratio: false)
    }
}
