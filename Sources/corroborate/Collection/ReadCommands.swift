import ArgumentParser
import CorroborateCore
import CorroborateReport
import CorroborateStore
import Foundation

/// `corroborate stories`: the collection's stories, the most recently updated first.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "List the collection's stories, the most recently updated first.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var collection: CollectionOptions

    @Option(help: "How many stories.")
    var limit: Int = 50

    @Option(help: "Stories to skip.")
    var offset: Int = 0

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    func run() async throws {
        let page = Page(offset: offset, limit: limit)
        let (stories, stats) = try await collection.withStore { store in
            (try await store.stories(page), try await store.stats())
        }
        switch format {
        case .json:
            print(try JSONOutput.string(["stories": stories]))
        case .text:
            print("\(stats.stories) stories, \(stats.articles) articles\(stats.pending > 0 ? ", \(stats.pending) inputs queued" : "")")
            for s in stories {
                let dates = [s.firstPublished, s.lastPublished].compactMap { $0?.description }
                let span = dates.isEmpty ? "undated" : (dates[0] == dates[1] ? dates[0] : "\(dates[0])…\(dates[1])")
                print("\(s.id.padding(toLength: 7, withPad: " ", startingAt: 0)) \(s.articles) articles, \(s.sources) sources, \(s.conflicts) conflicts  \(span)  \(s.title)")
            }
        }
    }
}

/// `corroborate story ID`: one story's report.
struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story", abstract: "Print one story: its sources, conflicts, agreements, timeline and who said what.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown, text, html }

    @OptionGroup var collection: CollectionOptions

    @Argument(help: "The story's id, as `stories` lists it (s1, s2, …).")
    var id: String

    @Option(name: .shortAndLong, help: "Output format: json (the corroborate/1 contract), markdown, text or html.")
    var format: Format?

    func run() async throws {
        let id = id
        let detail = try await collection.withStore { store in
            try await store.story(id: id)
        }
        guard let detail else { throw ValidationError("no story \(id) in \(collection.location)") }
        switch format ?? (isatty(STDOUT_FILENO) != 0 ? .text : .json) {
        case .json: FileHandle.standardOutput.write(Data(JSONReport().render(detail.corpus)))
        case .markdown: print(MarkdownReport().render(detail.corpus), terminator: "")
        case .text: print(TextReport().render(detail.corpus), terminator: "")
        case .html:
            let body = "<main>\n" + HTMLReport().story(detail.corpus)
                + detail.corpus.articles.indices.map { i in
                    "<section id=\"article-\(HTMLEscape.urlComponent(detail.corpus.articles[i].article.id))\">\n"
                        + HTMLReport().article(detail.corpus, article: i) + "</section>\n"
                }.joined() + "</main>"
            print(HTMLDocument(title: detail.summary.title, body: body).render(), terminator: "")
        }
    }
}

/// `corroborate search`: full-text search over the collection.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search the collection's articles: every word must occur; the last may be a prefix.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var collection: CollectionOptions

    @Argument(help: "Words to search for.")
    var words: [String]

    @Option(help: "How many results.")
    var limit: Int = 20

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    func run() async throws {
        let query = words.joined(separator: " ")
        let limit = limit
        let hits = try await collection.withStore { store in
            try await store.search(query, limit: limit)
        }
        switch format {
        case .json:
            print(try JSONOutput.string(["hits": hits]))
        case .text:
            if hits.isEmpty { print("no articles match “\(query)”") }
            let terminal = isatty(STDOUT_FILENO) != 0
            for hit in hits {
                let a = hit.article
                print("\(a.id)  [\(a.story)]  \(a.outlet ?? "")  \(a.published?.description ?? "undated")  \(a.title ?? "")")
                var snippet = hit.snippet.replacingOccurrences(of: "\n", with: " ")
                snippet = snippet.replacingOccurrences(of: String(SearchHit.markers.open), with: terminal ? "\u{1B}[1m" : "[")
                snippet = snippet.replacingOccurrences(of: String(SearchHit.markers.close), with: terminal ? "\u{1B}[0m" : "]")
                print("    \(snippet)")
            }
        }
    }
}

/// JSON for list commands: sorted keys, pretty.
enum JSONOutput {
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
