import CorroborateCore

/// The parts of a plain-text article file: headers, body lines, captions and footer.
///
/// Works on the file's UTF-8 bytes: lines are byte ranges, so reading a file costs one pass
/// to find lines and a few byte comparisons per line.
struct PlainTextLayout {
    struct Line {
        /// Trimmed byte range in the input.
        var start: Int
        var end: Int
        /// Blank lines before this one in the input.
        var blanksBefore: Int
        var role: Role = .body
        var credit: Range<Int>?
        /// How many times in a row a caption was printed.
        var printed = 1
    }

    enum Role { case body, siteLabel, title, related, caption, duplicate, wireCredit, footer }

    let bytes: [UInt8]
    private(set) var lines: [Line] = []
    private(set) var published: CivilDate?
    private(set) var url: String?
    private(set) var siteLabel: String?
    private(set) var title: String?
    private(set) var related: [String] = []
    private(set) var wireCredits: [String] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var blanks = 0
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let n = bytes.count
        while i <= n {
            var e = i
            while e < n, bytes[e] != 0x0A { e += 1 }
            let (s, t) = PlainTextLayout.trim(bytes, i, e)
            if s == t {
                blanks += 1
            } else {
                lines.append(Line(start: s, end: t, blanksBefore: blanks))
                blanks = 0
            }
            i = e + 1
        }
    }

    mutating func parse() {
        guard !lines.isEmpty else { return }
        parseDatePrefix()
        parseFooter()
        parseCaptions()
        parseHeader()
    }

    // MARK: - Bytes

    @inline(__always)
    private static func lowerASCII(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
    @inline(__always)
    private func lowerASCII(_ b: UInt8) -> UInt8 { PlainTextLayout.lowerASCII(b) }

    /// Trims spaces, tabs, carriage returns and no-break spaces from both ends of `s..<e`.
    static func trim(_ b: [UInt8], _ s: Int, _ e: Int) -> (Int, Int) {
        var s = s
        var e = e
        while s < e {
            if b[s] == 0x20 || b[s] == 0x09 || b[s] == 0x0D { s += 1 }
            else if s + 1 < e, b[s] == 0xC2, b[s + 1] == 0xA0 { s += 2 }
            else { break }
        }
        while e > s {
            if b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
            else if e - 2 >= s, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2 }
            else { break }
        }
        return (s, e)
    }

    func string(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
    func string(_ line: Line) -> String { string(line.start..<line.end) }

    private func sameText(_ a: Line, _ b: Line) -> Bool {
        a.end - a.start == b.end - b.start && bytes[a.start..<a.end].elementsEqual(bytes[b.start..<b.end])
    }

    /// Whether `prefix` (lowercase ASCII) starts the bytes at `i`, ignoring ASCII case.
    private func hasPrefix(_ i: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard end - i >= n else { return false }
        return prefix.withUTF8Buffer { p in
            for k in 0..<n where lowerASCII(bytes[i + k]) != p[k] { return false }
            return true
        }
    }

    private func words(_ line: Line) -> Int {
        var count = 0
        var inWord = false
        for i in line.start..<line.end {
            let space = bytes[i] == 0x20
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    // MARK: - Parts

    /// `date 2025-01-20` (also `Date:`, `Published:`), alone or before the first sentence.
    private mutating func parseDatePrefix() {
        let first = lines[0]
        var i: Int
        if hasPrefix(first.start, first.end, "date:") { i = first.start + 5 }
        else if hasPrefix(first.start, first.end, "published:") { i = first.start + 10 }
        else if hasPrefix(first.start, first.end, "date ") { i = first.start + 5 }
        else { return }
        while i < first.end, bytes[i] == 0x20 { i += 1 }
        guard i + 10 <= first.end, let date = CivilDate(iso: string(i..<(i + 10))) else { return }
        published = date
        let (s, e) = PlainTextLayout.trim(bytes, i + 10, first.end)
        if s == e {
            lines.removeFirst()
            if !lines.isEmpty { lines[0].blanksBefore = 0 }
        } else {
            lines[0].start = s
        }
    }

    /// `Original URL: …` and a wire credit (`with AFP.`) at the end.
    private mutating func parseFooter() {
        var k = lines.count - 1
        var steps = 0
        while k >= 0, steps < 4 {
            let line = lines[k]
            for prefix: StaticString in ["original url:", "source url:", "url:", "source:"] where hasPrefix(line.start, line.end, prefix) {
                let (s, e) = PlainTextLayout.trim(bytes, line.start + prefix.utf8CodeUnitCount, line.end)
                if hasPrefix(s, e, "http://") || hasPrefix(s, e, "https://") {
                    var end = s
                    while end < e, bytes[end] != 0x20 { end += 1 }
                    url = string(s..<end)
                    lines[k].role = .footer
                }
            }
            if lines[k].role == .body, let agency = wireCredit(line) {
                wireCredits.append(agency)
                lines[k].role = .wireCredit
            }
            if lines[k].role == .body { break }
            k -= 1
            steps += 1
        }
    }

    /// The agency in `with AFP.`, `Additional reporting by Reuters`, `- AP`.
    private func wireCredit(_ line: Line) -> String? {
        guard words(line) <= 8 else { return nil }
        let prefixes: [StaticString] = ["with reporting by ", "additional reporting by ", "reporting by ", "with ", "- "]
        for prefix in prefixes where hasPrefix(line.start, line.end, prefix) {
            var (s, e) = PlainTextLayout.trim(bytes, line.start + prefix.utf8CodeUnitCount, line.end)
            while e > s, bytes[e - 1] == 0x2E { e -= 1 }
            guard e > s, bytes[s] >= 0x41, bytes[s] <= 0x5A, e - s <= 60 else { return nil }
            return string(s..<e)
        }
        return nil
    }

    /// Captions end in a credit; a line printed twice in a row is a caption printed twice.
    private mutating func parseCaptions() {
        for k in lines.indices where lines[k].role == .body {
            if let credit = PlainTextLayout.captionCredit(bytes, lines[k].start, lines[k].end) {
                lines[k].role = .caption
                lines[k].credit = credit
            }
        }
        var k = 1
        while k < lines.count {
            let previous = k - 1
            if lines[previous].role == .body || lines[previous].role == .caption,
                lines[k].role == .body || lines[k].role == .caption, lines[k].end - lines[k].start < 400,
                sameText(lines[k], lines[previous])
            {
                lines[previous].role = .caption
                lines[previous].printed += 1
                lines[k].role = .duplicate
                var j = k + 1
                while j < lines.count, sameText(lines[j], lines[previous]) {
                    lines[j].role = .duplicate
                    lines[previous].printed += 1
                    j += 1
                }
                k = j
                continue
            }
            k += 1
        }
    }

    /// The credit of a caption line: the text after the last `Picture:`, `Photo:`, `Image:`,
    /// `Photograph:` or `Credit:` when it is short and ends the line.
    static func captionCredit(_ b: [UInt8], _ start: Int, _ end: Int) -> Range<Int>? {
        // Scan back for a colon; a credit is short, so only the line's tail is searched.
        var i = end - 1
        let floor = max(start, end - 140)
        while i > floor {
            if b[i] == 0x3A, let credit = credit(b, start, end, colon: i) { return credit }
            i -= 1
        }
        return nil
    }

    private static let markers: [[UInt8]] = ["picture", "photo", "image", "photograph", "photo credit", "credit", "pic"].map { Array($0.utf8) }

    private static func credit(_ b: [UInt8], _ start: Int, _ end: Int, colon: Int) -> Range<Int>? {
        for marker in markers {
            let s = colon - marker.count
            guard s >= start else { continue }
            var match = true
            for k in 0..<marker.count where lowerASCII(b[s + k]) != marker[k] {
                match = false
                break
            }
            guard match, b[s] >= 0x41, b[s] <= 0x5A else { continue }
            if s > start { guard b[s - 1] == 0x20 || b[s - 1] == 0x28 || b[s - 1] == 0x2E else { continue } }
            var (cs, ce) = trim(b, colon + 1, end)
            if ce > cs, b[ce - 1] == 0x29 { ce -= 1 }
            guard ce > cs, ce - cs <= 120, b[ce - 1] != 0x2E else { continue }
            var spaces = 0
            for k in cs..<ce where b[k] == 0x20 { spaces += 1 }
            guard spaces < 12 else { continue }
            return cs..<ce
        }
        return nil
    }

    /// Site label, headline and related links above the body.
    private mutating func parseHeader() {
        // Only an article that starts with headline-like lines has a header.
        guard published == nil || isHeadlineLike(lines[0]) else { return }
        var k = 0
        var headlines: [Int] = []
        while k < lines.count, lines[k].role == .body, isHeadlineLike(lines[k]) {
            headlines.append(k)
            k += 1
        }
        guard !headlines.isEmpty, k < lines.count else { return }
        if headlines.count >= 2, words(lines[headlines[0]]) <= 3 {
            lines[headlines[0]].role = .siteLabel
            siteLabel = string(lines[headlines[0]])
            headlines.removeFirst()
        }
        lines[headlines[0]].role = .title
        title = string(lines[headlines[0]])
        for extra in headlines.dropFirst() {
            lines[extra].role = .related
            related.append(string(lines[extra]))
        }
        // After a standfirst, headline-like lines before the body are links to other stories.
        var j = k
        while j < lines.count, lines[j].role != .body { j += 1 }
        guard j < lines.count, isStandfirst(lines[j]) else { return }
        j += 1
        while j < lines.count, lines[j].role == .body, isHeadlineLike(lines[j]), j + 1 < lines.count {
            lines[j].role = .related
            related.append(string(lines[j]))
            j += 1
        }
    }

    /// The last scalar of a line, as its first byte offset.
    private func lastScalarStart(_ line: Line) -> Int {
        var i = line.end - 1
        while i > line.start, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// Whether the line ends like a sentence: `.`, `!`, `?`, a quote mark or an ellipsis.
    private func endsSentence(_ line: Line, allowColon: Bool) -> Bool {
        let i = lastScalarStart(line)
        let b = bytes[i]
        if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x22 || b == 0x27 { return true }
        if allowColon, b == 0x3A || b == 0x3B || b == 0x2C { return true }
        // ” ’ …
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99 || bytes[i + 2] == 0xA6 {
            return true
        }
        return false
    }

    /// Short, capitalised and without the punctuation that ends a sentence.
    private func isHeadlineLike(_ line: Line) -> Bool {
        let b = bytes[line.start]
        let capital = (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0xC3
        return capital && words(line) <= 20 && !endsSentence(line, allowColon: true)
    }

    private func isStandfirst(_ line: Line) -> Bool {
        endsSentence(line, allowColon: false) && words(line) <= 60
    }

    // MARK: - Output

    /// The body: kept lines, one paragraph per line, blank lines where the input had them.
    func bodyText() -> (text: String, captions: [Caption]) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var captions: [Caption] = []
        let blankSeparated = lines.contains { $0.blanksBefore > 0 }
        for line in lines where line.role == .body || line.role == .caption {
            if !out.isEmpty {
                out.append(0x0A)
                if blankSeparated { out.append(0x0A) }
            }
            let start = out.count
            out.append(contentsOf: bytes[line.start..<line.end])
            if line.role == .caption {
                captions.append(Caption(
                    span: Span(start, out.count), credit: line.credit.map(string), printed: line.printed))
            }
        }
        return (String(decoding: out, as: UTF8.self), captions)
    }
}
