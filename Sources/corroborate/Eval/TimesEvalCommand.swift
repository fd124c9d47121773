import ArgumentParser
import CorroborateEval
import Foundation

/// `corroborate eval times`: TempEval-3 scores on TimeML gold, and the Recognizers-Text date specs.
struct TimesEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "times",
        abstract: "Score temporal expressions: TempEval-3 measures on TimeML, pass rate on Recognizers-Text date specs.",
        discussion: """
            --timeml DIR reads every .tml file under DIR (TimeBank, AQUAINT, TempEval-3), analyses the <TEXT> of each \
            with its creation time as the publication date, and prints strict and relaxed span P/R/F1, value and \
            type accuracy and F1 (as the official TempEval-3 scorer), then the worst errors. --recognizers FILE \
            (repeatable) runs the time extractor on Microsoft Recognizers-Text DateTime spec cases whose expected \
            values are plain dates, weeks, months or durations. See docs/EVALUATION.md.
            """
    )

    @Option(help: "A folder of TimeML .tml files (searched recursively).")
    var timeml: String?

    @Option(help: "A Recognizers-Text DateTime spec file (DateExtractor.json, DateParser.json, …); repeatable.")
    var recognizers: [String] = []

    @Option(help: "How many error groups of each kind to list.")
    var worst: Int = 10

    @Option(help: "How many failed Recognizers-Text cases to list.")
    var failures: Int = 20

    @Option(help: "Threads for the analysis (default: all cores).")
    var jobs: Int?

    func validate() throws {
        guard timeml != nil || !recognizers.isEmpty else { throw ValidationError("give --timeml DIR and/or --recognizers FILE") }
    }

    func run() throws {
        if let timeml {
            let docs = try TimeEvaluation.load(directory: timeml)
            let scores = TimeEvaluation.score(docs, parallelism: max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
            print(scores.table(title: "times: TimeML (\(timeml))").rendered)
            print(scores.worstErrors(worst))
        }
        if !recognizers.isEmpty {
            let result = try RecognizersSpec.load(recognizers).run()
            print(result.table().rendered)
            if failures > 0, !result.failures.isEmpty {
                print("failed cases (\(result.failures.count)):")
                for f in result.failures.prefix(failures) { print("  " + f) }
            }
        }
    }
}
