import CorroborateCore
import Foundation
import Testing

@testable import CorroborateIngest

/// Main-text extraction on pages written for these tests, laid out the way news sites lay
/// them out.
@Suite struct ArticleExtractionTests {
    private static let paragraphs = [
        "The harbour authority closed the northern quay on Monday after inspectors found cracks in two of its concrete piles, a spokeswoman said.",
        "Ferries that normally dock there will use the southern terminal until repairs are finished, which the authority expects to take about three weeks.",
        "Local traders said the closure came at a difficult time, with the spring festival drawing more visitors than usual to the waterfront.",
        "Engineers will return on Thursday to decide whether the damaged piles can be strengthened or must be replaced entirely.",
    ]

    private static func page(_ middle: String = "", head: String = "") -> String {
        let body = paragraphs.enumerated().map { i, p in
            (i == 2 ? middle : "") + "<p>\(p)</p>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Quay closed after cracks found | Coastline Courier</title>
            \(head)</head><body>
            <header><a href="/">Coastline Courier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
            <li><a href="/weather">Weather</a></li></ul></nav></header>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <main><article>
            <h1>Quay closed after cracks found</h1>
            <div class="byline">By Mara Quinlan</div><time datetime="2026-04-13T09:30:00+01:00">13 April 2026</time>
            <div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email this story</a></div>
            \(body)
            <figure><img src="quay.jpg" alt=""><figcaption>The northern quay, closed since Monday.</figcaption></figure>
            </article>
            <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Bridge repairs delayed again</a></li>
            <li><a href="/b">Festival crowds expected to grow this year</a></li></ul></aside>
            <section id="comments"><h2>Comments</h2><div class="comment"><p>This quay has been falling apart for years and nobody listened to us at all.</p></div></section>
            </main><footer><p>Copyright 2026 Coastline Courier. All rights reserved.</p></footer></body></html>
            """
    }

    private func read(_ html: String) -> HTMLPage { HTMLReader().read(Array(html.utf8)) }

    @Test func keepsTheArticleParagraphsInOrder() {
        let text = read(Self.page()).text
        var position = text.startIndex
        for p in Self.paragraphs {
            let found = text.range(of: p, range: position..<text.endIndex)
            #expect(found != nil, "missing: \(p.prefix(40))")
            if let found { position = found.upperBound }
        }
    }

    @Test func dropsNavigationBannersShareBarsRelatedStoriesCommentsAndFooter() {
        let text = read(Self.page()).text
        for junk in ["Sport", "cookies", "Share on social", "Bridge repairs", "falling apart", "Copyright", "Related stories"] {
            #expect(!text.contains(junk), "kept: \(junk)")
        }
    }

    @Test func leavesTheHeadlineAndBylineOutOfTheText() {
        let page = read(Self.page())
        #expect(page.title == "Quay closed after cracks found")
        #expect(!page.text.contains("Quay closed after"))
        #expect(!page.text.contains("Mara Quinlan"))
    }

    @Test func marksFigureCaptions() throws {
        let page = read(Self.page())
        let caption = try #require(page.captions.first)
        let bytes = Array(page.text.utf8)
        #expect(String(decoding: bytes[caption], as: UTF8.self) == "The northern quay, closed since Monday.")
    }

    @Test func keepsSubheadingsListsAndQuotesInsideTheArticle() {
        let middle = """
            <h2>What happens next</h2><ul><li>Ferries move to the southern terminal for three weeks.</li>
            <li>Engineers report back to the council on Thursday morning.</li></ul>
            <blockquote><p>We will not reopen the quay until we are certain it is safe for everyone.</p></blockquote>
            """
        let text = read(Self.page(middle)).text
        #expect(text.contains("What happens next"))
        #expect(text.contains("Ferries move to the southern terminal for three weeks.\nEngineers report back"))
        #expect(text.contains("We will not reopen the quay"))
    }

    @Test func readsMetadataWithTheirSources() {
        let head = """
            <meta property="og:site_name" content="Coastline Courier">
            <link rel="canonical" href="https://www.courier.example/news/2026/04/13/quay-closed">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Courier"},
            {"@type":"NewsArticle","headline":"Quay closed after cracks found","datePublished":"2026-04-13T09:30:00+01:00",
            "author":[{"@type":"Person","name":"Mara Quinlan"},{"@type":"Person","name":"Ode Brannock"}]}]}</script>
            """
        let m = read(Self.page(head: head)).metadata
        #expect(m.published == PageMetadata.Field("2026-04-13T09:30:00+01:00", source: "json-ld"))
        #expect(m.byline == PageMetadata.Field("Mara Quinlan and Ode Brannock", source: "json-ld"))
        #expect(m.siteName == PageMetadata.Field("Coastline Courier", source: "meta:og:site_name"))
        #expect(m.canonicalURL?.source == "link:canonical")
        #expect(m.language == PageMetadata.Field("en-GB", source: "html:lang"))
        #expect(m.title?.value == "Quay closed after cracks found")
    }

    @Test func dateFallsBackToTimeElementsTheAddressAndPrintedLines() {
        let timePage = Self.page().replacingOccurrences(of: "<time datetime", with: "<time pubdate datetime")
        #expect(read(timePage).metadata.published == PageMetadata.Field("2026-04-13T09:30:00+01:00", source: "time"))
        let plain = Self.page().replacingOccurrences(
            of: #"<time datetime="2026-04-13T09:30:00+01:00">13 April 2026</time>"#, with: "<p>Published 14 April 2026, 10:02</p>")
        #expect(read(plain).metadata.published == PageMetadata.Field("2026-04-14", source: "text"))
        let fromURL = HTMLReader().read(Array(plain.utf8), url: "https://news.example/2026/04/15/quay")
        #expect(fromURL.metadata.published == PageMetadata.Field("2026-04-15", source: "url"))
    }

    @Test func jsonLDArticleBodyReplacesAPageWhoseTextIsRenderedByScripts() {
        let body = (0..<12).map { "Sentence \($0) of the declared body tells readers what the council decided about the quay." }.joined(separator: " ")
        let html = """
            <html><head><title>App shell</title><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Council decides","articleBody":"\(body)"}</script></head>
            <body><div id="app">Loading…</div><nav><a href="/">Home</a></nav></body></html>
            """
        #expect(read(html).text == body)
    }

    @Test func readsCommentsSignedInTheArticleContainerAsTheEndOfTheArticle() {
        let comments = (1...3).map { i in
            "<p>Reader view number \(i): the harbour needs a proper plan, not patches every winter.<br><b>Posted by reader\(i) on April 13, 2026 5:15 PM</b></p>"
        }.joined()
        let html = Self.page().replacingOccurrences(of: "</article>", with: "<div class=\"yv\">Your views</div>\(comments)</article>")
        let text = read(html).text
        #expect(text.contains(Self.paragraphs[3]))
        #expect(!text.contains("Reader view"))
    }

    @Test func declaredEncodingsAreHonoured() {
        var bytes = Array("<html><head><meta charset=\"iso-8859-2\"></head><body><p>".utf8)
        bytes += [0x50, 0xF3, 0xB3, 0x6E, 0x6F, 0x63, 0x20]  // "Północ " in ISO-8859-2
        bytes += Array("is a word the editors printed in the article about the harbour closure this week.</p></body></html>".utf8)
        let page = HTMLReader().read(bytes)
        #expect(page.encoding == "iso-8859-2")
        #expect(page.text.hasPrefix("Północ"))
        let latin = HTMLReader().read(Array("<p>caf".utf8) + [0xE9] + Array(" au lait is what the article was about, at length, in the paper.</p>".utf8))
        #expect(latin.encoding == "windows-1252")
        #expect(latin.text.hasPrefix("café"))
        let header = HTMLEncoding.decode([0x63, 0x61, 0x66, 0xE9], contentType: "text/html; charset=ISO-8859-1")
        #expect(String(decoding: header.utf8, as: UTF8.self) == "café")
        #expect(header.basis == "http")
    }
}

/// Extraction on pages in languages without spaces between words.
@Suite struct ArticleExtractionCJKTests {
    @Test func readsAChineseArticleAndItsLanguage() {
        let paragraphs = [
            "港口管理局周一关闭了北码头，因为检查人员在两根混凝土桩上发现了裂缝，一位女发言人说。",
            "通常停靠在那里的渡轮将改用南码头，直到维修完成，管理局预计大约需要三个星期。",
            "当地商人说，关闭的时间很不巧，春节期间来海边的游客比平时多得多。",
        ]
        let html = """
            <html><head><title>北码头关闭</title></head><body><nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
            <article><h1>北码头关闭</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined())</article>
            <footer><a href="/about">关于我们</a></footer></body></html>
            """
        let page = HTMLReader().read(Array(html.utf8))
        #expect(page.text == paragraphs.joined(separator: "\n\n"))
        #expect(page.metadata.language == PageMetadata.Field("zh", source: "text"))
    }
}
