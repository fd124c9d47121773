public import CorroborateCore
public import CorroborateIngest
import Foundation

/// Turns addresses into articles: a page is read as an article, a feed's items are fetched
/// (their content used when the page cannot be had), an OPML list's feeds are read in turn.
/// Every address that came from a feed or a list is fetched under the feed origin's rules.
///
/// ```swift
/// let fetcher = Fetcher(policy: FetchPolicy(), store: PageStore(directory: "pages"))
/// let result = await WebIngestor(fetcher: fetcher).ingest(["https://news.example/rss"])
/// ```
public struct WebIngestor: Sendable {
    public let fetcher: Fetcher
    /// At most this many items per feed.
    public var maxItemsPerFeed: Int

    public init(fetcher: Fetcher, maxItemsPerFeed: Int = 50) {
        self.fetcher = fetcher
        self.maxItemsPerFeed = maxItemsPerFeed
    }

    /// Whether an input names an address (`scheme://…`) rather than a file; schemes other than
    /// http and https are refused when fetched, with a message saying so.
    public static func isURL(_ input: String) -> Bool {
        guard let colon = input.range(of: "://") else { return false }
        let scheme = input[..<colon.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// Reads every input: web addresses, and local OPML lists or feeds whose items are to be
    /// fetched. Errors name their input; the others still go through.
    public func ingest(_ inputs: [String]) async -> IngestResult {
        var result = IngestResult()
        for input in inputs {
            if WebIngestor.isURL(input) {
                await ingestURL(input, origin: .user, into: &result)
            } else {
                guard let data = FileManager.default.contents(atPath: input) else {
                    result.errors.append(IngestError(.unreadable, source: input, "no such file, or it cannot be read"))
                    continue
                }
                await ingestDocument(Array(data), source: input, base: nil, into: &result)
            }
        }
        return result
    }

    private func ingestURL(_ url: String, origin: URLOrigin, into result: inout IngestResult) async {
        do {
            let page = try await fetcher.fetch(url, origin: origin)
            if FeedReader.looksLikeFeed(page.bytes) {
                await ingestDocument(page.bytes, source: url, base: page.url, into: &result)
            } else {
                result.add(try article(page))
            }
        } catch let error as FetchError {
            result.errors.append(IngestError(.unreadable, source: url, "cannot be fetched: \(error.message)"))
        } catch let error as IngestError {
            result.errors.append(error)
        } catch {
            result.errors.append(IngestError(.unreadable, source: url, "\(error)"))
        }
    }

    /// A feed or an OPML list (fetched or local): its items or feeds, fetched.
    private func ingestDocument(_ bytes: [UInt8], source: String, base: String?, into result: inout IngestResult) async {
        let reader = FeedReader()
        if String(decoding: bytes.prefix(512), as: UTF8.self).lowercased().contains("<opml") {
            do {
                for subscription in try reader.subscriptions(bytes, source: source) {
                    await ingestFeedURL(subscription.feedURL, into: &result)
                }
            } catch {
                result.errors.append(error)
            }
            return
        }
        do {
            let feed = try reader.read(bytes, source: source)
            await ingestItems(feed, source: source, into: &result)
        } catch {
            result.errors.append(error)
        }
    }

    private func ingestFeedURL(_ url: String, into result: inout IngestResult) async {
        do {
            let page = try await fetcher.fetch(url, origin: .feed)
            let feed = try FeedReader().read(page.bytes, source: url)
            await ingestItems(feed, source: url, into: &result)
        } catch let error as FetchError {
            result.errors.append(IngestError(.unreadable, source: url, "cannot be fetched: \(error.message)"))
        } catch let error as IngestError {
            result.errors.append(error)
        } catch {
            result.errors.append(IngestError(.unreadable, source: url, "\(error)"))
        }
    }

    /// Fetches the items' pages a few at a time; an item whose page fails but whose feed
    /// carries its text is read from the feed.
    private func ingestItems(_ feed: Feed, source: String, into result: inout IngestResult) async {
        let items = Array(feed.items.prefix(maxItemsPerFeed))
        let fromFeed = FeedReader().articles(Feed(kind: feed.kind, title: feed.title, link: feed.link, items: items), source: source)
        var outcomes = [Result<Article, IngestError>?](repeating: nil, count: items.count)
        let fetcher = self.fetcher
        let limit = max(1, fetcher.policy.concurrency)
        await withTaskGroup(of: (Int, Result<Article, IngestError>?).self) { group in
            var next = 0
            func schedule() {
                while next < items.count {
                    let index = next
                    next += 1
                    guard let link = items[index].link else { continue }
                    group.addTask {
                        do {
                            let page = try await fetcher.fetch(link, origin: .feed)
                            return (index, .success(try WebIngestor.articleOf(page)))
                        } catch let error as FetchError {
                            return (index, .failure(IngestError(.unreadable, source: link, "cannot be fetched: \(error.message)")))
                        } catch let error as IngestError {
                            return (index, .failure(error))
                        } catch {
                            return (index, .failure(IngestError(.unreadable, source: link, "\(error)")))
                        }
                    }
                    return
                }
            }
            for _ in 0..<limit { schedule() }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                schedule()
            }
        }
        for (index, item) in items.enumerated() {
            switch outcomes[index] {
            case .success(var article):
                if article.title == nil { article.title = item.title }
                if article.published == nil, let p = item.published { article.published = CivilDate(iso: p.prefix(10)) }
                if article.byline == nil { article.byline = item.author }
                result.add(article)
            case .failure(let error):
                if let fallback = fromFeed.first(where: { $0.source == "\(source)#\(index + 1)" }) {
                    result.add(fallback)
                } else {
                    result.errors.append(error)
                }
            case nil:
                if let fallback = fromFeed.first(where: { $0.source == "\(source)#\(index + 1)" }) { result.add(fallback) }
            }
        }
    }

    private func article(_ page: FetchedPage) throws(IngestError) -> Article { try WebIngestor.articleOf(page) }

    static func articleOf(_ page: FetchedPage) throws(IngestError) -> Article {
        try HTMLArticleReader(maxPageBytes: Int.max).read(
            page.bytes, source: page.requestedURL, url: page.url, contentType: page.contentType, storedAt: page.storedPath,
            id: WebIngestor.id(for: page.url))
    }

    /// A readable id from an address: its last path segment, else its host.
    static func id(for url: String) -> String {
        let trimmed = url.split(separator: "?").first.map(String.init) ?? url
        let parts = trimmed.split(separator: "/").filter { !$0.isEmpty }
        guard parts.count >= 3, let last = parts.last else { return parts.last.map(String.init) ?? url }
        let stem = last.split(separator: ".").first.map(String.init) ?? String(last)
        return stem.isEmpty ? String(parts[1]) : stem
    }
}
