/// A number read from one or more tokens.
struct ParsedNumber: Sendable, Hashable {
    var low: Double
    var high: Double
    /// The tokens that spell the number, multipliers included.
    var tokens: Range<Int>
    /// A unit glued to the digits (`5kg` → `kg`).
    var unit: String?
    /// Vague quantities (`dozens`, `tens of thousands`) carry a range and count as approximate.
    var vague: Bool = false
    var isOrdinal: Bool = false
    /// Written with digits (as opposed to number words).
    var isNumeral: Bool = true
    /// The digits as written had no thousands separator and no decimals (candidate year).
    var isPlainInteger: Bool = false

    var value: Double? { low == high ? low : nil }
}

/// Reads numerals (`18,500`, `2.5`, `3bn`, `1.4m`) and number words (`twenty-one`,
/// `two hundred and fifty`, `a dozen`, `half a million`, `tens of thousands`) at a token.
struct NumberParser {
    let view: TextView

    /// The number starting at token `k`, if one does.
    func parse(at k: Int, upper: Int) -> ParsedNumber? {
        let t = view.tokens[k]
        if t.kind == .number { return numeral(at: k, upper: upper) }
        if t.kind == .word { return words(at: k, upper: upper) }
        return nil
    }

    // MARK: - Numerals

    private func numeral(at k: Int, upper: Int) -> ParsedNumber? {
        let t = view.tokens[k]
        let b = view.bytes
        var value: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var inFraction = false
        var separators = false
        var i = Int(t.start)
        let end = Int(t.end)
        while i < end {
            let c = b[i]
            if c >= 0x30, c <= 0x39 {
                if inFraction {
                    scale /= 10
                    fraction += Double(c - 0x30) * scale
                } else {
                    value = value * 10 + Double(c - 0x30)
                }
            } else if c == 0x2C {
                separators = true
            } else if c == 0x2E, !inFraction {
                inFraction = true
                separators = true
            } else if c == 0x2F || c == 0x3A || c == 0x2E {
                return nil  // dates, times, version numbers
            } else {
                break
            }
            i += 1
        }
        var number = ParsedNumber(low: value + fraction, high: value + fraction, tokens: k..<(k + 1))
        number.isPlainInteger = !separators
        if i < end {
            let suffix = String(decoding: b[i..<end].map { $0 | 0x20 }, as: UTF8.self)
            switch suffix {
            case "st", "nd", "rd", "th": number.isOrdinal = true
            case "s" where end - Int(t.start) == 5: return nil  // 1990s: a decade
            case "am", "pm", "h", "hrs", "gmt", "utc": return nil
            case "k": number.low *= 1e3
            case "m", "mn", "mln", "mil": number.low *= 1e6
            case "b", "bn", "bln": number.low *= 1e9
            case "tn", "trn", "t": number.low *= 1e12
            case "x": return nil
            default: number.unit = suffix
            }
            number.high = number.low
        }
        var j = k + 1
        // `12 million`, `1.25 billion`, `2.5 bn`
        while j < upper, let m = multiplier(at: j) {
            number.low *= m
            number.high *= m
            j += 1
        }
        number.tokens = k..<j
        return number
    }

    private func multiplier(at k: Int) -> Double? {
        let t = view.tokens[k]
        guard t.kind == .word, t.classes.contains(.multiplier) || view.token(k, isAnyOf: ["m", "mn", "bn", "k"]) else { return nil }
        // `hundreds`/`thousands` after a numeral is not a multiplier (`5 thousands` is not English).
        if view.bytes[Int(t.end) - 1] == 0x73, !view.token(k, isAnyOf: ["mn"]) { return nil }
        return value(of: k)
    }

    // MARK: - Number words

    private func value(of k: Int) -> Double? {
        let t = view.tokens[k]
        return view.bytes.withUnsafeBufferPointer { b in
            Lexicons.numbers.lookup(UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]))
        }
    }

    private func words(at k: Int, upper: Int) -> ParsedNumber? {
        // Vague plurals: dozens, hundreds, thousands, tens of thousands, hundreds of thousands.
        if view.token(k, isAnyOf: ["dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores"]) {
            var low: Double
            var j = k + 1
            switch view.lowercased(token: k) {
            case "dozens": low = 24
            case "hundreds": low = 200
            case "thousands": low = 2000
            case "millions": low = 2e6
            case "billions": low = 2e9
            case "scores": low = 40
            default: low = 10
            }
            // `tens of thousands`, `hundreds of thousands`, `thousands of millions`
            if view.token(j, is: "of"), j + 1 < upper, view.token(j + 1, isAnyOf: ["thousands", "millions", "billions"]) {
                let m = view.token(j + 1, is: "thousands") ? 1e3 : view.token(j + 1, is: "millions") ? 1e6 : 1e9
                low = (view.token(k, is: "tens") ? 20 : low) * m
                j += 2
            } else if view.token(k, is: "tens") {
                return nil
            }
            var n = ParsedNumber(low: low, high: low * 5 - 1, tokens: k..<j)
            n.vague = true
            n.isNumeral = false
            return n
        }
        var j = k
        var article = false
        if view.token(j, isAnyOf: ["a", "an"]) {
            guard j + 1 < upper, view.token(j + 1, isAnyOf: ["dozen", "hundred", "thousand", "million", "billion", "couple", "half"])
            else { return nil }
            article = true
            j += 1
        }
        var total: Double = 0
        var current: Double = 0
        var consumed = false
        var ordinal = false
        while j < upper {
            let t = view.tokens[j]
            guard t.kind == .word else { break }
            if t.flags.contains(.hyphenated), let v = hyphenated(j) {
                current += v
                consumed = true
                j += 1
                continue
            }
            if view.token(j, is: "half"), view.token(j + 1, isAnyOf: ["a", "an"]), j + 2 < upper,
                let m = value(of: j + 2), m >= 1000
            {
                total += 0.5 * m
                current = 0
                consumed = true
                j += 3
                continue
            }
            if view.token(j, is: "couple") {
                current += 2
                consumed = true
                j += 1
                if view.token(j, is: "of"), j + 1 < upper, view.tokens[j + 1].classes.contains(.multiplier) { j += 1 }
                continue
            }
            if view.token(j, is: "and"), consumed, j + 1 < upper, view.tokens[j + 1].classes.contains(.numberWord),
                current.truncatingRemainder(dividingBy: 100) == 0, current > 0 || total > 0
            {
                j += 1  // two hundred and fifty
                continue
            }
            guard let v = value(of: j) else { break }
            let c = t.classes
            if c.contains(.ordinalWord) {
                if !consumed { ordinal = true; current += v; consumed = true; j += 1 }
                break
            }
            if view.token(j, isAnyOf: ["hundred"]) {
                current = (current == 0 ? 1 : current) * 100
            } else if view.token(j, isAnyOf: ["thousand", "million", "billion", "trillion", "lakh", "crore"]) {
                total += (current == 0 ? 1 : current) * v
                current = 0
            } else if view.token(j, is: "dozen") {
                current = (current == 0 ? 1 : current) * 12
            } else if c.contains(.numberWord) {
                current += v
            } else {
                break
            }
            consumed = true
            j += 1
        }
        guard consumed else { return nil }
        // `a` alone before `hundred` etc. reads as one: `a dozen`, `a million`.
        if article, total == 0, current == 0 { return nil }
        let value = total + current
        var n = ParsedNumber(low: value, high: value, tokens: k..<j)
        n.isNumeral = false
        n.isOrdinal = ordinal
        var m = j
        while m < upper, let mult = multiplier(at: m) {
            n.low *= mult
            n.high *= mult
            m += 1
        }
        n.tokens = k..<m
        return n
    }

    /// `twenty-one`, `forty-five`.
    private func hyphenated(_ k: Int) -> Double? {
        let text = view.lowercased(token: k)
        let parts = text.split(separator: "-")
        guard parts.count == 2, let tens = Lexicons.numbers[parts[0]], let units = Lexicons.numbers[parts[1]],
            tens >= 20, tens < 100, units < 10
        else { return nil }
        return tens + units
    }
}
