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
        let raw = try TextDecoding.decode(bytes, source: source, limit: maxArticleBytes)
        var layout = PlainTextLayout(raw)
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
        var captions: [Caption] = []
        var offset = 0
        var previous: Substring? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.utf8.count
            let trimmed = line.trimmingWhitespace
            if !trimmed.isEmpty {
                let credit = PlainTextLayout.captionCredit(trimmed)
                if credit != nil || (previous == trimmed && trimmed.utf8.count < 300) {
                    let start = offset + (line.utf8.count - line.drop(while: { $0 == " " || $0 == "\t" }).utf8.count)
                    captions.append(Caption(span: Span(start, start + trimmed.utf8.count), credit: credit.map(String.init)))
                }
                previous = trimmed
            }
            offset += length + 1
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
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        guard host.contains(".") else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
