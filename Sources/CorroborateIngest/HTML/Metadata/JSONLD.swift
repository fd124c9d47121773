import Foundation

/// The article described by a page's JSON-LD (`<script type="application/ld+json">`):
/// schema.org `NewsArticle` and its relatives, found at the top level, in arrays or in
/// `@graph`.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    var language: String?
    var description: String?
    var articleBody: String?

    /// Types that describe an article, best first.
    private static let articleTypes: [String] = [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report",
        "SocialMediaPosting", "WebPage",
    ]

    /// Reads the scripts' sources; nil when none describes an article.
    init?(scripts: [ArraySlice<UInt8>]) {
        var objects: [[String: Any]] = []
        for source in scripts {
            guard let json = JSONLDArticle.parse(source) else { continue }
            JSONLDArticle.collect(json, into: &objects, depth: 0)
        }
        var best: (rank: Int, object: [String: Any])? = nil
        var publisherName: String? = nil
        for object in objects {
            let types = JSONLDArticle.types(object)
            if publisherName == nil, types.contains(where: { $0 == "Organization" || $0 == "NewsMediaOrganization" }) {
                publisherName = object["name"] as? String
            }
            guard let rank = types.compactMap({ JSONLDArticle.articleTypes.firstIndex(of: $0) }).min() else { continue }
            if best == nil || rank < best!.rank { best = (rank, object) }
        }
        guard let object = best?.object else { return nil }
        headline = JSONLDArticle.string(object["headline"]) ?? JSONLDArticle.string(object["name"])
        datePublished = JSONLDArticle.string(object["datePublished"]) ?? JSONLDArticle.string(object["dateCreated"])
        dateModified = JSONLDArticle.string(object["dateModified"])
        authors = JSONLDArticle.names(object["author"]) + JSONLDArticle.names(object["creator"])
        publisher = JSONLDArticle.names(object["publisher"]).first ?? publisherName
        url = JSONLDArticle.string(object["url"]) ?? JSONLDArticle.id(object["mainEntityOfPage"])
        language = JSONLDArticle.string(object["inLanguage"]) ?? JSONLDArticle.names(object["inLanguage"]).first
        description = JSONLDArticle.string(object["description"])
        articleBody = JSONLDArticle.string(object["articleBody"]) ?? JSONLDArticle.string(object["text"])
    }

    private static func parse(_ source: ArraySlice<UInt8>) -> Any? {
        var bytes = Array(source)
        // Some pages wrap the JSON in a comment or CDATA markers.
        if let lead = bytes.first(where: { $0 > 0x20 }), lead != UInt8(ascii: "{"), lead != UInt8(ascii: "[") {
            for (open, close) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")] {
                let o = Array(open.utf8), c = Array(close.utf8)
                if let r = ByteSearch.find(o, in: bytes) { bytes.removeSubrange(r..<r + o.count) }
                if let r = bytes.lastRange(of: c) { bytes.removeSubrange(r) }
            }
        }
        if let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) { return json }
        // Raw control characters inside strings are the usual fault.
        let cleaned = bytes.map { $0 < 0x20 ? 0x20 : $0 }
        return try? JSONSerialization.jsonObject(with: Data(cleaned), options: [.fragmentsAllowed])
    }

    private static func collect(_ json: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = json as? [Any] {
            for item in array.prefix(200) { collect(item, into: &objects, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] as? [String: Any] { collect(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(_ object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t] }
        if let t = object["@type"] as? [Any] { return t.compactMap { $0 as? String } }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        if let a = value as? [Any], let first = a.first { return string(first) }
        return nil
    }

    private static func id(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let o = value as? [String: Any] { return string(o["@id"]) ?? string(o["url"]) }
        return nil
    }

    /// Names of people or organisations given as strings, objects or arrays of either.
    private static func names(_ value: Any?) -> [String] {
        if let s = string(value as? String) { return [s] }
        if let o = value as? [String: Any] { return string(o["name"]).map { [$0] } ?? [] }
        if let a = value as? [Any] { return a.prefix(20).flatMap { names($0) } }
        return []
    }
}
