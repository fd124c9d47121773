/// Reads the dates pages print and declare: ISO 8601 (`2008-01-10T16:49:12-05:00`), RFC 822
/// (`Thu, 10 Jan 2008 16:49:12 GMT`), month names in English and the main Western European
/// languages (`January 10, 2008`, `10 Jan. 2008`, `10. Januar 2008`, `10 de enero de 2008`),
/// numeric forms (`2008/01/10`, `10.01.2008`, `01/10/2008`), and `2008年1月10日`.
///
/// A slashed date with both parts ≤ 12 is read month first unless `dayFirst` is set (pages in
/// languages other than US English).
struct DateText {
    struct Found: Equatable {
        var year: Int
        var month: Int
        var day: Int
        /// `THH:MM[:SS][zone]` when a time was given in ISO form.
        var time: String = ""
        /// Scalar offsets of the date in the text searched.
        var range: Range<Int> = 0..<0
        /// A numeric date whose day and month could be read either way (`05/01/2008`).
        var ambiguous = false

        /// The other reading of an ambiguous date.
        var swapped: Found {
            var other = self
            (other.month, other.day) = (day, month)
            return other
        }

        /// Days since 1970-01-01, for comparing dates.
        var dayNumber: Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let mp = (month + 9) % 12
            let doy = (153 * mp + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146097 + doe - 719468
        }

        var iso: String {
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            return "\(year)-\(two(month))-\(two(day))" + time
        }
    }

    var dayFirst = false

    private enum Piece: Equatable {
        case number(Int, digits: Int)
        case month(Int)
        case word
        case mark(Unicode.Scalar)
    }

    /// Whether `text` has two digits in a row, as every full date does (cheap to ask first).
    static func mayHoldDate(_ text: some Sequence<UInt8>) -> Bool {
        var previous = false
        for b in text {
            let digit = b &- 0x30 < 10
            if digit, previous { return true }
            previous = digit
        }
        return false
    }

    /// The first date in `text`, or nil.
    func first(in text: String) -> Found? {
        guard DateText.mayHoldDate(text.utf8) else { return nil }
        let pieces = DateText.pieces(text)
        var i = 0
        while i < pieces.count {
            if let found = date(at: i, pieces) { return found }
            i += 1
        }
        return nil
    }

    private static func isYear(_ v: Int, _ digits: Int) -> Bool { digits == 4 && v >= 1990 && v <= 2100 }

    private func date(at i: Int, _ p: [(piece: Piece, range: Range<Int>, text: Substring)]) -> Found? {
        func number(_ k: Int) -> (Int, Int)? {
            guard k < p.count, case .number(let v, let d) = p[k].piece else { return nil }
            return (v, d)
        }
        func month(_ k: Int) -> Int? {
            guard k < p.count, case .month(let m) = p[k].piece else { return nil }
            return m
        }
        func mark(_ k: Int, _ allowed: String) -> Bool {
            guard k < p.count, case .mark(let s) = p[k].piece else { return false }
            return allowed.unicodeScalars.contains(s)
        }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
            m >= 1 && m <= 12 && d >= 1 && d <= DateText.days(y, m)
        }
        func make(_ y: Int, _ m: Int, _ d: Int, _ last: Int, time: String = "") -> Found? {
            guard valid(y, m, d) else { return nil }
            return Found(year: y, month: m, day: d, time: time, range: p[i].range.lowerBound..<p[last].range.upperBound)
        }
        func year(_ k: Int) -> Int? {
            guard let (v, d) = number(k) else { return nil }
            if DateText.isYear(v, d) { return v }
            if d == 2, k > 0, mark(k - 1, "'’") { return 2000 + v }
            return nil
        }

        // 2008-01-10, 2008/01/10, 2008.01.10, with an optional ISO time.
        if let (y, yd) = number(i), DateText.isYear(y, yd), mark(i + 1, "-/."), let (m, _) = number(i + 2),
            mark(i + 3, "-/."), let (d, dd) = number(i + 4), dd <= 2
        {
            return make(y, m, d, i + 4, time: isoTime(after: i + 4, p))
        }
        // 2008年1月10日
        if let (y, yd) = number(i), DateText.isYear(y, yd), mark(i + 1, "年년"), let (m, _) = number(i + 2),
            mark(i + 3, "月월"), let (d, _) = number(i + 4)
        {
            return make(y, m, d, i + 4)
        }
        // January 10, 2008 / Jan. 10th 2008 / January 10. 2008
        if let m = month(i) {
            var k = i + 1
            if mark(k, ".") { k += 1 }
            if let (d, dd) = number(k), dd <= 2 {
                var e = k + 1
                if e < p.count, case .word = p[e].piece, ["st", "nd", "rd", "th"].contains(p[e].text.lowercased()) { e += 1 }
                if mark(e, ",.") { e += 1 }
                if let y = year(e) { return make(y, m, d, e) }
            }
        }
        // 10 January 2008 / 10. Januar 2008 / 10 de enero de 2008 / 10-Jan-2008
        if let (d, dd) = number(i), dd <= 2 {
            var k = i + 1
            if mark(k, ".-/") { k += 1 }
            if k < p.count, case .word = p[k].piece, ["de", "th", "st", "nd", "rd", "er"].contains(p[k].text.lowercased()) { k += 1 }
            if mark(k, ",") { k += 1 }
            if let m = month(k) {
                var e = k + 1
                if mark(e, ".-/,") { e += 1 }
                if e < p.count, case .word = p[e].piece, p[e].text.lowercased() == "de" { e += 1 }
                if let y = year(e) { return make(y, m, d, e) }
            }
        }
        // 01/10/2008, 10.01.2008, 10-01-2008
        if let (a, ad) = number(i), ad <= 2, mark(i + 1, "/.-"), let (b, bd) = number(i + 3 - 1), bd <= 2,
            mark(i + 3, "/.-"), let (y, yd) = number(i + 4)
        {
            let fullYear = DateText.isYear(y, yd) ? y : (yd == 2 ? 2000 + y : 0)
            guard fullYear > 0 else { return nil }
            let dotted = mark(i + 1, ".")
            var (m, d) = (a, b)
            if dotted || dayFirst { (m, d) = (b, a) }
            if m > 12, d <= 12 { (m, d) = (d, m) }
            var found = make(fullYear, m, d, i + 4)
            if a <= 12, b <= 12, a != b { found?.ambiguous = true }
            return found
        }
        return nil
    }

    /// `T16:49:12-05:00` (or ` 16:49`) after an ISO date, normalised to `THH:MM[:SS][zone]`.
    private func isoTime(after k: Int, _ p: [(piece: Piece, range: Range<Int>, text: Substring)]) -> String {
        guard k + 1 < p.count else { return "" }
        var j = k + 1
        // `T16` reads as a word followed by a number, or as one word `T16`.
        var hour: Int? = nil
        if case .word = p[j].piece, p[j].text == "T" || p[j].text == "t", j + 1 < p.count, case .number(let h, let d) = p[j + 1].piece, d <= 2 {
            hour = h
            j += 1
        } else if case .mark(" ") = p[j].piece, j + 1 < p.count, case .number(let h, let d) = p[j + 1].piece, d <= 2 {
            hour = h
            j += 1
        }
        guard let hour, hour < 24, j + 2 < p.count, case .mark(":") = p[j + 1].piece,
            case .number(let minute, 2) = p[j + 2].piece, minute < 60
        else { return "" }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var out = "T\(two(hour)):\(two(minute))"
        j += 2
        if j + 2 < p.count, case .mark(":") = p[j + 1].piece, case .number(let second, 2) = p[j + 2].piece, second < 61 {
            out += ":\(two(second))"
            j += 2
        }
        if j + 2 < p.count, case .mark(".") = p[j + 1].piece, case .number = p[j + 2].piece { j += 2 }
        if j + 1 < p.count {
            if case .word = p[j + 1].piece, p[j + 1].text == "Z" {
                out += "Z"
            } else if case .mark(let sign) = p[j + 1].piece, sign == "+" || sign == "-", j + 2 < p.count,
                case .number(let zone, let zd) = p[j + 2].piece
            {
                if zd == 4 {
                    out += "\(sign)\(two(zone / 100)):\(two(zone % 100))"
                } else if zd == 2, j + 4 < p.count, case .mark(":") = p[j + 3].piece, case .number(let zm, 2) = p[j + 4].piece {
                    out += "\(sign)\(two(zone)):\(two(zm))"
                }
            }
        }
        return out
    }

    /// Letters, ASCII first; the CJK date marks are not letters here.
    @inline(__always) private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) &- 0x61 < 26 }
        switch s {
        case "年", "月", "日", "년", "월", "일": return false
        default: return s.properties.isAlphabetic
        }
    }

    @inline(__always) private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s == " " || s == "\n" || s == "\t" || s == "\r" : s.properties.isWhitespace
    }

    static func days(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Numbers, words (month names recognised) and single marks, with scalar offsets; spaces
    /// collapse into one `" "` mark only where an ISO time may follow.
    private static func pieces(_ text: String) -> [(piece: Piece, range: Range<Int>, text: Substring)] {
        var result: [(piece: Piece, range: Range<Int>, text: Substring)] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var offset = text.unicodeScalars.startIndex
        func sub(_ a: Int, _ b: Int) -> Substring {
            let s = text.unicodeScalars.index(offset, offsetBy: a - i)
            let e = text.unicodeScalars.index(s, offsetBy: b - a)
            return Substring(text.unicodeScalars[s..<e])
        }
        while i < scalars.count {
            let s = scalars[i]
            var j = i + 1
            if s.value &- 0x30 < 10 {
                while j < scalars.count, scalars[j].value &- 0x30 < 10 { j += 1 }
                let digits = String(String.UnicodeScalarView(scalars[i..<j]))
                if j - i <= 8, let v = Int(digits) {
                    if j - i == 8, let y = Int(digits.prefix(4)), isYear(y, 4) {
                        // 20080110
                        result.append((.number(y, digits: 4), i..<i + 4, sub(i, i + 4)))
                        result.append((.mark("-"), i + 4..<i + 4, ""))
                        result.append((.number(Int(digits.dropFirst(4).prefix(2)) ?? 0, digits: 2), i + 4..<i + 6, sub(i + 4, i + 6)))
                        result.append((.mark("-"), i + 6..<i + 6, ""))
                        result.append((.number(Int(digits.suffix(2)) ?? 0, digits: 2), i + 6..<i + 8, sub(i + 6, i + 8)))
                    } else {
                        result.append((.number(v, digits: j - i), i..<j, sub(i, j)))
                    }
                } else {
                    result.append((.word, i..<j, sub(i, j)))
                }
            } else if DateText.isLetter(s) {
                while j < scalars.count, DateText.isLetter(scalars[j]) { j += 1 }
                let word = sub(i, j)
                if let m = MonthNames.month(word) {
                    result.append((.month(m), i..<j, word))
                } else {
                    result.append((.word, i..<j, word))
                }
            } else if DateText.isSpace(s) {
                while j < scalars.count, DateText.isSpace(scalars[j]) { j += 1 }
                if let last = result.last, case .number = last.piece { result.append((.mark(" "), i..<j, "")) }
            } else {
                result.append((.mark(s), i..<j, sub(i, j)))
            }
            offset = text.unicodeScalars.index(offset, offsetBy: j - i)
            i = j
        }
        // Spaces matter only before a time; elsewhere they are dropped so `Jan 10` reads as two pieces.
        var cleaned: [(piece: Piece, range: Range<Int>, text: Substring)] = []
        for (k, item) in result.enumerated() {
            if case .mark(" ") = item.piece {
                let nextIsNumber = k + 1 < result.count && { if case .number = result[k + 1].piece { return true } else { return false } }()
                // Only after a whole numeric date (`2008-01-10 16:49`).
                let prevIsDay: Bool = {
                    guard k >= 5, case .number(_, let d) = result[k - 1].piece, d <= 2,
                        case .mark(let m1) = result[k - 2].piece, case .number = result[k - 3].piece,
                        case .mark(let m2) = result[k - 4].piece, case .number = result[k - 5].piece
                    else { return false }
                    return "-/.".unicodeScalars.contains(m1) && m1 == m2
                }()
                if nextIsNumber, prevIsDay { cleaned.append(item) }
                continue
            }
            cleaned.append(item)
        }
        return cleaned
    }
}
