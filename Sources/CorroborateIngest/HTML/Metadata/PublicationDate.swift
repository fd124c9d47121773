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

    /// A date printed near the start of the chosen text: in the blocks just before it (where
    /// bylines and datelines sit) or in its first blocks, the nearest first.
    static func fromText(_ collector: BlockCollector, chosen: [Int], candidates: [(node: Int32, text: String)], language: String?) -> String? {
        let reader = DateText(dayFirst: !(language ?? "en").hasPrefix("en"))
        let first = chosen.first ?? 0
        let startNode = chosen.first.map { collector.blocks[$0].owner } ?? 0
        let endNode = chosen.last.map { collector.blocks[$0].owner } ?? Int32(collector.document.nodes.count)
        // Elements named as dates, before the article's end, nearest its start first.
        let named = candidates.filter { $0.node <= endNode }.sorted { abs($0.node - startNode) < abs($1.node - startNode) }
        for c in named.prefix(6) {
            if let d = reader.first(in: c.text), plausible(d) { return d.iso }
        }
        // Short lines around the start.
        var order: [Int] = []
        for k in stride(from: first - 1, through: max(0, first - 12), by: -1) { order.append(k) }
        for k in chosen.prefix(3) { order.append(k) }
        for k in order where k >= 0 && k < collector.blocks.count {
            let block = collector.blocks[k]
            guard block.words <= 40 || chosen.prefix(3).contains(k) else { continue }
            let text = String(decoding: collector.text[block.start..<min(block.end, block.start + 400)], as: UTF8.self)
            if let d = reader.first(in: text), plausible(d) { return d.iso }
        }
        return nil
    }

    private static func plausible(_ d: DateText.Found) -> Bool { d.year >= 1995 && d.year <= 2100 }
}
