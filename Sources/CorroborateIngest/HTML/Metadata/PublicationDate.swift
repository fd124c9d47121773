import Foundation

/// Publication dates a page does not declare in markup: in its address (`/2008/01/10/`,
/// `/2008-01-10/`, `20080110`), or printed near the top of the article (a dateline, a
/// "Posted on" line, an element named as the date).
enum PublicationDate {
    /// A date in a URL's path, as `YYYY-MM-DD`.
    static func fromURL(_ url: String) -> String? {
        var path = Substring(url)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...] }
        if let slash = path.firstIndex(of: "/") { path = path[slash...] } else { return nil }
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<q] }
        let numbers = path.split(whereSeparator: { !$0.isNumber }).map { ($0, Int($0) ?? -1) }
        for (k, (text, value)) in numbers.enumerated() where text.count == 4 && value >= 1990 && value <= 2100 {
            if k + 2 < numbers.count, numbers[k + 1].0.count <= 2, numbers[k + 2].0.count <= 2,
                let d = DateText().first(in: "\(value)-\(numbers[k + 1].0)-\(numbers[k + 2].0)")
            {
                return d.iso
            }
        }
        for (text, _) in numbers where text.count == 8 {
            if let d = DateText().first(in: String(text)), d.year >= 1990 { return d.iso }
        }
        return nil
    }

    /// A date printed near the headline (or, without one, near the start of the chosen text):
    /// the nearest short line with a full date, below the headline before above it, looking
    /// no further than three paragraphs into the article; else a stamp closing the article
    /// (``footStamp(after:_:_:)``). Lines of dropped furniture count too — bylines and date
    /// lines often sit in a `header`.
    static func fromText(
        _ document: HTMLDocument, _ collector: BlockCollector, chosen: [Int], headline: Int32?, language: String?
    ) -> String? {
        let reader = DateText(dayFirst: !(language ?? "en").hasPrefix("en"))
        let firstNode = chosen.first.map { collector.blocks[$0].firstNode }
        guard let anchor = headline ?? firstNode else { return nil }
        let end = Int32(document.nodes.count)
        // Stop a few paragraphs into the article: later dates are events, comments, sidebars.
        let last = chosen.last.map { collector.blocks[$0].firstNode } ?? anchor
        let stop = min(end, max(anchor + 1, proseStart(3, after: anchor, chosen, collector) ?? last) + 2)
        let above = PageLines.collect(document, from: max(1, anchor - 600), to: anchor)
        let lines = above + PageLines.collect(document, from: anchor, to: stop, maxLines: 25)
        let at = above.count
        guard at < lines.count else { return nil }
        // Below the headline first: above it sit mastheads with today's date.
        var order: [(cost: Int, line: Int)] = []
        for d in 0..<25 where at + d < lines.count { order.append((d, at + d)) }
        for d in 1...12 where at - d >= 0 { order.append((2 * d - 1, at - d)) }
        order.sort { $0.cost < $1.cost }
        // A byline below the headline carries the story's own date beside it.
        if let byline = (0..<min(8, lines.count - at)).first(where: { LineShapes.isByline(lines[at + $0].bytes[...]) }) {
            let near = (max(0, at + byline - 1)...min(lines.count - 1, at + byline + 3)).map { (cost: -1, line: $0) }
            order = near + order
        }
        for (_, k) in order {
            guard let d = candidate(lines[k], reader) else { continue }
            let (line, found) = published(insteadOf: d, at: k, lines, reader) ?? (k, d)
            return found.ambiguous ? resolve(found, lines, from: line, reader, document).iso : found.iso
        }
        return footStamp(after: last, document, reader).map { found in
            found.ambiguous ? resolve(found, lines, from: lines.count, reader, document).iso : found.iso
        }
    }

    /// The line's date if the line reads as a date line, a byline or a dateline, not as prose
    /// that mentions a date.
    static func candidate(_ line: PageLines.Line, _ reader: DateText) -> DateText.Found? {
        guard DateText.mayHoldDate(line.bytes) else { return nil }
        let text = line.text
        // Dates inside sentences (captions, the story itself) are events, not publication.
        if isSentence(text) {
            guard let d = reader.first(in: String(text.prefix(40))), d.range.lowerBound <= 2, plausible(d) else { return nil }
            return d
        }
        let short = line.bytes.count <= 240 && line.words <= 30
        // A long line counts only for a dateline at its start ("16 January 2008 – The …").
        guard let d = reader.first(in: short ? text : String(text.prefix(40))), plausible(d) else { return nil }
        guard short || d.range.lowerBound <= 2 else { return nil }
        guard !mentions(d, in: text, words: line.words), !bounds(d, in: text) else { return nil }
        return d
    }

    /// `08/01/2008` is 8 January or 1 August: the reading nearest the page's unambiguous dates
    /// (the site's date line, other stories' dates), nearest lines first.
    private static func resolve(
        _ d: DateText.Found, _ lines: [PageLines.Line], from k: Int, _ reader: DateText, _ document: HTMLDocument
    ) -> DateText.Found {
        var nearest: (distance: Int, day: Int)? = nil
        for (j, line) in lines.enumerated() where j != k && line.bytes.count <= 240 && DateText.mayHoldDate(line.bytes) {
            guard let other = reader.first(in: line.text), !other.ambiguous, plausible(other) else { continue }
            if nearest == nil || abs(j - k) < nearest!.distance { nearest = (abs(j - k), other.dayNumber) }
        }
        let whole = { documentDate(PageLines.collect(document, from: 1, to: Int32(document.nodes.count)), reader) }
        guard let reference = nearest?.day ?? whole() else { return d }
        return abs(d.swapped.dayNumber - reference) < abs(d.dayNumber - reference) ? d.swapped : d
    }

    /// Prose rather than a byline or date line: ten words or more, most of them lowercase,
    /// ending as a sentence ends.
    static func isSentence(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 10, let last = line.unicodeScalars.last, ".!?\"”".unicodeScalars.contains(last) else { return false }
        let lower = words.filter { $0.first?.isLowercase == true }.count
        return lower * 2 >= words.count
    }

    /// The most common unambiguous date of the lines, when nothing is near.
    private static func documentDate(_ lines: [PageLines.Line], _ reader: DateText) -> Int? {
        var counts: [Int: Int] = [:]
        for line in lines where line.bytes.count <= 400 && DateText.mayHoldDate(line.bytes) {
            if let d = reader.first(in: line.text), !d.ambiguous, plausible(d) { counts[d.dayNumber / 30, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value }.map { $0.key * 30 + 15 }
    }

    static func plausible(_ d: DateText.Found) -> Bool { d.year >= 1995 && d.year <= 2100 }
}
