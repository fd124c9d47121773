public import CorroborateCore

/// Makes an ``Article`` of an HTML page: its main text with captions marked, headline, date,
/// byline, outlet, address and language from the page's metadata, and the digest and location
/// of the original bytes.
///
/// ```swift
/// let article = try HTMLArticleReader().read(bytes, source: "saved/page.html")
/// article.metadata?.published?.source   // "json-ld", "meta:article:published_time", "text" …
/// ```
public struct HTMLArticleReader: Sendable {
    /// The largest page accepted.
    public var maxPageBytes: Int

    public init(maxPageBytes: Int = 32 << 20) {
        self.maxPageBytes = maxPageBytes
    }

    /// Reads one page.
    ///
    /// - Parameters:
    ///   - bytes: The page as stored or fetched.
    ///   - source: The path or URL, used in errors and as ``Article/source``.
    ///   - url: The page's address, when known (else its canonical address).
    ///   - contentType: The HTTP `Content-Type`, for the encoding.
    ///   - storedAt: Where the original bytes are kept (defaults to `source`).
    ///   - id: The article id; defaults to the file name without its extension.
    /// - Throws: ``IngestError`` for oversized or binary input, or a page without text.
    public func read(
        _ bytes: [UInt8], source: String, url: String? = nil, contentType: String? = nil, storedAt: String? = nil,
        id: String? = nil
    ) throws(IngestError) -> Article {
        guard bytes.count <= maxPageBytes else {
            throw IngestError(
                .tooLarge, source: source,
                "too large for one page (\(bytes.count) bytes; the limit is \(maxPageBytes) bytes)")
        }
        if let kind = TextDecoding.binarySignature(bytes) {
            throw IngestError(.binary, source: source, "binary data (\(kind)), not an HTML page")
        }
        let page = HTMLReader().read(bytes, contentType: contentType, url: url)
        guard page.text.utf8.contains(where: { $0 > 0x20 }) else {
            throw IngestError(.empty, source: source, "no article text in the HTML page")
        }
        let metadata = page.metadata
        let address = url ?? metadata.canonicalURL?.value
        var article = Article(
            id: id ?? PlainTextReader.stem(of: source), source: source, url: address,
            outlet: address.flatMap(PlainTextReader.outlet(fromURL:)) ?? metadata.siteName?.value, title: page.title,
            published: metadata.published.flatMap { CivilDate(iso: $0.value.prefix(10)) }, text: page.text,
            captions: page.captions.map { Caption(span: Span($0.lowerBound, $0.upperBound), credit: nil) },
            digest: Digest.fnv1a(bytes))
        article.byline = metadata.byline?.value
        article.language = metadata.language?.value
        article.metadata = metadata
        article.original = OriginalInput(
            sha256: SHA256.hex(bytes), path: storedAt ?? source, byteCount: bytes.count, contentType: contentType,
            encoding: page.encoding)
        return article
    }
}
