import CorroborateCore
import Foundation

/// Chooses the page's headline: a declared title (JSON-LD, Open Graph …) without the site's
/// name around it; else the line of the page that the `<title>` repeats — the longest such
/// line, a heading before other text, the nearest to the article's start on ties; else the
/// longest part of the `<title>`; else the first `<h1>`.
enum Headline {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " › ", " : ", " · ", " / ", " -- "]

    /// The headline, and the element that prints it when the page body does.
    static func choose(_ found: MetadataReader.Found, _ collector: BlockCollector, articleStart: Int32? = nil)
        -> (field: PageMetadata.Field, node: Int32?)?
    {
        let site = found.metadata.siteName?.value
        if let declared = found.metadata.title {
            let value = strip(declared.value, site: site)
            return (.init(value, source: declared.source), printed(value, found, collector))
        }
        let near = headingBefore(articleStart, collector)
        if let title = found.titleElement {
            let key = ArticleExtractor.letters(Array(title.utf8)[...])
            if key.count >= 10, let best = repeated(key, found, collector, articleStart: articleStart) {
                // A title that only names the site matches the masthead, far from the article.
                if let near, let start = articleStart, let node = best.node, abs(start - node) > 150 { return near }
                return best
            }
            if let near { return near }
            let value = strip(title, site: site)
            return (.init(value, source: "title"), printed(value, found, collector))
        }
        if let near { return near }
        if let h = found.headings.first { return (.init(h.text, source: "h1"), h.node) }
        return nil
    }

    /// A heading just above the article's first paragraph.
    private static func headingBefore(_ start: Int32?, _ collector: BlockCollector) -> (field: PageMetadata.Field, node: Int32?)? {
        guard let start else { return nil }
        var result: (field: PageMetadata.Field, node: Int32?)? = nil
        var plain: (field: PageMetadata.Field, node: Int32?)? = nil
        for block in collector.blocks where block.firstNode < start && start - block.firstNode < 80 {
            guard block.words >= 3, block.words <= 30, block.linkDensity < 0.5 else { continue }
            let text = String(decoding: collector.text[block.start..<block.end], as: UTF8.self)
            if block.kind == .heading || block.names & BoilerplateNames.headline != 0 {
                result = (.init(text, source: "heading"), block.owner)
            } else if block.words <= 20, start - block.firstNode < 40, collector.text[block.end - 1] != 0x2E,
                !LineShapes.isByline(collector.text[block.start..<block.end]), !LineShapes.isDateLine(collector.text[block.start..<block.end])
            {
                plain = (.init(text, source: "text"), block.owner)
            }
        }
        return result ?? plain
    }

    /// The page line that the title repeats.
    private static func repeated(_ key: [UInt8], _ found: MetadataReader.Found, _ collector: BlockCollector, articleStart: Int32?)
        -> (field: PageMetadata.Field, node: Int32?)?
    {
        var best: (length: Int, heading: Bool, distance: Int32, field: PageMetadata.Field, node: Int32)? = nil
        func consider(_ text: String, _ own: [UInt8], node: Int32, heading: Bool, source: String) {
            // A line of the title: at least 15 letters or two fifths of it, and within it.
            guard own.count >= 15 || own.count * 5 >= key.count * 2, own.count >= 6, ByteSearch.contains(own, in: key) else { return }
            let distance = articleStart.map { abs($0 - node) } ?? node
            let candidate = (own.count, heading, distance, PageMetadata.Field(text, source: source), node)
            if let b = best {
                let better = candidate.0 > b.length + 3 || (abs(candidate.0 - b.length) <= 3 && (heading && !b.heading || heading == b.heading && distance < b.distance))
                if !better { return }
            }
            best = candidate
        }
        for h in found.headings {
            consider(h.text, ArticleExtractor.letters(Array(h.text.utf8)[...]), node: h.node, heading: true, source: "h1")
        }
        for block in collector.blocks.prefix(600) where block.words >= 2 && block.words <= 40 {
            // The first line only: a headline shares its block with a date line after a `<br>`.
            let end = collector.text[block.start..<block.end].firstIndex(of: 0x0A) ?? block.end
            let own = ArticleExtractor.letters(collector.text[block.start..<end])
            let text = String(decoding: collector.text[block.start..<end], as: UTF8.self)
            consider(text, own, node: block.owner, heading: block.kind == .heading, source: block.kind == .heading ? "heading" : "text")
        }
        return best.map { ($0.field, $0.node) }
    }

    /// The `<h1>` or block that prints a headline, if any.
    private static func printed(_ headline: String, _ found: MetadataReader.Found, _ collector: BlockCollector) -> Int32? {
        let key = ArticleExtractor.letters(Array(headline.utf8)[...])
        guard key.count >= 8 else { return nil }
        if let h = found.headings.first(where: { ArticleExtractor.letters(Array($0.text.utf8)[...]) == key }) { return h.node }
        let words = headline.split(separator: " ").count
        for block in collector.blocks.prefix(600) where block.words <= words + 15 {
            let own = ArticleExtractor.letters(collector.text[block.start..<block.end])
            if own == key || ByteSearch.contains(key, in: own) { return block.owner }
        }
        return nil
    }

    /// `Headline | Site` → `Headline`: drops the parts that name the site or are much shorter.
    static func strip(_ title: String, site: String?) -> String {
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { MetadataReader.clean($0) }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { continue }
            if let site {
                let rest = parts.filter { $0.lowercased() != site.lowercased() }
                if rest.count < parts.count, !rest.isEmpty { return rest.joined(separator: separator) }
            }
            let longest = parts.max { $0.count < $1.count } ?? title
            let others = parts.filter { $0 != longest }
            if others.allSatisfy({ $0.split(separator: " ").count <= 4 }), longest.split(separator: " ").count >= 3 {
                return longest
            }
        }
        return title
    }
}
