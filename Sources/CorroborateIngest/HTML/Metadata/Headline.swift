import CorroborateCore
import Foundation

/// Chooses the page's headline: a declared title (JSON-LD, Open Graph …) without the site's
/// name around it, else the heading or short line of the page that the `<title>` repeats,
/// else the longest part of the `<title>`.
enum Headline {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " › ", " : ", " · ", " / "]

    /// The headline, and the element that prints it when the page body does.
    static func choose(_ found: MetadataReader.Found, _ collector: BlockCollector) -> (field: PageMetadata.Field, node: Int32?)? {
        let site = found.metadata.siteName?.value
        if let declared = found.metadata.title {
            let value = strip(declared.value, site: site)
            return (.init(value, source: declared.source), printed(value, found, collector))
        }
        if let title = found.titleElement {
            let key = ArticleExtractor.letters(Array(title.utf8)[...])
            if key.count >= 10 {
                for h in found.headings {
                    let own = ArticleExtractor.letters(Array(h.text.utf8)[...])
                    if own.count * 5 >= key.count * 2 || own.count >= 15, key.firstRange(of: own) != nil {
                        return (.init(h.text, source: "h1"), h.node)
                    }
                }
                for block in collector.blocks.prefix(400) where block.words >= 2 && block.words <= 30 {
                    let own = ArticleExtractor.letters(collector.text[block.start..<block.end])
                    if own.count * 5 >= key.count * 2 || own.count >= 15, key.firstRange(of: own) != nil {
                        let text = String(decoding: collector.text[block.start..<block.end], as: UTF8.self)
                        return (.init(text, source: block.kind == .heading ? "heading" : "text"), block.owner)
                    }
                }
            }
            let value = strip(title, site: site)
            return (.init(value, source: "title"), printed(value, found, collector))
        }
        if let h = found.headings.first { return (.init(h.text, source: "h1"), h.node) }
        return nil
    }

    /// The `<h1>` or block that prints a headline, if any.
    private static func printed(_ headline: String, _ found: MetadataReader.Found, _ collector: BlockCollector) -> Int32? {
        let key = ArticleExtractor.letters(Array(headline.utf8)[...])
        guard key.count >= 8 else { return nil }
        if let h = found.headings.first(where: { ArticleExtractor.letters(Array($0.text.utf8)[...]) == key }) { return h.node }
        let words = headline.split(separator: " ").count
        for block in collector.blocks.prefix(400) where block.words <= words + 15 {
            let own = ArticleExtractor.letters(collector.text[block.start..<block.end])
            if own == key || own.firstRange(of: key) != nil { return block.owner }
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
