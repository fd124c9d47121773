public import CorroborateCore

/// Reads an HTML page: its encoding, its main text with captions marked, and its metadata.
///
/// ```swift
/// let page = HTMLReader().read(bytes, contentType: "text/html; charset=utf-8")
/// page.text                         // the article body, one paragraph per blank line
/// page.title                        // the headline
/// page.metadata.published?.source   // "json-ld", "meta:article:published_time", "time", "url", "text"…
/// ```
public struct HTMLReader: Sendable {
    public init() {}

    /// Reads a page from its bytes as stored or fetched.
    ///
    /// - Parameters:
    ///   - bytes: The page.
    ///   - contentType: The HTTP `Content-Type` header, when the page was fetched.
    ///   - url: The page's address, when known (dates in it, and the canonical address's fallback).
    /// - Complexity: O(n) in the page size.
    public func read(_ bytes: [UInt8], contentType: String? = nil, url: String? = nil) -> HTMLPage {
        let decoded = HTMLEncoding.decode(bytes, contentType: contentType)
        var page = read(utf8: decoded.utf8, url: url)
        page.encoding = decoded.encoding
        return page
    }

    /// Reads a page already in UTF-8.
    public func read(utf8: [UInt8], url: String? = nil) -> HTMLPage {
        let document = HTMLDocument(utf8: utf8)
        let collector = BlockCollector(document)
        collector.collect()
        let found = MetadataReader(document: document, collector: collector).read()
        var metadata = found.metadata
        let extractor = ArticleExtractor()
        let choice = extractor.choose(collector, articleBody: found.articleBody)
        let headline = Headline.choose(found, collector, articleStart: choice.start)
        if let headline { metadata.title = .init(MetadataReader.clean(headline.field.value), source: headline.field.source) }
        let result = extractor.finish(choice, collector, title: headline.map { Array($0.field.value.utf8) })
        if metadata.language == nil, let guess = LanguageGuess.guess(result.text) {
            metadata.language = .init(guess, source: "text")
        }
        if metadata.published == nil {
            if let url, let d = PublicationDate.fromURL(url) {
                metadata.published = .init(d, source: "url")
            } else if let canonical = metadata.canonicalURL?.value, let d = PublicationDate.fromURL(canonical) {
                metadata.published = .init(d, source: "url")
            } else if let d = PublicationDate.fromText(
                document, collector, chosen: result.chosen, headline: headline?.node, language: metadata.language?.value)
            {
                metadata.published = .init(d, source: "text")
            }
        }
        var page = HTMLPage(text: String(decoding: result.text, as: UTF8.self))
        page.captions = result.captions
        page.title = metadata.title?.value
        page.metadata = metadata
        page.articleBody = found.articleBody
        return page
    }
}

/// What ``HTMLReader`` read from a page.
public struct HTMLPage: Sendable {
    /// The article body: paragraphs, headings, list items, quotes and captions, one block per
    /// paragraph (a blank line between blocks; list items of one list on consecutive lines).
    public var text: String
    /// Byte ranges in ``text`` that are figure captions.
    public var captions: [Range<Int>] = []
    /// The headline.
    public var title: String?
    /// Everything the page declares about itself, with sources.
    public var metadata = PageMetadata()
    /// The encoding the page was read in.
    public var encoding: String = "utf-8"
    /// The JSON-LD `articleBody`, when the page gives one.
    public var articleBody: String?

    public init(text: String) {
        self.text = text
    }
}
