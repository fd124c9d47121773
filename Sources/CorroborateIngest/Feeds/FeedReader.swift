public import CorroborateCore
import Foundation

/// Reads RSS (0.9x, 1.0/RDF and 2.0), Atom 1.0 and JSON Feed 1.x, and OPML lists of feeds,
/// with the same forgiving parser as HTML pages: a malformed feed yields what can be read.
///
/// ```swift
/// let feed = try FeedReader().read(bytes, source: "world.xml")
/// feed.items.first?.link        // the first story's address
/// let articles = FeedReader().articles(feed, source: "world.xml")   // items with their text
/// ```
public struct FeedReader: Sendable {
    public init() {}

    /// Whether bytes look like a feed or OPML (their first element, or a JSON Feed version).
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, bytes[i] <= 0x20 { i += 1 }
        guard i < bytes.count else { return false }
        if bytes[i] == UInt8(ascii: "{") {
            return String(decoding: bytes.prefix(1024), as: UTF8.self).contains("jsonfeed.org/version")
        }
        // The first element, after the XML declaration, comments and a DOCTYPE.
        var t = bytes.withUnsafeBufferPointer { b -> String? in
            var tokenizer = HTMLTokenizer(UnsafeBufferPointer(rebasing: b[i..<min(b.count, i + 4096)]), xml: true)
            while true {
                switch tokenizer.next() {
                case .startTag:
                    return String(decoding: b[i + tokenizer.start..<i + tokenizer.end], as: UTF8.self).lowercased()
                case .endOfFile, .endTag:
                    return nil
                case .text:
                    if b[i + tokenizer.start..<i + tokenizer.end].contains(where: { $0 > 0x20 }) { return nil }
                default:
                    continue
                }
            }
        }
        t = t.map { $0.split(separator: ":").last.map(String.init) ?? $0 }
        return t == "rss" || t == "feed" || t == "rdf" || t == "opml"
    }

    /// Reads one feed.
    /// - Throws: ``IngestError`` when the bytes are no feed of a known kind.
    public func read(_ bytes: [UInt8], source: String) throws(IngestError) -> Feed {
        if let first = bytes.first(where: { $0 > 0x20 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }), first == UInt8(ascii: "{") {
            return try jsonFeed(bytes, source: source)
        }
        let document = HTMLDocument(utf8: HTMLEncoding.decode(bytes).utf8, xml: true)
        guard let root = document.children(HTMLDocument.root).first(where: { !document.nodes[Int($0)].isText }) else {
            throw IngestError(.empty, source: source, "no feed elements")
        }
        switch document.localName(root) {
        case "rss": return rss(document, channel: document.child(root, "channel") ?? root, items: nil)
        case "rdf": return rss(document, channel: document.child(root, "channel") ?? root, items: document.childElements(root, named: "item"))
        case "feed": return atom(document, root)
        default:
            throw IngestError(.invalidField, source: source, "not a feed: the document is <\(document.name(of: root))>")
        }
    }

    /// The feeds listed in an OPML file (nested outlines included).
    public func subscriptions(_ bytes: [UInt8], source: String) throws(IngestError) -> [FeedSubscription] {
        let document = HTMLDocument(utf8: HTMLEncoding.decode(bytes).utf8, xml: true)
        guard let root = document.children(HTMLDocument.root).first(where: { !document.nodes[Int($0)].isText }),
            document.localName(root) == "opml"
        else {
            throw IngestError(.invalidField, source: source, "not an OPML file")
        }
        return document.descendants(root, named: "outline").compactMap { o in
            guard let url = document.attribute("xmlurl", of: o)?.trimmingASCIIWhitespace, !url.isEmpty else { return nil }
            return FeedSubscription(
                title: document.attribute("title", of: o) ?? document.attribute("text", of: o), feedURL: url,
                siteURL: document.attribute("htmlurl", of: o))
        }
    }

    // MARK: - RSS and Atom

    private func rss(_ d: HTMLDocument, channel: Int32, items: [Int32]?) -> Feed {
        var feed = Feed(kind: .rss, title: d.trimmedText(d.child(channel, "title")), link: d.trimmedText(d.child(channel, "link")))
        for item in items ?? d.childElements(channel, named: "item") {
            var entry = FeedItem()
            entry.title = d.trimmedText(d.child(item, "title"))
            entry.link = d.trimmedText(d.child(item, "link")) ?? d.child(item, "guid").flatMap { g in
                d.attribute("ispermalink", of: g)?.lowercased() == "false" ? nil : d.trimmedText(g)
            }
            entry.id = d.trimmedText(d.child(item, "guid")) ?? entry.link
            entry.published = FeedReader.date(d.trimmedText(d.child(item, "pubDate", "dc:date", "published")))
            entry.updated = FeedReader.date(d.trimmedText(d.child(item, "dc:modified", "updated")))
            entry.author = d.trimmedText(d.child(item, "dc:creator", "author"))
            entry.summary = d.trimmedText(d.child(item, "description", "summary"))
            entry.content = d.trimmedText(d.child(item, "content:encoded"))
            feed.items.append(entry)
        }
        return feed
    }

    private func atom(_ d: HTMLDocument, _ root: Int32) -> Feed {
        var feed = Feed(kind: .atom, title: d.trimmedText(d.child(root, "title")), link: alternate(d, root))
        for entry in d.childElements(root, named: "entry") {
            var item = FeedItem()
            item.title = d.trimmedText(d.child(entry, "title"))
            item.link = alternate(d, entry)
            item.id = d.trimmedText(d.child(entry, "id"))
            item.published = FeedReader.date(d.trimmedText(d.child(entry, "published", "issued")))
            item.updated = FeedReader.date(d.trimmedText(d.child(entry, "updated", "modified")))
            if let author = d.child(entry, "author") { item.author = d.trimmedText(d.child(author, "name")) ?? d.trimmedText(author) }
            item.summary = d.trimmedText(d.child(entry, "summary"))
            item.content = d.trimmedText(d.child(entry, "content"))
            feed.items.append(item)
        }
        return feed
    }

    /// An Atom element's `link rel="alternate"` (or a link without `rel`).
    private func alternate(_ d: HTMLDocument, _ i: Int32) -> String? {
        let links = d.childElements(i, named: "link")
        let chosen = links.first { (d.attribute("rel", of: $0) ?? "alternate").lowercased() == "alternate" } ?? links.first
        return chosen.flatMap { d.attribute("href", of: $0) }
    }

    // MARK: - JSON Feed

    private func jsonFeed(_ bytes: [UInt8], source: String) throws(IngestError) -> Feed {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw IngestError(.malformedJSON, source: source, "not a JSON object")
        }
        guard (object["version"] as? String)?.contains("jsonfeed.org") == true || object["items"] is [Any] else {
            throw IngestError(.invalidField, source: source, "not a JSON Feed (no version or items)")
        }
        var feed = Feed(kind: .jsonFeed, title: object["title"] as? String, link: object["home_page_url"] as? String)
        for case let entry as [String: Any] in (object["items"] as? [Any]) ?? [] {
            var item = FeedItem()
            item.title = entry["title"] as? String
            item.link = (entry["url"] as? String) ?? (entry["external_url"] as? String)
            item.id = (entry["id"] as? String) ?? (entry["id"] as? NSNumber)?.stringValue
            item.published = FeedReader.date(entry["date_published"] as? String)
            item.updated = FeedReader.date(entry["date_modified"] as? String)
            let authors = (entry["authors"] as? [[String: Any]]) ?? ((entry["author"] as? [String: Any]).map { [$0] } ?? [])
            let names = authors.compactMap { $0["name"] as? String }
            item.author = names.isEmpty ? nil : MetadataReader.joinNames(names)
            item.summary = entry["summary"] as? String
            item.content = (entry["content_html"] as? String) ?? (entry["content_text"] as? String).map(FeedReader.escapeText)
            feed.items.append(item)
        }
        return feed
    }

    /// Plain text as HTML paragraphs, so every kind of content is read the same way.
    static func escapeText(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            "<p>" + line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>"
        }.joined()
    }

    /// A feed date (RFC 822 or ISO 8601) as ISO 8601; the original when it cannot be read.
    static func date(_ raw: String?) -> String? {
        guard let raw else { return nil }
        return DateText().first(in: raw)?.iso ?? raw
    }

    // MARK: - Articles

    /// The feed's items as articles: the full content when the feed carries it, else the
    /// summary; items with neither are left out (fetch their links instead).
    public func articles(_ feed: Feed, source: String) -> [Article] {
        var result: [Article] = []
        for (n, item) in feed.items.enumerated() {
            guard let html = item.content ?? item.summary else { continue }
            let page = HTMLReader().read(utf8: Array(html.utf8), url: item.link)
            guard page.text.utf8.contains(where: { $0 > 0x20 }) else { continue }
            var metadata = page.metadata
            if let t = item.title { metadata.title = .init(t, source: "feed") }
            if let p = item.published { metadata.published = .init(p, source: "feed") }
            if let a = item.author { metadata.byline = .init(a, source: "feed") }
            if let s = feed.title { metadata.siteName = .init(s, source: "feed") }
            let outlet = item.link.flatMap(PlainTextReader.outlet(fromURL:)) ?? feed.link.flatMap(PlainTextReader.outlet(fromURL:))
            var article = Article(
                id: "\(PlainTextReader.stem(of: source))-\(n + 1)", source: "\(source)#\(n + 1)", url: item.link,
                outlet: outlet ?? feed.title, title: item.title ?? page.title,
                published: item.published.flatMap { CivilDate(iso: $0.prefix(10)) } ?? metadata.published.flatMap { CivilDate(iso: $0.value.prefix(10)) },
                text: page.text, captions: page.captions.map { Caption(span: Span($0.lowerBound, $0.upperBound), credit: nil) },
                digest: Digest.fnv1a(html.utf8))
            article.byline = metadata.byline?.value
            article.language = metadata.language?.value
            article.metadata = metadata
            result.append(article)
        }
        return result
    }
}
