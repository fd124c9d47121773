/// One news report, as ingested: metadata, and the body text every analysis span indexes into.
///
/// The body ``text`` is what a reader reads: headers such as a `date` prefix, a site label, the
/// headline and an `Original URL:` footer are lifted into fields, and a photo caption printed
/// twice is kept once and listed in ``captions`` so that no extractor treats it as a claim.
public struct Article: Sendable, Identifiable, Codable {
    /// A stable identifier: given by the input, or derived from the source and content.
    public var id: String
    /// Where the article came from: a file path, `stdin`, `FILE:LINE` for JSON Lines, or a URL.
    public var source: String
    public var url: String?
    /// The publisher, from the input or the host of ``url``.
    public var outlet: String?
    /// A label printed above the headline by a reader or aggregator (not the publisher).
    public var siteLabel: String?
    public var title: String?
    /// The publication date when the input states one.
    public var published: CivilDate?
    /// The body text. Every ``Span`` of the analysis indexes into its UTF-8 bytes.
    public var text: String
    /// Photo captions inside ``text``.
    public var captions: [Caption]
    /// Lines pointing to other articles ("related" headlines), kept out of ``text``.
    public var relatedLinks: [String]
    /// Agencies credited for the report, such as `AFP` in `with AFP.`.
    public var wireCredits: [String]
    /// A hex digest of the input bytes the article was read from.
    public var digest: String
    /// The author line, for pages that state one.
    public var byline: String? = nil
    /// The article's language (BCP 47), for pages that state one.
    public var language: String? = nil
    /// What a web page says about itself, each value with its source (HTML input only).
    public var metadata: PageMetadata? = nil
    /// The exact input bytes' digest and location.
    public var original: OriginalInput? = nil

    public init(
        id: String, source: String, url: String? = nil, outlet: String? = nil, siteLabel: String? = nil,
        title: String? = nil, published: CivilDate? = nil, text: String, captions: [Caption] = [],
        relatedLinks: [String] = [], wireCredits: [String] = [], digest: String = ""
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.outlet = outlet
        self.siteLabel = siteLabel
        self.title = title
        self.published = published
        self.text = text
        self.captions = captions
        self.relatedLinks = relatedLinks
        self.wireCredits = wireCredits
        self.digest = digest
    }
}

/// A photo caption inside an article's text.
public struct Caption: Sendable, Hashable, Codable {
    /// The whole caption line, credit included.
    public var span: Span
    /// The photo credit after `Picture:` (or `Photo:`, `Image:`), when given.
    public var credit: String?
    /// How many times the caption was printed in a row in the input (the copies are dropped).
    public var printed: Int

    public init(span: Span, credit: String?, printed: Int = 1) {
        self.span = span
        self.credit = credit
        self.printed = printed
    }
}
