import ArgumentParser
import CorroborateCore
import CorroborateIngest
import Foundation

/// `corroborate fetch URL…`: fetches pages, feeds and OPML lists and writes the articles as
/// JSON Lines (which `analyze` reads), keeping every page's bytes in the store.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch pages, feeds and OPML lists; write their articles as JSON Lines.",
        discussion: """
            Each INPUT is an http(s) address (a page, an RSS/Atom/JSON feed or an OPML list) or a local OPML \
            file or feed. Feeds' items are fetched; addresses from feeds and lists may not reach private or \
            loopback networks unless --allow-private. Requests carry a clear User-Agent, wait --rate seconds \
            between calls to one host, time out, stop at --max-bytes, follow at most 5 redirects, ask for \
            gzip, and are conditional (ETag, Last-Modified) when the store has the page. Every page's bytes \
            are kept under --store by SHA-256. Errors name their address on standard error.
            """
    )

    @Argument(help: "Addresses, or local OPML lists and feeds.")
    var inputs: [String]

    @OptionGroup var web: WebOptions

    @Option(name: .shortAndLong, help: "Write the JSON Lines here instead of standard output.")
    var output: String?

    func run() async throws {
        var options = web
        options.fetch = true
        let result = await options.ingest(inputs, maxArticleBytes: 8 << 20)
        for error in result.errors {
            FileHandle.standardError.write(Data("corroborate: \(error)\n".utf8))
        }
        var out = Data()
        for article in result.articles {
            out.append(Data(FetchCommand.jsonLine(article).utf8))
            out.append(0x0A)
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: out) else { throw ValidationError("cannot write \(output)") }
        } else {
            FileHandle.standardOutput.write(out)
        }
        FileHandle.standardError.write(Data("corroborate: \(result.articles.count) articles, \(result.errors.count) errors\n".utf8))
        if result.articles.isEmpty { throw ExitCode(1) }
    }

    /// One article as a JSON Lines record of the ingest format, with the page's extras.
    static func jsonLine(_ a: Article) -> String {
        var object: [String: Any] = ["id": a.id, "text": a.text, "source": a.source]
        if let url = a.url { object["url"] = url }
        if let title = a.title { object["title"] = title }
        if let outlet = a.outlet { object["outlet"] = outlet }
        if let published = a.published { object["published"] = published.description }
        if let byline = a.byline { object["byline"] = byline }
        if let language = a.language { object["language"] = language }
        if let original = a.original {
            object["sha256"] = original.sha256
            if let path = original.path { object["stored"] = path }
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
