import ArgumentParser
import CorroborateCore
import CorroborateIngest
import Foundation

/// `corroborate bench html [DIR]`: HTML reading throughput (encoding, parsing, main text,
/// metadata) on one core, and the hostile-page check.
struct HTMLBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Measure HTML reading throughput and peak memory; --hostile runs the hostile-page check.",
        discussion: """
            With DIR, reads every .html/.htm file under it (e.g. L3S-GN1's input/); without, generates news \
            pages (header, navigation, share bar, figures, JSON-LD, scripts, sidebar, comments, footer). \
            The pages are loaded first, then read by HTMLReader on one thread: decoding, tokenizing, tree \
            building, main-text extraction and metadata. Prints MB/s, pages/s and peak resident memory. \
            --hostile reads generated hostile pages (deep nesting, unterminated tags, comments and scripts, \
            NUL and invalid bytes, attribute and reference floods, markup noise) and one huge page, printing \
            the time and memory of each. Build with -c release to measure.
            """
    )

    @Argument(help: "A folder of HTML pages (default: generated pages).")
    var directory: String?

    @Option(name: .customLong("size"), help: "Size of the generated corpus in megabytes.")
    var megabytes: Int = 50

    @Option(name: .customLong("repeat"), help: "Read the pages this many times (more stable figures on small folders).")
    var rounds: Int = 1

    @Option(name: .customLong("page-seed"), help: "Seed for the page generator.")
    var seed: UInt64 = 2026

    @Flag(help: "Run the hostile-page check instead.")
    var hostile = false

    @Option(help: "Size of the huge page in the hostile check, in megabytes.")
    var hugeMegabytes: Int = 100

    @Option(help: "Run only the hostile pages whose name contains this.")
    var only: String?

    func run() throws {
        if hostile { return runHostile() }
        var pages: [[UInt8]] = []
        if let directory {
            guard let walker = FileManager.default.enumerator(atPath: directory) else {
                throw ValidationError("cannot read \(directory)")
            }
            while let name = walker.nextObject() as? String {
                let lower = name.lowercased()
                guard lower.hasSuffix(".html") || lower.hasSuffix(".htm") else { continue }
                if let data = FileManager.default.contents(atPath: directory + "/" + name) { pages.append(Array(data)) }
            }
        } else {
            var generator = PageGenerator(seed: seed)
            pages = generator.pages(totalBytes: megabytes << 20)
        }
        guard !pages.isEmpty else { throw ValidationError("no HTML pages") }
        let bytes = pages.reduce(0) { $0 + $1.count } * max(1, self.rounds)
        let mb = Double(bytes) / 1_048_576
        print("pages: \(pages.count) × \(max(1, self.rounds)), \(String(format: "%.1f", mb)) MB\(directory.map { " from \($0)" } ?? " generated (seed \(seed))")")
        let reader = HTMLReader()
        var textBytes = 0
        var dated = 0
        let clock = ContinuousClock()
        let cpuStart = Memory.threadCPUSeconds()
        let elapsed = clock.measure {
            for _ in 0..<max(1, self.rounds) {
                for page in pages {
                    let result = reader.read(page)
                    textBytes += result.text.utf8.count
                    if result.metadata.published != nil { dated += 1 }
                }
            }
        }
        let cpu = Memory.threadCPUSeconds() - cpuStart
        let s = seconds(elapsed)
        let count = pages.count * max(1, self.rounds)
        // CPU time is the one-core figure; wall time also counts other processes on a busy machine.
        print(String(format: "  html read   %8.2f s CPU  %8.1f MB/s  %9.0f pages/s   (wall %.2f s, %.1f MB/s)", cpu, mb / cpu, Double(count) / cpu, s, mb / s))
        print(String(format: "  text: %.1f MB (%.1f%% of the bytes); pages with a date: %.1f%%", Double(textBytes) / 1_048_576, 100 * Double(textBytes) / Double(bytes), 100 * Double(dated) / Double(count)))
        print(String(format: "  peak RSS: %.0f MB", Double(Memory.peakResident()) / 1_048_576))
    }

    private func runHostile() {
        var generator = PageGenerator(seed: seed)
        let reader = HTMLReader()
        let clock = ContinuousClock()
        print("hostile pages (one core, CPU seconds); RSS is the process's resident memory after each page")
        var cases = generator.hostile(megabytes: 8)
        cases.append(("huge valid page", generator.hugePage(megabytes: hugeMegabytes)))
        if let only { cases = cases.filter { $0.name.contains(only) } }
        for (name, bytes) in cases {
            var text = 0
            let cpuStart = Memory.threadCPUSeconds()
            _ = clock.measure { text = reader.read(bytes).text.utf8.count }
            let s = Memory.threadCPUSeconds() - cpuStart
            print(String(
                format: "  %-48@ %8.1f MB %7.2f s %8.1f MB/s  text %8d B  RSS %5.0f MB  peak %5.0f MB",
                name as NSString, Double(bytes.count) / 1_048_576, s, Double(bytes.count) / 1_048_576 / s, text,
                Double(Memory.resident()) / 1_048_576, Double(Memory.peakResident()) / 1_048_576))
        }
        print("all hostile pages read without a crash")
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// The process's memory, from the kernel.
enum Memory {
    /// Peak resident set size in bytes.
    static func peakResident() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Current resident set size in bytes (`/proc/self/statm`; 0 where there is none).
    static func resident() -> Int {
        guard let data = FileManager.default.contents(atPath: "/proc/self/statm") else { return 0 }
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
