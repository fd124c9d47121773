/// A number read from one or more tokens.
struct ParsedNumber: Sendable, Hashable {
    var low: Double
    var high: Double
    /// The tokens that spell the number, multipliers and glued units included.
    var tokens: Range<Int>
    /// A unit glued to the digits (`5kg`, `40min`, `32m2`) or to a multiplier (`billion-mile`).
    var unit: UnitInfo?
    /// A currency glued before the digits inside the first token (`USD10m`, `RM23.50`).
    var currency: UnitInfo?
    /// After a hyphen, the word the number qualifies (`two-year`, `six-cylinder`,
    /// `million-year-old`): folded byte range.
    var tail: Range<Int>?
    /// Vague quantities (`dozens`, `tens of thousands`) carry a range and count as approximate.
    var vague = false
    var isOrdinal = false
    /// Written with digits (as opposed to number words).
    var isNumeral = true
    /// The digits as written had no thousands separator, decimals or multiplier (a candidate year,
    /// model number or label).
    var isPlainInteger = false
    /// A fraction or proportion: `two-thirds`, `1/4`, `half of`, `one in five`.
    var isFraction = false
    /// A multiplier word or suffix scaled the digits (`2.5 million`, `3bn`).
    var hasMultiplier = false
    /// How many digits the integer part was written with.
    var digits = 0
    /// A bound written into the number's word (`sub-7` → `under`).
    var bound: String?
    /// The product of the multipliers applied (`2.5 million` → 1e6).
    var multiplier: Double = 1

    var value: Double? { low == high ? low : nil }

    mutating func scale(_ m: Double) {
        low *= m
        high *= m
        multiplier *= m
        hasMultiplier = true
        isPlainInteger = false
    }
}

/// Reads numerals (`18,500`, `2.5`, `3bn`, `.001`, `1/4`, `4e14`, `USD10m`) and number words
/// (`twenty-one`, `two hundred and fifty`, `a dozen`, `half a million`, `tens of thousands`,
/// `two-thirds`, `a couple hundred`) at a token.
struct NumberParser {
    let view: TextView

    /// Whether token `k` can begin a number: a quick test before ``parse(at:upper:)``.
    @inline(__always)
    func mayStart(_ k: Int) -> Bool {
        let t = view.tokens[k]
        switch t.kind {
        case .number: return true
        case .word:
            if !t.classes.isDisjoint(with: [.numberWord, .multiplier, .figureWord]) || t.flags.contains(.hasDigit) { return true }
            return t.flags.contains(.hyphenated) && startsWithNumberWord(k)
        case .punctuation:
            // `.001`, `-5`: a point or minus glued to the digits after it.
            let b = view.bytes[Int(t.start)]
            return (b == 0x2E || b == 0x2D) && t.length == 1 && k + 1 < view.tokens.count
                && view.tokens[k + 1].kind == .number && view.tokens[k + 1].start == t.end
                && t.flags.contains(.spaceBefore)
        default: return false
        }
    }

    /// Whether a hyphenated word begins with a number word: `twenty-one`, `two-thirds`, `five-year`.
    func startsWithNumberWord(_ k: Int) -> Bool {
        let t = view.tokens[k]
        var h = Int(t.start)
        while h < Int(t.end), view.bytes[h] != 0x2D { h += 1 }
        return Lexicons.words.classes(of: view, Int(t.start), h).contains(.numberWord)
    }

    /// The number starting at token `k`, if one does.
    func parse(at k: Int, upper: Int) -> ParsedNumber? {
        let t = view.tokens[k]
        switch t.kind {
        case .number: return numeral(from: Int(t.start), token: k, upper: upper)
        case .word:
            if t.flags.contains(.hasDigit) { return prefixed(at: k, upper: upper) }
            return words(at: k, upper: upper)
        case .punctuation:
            guard mayStart(k) else { return nil }
            if view.bytes[Int(t.start)] == 0x2E { return numeral(from: Int(t.start), token: k, upper: upper) }
            guard var n = numeral(from: Int(view.tokens[k + 1].start), token: k + 1, upper: upper) else { return nil }
            n.low = -n.low
            n.high = -n.high
            n.tokens = k..<n.tokens.upperBound
            return n
        default: return nil
        }
    }

    // MARK: - Numerals

    /// Digits from folded byte `b0` inside token `k`; the numeral may run on across glued tokens
    /// (`US55` `,` `931,000`).
    func numeral(from b0: Int, token k: Int, upper: Int) -> ParsedNumber? {
        let b = view.bytes
        let n = b.count
        var i = b0
        var whole: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var inFraction = false
        var separators = false
        var digits = 0
        if b[i] == 0x2E {
            inFraction = true
            separators = true
            i += 1
        }
        while i < n {
            let c = b[i]
            if c &- 0x30 < 10 {
                if inFraction {
                    scale /= 10
                    fraction += Double(c - 0x30) * scale
                } else {
                    whole = whole * 10 + Double(c - 0x30)
                    digits += 1
                }
                i += 1
            } else if c == 0x2C, !inFraction, i + 3 < n, isDigit(b[i + 1]), isDigit(b[i + 2]), isDigit(b[i + 3]),
                i + 4 >= n || !isDigit(b[i + 4])
            {
                separators = true
                i += 1
            } else if c == 0x2E, !inFraction, i + 1 < n, isDigit(b[i + 1]) {
                inFraction = true
                separators = true
                i += 1
            } else {
                break
            }
        }
        guard digits > 0 || fraction > 0 || (inFraction && i > b0 + 1) else { return nil }
        var number = ParsedNumber(low: whole + fraction, high: whole + fraction, tokens: k..<(k + 1))
        number.isPlainInteger = !separators
        number.digits = digits
        if i < n, b[i] == 0x2F || b[i] == 0x3A || (b[i] == 0x2E && i + 1 < n && isDigit(b[i + 1])) {
            // `1/4` is a fraction; `01/09/2025`, `10:30` and `1.2.3` are dates, times and versions.
            guard b[i] == 0x2F, !separators, let f = slashFraction(number, at: i, width: 1, token: k) else { return nil }
            return f
        }
        if i + 3 < n, b[i] == 0xE2, b[i + 1] == 0x81, b[i + 2] == 0x84 {
            // `1⁄32`: the fraction slash.
            return separators ? nil : slashFraction(number, at: i, width: 3, token: k)
        }
        // A glued suffix: ordinal, multiplier, unit, exponent.
        var s = i
        while s < n, isLetter(b[s]) { s += 1 }
        if s > i {
            guard applySuffix(i, s, to: &number, end: &s) else { return nil }
        } else if i + 2 < n, (b[i] == 0xC3 && b[i + 1] == 0x97) || (b[i] == 0x78 && isDigit(b[i + 1])) {
            // `1.99×10-30`, `8x10^3`: scientific notation.
            var e = b[i] == 0xC3 ? i + 2 : i + 1
            if e + 1 < n, b[e] == 0x31, b[e + 1] == 0x30 {
                e += 2
                if e < n, b[e] == 0x5E { e += 1 }
                if let (exponent, after) = readExponent(e) {
                    number.low *= pow10(exponent)
                    number.high = number.low
                    number.isPlainInteger = false
                    s = after
                }
            }
        }
        // The token holding the last byte read.
        var j = k
        while j < view.tokens.count, Int(view.tokens[j].end) < s { j += 1 }
        guard j < view.tokens.count, Int(view.tokens[j].end) == s, j < upper else { return nil }
        number.tokens = k..<(j + 1)
        // `12 million`, `1.25 billion`, `2.5 bn`, `400 million-year-old`.
        applyMultipliers(to: &number, upper: upper)
        return number
    }

    /// A glued suffix from byte `i` to `s`; false when it makes the token no number (`1990s`, `5pm`).
    private func applySuffix(_ i: Int, _ s: Int, to number: inout ParsedNumber, end: inout Int) -> Bool {
        let b = view.bytes
        let length = s - i
        let first = b[i]
        func suffix(is word: StaticString) -> Bool {
            guard length == word.utf8CodeUnitCount else { return false }
            return word.withUTF8Buffer { w in
                for x in 0..<length where (b[i + x] | 0x20) != w[x] { return false }
                return true
            }
        }
        if suffix(is: "st") || suffix(is: "nd") || suffix(is: "rd") || suffix(is: "th") {
            number.isOrdinal = true
            return true
        }
        if suffix(is: "s") || suffix(is: "am") || suffix(is: "pm") || suffix(is: "a") || suffix(is: "x") || suffix(is: "gmt") || suffix(is: "utc") || suffix(is: "bst") || suffix(is: "et")
        {
            return false  // 1990s, Model 3s, 5pm, 3x
        }
        if suffix(is: "e") {
            guard let (exponent, after) = readExponent(s) else { return false }
            number.low *= pow10(exponent)
            number.high = number.low
            number.isPlainInteger = false
            end = after
            return true
        }
        if suffix(is: "k") { number.scale(1e3); return true }
        if suffix(is: "bn") || suffix(is: "bln") || suffix(is: "b") { number.scale(1e9); return true }
        if suffix(is: "mn") || suffix(is: "mln") || suffix(is: "mil") { number.scale(1e6); return true }
        if suffix(is: "tn") || suffix(is: "trn") || suffix(is: "tr") { number.scale(1e12); return true }
        if suffix(is: "m") {
            // `32m2`: square metres; `37m (121ft)`, `a 5m-high wall`: metres; else millions.
            if s < b.count, b[s] == 0x32 || b[s] == 0x33, s + 1 >= b.count || !isDigit(b[s + 1]) {
                number.unit = FigureUnits.units.lookup(view, i, s + 1)
                end = s + 1
                return true
            }
            if first == 0x6D, metreContext(after: s) {
                number.unit = FigureUnits.letterUnit(0x6D)
                return true
            }
            number.scale(1e6)
            return true
        }
        // `km2`, `ft2`: a squared unit.
        if s < b.count, b[s] == 0x32 || b[s] == 0x33, s + 1 >= b.count || !isDigit(b[s + 1]),
            let unit = FigureUnits.units.lookup(view, i, s + 1)
        {
            number.unit = unit
            end = s + 1
            return true
        }
        // `80km/h`, `10m/s`: a rate glued to the digits.
        if s + 1 < b.count, b[s] == 0x2F, isLetter(b[s + 1]) {
            var r = s + 1
            while r < b.count, isLetter(b[r]) { r += 1 }
            if let unit = FigureUnits.units.lookup(view, i, r) {
                number.unit = unit
                end = r
                return true
            }
        }
        if let unit = FigureUnits.units.lookup(view, i, s) {
            number.unit = unit
            return true
        }
        if length == 1, let unit = FigureUnits.letterUnit(first) {
            number.unit = unit
            return true
        }
        if suffix(is: "p") || suffix(is: "c") {
            // `118.5p`, `99c`: pence and cents.
            number.unit = suffix(is: "p") ? UnitInfo(name: "penny", kind: .money, currency: "GBP") : UnitInfo(name: "cent", kind: .money)
            return true
        }
        if let currency = FigureUnits.currencies.lookup(view, i, s), currency.currency != nil {
            number.unit = currency  // `100USD`
            return true
        }
        return false
    }

    /// Whether a glued `m` reads as metres: a dimension word or a converted length follows.
    private func metreContext(after s: Int) -> Bool {
        let k = view.token(atOrAfter: s)
        guard k < view.tokens.count else { return false }
        if view.isPunct(k, 0x28), k + 1 < view.tokens.count, view.tokens[k + 1].kind == .number {
            return true  // 37m (121ft)
        }
        var j = k
        if view.isPunct(j, 0x2D) || view.tokens[j].kind == .dash { j += 1 }
        return view.token(j, isAnyOf: ["long", "high", "tall", "wide", "deep", "away", "below", "above", "thick", "in", "across"])
    }

    /// `e14`, `e-3`, `^-30`: a signed exponent from byte `i`; returns it and the byte after.
    private func readExponent(_ i: Int) -> (Int, Int)? {
        let b = view.bytes
        var j = i
        var negative = false
        if j < b.count, b[j] == 0x2D || b[j] == 0x2B {
            negative = b[j] == 0x2D
            j += 1
        }
        var e = 0
        let digitStart = j
        while j < b.count, isDigit(b[j]), j - digitStart < 3 {
            e = e * 10 + Int(b[j] - 0x30)
            j += 1
        }
        guard j > digitStart, j >= b.count || !isDigit(b[j]) else { return nil }
        return (negative ? -e : e, j)
    }

    /// `1/4`, `3/8`: a fraction, if the slash holds one (a small numerator over a larger
    /// denominator, neither looking like a date).
    private func slashFraction(_ numerator: ParsedNumber, at slash: Int, width: Int, token k: Int) -> ParsedNumber? {
        let b = view.bytes
        var i = slash + width
        var d: Double = 0
        var digits = 0
        while i < b.count, isDigit(b[i]) {
            d = d * 10 + Double(b[i] - 0x30)
            digits += 1
            i += 1
        }
        guard digits > 0, digits <= 3, d > numerator.low, numerator.low > 0, numerator.digits <= 2 else { return nil }
        if i < b.count, b[i] == 0x2F || isLetter(b[i]) || b[i] == 0x2E && i + 1 < b.count && isDigit(b[i + 1]) {
            return nil
        }
        // `9/11`, `24/7`, `3/4` in a date column: only powers of two and small thirds/fifths are
        // read as fractions when nothing else says so; the caller checks what follows.
        var j = k
        while j < view.tokens.count, Int(view.tokens[j].end) < i { j += 1 }
        guard j < view.tokens.count, Int(view.tokens[j].end) == i else { return nil }
        var f = ParsedNumber(low: numerator.low / d, high: numerator.low / d, tokens: k..<(j + 1))
        f.isFraction = true
        return f
    }

    func applyMultipliers(to number: inout ParsedNumber, upper: Int) {
        var j = number.tokens.upperBound
        while j < upper, let m = multiplier(at: j) {
            number.scale(m.value)
            if let tail = m.tail {
                number.tail = tail
                number.tokens = number.tokens.lowerBound..<(j + 1)
                return
            }
            j += 1
        }
        number.tokens = number.tokens.lowerBound..<j
    }

    /// A multiplier word after a number: `million`, `bn`; `billion-mile` also gives its tail.
    private func multiplier(at k: Int) -> (value: Double, tail: Range<Int>?)? {
        let t = view.tokens[k]
        guard t.kind == .word else { return nil }
        if t.flags.contains(.hyphenated) {
            let b = view.bytes
            var h = Int(t.start)
            while h < Int(t.end), b[h] != 0x2D { h += 1 }
            guard h < Int(t.end), let v = Lexicons.numbers.value(of: view, Int(t.start), h), v >= 100,
                b[h - 1] != 0x73
            else { return nil }
            return (v, (h + 1)..<Int(t.end))
        }
        guard t.classes.contains(.multiplier) || view.token(k, isAnyOf: ["mn", "bn", "mln", "bln", "tn"]) else { return nil }
        // `hundreds`/`thousands` after a numeral is not a multiplier (`5 thousands` is not English).
        if view.bytes[Int(t.end) - 1] == 0x73, !view.token(k, isAnyOf: ["mn", "bn", "tn"]) { return nil }
        guard let v = Lexicons.numbers.value(of: view, Int(t.start), Int(t.end)) else { return nil }
        return (v, nil)
    }

    /// `US55,931,000`, `USD10m`, `RM23.50`, `PS2.7m`, `minus-5`: letters glued before the digits.
    private func prefixed(at k: Int, upper: Int) -> ParsedNumber? {
        let t = view.tokens[k]
        let b = view.bytes
        var d = Int(t.start)
        while d < Int(t.end), !isDigit(b[d]) { d += 1 }
        guard d < Int(t.end), d > Int(t.start) else { return nil }
        var letterEnd = d
        if b[letterEnd - 1] == 0x2D { letterEnd -= 1 }  // minus-5, sub-7
        if view.token(k, prefix: "minus", end: letterEnd) {
            guard var n = numeral(from: d, token: k, upper: upper) else { return nil }
            n.low = -n.low
            n.high = -n.high
            return n
        }
        if view.token(k, prefix: "sub", end: letterEnd) {
            guard var n = numeral(from: d, token: k, upper: upper) else { return nil }
            n.bound = "under"  // sub-7 nanometre
            return n
        }
        // `$US55`, `$A82`: the symbol before the letters.
        let dollar = k > 0 && view.isPunct(k - 1, 0x24) && view.tokens[k - 1].end == t.start
        let from = dollar ? Int(view.tokens[k - 1].start) : Int(t.start)
        guard letterEnd == d, let currency = FigureUnits.currencies.lookup(view, from, d),
            currency.currency != nil || currency.name == "pound sterling"
        else { return nil }
        // Codes are written in capitals: `USD10m`, not `usd10m` (a handle or a product name).
        guard isUpper(b[Int(t.start)]) else { return nil }
        guard var n = numeral(from: d, token: k, upper: upper) else { return nil }
        n.currency = currency
        if dollar { n.tokens = (k - 1)..<n.tokens.upperBound }
        return n
    }

    // MARK: - Bytes

    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    @inline(__always) func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 || c >= 0x80 }

    func pow10(_ e: Int) -> Double {
        var p = 1.0
        for _ in 0..<abs(e) { p *= 10 }
        return e < 0 ? 1 / p : p
    }
}

extension Lexicon {
    /// The value for folded bytes `start..<end` of `view`.
    func value(of view: TextView, _ start: Int, _ end: Int) -> Value? {
        guard start < end else { return nil }
        return view.bytes.withUnsafeBufferPointer { b in lookup(UnsafeBufferPointer(rebasing: b[start..<end])) }
    }
}

extension Lexicon where Value == WordClass {
    /// The classes of folded bytes `start..<end`, empty when the word is unknown.
    func classes(of view: TextView, _ start: Int, _ end: Int) -> WordClass {
        guard start < end else { return [] }
        return view.bytes.withUnsafeBufferPointer { b in lookup(UnsafeBufferPointer(rebasing: b[start..<end])) } ?? []
    }
}

extension TextView {
    /// Whether token `k`'s bytes up to `end` are `word` (lowercase ASCII), ignoring case.
    func token(_ k: Int, prefix word: StaticString, end: Int) -> Bool {
        let t = tokens[k]
        guard end - Int(t.start) == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w in
            var i = Int(t.start)
            for c in w {
                if Lexicon<Int>.lower(bytes[i]) != c { return false }
                i += 1
            }
            return true
        }
    }
}
