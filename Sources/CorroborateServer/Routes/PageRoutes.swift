import CorroborateCore
import CorroborateReport
import CorroborateStore
import Foundation
import Hummingbird

/// The web pages for people: the story list, a story, an article with its marks, search.
struct PageRoutes: Sendable {
    let store: any ArticleStore
    let cache: ResponseCache

    static let report = HTMLReport(articleLink: { "/articles/" + HTMLEscape.urlComponent($0) })

    func register(on router: Router<some RequestContext>) {
        router.get("/") { request, _ in
            let page = try APIRoutes.page(request)
            let stories = try await store.stories(page)
            let stats = try await store.stats()
            return Self.html(StoryListPage.render(stories, page: page, stats: stats, now: Self.now()))
        }
        router.get("/articles") { request, _ in
            let page = try APIRoutes.page(request)
            let articles = try await store.articles(page)
            let stats = try await store.stats()
            return Self.html(ArticleListPage.render(articles, page: page, stats: stats))
        }
        router.get("/stories/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await cached(request) {
                guard let detail = try await store.story(id: id) else { throw APIError.notFound("no story \(id)") }
                let s = detail.summary
                let footer = "Updated \(s.updated) · \(s.articles) articles from \(s.sources) sources"
                return SiteFrame.page(title: s.title, body: Self.report.story(detail.corpus), footer: footer)
            }
        }
        router.get("/articles/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await cached(request) {
                guard let detail = try await store.article(id: id) else { throw APIError.notFound("no article \(id)") }
                let story = detail.summary.story
                let back = "<p class=\"meta\">In story <a href=\"/stories/\(HTMLEscape.urlComponent(story))\">\(HTMLEscape.text(story))</a></p>\n"
                let title = detail.summary.title ?? detail.summary.id
                return SiteFrame.page(title: title, body: back + Self.report.article(detail.corpus), footer: "Added \(detail.summary.added)")
            }
        }
        router.get("/search") { request, _ in
            let q = request.uri.queryParameters.get("q")?.replacingOccurrences(of: "+", with: " ") ?? ""
            let query = String(q.prefix(500))
            let hits = SearchQuery.words(query).isEmpty ? [] : try await store.search(query, limit: 50)
            return Self.html(SearchPage.render(query: query, hits: hits))
        }
        router.get("/static/corroborate.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: HTMLStyle.css)))
        }
    }

    private func cached(_ request: Request, _ render: () async throws -> [UInt8]) async throws -> Response {
        let key = "page:" + request.uri.string
        let version = try await store.version()
        if let hit = cache.get(key, version: version) { return Self.html(hit.body) }
        let body = ByteBuffer(bytes: try await render())
        cache.put(key, .init(version: version, contentType: Self.htmlType, body: body))
        return Self.html(body)
    }

    static let htmlType = "text/html; charset=utf-8"

    static func html(_ bytes: [UInt8]) -> Response { html(ByteBuffer(bytes: bytes)) }

    static func html(_ body: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: htmlType], body: .init(byteBuffer: body))
    }

    static func now() -> String {
        let s = Int(Date().timeIntervalSince1970)
        let days = s / 86_400
        let rest = s % 86_400
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(CivilDate(dayNumber: days))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }
}
