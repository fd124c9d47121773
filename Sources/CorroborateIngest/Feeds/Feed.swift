/// A news feed as read from RSS (0.9x, 1.0, 2.0), Atom or JSON Feed: its own title and site, and
/// its items.
public struct Feed: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case rss, atom, jsonFeed = "json-feed"
    }

    public var kind: Kind
    public var title: String?
    /// The site the feed belongs to.
    public var link: String?
    public var items: [FeedItem]

    public init(kind: Kind, title: String? = nil, link: String? = nil, items: [FeedItem] = []) {
        self.kind = kind
        self.title = title
        self.link = link
        self.items = items
    }
}

/// One entry of a feed.
public struct FeedItem: Sendable, Hashable {
    public var title: String?
    /// The article's address.
    public var link: String?
    /// The feed's own identifier for the entry (`guid`, Atom `id`).
    public var id: String?
    /// As the feed states it, normalised to ISO 8601 where it could be read.
    public var published: String?
    public var updated: String?
    public var author: String?
    /// The short description, as HTML or text.
    public var summary: String?
    /// The full content when the feed carries it (`content:encoded`, Atom `content`,
    /// JSON Feed `content_html`), as HTML.
    public var content: String?

    public init(
        title: String? = nil, link: String? = nil, id: String? = nil, published: String? = nil,
        updated: String? = nil, author: String? = nil, summary: String? = nil, content: String? = nil
    ) {
        self.title = title
        self.link = link
        self.id = id
        self.published = published
        self.updated = updated
        self.author = author
        self.summary = summary
        self.content = content
    }
}

/// One feed listed in an OPML file.
public struct FeedSubscription: Sendable, Hashable {
    public var title: String?
    /// The feed's address.
    public var feedURL: String
    /// The site's address.
    public var siteURL: String?

    public init(title: String?, feedURL: String, siteURL: String?) {
        self.title = title
        self.feedURL = feedURL
        self.siteURL = siteURL
    }
}
