import ArgumentParser
import CorroborateFetch
import CorroborateIngest
import Foundation

/// Options for reading from the web, shared by `fetch` and `analyze`.
struct WebOptions: ParsableArguments {
    @Option(help: "Keep fetched pages here (exact bytes by SHA-256, with validators for conditional GET).")
    var store: String = ".corroborate/pages"

    @Flag(help: "Let addresses from feeds and OPML lists reach private, loopback and link-local networks.")
    var allowPrivate = false

    @Flag(help: "Fetch the pages of the items of local feed and OPML files.")
    var fetch = false

    @Option(help: "Largest response body accepted, in bytes.")
    var maxBytes: Int = 16 << 20

    @Option(help: "Seconds allowed for one request.")
    var timeout: Double = 30

    @Option(help: "Seconds between two requests to the same host.")
    var rate: Double = 1

    @Option(help: "At most this many items per feed.")
    var maxItems: Int = 50

    var policy: FetchPolicy {
        var p = FetchPolicy()
        p.allowPrivateAddresses = allowPrivate
        p.maxBytes = maxBytes
        p.totalTimeout = timeout
        p.perHostInterval = rate
        return p
    }

    /// Whether an input is read through the web layer: an address, an OPML list, or (with
    /// `--fetch`) a local feed.
    func isWebInput(_ input: String) -> Bool {
        if WebIngestor.isURL(input) { return true }
        let lower = input.lowercased()
        if lower.hasSuffix(".opml") { return true }
        guard fetch, !FileManager.default.fileExists(atPath: input + "/") else { return false }
        return ["xml", "rss", "atom", "rdf"].contains(lower.split(separator: ".").last.map(String.init) ?? "")
    }

    /// Reads the inputs: files through the ingestor, web inputs through the fetcher, in order.
    func ingest(_ inputs: [String], maxArticleBytes: Int) async -> IngestResult {
        let web = inputs.filter(isWebInput)
        var result = Ingestor(maxArticleBytes: maxArticleBytes).ingest(inputs.filter { !isWebInput($0) })
        guard !web.isEmpty else { return result }
        let fetcher = Fetcher(policy: policy, store: PageStore(directory: store))
        let fetched = await WebIngestor(fetcher: fetcher, maxItemsPerFeed: maxItems).ingest(web)
        try? await fetcher.shutdown()
        for article in fetched.articles { result.add(article) }
        result.errors += fetched.errors
        result.duplicates += fetched.duplicates
        return result
    }
}
