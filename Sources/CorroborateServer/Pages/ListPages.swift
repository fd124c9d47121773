import CorroborateCore
import CorroborateReport
import CorroborateStore

/// The story list: what is new, how many sources, how contested.
enum StoryListPage {
    static func render(_ stories: [StorySummary], page: Page, stats: CollectionStats, now: String) -> [UInt8] {
        var body = "<h1>Stories</h1>\n"
        body += "<p class=\"meta\">\(stats.stories) stories from \(stats.articles) articles; the most recently updated first.</p>\n"
        if stories.isEmpty {
            body += "<p>No stories yet. Add articles with <code>corroborate ingest</code> or <code>POST /api/articles</code>.</p>\n"
        } else {
            body += "<table>\n<tr><th>Story</th><th>Sources</th><th>Articles</th><th>Conflicts</th><th>Latest report</th><th>Updated</th></tr>\n"
            for s in stories {
                body += "<tr><td><a href=\"/stories/\(HTMLEscape.urlComponent(s.id))\">\(HTMLEscape.text(s.title.isEmpty ? s.id : s.title))</a></td>"
                body += "<td class=\"num\">\(s.sources)</td><td class=\"num\">\(s.articles)</td><td class=\"num\">\(s.conflicts)</td>"
                body += "<td>\(s.lastPublished?.description ?? "undated")</td>"
                body += "<td title=\"\(HTMLEscape.text(s.updated))\">\(HTMLEscape.text(SiteFrame.age(of: s.updated, now: now)))</td></tr>\n"
            }
            body += "</table>\n"
        }
        body += pager("/", page: page, count: stories.count)
        return SiteFrame.page(title: "Stories — Corroborate", body: body, footer: "Collection version \(stats.version)")
    }

    static func pager(_ path: String, page: Page, count: Int) -> String {
        var links: [String] = []
        if page.offset > 0 {
            links.append("<a href=\"\(path)?offset=\(max(0, page.offset - page.limit))&amp;limit=\(page.limit)\">← newer</a>")
        }
        if count == page.limit {
            links.append("<a href=\"\(path)?offset=\(page.offset + page.limit)&amp;limit=\(page.limit)\">older →</a>")
        }
        return links.isEmpty ? "" : "<nav class=\"pages\">\(links.joined())</nav>\n"
    }
}

/// The article list, newest first.
enum ArticleListPage {
    static func render(_ articles: [ArticleSummary], page: Page, stats: CollectionStats) -> [UInt8] {
        var body = "<h1>Articles</h1>\n<p class=\"meta\">\(stats.articles) articles; the most recently added first.</p>\n"
        body += "<table>\n<tr><th>Headline</th><th>Outlet</th><th>Published</th><th>Story</th></tr>\n"
        for a in articles {
            body += "<tr><td><a href=\"/articles/\(HTMLEscape.urlComponent(a.id))\">\(HTMLEscape.text(a.title ?? a.id))</a></td>"
            body += "<td>\(HTMLEscape.text(a.outlet ?? ""))</td><td>\(a.published?.description ?? "undated")</td>"
            body += "<td><a href=\"/stories/\(HTMLEscape.urlComponent(a.story))\">\(HTMLEscape.text(a.story))</a></td></tr>\n"
        }
        body += "</table>\n" + StoryListPage.pager("/articles", page: page, count: articles.count)
        return SiteFrame.page(title: "Articles — Corroborate", body: body)
    }
}

/// Search results with the matched words marked.
enum SearchPage {
    static func render(query: String, hits: [SearchHit]) -> [UInt8] {
        var body = "<h1>Search</h1>\n"
        if query.isEmpty {
            body += "<p>Type words in the box above: every word must occur; the last may be the start of a word.</p>\n"
        } else {
            body += "<p class=\"meta\">\(hits.count) result\(hits.count == 1 ? "" : "s") for “\(HTMLEscape.text(query))”</p>\n<ol>\n"
            for hit in hits {
                let a = hit.article
                body += "<li><a href=\"/articles/\(HTMLEscape.urlComponent(a.id))\">\(HTMLEscape.text(a.title ?? a.id))</a> "
                body += "<span class=\"meta\">\(HTMLEscape.text(a.outlet ?? "")) · \(a.published?.description ?? "undated") · "
                body += "<a href=\"/stories/\(HTMLEscape.urlComponent(a.story))\">\(HTMLEscape.text(a.story))</a></span>"
                body += "<p class=\"snippet\">\(marked(hit.snippet))</p></li>\n"
            }
            body += "</ol>\n"
        }
        return SiteFrame.page(title: "Search — Corroborate", query: query, body: body)
    }

    /// The snippet escaped, its match markers turned into `<mark>`.
    static func marked(_ snippet: String) -> String {
        var out = ""
        var piece = ""
        var open = false
        for ch in snippet {
            if ch == SearchHit.markers.open, !open {
                out += HTMLEscape.text(piece) + "<mark>"
                open = true
                piece = ""
            } else if ch == SearchHit.markers.close, open {
                out += HTMLEscape.text(piece) + "</mark>"
                open = false
                piece = ""
            } else if ch != SearchHit.markers.open, ch != SearchHit.markers.close {
                piece.append(ch)
            }
        }
        return out + HTMLEscape.text(piece) + (open ? "</mark>" : "")
    }
}
