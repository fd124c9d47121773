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
    /// no further than the first paragraphs. Lines of dropped furniture count too — bylines
    /// and date lines often sit in a `header`.
    static func fromText(
        _ document: HTMLDocument, _ collector: BlockCollector, chosen: [Int], headline: Int32?, language: String?
    ) -> String? {
        let reader = DateText(dayFirst: !(language ?? "en").hasPrefix("en"))
        let firstNode = chosen.first.map { collector.blocks[$0].firstNode }
        guard let anchor = headline ?? firstNode else { return nil }
        // Stop a few paragraphs into the article: later dates are events, comments, sidebars.
        let stop = chosen.dropFirst(min(3, max(0, chosen.count - 1))).first.map { collector.blocks[$0].firstNode } ?? anchor
        let limit = max(anchor, stop) + 1
        let lines = PageLines.collect(document, from: max(1, anchor - 600), to: min(Int32(document.nodes.count), limit + 1))
        guard let at = lines.firstIndex(where: { $0.node >= anchor }) else { return nil }
        var order: [Int] = []
        for d in 0..<25 {
            if at + d < lines.count, lines[at + d].node <= limit { order.append(at + d) }
            if d > 0, d <= 12, at - d >= 0 { order.append(at - d) }
        }
        for k in order {
            let line = lines[k].text
            let short = line.utf8.count <= 240 && line.split(separator: " ").count <= 30
            // A long line counts only for a dateline at its start ("16 January 2008 – The …").
            guard let d = reader.first(in: short ? line : String(line.prefix(40))), plausible(d) else { continue }
            if short || d.range.lowerBound <= 2 { return d.iso }
        }
        return nil
    }

    private static func plausible(_ d: DateText.Found) -> Bool { d.year >= 1995 && d.year <= 2100 }
}
