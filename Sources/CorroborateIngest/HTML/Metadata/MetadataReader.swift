import CorroborateCore
import Foundation

/// Reads what a page declares about itself: `<meta>` tags (Open Graph, `article:*`, Twitter,
/// Dublin Core, `itemprop`, common CMS names), JSON-LD, `<link rel="canonical">`, `<html lang>`,
/// `<time>` elements, microdata and elements named as bylines or dates, and the `<title>`.
/// Each value keeps its source (see ``PageMetadata``).
struct MetadataReader {
    let document: HTMLDocument
    /// Class/id categories per node, from ``BlockCollector``.
    let names: [UInt64]
    /// Letters and digits per subtree, from ``BlockCollector``.
    let sizes: [Int32]

    init(document: HTMLDocument, collector: BlockCollector) {
        self.document = document
        names = collector.names
        sizes = collector.rawSize
    }

    /// Everything found, before choosing.
    struct Found {
        var metadata = PageMetadata()
        /// The JSON-LD `articleBody`, for cross-checking the extracted text.
        var articleBody: String?
        /// `<h1>` elements and their texts in order, for the headline.
        var headings: [(node: Int32, text: String)] = []
        var titleElement: String?
    }

    private static let publishedNames: [String] = [
        "article:published_time", "og:article:published_time", "article.published", "datepublished", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "published-date", "publication_date",
        "pub_date", "date.published", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "original-publish-date", "originalpublicationdate",
        "cxenseparse:recs:publishtime", "article:published", "og:published_time", "citation_publication_date",
        "citation_date", "date", "dc.date.modified",
    ]
    private static let modifiedNames: [String] = [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "lastmod",
        "dc.date.modified",
    ]
    private static let authorNames: [String] = [
        "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl",
        "byline", "twitter:creator", "citation_author",
    ]
    private static let titleNames: [String] = [
        "og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline", "sailthru.title", "parsely-title",
    ]
    private static let siteNames: [String] = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"]

    func read() -> Found {
        var found = Found()
        var metas: [String: String] = [:]
        var scripts: [ArraySlice<UInt8>] = []
        var times: [(value: String, strong: Bool)] = []
        var bylineTexts: [String] = []
        var itemAuthor: String? = nil
        var itemDate: String? = nil
        let nodes = document.nodes
        for index in 1..<nodes.count {
            let node = nodes[index]
            let i = Int32(index)
            switch node.tag {
            case .meta:
                guard let content = document.attribute("content", of: i) else { continue }
                for key: StaticString in ["property", "name", "itemprop", "http-equiv"] {
                    if let k = document.attribute(key, of: i)?.lowercased(), metas[k] == nil, !content.isEmpty {
                        metas[k] = content
                    }
                }
            case .link:
                if let rel = document.attribute("rel", of: i)?.lowercased(), rel.split(separator: " ").contains("canonical"),
                    let href = document.attribute("href", of: i), found.metadata.canonicalURL == nil, !href.isEmpty
                {
                    found.metadata.canonicalURL = .init(href, source: "link:canonical")
                }
            case .html:
                if found.metadata.language == nil, let lang = document.attribute("lang", of: i) ?? document.attribute("xml:lang", of: i),
                    let tag = MetadataReader.languageTag(lang)
                {
                    found.metadata.language = .init(tag, source: "html:lang")
                }
            case .title:
                if found.titleElement == nil {
                    let t = MetadataReader.clean(document.text(of: i))
                    if !t.isEmpty { found.titleElement = t }
                }
            case .script:
                if let type = document.attribute("type", of: i)?.lowercased(), type.contains("ld+json") {
                    scripts.append(document.rawText(of: i))
                }
            case .time:
                let value = document.attribute("datetime", of: i) ?? MetadataReader.clean(document.text(of: i))
                let strong = document.hasAttribute("pubdate", of: i)
                    || document.attribute("itemprop", of: i)?.lowercased() == "datepublished"
                    || names[index] & BoilerplateNames.date != 0
                if times.count < 20 { times.append((value, strong)) }
            case .h1:
                if found.headings.count < 5 {
                    let t = MetadataReader.clean(document.text(of: i))
                    if !t.isEmpty { found.headings.append((i, t)) }
                }
            default:
                break
            }
            guard !node.isText, node.attributeCount > 0 else { continue }
            if let prop = document.attribute("itemprop", of: i)?.lowercased() {
                if prop == "datepublished", itemDate == nil {
                    itemDate = document.attribute("content", of: i) ?? document.attribute("datetime", of: i)
                        ?? MetadataReader.clean(document.text(of: i))
                } else if prop == "author" || prop == "creator", itemAuthor == nil, node.tag != .meta {
                    let t = MetadataReader.clean(document.text(of: i))
                    if !t.isEmpty, t.count < 120 { itemAuthor = t }
                }
            }
            if node.tag == .a, itemAuthor == nil, document.attribute("rel", of: i)?.lowercased() == "author" {
                let t = MetadataReader.clean(document.text(of: i))
                if !t.isEmpty, t.count < 80 { itemAuthor = t }
            }
            if names[index] & BoilerplateNames.byline != 0, bylineTexts.count < 5, node.tag != .a, sizes[index] < 200 {
                let t = MetadataReader.clean(document.text(of: i))
                if !t.isEmpty, t.count < 150 { bylineTexts.append(t) }
            }
        }

        let ld = JSONLDArticle(scripts: scripts)
        found.articleBody = ld?.articleBody
        var m = found.metadata

        // Title.
        if let t = ld?.headline { m.title = .init(t, source: "json-ld") }
        for key in MetadataReader.titleNames where m.title == nil {
            if let v = metas[key].map(MetadataReader.clean), !v.isEmpty { m.title = .init(v, source: "meta:" + key) }
        }

        // Dates.
        func iso(_ raw: String) -> String? { DateText().first(in: raw)?.iso }
        if let d = ld?.datePublished.flatMap(iso) { m.published = .init(d, source: "json-ld") }
        for key in MetadataReader.publishedNames where m.published == nil {
            if let d = metas[key].flatMap(iso) { m.published = .init(d, source: "meta:" + key) }
        }
        if m.published == nil, let d = itemDate.flatMap(iso) { m.published = .init(d, source: "itemprop:datePublished") }
        // CMSs invent their own names (`displaydate`, `publicationdate`, `doc_date`): any other
        // `<meta>` about a date that is not a modification, expiry or event date, those that
        // say "pub" first (`sitepubdate` over `sitedate1`), then issue and creation dates.
        if m.published == nil {
            let named = metas.keys.filter(MetadataReader.namesPublicationDate).map { key in
                (rank: key.contains("pub") ? 0 : key.contains("issued") || key.contains("creat") ? 1 : 2, key: key)
            }
            for (_, key) in named.sorted(by: { ($0.rank, $0.key) < ($1.rank, $1.key) }) {
                if let d = metas[key].flatMap(iso) {
                    m.published = .init(d, source: "meta:" + key)
                    break
                }
            }
        }
        if m.published == nil, let d = times.first(where: \.strong).flatMap({ iso($0.value) }) {
            m.published = .init(d, source: "time")
        }
        if let d = ld?.dateModified.flatMap(iso) { m.modified = .init(d, source: "json-ld") }
        for key in MetadataReader.modifiedNames where m.modified == nil {
            if let d = metas[key].flatMap(iso) { m.modified = .init(d, source: "meta:" + key) }
        }

        // Byline.
        if let authors = ld?.authors, !authors.isEmpty {
            m.byline = .init(MetadataReader.joinNames(authors), source: "json-ld")
        }
        for key in MetadataReader.authorNames where m.byline == nil {
            if let v = metas[key].map(MetadataReader.clean), !v.isEmpty, !v.contains("://"), !v.hasPrefix("@"), v.count < 120 {
                m.byline = .init(v, source: "meta:" + key)
            }
        }
        if m.byline == nil, let a = itemAuthor { m.byline = .init(MetadataReader.stripBy(a), source: "itemprop:author") }
        if m.byline == nil, let b = bylineTexts.lazy.map(MetadataReader.stripBy).first(where: MetadataReader.looksLikeNames) {
            m.byline = .init(b, source: "byline")
        }

        // Publisher, address, language, description.
        if let p = ld?.publisher { m.siteName = .init(p, source: "json-ld") }
        for key in MetadataReader.siteNames where m.siteName == nil {
            if let v = metas[key].map(MetadataReader.clean), !v.isEmpty, !v.contains("://"), v.count < 80 {
                m.siteName = .init(v.hasPrefix("@") ? String(v.dropFirst()) : v, source: "meta:" + key)
            }
        }
        if m.canonicalURL == nil, let u = metas["og:url"], u.hasPrefix("http") { m.canonicalURL = .init(u, source: "meta:og:url") }
        if m.canonicalURL == nil, let u = ld?.url, u.hasPrefix("http") { m.canonicalURL = .init(u, source: "json-ld") }
        for (key, source) in [("content-language", "meta:content-language"), ("language", "meta:language"), ("dc.language", "meta:dc.language"), ("og:locale", "meta:og:locale")]
        where m.language == nil {
            if let v = metas[key].flatMap(MetadataReader.languageTag) { m.language = .init(v, source: source) }
        }
        if m.language == nil, let l = ld?.language.flatMap(MetadataReader.languageTag) { m.language = .init(l, source: "json-ld") }
        if let d = ld?.description ?? metas["og:description"] ?? metas["description"] {
            let v = MetadataReader.clean(d)
            if !v.isEmpty { m.description = .init(v, source: ld?.description != nil ? "json-ld" : (metas["og:description"] != nil ? "meta:og:description" : "meta:description")) }
        }
        found.metadata = m
        return found
    }

    // MARK: - Helpers

    private static let notPublication = ["modif", "updat", "expir", "revis", "review", "birth", "event", "start", "end", "valid", "last", "copyright"]

    /// A `<meta>` name about when the page was published, by its words.
    static func namesPublicationDate(_ name: String) -> Bool {
        guard name.contains("date") || name.contains("publi") || name.contains("issued") || name.contains("created") else { return false }
        return !notPublication.contains { name.contains($0) }
    }

    /// Whitespace collapsed and trimmed.
    static func clean(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    /// `en_US` → `en-US`; nil for values that are not language tags.
    static func languageTag(_ raw: String) -> String? {
        let v = raw.trimmingPrefix(while: { $0 == " " }).split(separator: ",").first.map { $0.trimmingPrefix(while: { $0 == " " }) } ?? ""
        let tag = v.replacingOccurrences(of: "_", with: "-")
        let parts = tag.split(separator: "-")
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isLetter && $0.isASCII }) else { return nil }
        var result = first.lowercased()
        for part in parts.dropFirst().prefix(2) where part.allSatisfy({ ($0.isLetter || $0.isNumber) && $0.isASCII }) {
            result += "-" + (part.count == 2 ? part.uppercased() : String(part))
        }
        return result
    }

    /// `By Jane Roe and John Doe, Staff Writer` → `Jane Roe and John Doe, Staff Writer`.
    static func stripBy(_ s: String) -> String {
        var t = s
        for prefix in ["By ", "by ", "BY ", "Von ", "von ", "Par ", "par ", "Por ", "por ", "Di ", "Door ", "door "] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count))
            break
        }
        if let bar = t.firstIndex(where: { $0 == "|" || $0 == "•" }) { t = String(t[..<bar]) }
        return clean(t.trimmingCharacters(in: .whitespaces))
    }

    /// A byline, not a sentence or a date: a few capitalised words.
    static func looksLikeNames(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...12).contains(words.count) else { return false }
        return words.first?.first?.isUppercase == true && DateText().first(in: s) == nil
    }

    static func joinNames(_ names: [String]) -> String {
        var unique: [String] = []
        for n in names where !unique.contains(n) { unique.append(n) }
        switch unique.count {
        case 0: return ""
        case 1: return unique[0]
        default: return unique.dropLast().joined(separator: ", ") + " and " + unique[unique.count - 1]
        }
    }
}
