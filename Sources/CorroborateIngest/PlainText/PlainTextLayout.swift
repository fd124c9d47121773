import Foundation
import CorroborateCore

/// The parts of a plain-text article file: headers, body lines, captions and footer.
struct PlainTextLayout {
    struct Line {
        var text: Substring
        /// Blank lines before this one in the input.
        var blanksBefore: Int
        var role: Role = .body
        var credit: Substring?
        /// How many times in a row a caption was printed.
        var printed = 1
    }

    enum Role { case body, siteLabel, title, related, caption, duplicate, wireCredit, footer }

    private(set) var lines: [Line] = []
    private(set) var published: CivilDate?
    private(set) var url: String?
    private(set) var siteLabel: String?
    private(set) var title: String?
    private(set) var related: [String] = []
    private(set) var wireCredits: [String] = []

    init(_ raw: String) {
        var blanks = 0
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty {
                blanks += 1
                continue
            }
            lines.append(Line(text: trimmed, blanksBefore: blanks))
            blanks = 0
        }
    }

    mutating func parse() {
        guard !lines.isEmpty else { return }
        parseDatePrefix()
        parseFooter()
        parseCaptions()
        parseHeader()
    }

    // MARK: - Parts

    /// `date 2025-01-20` (also `Date:`, `Published:`), alone or before the first sentence.
    private mutating func parseDatePrefix() {
        let first = lines[0].text
        let lower = first.prefix(12).lowercased()
        var rest: Substring
        if lower.hasPrefix("date:") || lower.hasPrefix("published:") {
            rest = first[first.index(after: first.firstIndex(of: ":")!)...]
        } else if lower.hasPrefix("date ") {
            rest = first.dropFirst(5)
        } else {
            return
        }
        rest = rest.trimmingWhitespace
        guard let date = CivilDate(iso: rest.prefix(10)) else { return }
        published = date
        let body = rest.dropFirst(10).trimmingWhitespace
        if body.isEmpty {
            lines.removeFirst()
            if !lines.isEmpty { lines[0].blanksBefore = 0 }
        } else {
            lines[0].text = body
        }
    }

    /// `Original URL: …` and a wire credit (`with AFP.`) at the end.
    private mutating func parseFooter() {
        var k = lines.count - 1
        var steps = 0
        while k >= 0, steps < 4 {
            let text = lines[k].text
            let lower = text.lowercased()
            for prefix in ["original url:", "source url:", "url:", "source:"] where lower.hasPrefix(prefix) {
                let value = text.dropFirst(prefix.count).trimmingWhitespace
                if value.hasPrefix("http://") || value.hasPrefix("https://") {
                    url = String(value.prefix { $0 != " " })
                    lines[k].role = .footer
                }
            }
            if lines[k].role == .body, let agency = PlainTextLayout.wireCredit(text) {
                wireCredits.append(agency)
                lines[k].role = .wireCredit
            }
            if lines[k].role == .body { break }
            k -= 1
            steps += 1
        }
    }

    /// The agency in `with AFP.`, `Additional reporting by Reuters`, `- AP`.
    static func wireCredit(_ line: Substring) -> String? {
        let words = line.split(separator: " ")
        guard words.count <= 8 else { return nil }
        let lower = line.lowercased()
        for prefix in ["with ", "additional reporting by ", "reporting by ", "with reporting by ", "— ", "- "]
        where lower.hasPrefix(prefix) {
            var agency = line.dropFirst(prefix.count).trimmingWhitespace
            while let last = agency.last, last == "." || last == " " { agency = agency.dropLast() }
            guard let first = agency.first, first.isUppercase, agency.count <= 60 else { return nil }
            return String(agency)
        }
        return nil
    }

    /// Captions end in a credit; a line printed twice in a row is a caption printed twice.
    private mutating func parseCaptions() {
        for k in lines.indices where lines[k].role == .body {
            if let credit = PlainTextLayout.captionCredit(lines[k].text) {
                lines[k].role = .caption
                lines[k].credit = credit
            }
        }
        var k = 1
        while k < lines.count {
            let previous = k - 1
            if lines[k].text == lines[previous].text, lines[previous].role == .body || lines[previous].role == .caption,
                lines[k].role == .body || lines[k].role == .caption, lines[k].text.utf8.count < 400
            {
                lines[previous].role = .caption
                lines[previous].printed += 1
                lines[k].role = .duplicate
                // Further copies also count against the first.
                var j = k + 1
                while j < lines.count, lines[j].text == lines[previous].text {
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
    static func captionCredit(_ line: Substring) -> Substring? {
        for marker in ["Picture:", "Photo:", "Image:", "Photograph:", "Photo credit:", "Credit:", "Pic:"] {
            guard let range = line.range(of: marker, options: .backwards) else { continue }
            if range.lowerBound != line.startIndex {
                let before = line[line.index(before: range.lowerBound)]
                guard before == " " || before == "(" || before == "." else { continue }
            }
            var credit = line[range.upperBound...].trimmingWhitespace
            if credit.hasSuffix(")") { credit = credit.dropLast() }
            guard !credit.isEmpty, credit.count <= 120, !credit.hasSuffix("."), credit.split(separator: " ").count <= 12 else {
                continue
            }
            return credit
        }
        return nil
    }

    /// Site label, headline and related links above the body.
    private mutating func parseHeader() {
        // Only an article that starts with headline-like lines has a header.
        guard published == nil || lines.first.map({ isHeadlineLike($0.text) }) == true else { return }
        var k = 0
        var headlines: [Int] = []
        while k < lines.count, lines[k].role == .body, isHeadlineLike(lines[k].text) {
            headlines.append(k)
            k += 1
        }
        guard !headlines.isEmpty, k < lines.count else { return }
        if headlines.count >= 2, words(lines[headlines[0]].text) <= 3 {
            lines[headlines[0]].role = .siteLabel
            siteLabel = String(lines[headlines[0]].text)
            headlines.removeFirst()
        }
        lines[headlines[0]].role = .title
        title = String(lines[headlines[0]].text)
        for extra in headlines.dropFirst() {
            lines[extra].role = .related
            related.append(String(lines[extra].text))
        }
        // After a standfirst, headline-like lines before the body are links to other stories.
        var j = k
        while j < lines.count, lines[j].role != .body { j += 1 }
        guard j < lines.count, isStandfirst(lines[j].text) else { return }
        j += 1
        while j < lines.count, lines[j].role == .body, isHeadlineLike(lines[j].text), j + 1 < lines.count {
            lines[j].role = .related
            related.append(String(lines[j].text))
            j += 1
        }
    }

    private func words(_ s: Substring) -> Int { s.split(separator: " ").count }

    /// Short, capitalised and without the punctuation that ends a sentence.
    private func isHeadlineLike(_ s: Substring) -> Bool {
        guard let first = s.first, first.isUppercase || first.isNumber, let last = s.last else { return false }
        let n = words(s)
        return n <= 20 && !".!?\"”’…:;,".contains(last)
    }

    private func isStandfirst(_ s: Substring) -> Bool {
        guard let last = s.last else { return false }
        return ".!?\"”’".contains(last) && words(s) <= 60
    }

    // MARK: - Output

    /// The body: kept lines, one paragraph per line, blank lines where the input had them.
    func bodyText() -> (text: String, captions: [Caption]) {
        var text = ""
        var captions: [Caption] = []
        var first = true
        let blankSeparated = lines.contains { $0.blanksBefore > 0 }
        for line in lines where line.role == .body || line.role == .caption {
            if !first { text += blankSeparated ? "\n\n" : "\n" }
            first = false
            let start = text.utf8.count
            text.append(contentsOf: line.text)
            if line.role == .caption {
                captions.append(Caption(
                    span: Span(start, text.utf8.count), credit: line.credit.map(String.init), printed: line.printed))
            }
        }
        return (text, captions)
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and carriage returns.
    var trimmingWhitespace: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" || c == "\r" || c == "\u{FEFF}" || c == "\u{00A0}" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" || c == "\u{00A0}" { s = s.dropLast() }
        return s
    }
}
