import ArgumentParser
import CorroborateCore
import CorroborateFetch
import CorroborateIngest
import CorroborateStore
import Foundation

/// `corroborate ingest`: add articles to a collection.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to a collection; their analyses and stories are stored and updated incrementally.",
        discussion: """
            INPUT is what `analyze` reads: plain-text articles, JSON Lines, HTML pages, feeds, directories, - for \
            standard input, or http(s) addresses of pages, feeds and OPML lists (fetched as `fetch` does; a \
            fetched page is kept as its bytes, a feed item without a page as a JSON Lines record). Each input's bytes are kept, so `reanalyze` can derive everything again after an \
            upgrade. Inputs already in the collection are skipped; an article whose text and date repeat a stored \
            one is reported as a duplicate. Articles are committed a batch at a time: an ingest interrupted at any \
            point keeps every committed batch, and the next ingest (with or without inputs) finishes the rest. \
            On PostgreSQL several ingests may run at once, on any machines: they share the queue and never \
            process the same input twice.
            """
    )

    @OptionGroup var collection: CollectionOptions

    @Argument(help: "Files, directories, - for standard input, or addresses; none processes what is queued.")
    var inputs: [String] = []

    @OptionGroup(title: "Web") var web: WebOptions

    @Option(help: "Threads for per-article analysis (default: all cores).")
    var jobs: Int?

    @Option(help: "Inputs per transaction.")
    var batchSize: Int = 500

    @Option(help: "Largest plain-text article or JSON Lines record, in bytes.")
    var maxArticleBytes: Int = 8 << 20

    @Flag(help: "Print nothing after each committed batch.")
    var quiet = false

    func run() async throws {
        let options = IngestOptions(
            batchSize: batchSize, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, maxArticleBytes: maxArticleBytes)
        let quiet = quiet
        let clock = ContinuousClock()
        let start = clock.now
        let progress: @Sendable (IngestProgress) -> Void = { p in
            if !quiet {
                Console.error("committed \(p.articles) articles from \(p.inputs) inputs (collection: \(p.total) articles, version \(p.version))")
            }
        }
        let webInputs = inputs.filter(web.isWebInput)
        let (fetched, fetchErrors) = await fetchedRecords(webInputs)
        var report = try await collection.withStore { store in
            let ingestion = Ingestion(store: store, options: options)
            var report = try await ingestion.run(inputs.filter { !web.isWebInput($0) }, progress: progress)
            if !fetched.isEmpty { report.merge(try await ingestion.add(fetched, progress: progress)) }
            return report
        }
        report.errors += fetchErrors
        for e in report.errors { Console.error("corroborate: \(e.source): \(e.message)") }
        for d in report.duplicates { Console.error("corroborate: \(d.source): same text as article \(d.message); skipped") }
        let seconds = Double((clock.now - start).components.seconds) + Double((clock.now - start).components.attoseconds) / 1e18
        print(
            "\(report.articles) articles added (\(report.stories) new stories) from \(report.inputs) new inputs; "
                + "\(report.skipped) inputs already stored, \(report.duplicates.count) duplicates, \(report.errors.count) errors; "
                + String(format: "%.1f s", seconds))
        if report.articles == 0, !report.errors.isEmpty { throw ExitCode(1) }
    }
}

extension IngestCommand {
    /// Fetches web inputs and turns their articles into inputs to keep: a page as the bytes the
    /// page store kept (so `reanalyze` reads the page again), a feed item read from its feed
    /// as a JSON Lines record of what the feed said.
    func fetchedRecords(_ inputs: [String]) async -> (records: [InputRecord], errors: [IngestReport.Notice]) {
        guard !inputs.isEmpty else { return ([], []) }
        let result = await web.ingest(inputs, maxArticleBytes: maxArticleBytes)
        var records: [InputRecord] = []
        for article in result.articles {
            if let original = article.original, let path = original.path,
                let data = FileManager.default.contents(atPath: path), data.count == original.byteCount
            {
                records.append(InputRecord(source: article.url ?? article.source, format: .html, bytes: Array(data)))
            } else {
                records.append(InputRecord(source: article.source, format: .jsonLines, bytes: Array(FetchCommand.jsonLine(article).utf8)))
            }
        }
        let errors = result.errors.map { IngestReport.Notice(source: $0.source, code: $0.code.description, message: $0.message) }
        return (records, errors)
    }
}

/// `corroborate reanalyze`: derive everything again from the kept inputs.
struct ReanalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze",
        abstract: "Derive every article, story and search entry again from the kept inputs, with this version's analysis."
    )

    @OptionGroup var collection: CollectionOptions

    @Option(help: "Threads for per-article analysis (default: all cores).")
    var jobs: Int?

    @Option(help: "Inputs per transaction.")
    var batchSize: Int = 500

    func run() async throws {
        let options = IngestOptions(batchSize: batchSize, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let report = try await collection.withStore { store in
            try await store.reanalyze(options: options) { p in
                Console.error("reanalysed \(p.articles) articles (collection: \(p.total))")
            }
        }
        print("\(report.articles) articles in \(report.stories) stories; \(report.duplicates.count) duplicates, \(report.errors.count) errors")
    }
}
