import ArgumentParser

/// `corroborate bench`: throughput and memory of the whole analysis.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure analysis throughput and peak memory on a generated corpus.")

    func run() throws {}
}
