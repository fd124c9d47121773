import ArgumentParser
import CorroborateCore
import Foundation

/// `corroborate bench stories`: assigning a stream of short articles to stories on one core.
struct StoriesBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Measure story assignment on a stream of generated short articles: articles/s, memory, B-cubed.",
        discussion: """
            Generates a deterministic stream of short news reports (several outlets per invented event, in their own \
            words; a share are reprints of another outlet's report; the days advance as in a feed), analyses each \
            one (not timed as assignment) and places them in batches with the incremental story index, as a \
            collection's ingest does: copy detection, candidate search and similarity. Prints, at checkpoints, the \
            assignment's own time and articles/s and the resident memory, then the story B-cubed against the \
            generator's events and how many reprints were found as copies. Build with -c release.
            """
    )

    @Option(help: "How many articles.")
    var articles: Int = 1_000_000

    @Option(help: "Articles counted and placed together (a collection's ingest batch).")
    var batch: Int = 1000

    @Option(help: "New events per day of the stream.")
    var eventsPerDay: Int = 2000

    @Option(help: "Seed for the generator.")
    var seed: UInt64 = 2026

    func run() throws {
        print("stories bench: \(articles) short articles, batches of \(batch), \(eventsPerDay) new events a day (seed \(seed)); one core")
        print("assignment = copy detection, candidate search, similarity and profile updates, on features of articles")
        print("already analysed; the analysis (entities, quotes, figures, times, story features) is timed apart.")
        var generator = ShortArticleGenerator(seed: seed, eventsPerDay: eventsPerDay)
        var index = StoryIndex(tracksChanges: false)
        let clock = ContinuousClock()
        // Thread CPU time, not wall time: other processes on the machine do not count against it.
        var generate = 0.0
        var analyse = 0.0
        var assign = 0.0
        func cpu(_ body: () -> Void) -> Double {
            let start = Memory.threadCPUSeconds()
            body()
            return Memory.threadCPUSeconds() - start
        }
        var bytes = 0
        // What scoring needs, 13 bytes an article: its story, event and copy flags.
        var story = [Int32](repeating: 0, count: articles)
        var event = [Int32](repeating: 0, count: articles)
        var reprint = [Bool](repeating: false, count: articles)
        var flagged = [Bool](repeating: false, count: articles)
        let analyzer = Analyzer()
        let started = clock.now
        var checkpoints = [100_000, 250_000, 500_000, 750_000, 1_000_000].filter { $0 < articles } + [articles]
        print("  articles   assign CPU s   articles/s   stories   RSS MB   peak RSS MB")
        var done = 0
        while done < articles {
            let n = min(batch, articles - done)
            var reports: [ShortArticleGenerator.Report] = []
            reports.reserveCapacity(n)
            generate += cpu { for _ in 0..<n { reports.append(generator.next()) } }
            var features: [StoryFeatures] = []
            features.reserveCapacity(n)
            analyse += cpu {
                for r in reports {
                    bytes += r.article.text.utf8.count
                    var analysis = analyzer.analyze(r.article)
                    features.append(StoryIndex.features(of: &analysis))
                }
            }
            var placed: [StoryPlacement] = []
            assign += cpu { placed = index.add(contentsOf: features) }
            for (k, p) in placed.enumerated() {
                let i = done + k
                story[i] = Int32(p.story)
                event[i] = Int32(reports[k].event)
                reprint[i] = reports[k].reprintOf != nil
                flagged[i] = p.copyOf != nil
            }
            done += n
            if let next = checkpoints.first, done >= next {
                checkpoints.removeFirst()
                print(String(
                    format: "  %8d   %12.1f   %10.0f   %7d   %6.0f   %11.0f", done, assign, Double(done) / assign, index.storyCount,
                    Double(Memory.resident()) / 1_048_576, Double(Memory.peakResident()) / 1_048_576))
                fflush(nil)
            }
        }
        let wall = clock.now - started
        let quality = bcubed(story: story, event: event)
        let truePositives = zip(reprint, flagged).filter { $0 && $1 }.count
        let found = flagged.filter { $0 }.count
        let reprints = reprint.filter { $0 }.count
        print(String(
            format: "  CPU time: generation %.1f s; analysis %.1f s (%.1f MB, %.0f articles/s)", generate, analyse,
            Double(bytes) / 1_048_576, Double(articles) / analyse))
        print(String(
            format: "  assignment alone: %.1f s CPU, %.0f articles/s; whole run %.1f s CPU, %.1f s wall", assign,
            Double(articles) / assign, generate + analyse + assign, seconds(wall)))
        print(String(
            format: "  stories: %d (generated events: %d), story B-cubed P %.3f R %.3f F1 %.3f", index.storyCount,
            Set(event).count, quality.precision, quality.recall, quality.f1))
        print(String(
            format: "  copies: %d of %d reprints found (recall %.3f), %d articles flagged (precision %.3f)", truePositives, reprints,
            reprints > 0 ? Double(truePositives) / Double(reprints) : 0, found, found > 0 ? Double(truePositives) / Double(found) : 0))
        print(String(format: "  peak RSS: %.0f MB", Double(Memory.peakResident()) / 1_048_576))
    }

    /// B-cubed of stories against events, from two parallel arrays.
    private func bcubed(story: [Int32], event: [Int32]) -> (precision: Double, recall: Double, f1: Double) {
        var storySize: [Int32: Int] = [:]
        var eventSize: [Int32: Int] = [:]
        var both: [Int64: Int] = [:]
        for (s, e) in zip(story, event) {
            storySize[s, default: 0] += 1
            eventSize[e, default: 0] += 1
            both[Int64(s) << 32 | Int64(e), default: 0] += 1
        }
        var p = 0.0
        var r = 0.0
        for (key, k) in both {
            let s = Int32(truncatingIfNeeded: key >> 32)
            let e = Int32(truncatingIfNeeded: key)
            // Each of the k articles in both contributes k/|story| and k/|event|.
            p += Double(k * k) / Double(storySize[s] ?? k)
            r += Double(k * k) / Double(eventSize[e] ?? k)
        }
        let n = Double(story.count)
        guard n > 0 else { return (0, 0, 0) }
        let precision = p / n
        let recall = r / n
        return (precision, recall, 2 * precision * recall / (precision + recall))
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
