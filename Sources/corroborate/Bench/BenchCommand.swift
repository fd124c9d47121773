import ArgumentParser
import CorroborateCore
import CorroborateIngest
import CorroborateReport
import Foundation

/// `corroborate bench`: throughput and peak memory of the whole analysis on a generated corpus.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure analysis throughput and peak memory on a generated corpus.",
        discussion: """
            Generates news-like plain-text articles (deterministic for a seed), then times each stage of \
            the main job: reading the articles, the per-article analysis, the cross-article steps (stories, \
            entities, dates, comparisons) and the JSON output. Prints MB/s and articles/s for each and for the \
            whole, and the process's peak resident memory. Build with -c release to measure.
            """,
        subcommands: [HTMLBenchCommand.self, NERBenchCommand.self, StoreBenchCommand.self, StoriesBenchCommand.self]
    )

    @Option(help: "Size of the generated corpus in megabytes.")
    var megabytes: Int = 50

    @Option(help: "Threads for per-article analysis (1 measures one core).")
    var jobs: Int = 1

    @Option(help: "Seed for the corpus generator.")
    var seed: UInt64 = 2026

    func run() throws {
        var generator = CorpusGenerator(seed: seed)
        let files = generator.articles(totalBytes: megabytes << 20)
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        let mb = Double(bytes) / 1_048_576
        print("corpus: \(files.count) articles, \(String(format: "%.1f", mb)) MB (seed \(seed)); jobs \(jobs)")

        let clock = ContinuousClock()
        var articles: [Article] = []
        articles.reserveCapacity(files.count)
        let reader = PlainTextReader()
        let read = clock.measure {
            for file in files {
                if let a = try? reader.read(file.bytes, source: file.name) { articles.append(a) }
            }
        }
        let analyzer = Analyzer()
        var analyses: [ArticleAnalysis] = []
        let extract = clock.measure {
            analyses = analyzer.analyzeEach(articles, parallelism: jobs)
        }
        var corpus: CorpusAnalysis? = nil
        let corroborate = clock.measure { corpus = analyzer.corroborate(analyses) }
        var jsonBytes = 0
        let output = clock.measure {
            JSONReport(pretty: false).render(corpus!) { jsonBytes += $0.count }
        }

        func row(_ name: String, _ d: Duration) {
            let s = seconds(d)
            print(String(format: "  %-12@ %8.2f s  %8.1f MB/s  %9.0f articles/s", name as NSString, s, mb / s, Double(files.count) / s))
        }
        row("read", read)
        row("extract", extract)
        row("corroborate", corroborate)
        row("json", output)
        let analysis = read + extract + corroborate
        row("analysis", analysis)
        row("total", analysis + output)
        let quality = BCubed.score(corpus!.stories.map { $0.articles.map { corpus!.articles[$0].article.id } }) {
            String($0.prefix { $0 != "-" })
        }
        print(String(
            format: "  stories: %d (generated: %d), story B-cubed P %.3f R %.3f F1 %.3f; entities: %d; json: %d MB",
            corpus!.stories.count, Set(articles.map { $0.id.prefix { $0 != "-" } }).count, quality.precision,
            quality.recall, quality.f1, corpus!.entities.count, jsonBytes / 1_048_576))
        let groups = corpus!.stories.flatMap(\.copies)
        let crossEvent = groups.filter { Set($0.map { corpus!.articles[$0].article.id.prefix { $0 != "-" } }).count > 1 }
        print("  copies: \(groups.count) groups of \(groups.reduce(0) { $0 + $1.count }) articles (\(crossEvent.count) across events)")
        print(String(format: "  peak RSS: %.0f MB", Double(peakResidentBytes()) / 1_048_576))
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// The process's peak resident set size, from the kernel.
    private func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024  // kilobytes on Linux
    }
}

/// B-cubed precision, recall and F1 of predicted clusters against the true cluster of each item.
enum BCubed {
    static func score(_ clusters: [[String]], truth: (String) -> String) -> (precision: Double, recall: Double, f1: Double) {
        var trueSize: [String: Int] = [:]
        for cluster in clusters { for item in cluster { trueSize[truth(item), default: 0] += 1 } }
        var p = 0.0
        var r = 0.0
        var n = 0.0
        for cluster in clusters {
            var inCluster: [String: Int] = [:]
            for item in cluster { inCluster[truth(item), default: 0] += 1 }
            for item in cluster {
                let same = Double(inCluster[truth(item)] ?? 0)
                p += same / Double(cluster.count)
                r += same / Double(trueSize[truth(item)] ?? 1)
                n += 1
            }
        }
        guard n > 0 else { return (0, 0, 0) }
        let precision = p / n
        let recall = r / n
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }
}
