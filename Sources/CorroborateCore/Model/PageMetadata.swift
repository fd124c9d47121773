/// What a web page says about itself — headline, dates, author, publisher, canonical address,
/// language — each value with the markup it was read from, so a reader can judge it.
///
/// Sources are short stable names: `json-ld` (a schema.org `NewsArticle` or similar),
/// `meta:og:title`, `meta:article:published_time`, `meta:dc.date` (any `<meta>` by its name),
/// `time` (a `<time datetime>` element), `url` (a date in the address), `title` (the `<title>`
/// element), `link:canonical`, `html:lang`, `byline` (an element named as the byline),
/// `http:content-language`.
public struct PageMetadata: Sendable, Hashable, Codable {
    /// One value and where it came from.
    public struct Field: Sendable, Hashable, Codable {
        public var value: String
        public var source: String

        public init(_ value: String, source: String) {
            self.value = value
            self.source = source
        }
    }

    public var title: Field?
    /// When the page says it was published: an ISO 8601 date or date-time as found.
    public var published: Field?
    public var modified: Field?
    /// The author or authors, as the page names them.
    public var byline: Field?
    /// The publisher's name (`og:site_name`, JSON-LD `publisher`).
    public var siteName: Field?
    public var canonicalURL: Field?
    /// A BCP 47 language tag (`en`, `de-CH`).
    public var language: Field?
    public var description: Field?

    public init() {}
}

/// The input an article was read from, kept so every result can be re-derived: a digest of the
/// exact bytes and where they are stored.
public struct OriginalInput: Sendable, Hashable, Codable {
    /// SHA-256 of the bytes, lowercase hex.
    public var sha256: String
    /// Where the bytes are: the input file, or the copy in a page store for fetched pages.
    public var path: String?
    public var byteCount: Int
    /// The HTTP `Content-Type` of a fetched page.
    public var contentType: String?
    /// The character encoding the bytes were read in.
    public var encoding: String?

    public init(sha256: String, path: String?, byteCount: Int, contentType: String? = nil, encoding: String? = nil) {
        self.sha256 = sha256
        self.path = path
        self.byteCount = byteCount
        self.contentType = contentType
        self.encoding = encoding
    }
}
