public import CorroborateCore
import Foundation

/// Reads a news article saved as plain text, the way such files really look.
///
/// Recognised around the body:
/// - a `date YYYY-MM-DD` prefix, alone on the first line or sharing it with the first sentence;
/// - a short site label line and a headline before the body, and "related" headline lines
///   between the standfirst and the body (kept out of the text, listed in ``Article/relatedLinks``);
/// - photo captions ending in `Picture: CREDIT` (or `Photo:`, `Image:`), often printed twice
///   in a row: one copy is kept in the text and listed in ``Article/captions``;
/// - a wire credit line such as `with AFP.`;
/// - an `Original URL: …` footer, which gives the URL and the outlet.
///
/// ```swift
/// let article = try PlainTextReader().read(Array(text.utf8), source: "story.txt")
/// article.published   // 2025-01-20 for a "date 2025-01-20 …" file
/// ```
public struct PlainTextReader: Sendable {
    /// The largest input accepted as one article.
    public var maxArticleBytes: Int

    public init(maxArticleBytes: Int = 8 << 20) {
        self.maxArticleBytes = maxArticleBytes
    }

    /// Reads one article from a file's bytes.
    ///
    /// - Parameters:
    ///   - bytes: The input as stored.
    ///   - source: The path or stream name, used in errors and as ``Article/source``.
    ///   - id: The article id; defaults to the file name without its extension.
    /// - Throws: ``IngestError`` for empty, binary, non-UTF-8 or oversized input.
    public func read(_ bytes: [UInt8], source: String, id: String? = nil) throws(IngestError) -> Article {
        _ = try TextDecoding.decode(bytes, source: source, limit: maxArticleBytes, validateOnly: true)
        var layout = PlainTextLayout(bytes)
        layout.parse()
        let text = layout.bodyText()
        guard text.text.utf8.contains(where: { $0 > 0x20 }) else {
            throw IngestError(.empty, source: source, "no article text after the headers and footer")
        }
        return Article(
            id: id ?? PlainTextReader.stem(of: source), source: source, url: layout.url,
            outlet: layout.url.flatMap(PlainTextReader.outlet(fromURL:)), siteLabel: layout.siteLabel,
            title: layout.title, published: layout.published, text: text.text, captions: text.captions,
            relatedLinks: layout.related, wireCredits: layout.wireCredits, digest: Digest.fnv1a(bytes))
    }

    /// Marks captions in text that must be kept exactly as given (JSON Lines input): nothing
    /// is removed, and repeated caption lines are each marked.
    public static func captions(in text: String) -> [Caption] {
        let bytes = Array(text.utf8)
        var captions: [Caption] = []
        var previous: Range<Int>? = nil
        var i = 0
        while i <= bytes.count {
            var e = i
            while e < bytes.count, bytes[e] != 0x0A { e += 1 }
            let (s, t) = PlainTextLayout.trim(bytes, i, e)
            if s < t {
                let repeated = previous.map { t - s == $0.count && t - s < 300 && bytes[s..<t].elementsEqual(bytes[$0]) } ?? false
                let credit = PlainTextLayout.captionCredit(bytes, s, t)
                if credit != nil || repeated {
                    captions.append(Caption(span: Span(s, t), credit: credit.map { String(decoding: bytes[$0], as: UTF8.self) }))
                }
                previous = s..<t
            }
            i = e + 1
        }
        return captions
    }

    /// The file name without directories and extension.
    static func stem(of source: String) -> String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The host of a URL without `www.`, as the outlet's name.
    public static func outlet(fromURL url: String) -> String? {
        // `://` and the characters that end a host are ASCII, so they are found on the bytes
        // (Foundation's `range(of:)` was most of what this function cost).
        let bytes = url.utf8
        guard let scheme = bytes.firstRange(of: "://".utf8) else { return nil }
        let end = bytes[scheme.upperBound...].firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 || $0 == 0x3A } ?? bytes.endIndex
        let host = url[scheme.upperBound..<end].lowercased()
        guard host.utf8.contains(0x2E) else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
