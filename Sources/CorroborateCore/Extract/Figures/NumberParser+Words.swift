/// Number words: `twenty-one`, `two hundred and fifty`, `a dozen`, `half a million`, vague
/// plurals (`tens of thousands`) and fractions (`two-thirds`, `one in five`).
extension NumberParser {
    func value(of k: Int) -> Double? {
        let t = view.tokens[k]
        return Lexicons.numbers.value(of: view, Int(t.start), Int(t.end))
    }

    func words(at k: Int, upper: Int) -> ParsedNumber? {
        let t = view.tokens[k]
        let c = t.classes
        // Vague plurals: dozens, hundreds, thousands, tens of thousands, hundreds of thousands.
        if view.token(k, isAnyOf: ["dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores"]) {
            return vaguePlural(at: k, upper: upper)
        }
        if view.token(k, is: "minus") {
            guard k + 1 < upper, var n = parse(at: k + 1, upper: upper), n.isNumeral else { return nil }
            n.low = -n.low
            n.high = -n.high
            n.tokens = k..<n.tokens.upperBound
            return n
        }
        if view.token(k, isAnyOf: ["several", "few"]) {
            // `several hundred`, `a few thousand`: a vague multiple.
            guard k + 1 < upper, view.token(k + 1, isAnyOf: ["hundred", "thousand", "million", "billion", "dozen"]),
                let m = value(of: k + 1)
            else { return nil }
            let few = view.token(k, is: "few")
            var n = ParsedNumber(low: (few ? 2 : 3) * m, high: (few ? 5 : 9) * m, tokens: k..<(k + 2))
            n.vague = true
            n.isNumeral = false
            return n
        }
        if !c.contains(.numberWord), !c.contains(.multiplier), !view.token(k, isAnyOf: ["a", "an", "half", "couple", "dozen"]),
            !(t.flags.contains(.hyphenated) && startsWithNumberWord(k))
        {
            return nil
        }
        var j = k
        var article = false
        if view.token(j, isAnyOf: ["a", "an"]) {
            guard j + 1 < upper else { return nil }
            if view.token(j + 1, is: "few") {
                guard var n = words(at: j + 1, upper: upper) else { return nil }
                n.tokens = k..<n.tokens.upperBound
                return n
            }
            if let f = fractionWord(j + 1), view.token(j + 2, is: "of") || j + 2 >= upper {
                // `a third of`, `a quarter of`.
                var n = ParsedNumber(low: f.value, high: f.value, tokens: k..<(j + 2))
                n.isFraction = true
                n.isNumeral = false
                return n
            }
            guard view.token(j + 1, isAnyOf: ["dozen", "hundred", "thousand", "million", "billion", "trillion", "couple", "half"])
            else { return nil }
            article = true
            j += 1
        }
        // Fractions: `two-thirds`, `one-half`, `two thirds of`, `half of`, `one in five`.
        if let f = fraction(at: j, upper: upper) {
            var n = f
            n.tokens = k..<f.tokens.upperBound
            return n
        }
        var total: Double = 0
        var current: Double = 0
        var consumed = false
        var ordinal = false
        var approximate = false
        var tail: Range<Int>? = nil
        while j < upper {
            let t = view.tokens[j]
            guard t.kind == .word else { break }
            if t.flags.contains(.hyphenated) {
                guard let (v, rest) = hyphenated(j) else { break }
                if v >= 100, consumed {
                    total += (current == 0 ? 1 : current) * v
                    current = 0
                } else {
                    current += v
                }
                consumed = true
                j += 1
                if let rest {
                    tail = rest
                    break
                }
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
            // `two and a half`, `one and a half million`.
            if consumed, view.token(j, is: "and"), view.token(j + 1, is: "a"), view.token(j + 2, is: "half"), current > 0 {
                current += 0.5
                j += 3
                continue
            }
            if view.token(j, is: "couple") {
                current += 2
                consumed = true
                approximate = true
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
            if view.token(j, is: "half") { break }
            guard let v = value(of: j) else { break }
            let c = t.classes
            if c.contains(.ordinalWord) {
                if !consumed {
                    ordinal = true
                    current += v
                    consumed = true
                    j += 1
                }
                break
            }
            if view.token(j, isAnyOf: ["dozens", "hundreds", "thousands", "millions", "billions"]) { break }
            if view.token(j, is: "hundred") {
                current = (current == 0 ? 1 : current) * 100
            } else if view.token(j, isAnyOf: ["thousand", "million", "billion", "trillion", "lakh", "crore"]) {
                total += (current == 0 ? 1 : current) * v
                current = 0
            } else if view.token(j, is: "dozen") {
                current = (current == 0 ? 1 : current) * 12
            } else if c.contains(.numberWord), !view.token(j, is: "single") {
                // `twenty five` but not `five twenty`.
                let tens = current.truncatingRemainder(dividingBy: 100)
                if current > 0, !(tens == 0 && v < 100) && !(tens >= 20 && tens.truncatingRemainder(dividingBy: 10) == 0 && v < 10) { break }
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
        n.vague = approximate
        n.tail = tail
        if tail == nil { applyMultipliers(to: &n, upper: upper) }
        return n
    }

    /// `dozens`, `hundreds`, `tens of thousands`: the order of magnitude, low to ten times low.
    func vaguePlural(at k: Int, upper: Int) -> ParsedNumber? {
        var low: Double
        var j = k + 1
        switch view.lowercased(token: k) {
        case "dozens": low = 12
        case "hundreds": low = 100
        case "thousands": low = 1000
        case "millions": low = 1e6
        case "billions": low = 1e9
        case "scores": low = 20
        default: low = 10
        }
        // `tens of thousands`, `hundreds of thousands`, `thousands of millions`
        if view.token(j, is: "of"), j + 1 < upper, view.token(j + 1, isAnyOf: ["thousands", "millions", "billions"]) {
            let m = view.token(j + 1, is: "thousands") ? 1e3 : view.token(j + 1, is: "millions") ? 1e6 : 1e9
            low *= m
            j += 2
        } else if view.token(k, isAnyOf: ["tens", "scores"]) {
            guard view.token(j, is: "of") else { return nil }  // `tens of people`
        }
        var n = ParsedNumber(low: low, high: low * 10, tokens: k..<j)
        n.vague = true
        n.isNumeral = false
        return n
    }

    /// The value of a fraction word: `third`, `thirds`, `quarter`, `half`, `fifths`.
    func fractionWord(_ k: Int) -> (value: Double, plural: Bool)? {
        guard k < view.tokens.count, view.tokens[k].kind == .word else { return nil }
        return NumberParser.fractionValue(view.lowercased(token: k))
    }

    /// `third` → 1/3, `quarters` → 1/4 (plural); nil for other words.
    static func fractionValue(_ word: some StringProtocol) -> (value: Double, plural: Bool)? {
        switch word {
        case "half": return (0.5, false)
        case "halves": return (0.5, true)
        case "quarter": return (0.25, false)
        case "quarters": return (0.25, true)
        case "third", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twelfth", "hundredth":
            return Lexicons.numbers[word].map { (1 / $0, false) }
        case "thirds", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths", "twelfths", "hundredths":
            return Lexicons.numbers[word.dropLast()].map { (1 / $0, true) }
        default: return nil
        }
    }

    /// `two-thirds`, `one-half`, `two thirds of`, `half of`, `one in five`, `one out of three`.
    func fraction(at k: Int, upper: Int) -> ParsedNumber? {
        let t = view.tokens[k]
        var n: ParsedNumber? = nil
        if t.flags.contains(.hyphenated) {
            // two-thirds, one-half, three-quarters
            let w = view.lowercased(token: k)
            let parts = w.split(separator: "-")
            if parts.count == 2, Lexicons.words[parts[0]]?.contains(.numberWord) == true, let a = Lexicons.numbers[parts[0]], a >= 1,
                a < 20, let f = NumberParser.fractionValue(parts[1]),
                f.plural || a == 1
            {
                n = ParsedNumber(low: a * f.value, high: a * f.value, tokens: k..<(k + 1))
            }
        } else if let a = value(of: k), a >= 1, a < 20, t.classes.contains(.numberWord),
            k + 1 < upper, let f = fractionWord(k + 1), f.plural || a == 1, view.token(k + 2, is: "of") || a > 1
        {
            n = ParsedNumber(low: a * f.value, high: a * f.value, tokens: k..<(k + 2))  // two thirds, one third
        } else if view.token(k, is: "half"), view.token(k + 1, isAnyOf: ["of", "the"]) {
            n = ParsedNumber(low: 0.5, high: 0.5, tokens: k..<(k + 1))
        } else if view.token(k, is: "one"), view.token(k + 1, isAnyOf: ["in", "out"]) {
            // one in five, one out of three, one in every four
            var j = k + 2
            if view.token(k + 1, is: "out") {
                guard view.token(j, is: "of") else { return nil }
                j += 1
            }
            if view.token(j, is: "every") { j += 1 }
            guard j < upper, let d = parse(at: j, upper: upper), let dv = d.value, dv > 1, !d.isOrdinal else { return nil }
            n = ParsedNumber(low: 1 / dv, high: 1 / dv, tokens: k..<d.tokens.upperBound)
        }
        guard var f = n else { return nil }
        f.isFraction = true
        f.isNumeral = false
        return f
    }

    /// `twenty-one`, `forty-five`; or a number word with the word it qualifies (`two-year`,
    /// `six-cylinder`, `thousand-strong`) — then the tail's byte range.
    func hyphenated(_ k: Int) -> (Double, Range<Int>?)? {
        let t = view.tokens[k]
        let b = view.bytes
        var h = Int(t.start)
        while h < Int(t.end), b[h] != 0x2D { h += 1 }
        guard h < Int(t.end), let first = Lexicons.numbers.value(of: view, Int(t.start), h) else { return nil }
        var h2 = h + 1
        while h2 < Int(t.end), b[h2] != 0x2D { h2 += 1 }
        if let second = Lexicons.numbers.value(of: view, h + 1, h2), first >= 20, first < 100, second < 10,
            first.truncatingRemainder(dividingBy: 10) == 0
        {
            // twenty-one, or twenty-one-year-old
            return (first + second, h2 < Int(t.end) ? (h2 + 1)..<Int(t.end) : nil)
        }
        // A number word is never an ordinal here: `first-half` is not a count.
        guard !Lexicons.words.classes(of: view, Int(t.start), h).contains(.ordinalWord) else { return nil }
        if Lexicons.numbers.value(of: view, h + 1, h2) != nil { return nil }  // two-thirds, one-half: fractions
        return (first, (h + 1)..<Int(t.end))
    }
}
