public import CorroborateCore
import Foundation

/// Reads articles from JSON Lines: one JSON object per line.
///
/// Each object has `text` (or `html`), and optionally `id`, `published` (`YYYY-MM-DD`, or an
/// ISO date-time whose date part is used), `url`, `title` and `outlet`. The `text` is kept
/// exactly as given — offsets in the output index into it — so nothing is stripped; captions
/// in it are only marked. A bad line is reported with its line number and the other lines
/// are still read.
///
/// ```swift
/// let result = JSONLinesReader().read(Array(#"{"id":"a","text":"Hello."}"#.utf8), source: "in.jsonl")
/// result.articles.count   // 1
/// ```
public struct JSONLinesReader: Sendable {
    /// The largest record accepted as one article.
    public var maxArticleBytes: Int

    public init(maxArticleBytes: Int = 8 << 20) {
        self.maxArticleBytes = maxArticleBytes
    }

    /// Reads every line; returns the articles and one error per bad line.
    public func read(_ bytes: [UInt8], source: String) -> (articles: [Article], errors: [IngestError]) {
        var articles: [Article] = []
        var errors: [IngestError] = []
        var lineNumber = 0
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            let where_ = "\(source):\(lineNumber)"
            do {
                articles.append(try record(Array(line), source: where_, line: lineNumber, file: source))
            } catch {
                errors.append(error)
            }
        }
        if articles.isEmpty, errors.isEmpty {
            errors.append(IngestError(.empty, source: source, "no JSON Lines records"))
        }
        return (articles, errors)
    }

    private func record(_ line: [UInt8], source: String, line number: Int, file: String) throws(IngestError) -> Article {
        guard line.count <= maxArticleBytes else {
            throw IngestError(
                .tooLarge, source: source,
                "record too large for one article (\(line.count) bytes; the limit is \(maxArticleBytes))")
        }
        if let bad = TextDecoding.firstInvalidUTF8(line[...]) {
            throw IngestError(.invalidUTF8, source: source, "invalid UTF-8 at byte \(bad) of the line")
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) as? [String: Any]
            else {
                throw IngestError(.malformedJSON, source: source, "not a JSON object")
            }
            object = parsed
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(.malformedJSON, source: source, "not valid JSON")
        }

        func string(_ key: String) throws(IngestError) -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            if let s = value as? String { return s }
            if key == "id", let n = value as? NSNumber { return n.stringValue }
            throw IngestError(.invalidField, source: source, "\"\(key)\" must be a string")
        }

        let id = try string("id") ?? "\(PlainTextReader.stem(of: file))-\(number)"
        var published: CivilDate? = nil
        if let p = try string("published"), !p.isEmpty {
            guard let date = CivilDate(iso: p.prefix(10)) else {
                throw IngestError(.invalidField, source: source, "\"published\" must be YYYY-MM-DD, not \"\(p.prefix(40))\"")
            }
            published = date
        }
        let url = try string("url")
        var title = try string("title")
        var text = try string("text")
        var page: HTMLPage? = nil
        if text == nil, let html = try string("html") {
            page = HTMLReader().read(utf8: Array(html.utf8), url: try string("url"))
            text = page?.text
            if title == nil { title = page?.title }
            if published == nil, let p = page?.metadata.published?.value { published = CivilDate(iso: p.prefix(10)) }
        }
        guard let text else { throw IngestError(.missingField, source: source, "missing \"text\" (or \"html\")") }
        guard text.utf8.contains(where: { $0 > 0x20 }) else {
            throw IngestError(.empty, source: source, "\"text\" is empty")
        }
        let address = url ?? page?.metadata.canonicalURL?.value
        let outlet = try string("outlet") ?? address.flatMap(PlainTextReader.outlet(fromURL:)) ?? page?.metadata.siteName?.value
        var article = Article(
            id: id, source: source, url: address, outlet: outlet, title: title, published: published, text: text,
            captions: page.map { $0.captions.map { Caption(span: Span($0.lowerBound, $0.upperBound), credit: nil) } }
                ?? PlainTextReader.captions(in: text),
            digest: Digest.fnv1a(line))
        article.original = OriginalInput(sha256: SHA256.hex(line), path: source, byteCount: line.count, encoding: page?.encoding)
        if let page {
            article.byline = page.metadata.byline?.value
            article.language = page.metadata.language?.value
            article.metadata = page.metadata
        }
        return article
    }
}
