import CorroborateServer
import CorroborateStore
import Foundation
import HTTPTypes
import NIOCore
import HummingbirdTesting
import Testing

@Suite struct PageTests {
    @Test func pagesEscapeArticleTextAndSetAContentSecurityPolicy() async throws {
        try await ServerFixture.withStore { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                for uri in ["/", "/stories/s1", "/articles/two-dam", "/search?q=water", "/articles"] {
                    let response = try await client.execute(uri: uri, method: .get)
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    let csp = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(csp.contains("default-src 'none'"))
                    #expect(!csp.contains("script-src"))
                    let html = ServerFixture.text(response.body)
                    #expect(!html.contains("<script"), "\(uri)")
                    #expect(!html.contains("<b>everywhere"), "\(uri)")
                    #expect(!html.contains("href=\"javascript:"), "\(uri)")
                }
            }
        }
    }

    @Test func theStoryListShowsFreshnessAndSourceCounts() async throws {
        try await ServerFixture.withStore { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                let html = ServerFixture.text(try await client.execute(uri: "/", method: .get).body)
                #expect(html.contains("just now") || html.contains("min ago"))
                #expect(html.contains("<td class=\"num\">2</td>"))
                #expect(html.contains("href=\"/stories/s1\""))
                #expect(html.contains("<link rel=\"stylesheet\" href=\"/static/corroborate.css\">"))
            }
        }
    }

    @Test func anArticlePageMarksQuotesFiguresAndDates() async throws {
        try await ServerFixture.withStore { store, configuration in
            try await buildApplication(store: store, configuration: configuration).test(.router) { client in
                let html = ServerFixture.text(try await client.execute(uri: "/articles/two-dam", method: .get).body)
                #expect(html.contains("<mark class=\"quote\""))
                #expect(html.contains("<mark class=\"figure\""))
                #expect(html.contains("Water &lt;b&gt;everywhere&lt;/b&gt;"))
                #expect(html.contains("href=\"/stories/s1\""))
                let css = try await client.execute(uri: "/static/corroborate.css", method: .get)
                #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            }
        }
    }
}
