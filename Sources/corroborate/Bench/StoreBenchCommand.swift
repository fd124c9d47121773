import ArgumentParser
import CorroborateStore
import Foundation

/// `corroborate bench store`: ingest and search throughput of a collection.
struct StoreBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Measure ingest rate and search latency of a collection on generated short articles.",
        discussion: """
            Generates short news-like articles (deterministic for a seed), ingests them into a fresh collection \
            (a temporary SQLite file unless --db names one) in batches, analysis included, then runs searches for \
            words of the corpus and reads stories. Prints articles/s and MB/s for the ingest, search and story \
            latencies (p50, p99, max), the file size and the peak resident memory. Ingest leaves the stories it \
            touches stale; a story's first read corroborates it (and keeps the result), so the story latencies \
            include that work. Build with -c release.
            """
    )

    @Option(help: "How many articles.")
    var articles: Int = 100_000

    @Option(help: "Inputs per transaction.")
    var batchSize: Int = 2000

    @Option(help: "Threads for per-article analysis (1 measures one core).")
    var jobs: Int = 1

    @Option(help: "Searches to time.")
    var queries: Int = 2000

    @Option(help: "A collection to fill (a SQLite path or postgres:// URL); default: a temporary SQLite file.")
    var db: String?

    @Option(help: "Seed for the corpus generator.")
    var seed: UInt64 = 2026

    func run() async throws {
        var generator = CorpusGenerator(seed: seed)
        generator.short = true
        let files = generator.articles(count: articles)
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        let mb = Double(bytes) / 1_048_576
        let records = files.map { InputRecord(source: $0.name, format: .text, bytes: $0.bytes) }
        print(String(format: "corpus: %d short articles, %.1f MB (%.0f bytes each); batch %d; jobs %d", files.count, mb, Double(bytes) / Double(files.count), batchSize, jobs))

        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-bench-\(UUID().uuidString)")
        let location = db ?? temporary.appendingPathComponent("bench.sqlite").path
        if db == nil { try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true) }
        defer { if db == nil { try? FileManager.default.removeItem(at: temporary) } }

        let batchSize = batchSize
        let jobs = jobs
        let queries = queries
        try await CollectionOptions.withStore(at: location) { store in
            let ingestion = Ingestion(store: store, options: IngestOptions(batchSize: batchSize, jobs: jobs))
            let clock = ContinuousClock()
            var report = IngestReport()
            var batchRates: [Double] = []
            let ingest = try await clock.measure {
                var start = 0
                while start < records.count {
                    let end = min(records.count, start + batchSize)
                    let t = clock.now
                    report.merge(try await ingestion.add(Array(records[start..<end])))
                    batchRates.append(Double(end - start) / Self.seconds(clock.now - t))
                    start = end
                }
            }
            let s = Self.seconds(ingest)
            print(String(
                format: "  ingest       %8.2f s  %8.1f MB/s  %9.0f articles/s  (%d articles, %d stories, %d duplicates)",
                s, mb / s, Double(report.articles) / s, report.articles, try await store.stats().stories, report.duplicates.count))
            Self.printGrowth(batchRates)
            // Each figure as soon as it is measured, even when stdout is a pipe or a file.
            fflush(nil)

            // Words a reader would search for: names, places and topics of the corpus.
            let words = Self.queryWords(files.prefix(2000).map(\.bytes))
            var random = SplitMix64(seed: seed)
            var latencies: [Double] = []
            var found = 0
            for i in 0..<queries {
                let query = i % 3 == 0
                    ? words[random.next(words.count)] + " " + words[random.next(words.count)]
                    : words[random.next(words.count)]
                let t = clock.now
                found += try await store.search(query, limit: 20).count
                latencies.append(Self.seconds(clock.now - t) * 1000)
            }
            Self.printLatencies("search", latencies, extra: String(format: "%.1f hits per query", Double(found) / Double(max(1, queries))))

            let stories = try await store.stats().stories
            let ids = (0..<min(queries, 500)).map { _ in "s\(1 + random.next(max(1, stories)))" }
            func readStories() async throws -> [Double] {
                var latencies: [Double] = []
                for id in ids {
                    let t = clock.now
                    _ = try await store.story(id: id)
                    latencies.append(Self.seconds(clock.now - t) * 1000)
                }
                return latencies
            }
            Self.printLatencies("story", try await readStories(), extra: "mostly first reads: corroborate, keep, decode")
            // The same stories again: what every later read of an unchanged story costs.
            Self.printLatencies("story again", try await readStories(), extra: "decode the kept record and analyses")
        }
        if db == nil, let size = (try? FileManager.default.attributesOfItem(atPath: location))?[.size] as? NSNumber {
            print(String(format: "  file: %.0f MB (+ WAL)", size.doubleValue / 1_048_576))
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "  peak RSS: %.0f MB", Double(usage.ru_maxrss) / 1024))
    }

    /// Whether ingest slows as the collection grows: the rate over the first and the last
    /// tenth of the batches.
    static func printGrowth(_ rates: [Double]) {
        guard rates.count >= 10 else { return }
        let tenth = rates.count / 10
        func mean(_ r: ArraySlice<Double>) -> Double { Double(r.count) / r.reduce(0) { $0 + 1 / $1 } }
        print(String(
            format: "  ingest rate  first tenth %6.0f articles/s, last tenth %6.0f articles/s", mean(rates.prefix(tenth)),
            mean(rates.suffix(tenth))))
    }

    static func printLatencies(_ name: String, _ ms: [Double], extra: String) {
        let sorted = ms.sorted()
        func q(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        print(String(
            format: "  %-12@ %5d runs  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%@)", name as NSString, sorted.count, q(0.5), q(0.99),
            sorted.last ?? 0, extra as NSString))
        fflush(nil)
    }

    /// Capitalised words and longer lowercase words, the kinds of words people search for.
    static func queryWords(_ texts: [[UInt8]]) -> [String] {
        var seen: [String: Int] = [:]
        for bytes in texts {
            for word in String(decoding: bytes, as: UTF8.self).split(whereSeparator: { !$0.isLetter }) where word.count >= 5 {
                seen[word.lowercased(), default: 0] += 1
            }
        }
        return seen.keys.sorted()
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
