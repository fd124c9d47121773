import CorroborateCore
import CorroborateIngest
import Foundation
import NIOHTTP1
import Testing

@testable import CorroborateFetch

/// The fetcher against a server on loopback that each test starts itself.
@Suite(.serialized) struct FetcherTests {
    private func policy(private allowed: Bool = true) -> FetchPolicy {
        var p = FetchPolicy()
        p.allowPrivateAddresses = allowed
        p.perHostInterval = 0
        p.totalTimeout = 5
        p.maxBytes = 1 << 20
        return p
    }

    private func withServer(_ body: (LocalServer) async throws -> Void) async throws {
        let server = try await LocalServer.start()
        do {
            try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func temporaryStore() -> String {
        NSTemporaryDirectory() + "corroborate-store-" + UUID().uuidString
    }

    @Test func fetchesAPageWithAClearUserAgentAndReadsItAsAnArticle() async throws {
        try await withServer { server in
            let fetcher = Fetcher(policy: policy())
            let ua = try await fetcher.fetch(server.base + "/ua", origin: .user)
            #expect(String(decoding: ua.bytes, as: UTF8.self).hasPrefix("Corroborate/"))
            let result = await WebIngestor(fetcher: fetcher).ingest([server.base + "/page"])
            let article = try #require(result.articles.first)
            #expect(article.title == "Ferry timetable changes")
            #expect(article.text.hasPrefix("The ferry company will run"))
            #expect(article.published == CivilDate(iso: "2026-06-01"))
            #expect(article.url == server.base + "/page")
            try await fetcher.shutdown()
        }
    }

    @Test func usesTheEncodingOfTheContentTypeHeader() async throws {
        try await withServer { server in
            let fetcher = Fetcher(policy: policy())
            let result = await WebIngestor(fetcher: fetcher).ingest([server.base + "/latin1"])
            #expect(result.articles.first?.text.contains("ferry café") == true)
            #expect(result.articles.first?.original?.encoding == "windows-1252")
            try await fetcher.shutdown()
        }
    }

    @Test func asksForGzipAndInflatesIt() async throws {
        try await withServer { server in
            let fetcher = Fetcher(policy: policy())
            let page = try await fetcher.fetch(server.base + "/page", origin: .user)
            #expect(server.lastHeaders("/page")?.first(name: "Accept-Encoding")?.contains("gzip") == true)
            #expect(String(decoding: page.bytes, as: UTF8.self) == LocalServer.article)
            try await fetcher.shutdown()
        }
    }

    @Test func conditionalGetUsesTheStoredCopy() async throws {
        try await withServer { server in
            let directory = temporaryStore()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let first = Fetcher(policy: policy(), store: PageStore(directory: directory))
            let fresh = try await first.fetch(server.base + "/page", origin: .user)
            #expect(!fresh.notModified)
            let stored = try #require(fresh.storedPath)
            #expect(FileManager.default.contents(atPath: stored).map { Array($0) } == fresh.bytes)
            try await first.shutdown()
            // A new run reads the index from disk and asks conditionally.
            let second = Fetcher(policy: policy(), store: PageStore(directory: directory))
            let again = try await second.fetch(server.base + "/page", origin: .user)
            #expect(again.notModified)
            #expect(again.bytes == fresh.bytes)
            #expect(server.lastHeaders("/page")?.first(name: "If-None-Match") == "\"v1\"")
            try await second.shutdown()
        }
    }

    @Test func followsRedirectsUpToTheLimit() async throws {
        try await withServer { server in
            let fetcher = Fetcher(policy: policy())
            let page = try await fetcher.fetch(server.base + "/redirect/3", origin: .user)
            #expect(page.url == server.base + "/page")
            await #expect(throws: FetchError.self) { try await fetcher.fetch(server.base + "/loop", origin: .user) }
            #expect(server.count("/loop") == 6)
            try await fetcher.shutdown()
        }
    }

    @Test func refusesBodiesOverTheLimitAndAnswersOtherThanSuccess() async throws {
        try await withServer { server in
            let fetcher = Fetcher(policy: policy())
            do throws(FetchError) {
                _ = try await fetcher.fetch(server.base + "/big", origin: .user)
                Issue.record("a 3 MB body passed a 1 MB limit")
            } catch {
                #expect(error.code == .tooLarge)
            }
            do throws(FetchError) {
                _ = try await fetcher.fetch(server.base + "/missing", origin: .user)
                Issue.record("404 passed")
            } catch {
                #expect(error.code == .httpStatus)
                #expect(error.description.contains("404"))
            }
            try await fetcher.shutdown()
        }
    }

    @Test func timesOut() async throws {
        try await withServer { server in
            var p = policy()
            p.totalTimeout = 1
            let fetcher = Fetcher(policy: p)
            let start = Date()
            await #expect(throws: FetchError.self) { try await fetcher.fetch(server.base + "/slow", origin: .user) }
            #expect(Date().timeIntervalSince(start) < 4)
            try await fetcher.shutdown()
        }
    }

    @Test func spacesRequestsToTheSameHost() async throws {
        try await withServer { server in
            var p = policy()
            p.perHostInterval = 0.3
            let fetcher = Fetcher(policy: p)
            for _ in 0..<3 { _ = try await fetcher.fetch(server.base + "/ua", origin: .user) }
            let times = server.requestTimes("/ua")
            #expect(times.count == 3)
            if times.count == 3 { #expect(times[2].timeIntervalSince(times[0]) >= 0.55) }
            try await fetcher.shutdown()
        }
    }

    @Test func refusesOtherSchemesAndPrivateAddressesFromFeeds() async throws {
        try await withServer { server in
            let fetcher = Fetcher(policy: policy(private: false))
            for url in ["file:///etc/passwd", "ftp://example.com/x", "gopher://x"] {
                do throws(FetchError) {
                    _ = try await fetcher.fetch(url, origin: .user)
                    Issue.record("fetched \(url)")
                } catch {
                    #expect(error.code == .schemeRefused)
                }
            }
            // The user may point at a local server; a feed may not.
            _ = try await fetcher.fetch(server.base + "/page", origin: .user)
            do throws(FetchError) {
                _ = try await fetcher.fetch(server.base + "/page", origin: .feed)
                Issue.record("a feed reached loopback")
            } catch {
                #expect(error.code == .addressRefused)
            }
            for host in ["localhost", "10.1.2.3", "192.168.0.1", "169.254.169.254", "[::1]", "[fd00::1]"] {
                await #expect(throws: FetchError.self) { try await fetcher.fetch("http://\(host)/x", origin: .feed) }
            }
            try await fetcher.shutdown()
        }
    }

    @Test func feedItemsAreFetchedUnderTheFeedRules() async throws {
        try await withServer { server in
            // Refused: the feed's links point at loopback; the item that has a summary is read from the feed.
            let strict = Fetcher(policy: policy(private: false))
            let refused = await WebIngestor(fetcher: strict).ingest([server.base + "/feed.xml"])
            #expect(refused.articles.map(\.title) == ["Gone"])
            #expect(refused.errors.contains { $0.message.contains("local networks") })
            try await strict.shutdown()
            // Allowed: the first item's page is fetched and read; the missing one falls back to its summary.
            let open = Fetcher(policy: policy(private: true))
            let allowed = await WebIngestor(fetcher: open).ingest([server.base + "/feed.xml"])
            #expect(allowed.articles.map(\.title) == ["Ferry timetable changes", "Gone"])
            #expect(allowed.articles.first?.text.hasPrefix("The ferry company") == true)
            try await open.shutdown()
        }
    }

    @Test func privateAddressRanges() {
        for a in ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.1.1", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1"] {
            #expect(AddressPolicy.isPrivate(a), "\(a)")
        }
        for a in ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"] {
            #expect(!AddressPolicy.isPrivate(a), "\(a)")
        }
    }
}
