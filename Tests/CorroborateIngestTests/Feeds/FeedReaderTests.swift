import CorroborateCore
import Testing

@testable import CorroborateIngest

@Suite struct FeedReaderTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Valley Gazette</title><link>https://gazette.example/</link>
        <item><title>Reservoir levels fall &amp; rationing begins</title>
        <link>https://gazette.example/2026/05/02/reservoir</link><guid isPermaLink="false">gz-1042</guid>
        <pubDate>Sat, 02 May 2026 07:45:00 +0100</pubDate><dc:creator>Ines Marlow</dc:creator>
        <description>Short version &lt;b&gt;in bold&lt;/b&gt;.</description>
        <content:encoded><![CDATA[<p>The water board began rationing on Saturday after the reservoir fell to a third of its capacity, officials said.</p><p>Households may water gardens only before dawn until further notice.</p>]]></content:encoded>
        </item>
        <item><title>Market hall to reopen</title><link>https://gazette.example/2026/05/01/market</link>
        <pubDate>Fri, 01 May 2026 12:00:00 GMT</pubDate></item>
        </channel></rss>
        """

    @Test func readsRSSItemsWithTheirContent() throws {
        let feed = try FeedReader().read(Array(Self.rss.utf8), source: "gazette.xml")
        #expect(feed.kind == .rss)
        #expect(feed.title == "Valley Gazette")
        #expect(feed.items.count == 2)
        let first = try #require(feed.items.first)
        #expect(first.title == "Reservoir levels fall & rationing begins")
        #expect(first.link == "https://gazette.example/2026/05/02/reservoir")
        #expect(first.id == "gz-1042")
        #expect(first.published == "2026-05-02")
        #expect(first.author == "Ines Marlow")
        #expect(first.summary == "Short version <b>in bold</b>.")
        #expect(first.content?.hasPrefix("<p>The water board") == true)
    }

    @Test func itemsWithContentBecomeArticles() throws {
        let feed = try FeedReader().read(Array(Self.rss.utf8), source: "gazette.xml")
        let articles = FeedReader().articles(feed, source: "gazette.xml")
        #expect(articles.count == 1)
        let a = try #require(articles.first)
        #expect(a.url == "https://gazette.example/2026/05/02/reservoir")
        #expect(a.outlet == "gazette.example")
        #expect(a.published == CivilDate(iso: "2026-05-02"))
        #expect(a.byline == "Ines Marlow")
        #expect(a.text.hasPrefix("The water board began rationing"))
        #expect(a.text.contains("\n\nHouseholds may water"))
        #expect(a.metadata?.published?.source == "feed")
    }

    @Test func readsAtomEntries() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
            <link rel="self" href="https://notes.example/atom.xml"/><link href="https://notes.example/"/>
            <entry><title type="text">Tide tables revised</title>
            <link rel="alternate" type="text/html" href="https://notes.example/tides"/>
            <id>tag:notes.example,2026:tides</id><published>2026-05-03T06:00:00Z</published>
            <updated>2026-05-03T08:30:00Z</updated><author><name>Pell Ashdown</name></author>
            <content type="html">&lt;p&gt;The harbour office revised its tide tables for the summer season after new soundings.&lt;/p&gt;</content>
            </entry></feed>
            """
        let feed = try FeedReader().read(Array(atom.utf8), source: "notes.atom")
        #expect(feed.kind == .atom)
        #expect(feed.link == "https://notes.example/")
        let e = try #require(feed.items.first)
        #expect(e.link == "https://notes.example/tides")
        #expect(e.published == "2026-05-03T06:00:00Z")
        #expect(e.updated == "2026-05-03T08:30:00Z")
        #expect(e.author == "Pell Ashdown")
        #expect(FeedReader().articles(feed, source: "notes.atom").first?.text.hasPrefix("The harbour office revised") == true)
    }

    @Test func readsRSS1RDFItems() throws {
        let rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://old.example/"><title>Old Wire</title><link>https://old.example/</link></channel>
            <item rdf:about="https://old.example/a"><title>First</title><link>https://old.example/a</link><dc:date>2026-05-04</dc:date></item>
            </rdf:RDF>
            """
        let feed = try FeedReader().read(Array(rdf.utf8), source: "old.rdf")
        #expect(feed.title == "Old Wire")
        #expect(feed.items.map(\.link) == ["https://old.example/a"])
        #expect(feed.items.first?.published == "2026-05-04")
    }

    @Test func readsJSONFeed() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Ridge Post", "home_page_url": "https://ridge.example/",
             "items": [{"id": "7", "url": "https://ridge.example/7", "title": "Trail closed",
                        "content_text": "The upper trail is closed after a rockfall on Sunday night.\\nRangers expect it to reopen next month.",
                        "date_published": "2026-05-05T10:00:00-06:00", "authors": [{"name": "Tam Oduya"}]}]}
            """
        let feed = try FeedReader().read(Array(json.utf8), source: "ridge.json")
        #expect(feed.kind == .jsonFeed)
        let article = try #require(FeedReader().articles(feed, source: "ridge.json").first)
        #expect(article.text == "The upper trail is closed after a rockfall on Sunday night.\n\nRangers expect it to reopen next month.")
        #expect(article.byline == "Tam Oduya")
        #expect(article.published == CivilDate(iso: "2026-05-05"))
    }

    @Test func readsOPMLSubscriptionsNestedInFolders() throws {
        let opml = """
            <?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>
            <outline text="Local"><outline text="Gazette" type="rss" xmlUrl="https://gazette.example/rss" htmlUrl="https://gazette.example/"/>
            <outline text="Notes" xmlUrl="https://notes.example/atom.xml"/></outline>
            <outline text="A folder without feeds"/></body></opml>
            """
        let subs = try FeedReader().subscriptions(Array(opml.utf8), source: "my.opml")
        #expect(subs.map(\.feedURL) == ["https://gazette.example/rss", "https://notes.example/atom.xml"])
        #expect(subs.first?.title == "Gazette")
        #expect(subs.first?.siteURL == "https://gazette.example/")
    }

    @Test func recognisesFeedsByTheirFirstElement() {
        #expect(FeedReader.looksLikeFeed(Array(Self.rss.utf8)))
        #expect(FeedReader.looksLikeFeed(Array("<!-- hi --><feed xmlns='x'></feed>".utf8)))
        #expect(!FeedReader.looksLikeFeed(Array("<html><body><p>feed the ducks</p></body></html>".utf8)))
        #expect(!FeedReader.looksLikeFeed(Array(#"{"id": "a", "text": "x"}"#.utf8)))
    }

    @Test func aFeedFileIsIngestedAsItsItems() {
        let result = Ingestor().ingest(bytes: Array(Self.rss.utf8), source: "gazette.xml", format: nil)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.original?.sha256.count == 64)
        #expect(result.errors.isEmpty)
    }

    @Test func malformedFeedsFailWithAMessage() {
        #expect(throws: IngestError.self) { try FeedReader().read(Array("<html><p>no</p></html>".utf8), source: "x.xml") }
        #expect(throws: IngestError.self) { try FeedReader().read(Array("{\"a\": 1}".utf8), source: "x.json") }
    }
}
