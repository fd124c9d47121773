import ArgumentParser
import CorroborateCore
import CorroborateEval

/// `corroborate eval quotes --polnear DIR`: quote and speaker scores on a PolNeAR split.
struct QuotesEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quotes, reported speech and speakers on a PolNeAR split (train or dev).",
        discussion: """
            Analyses every article of the split as one batch, as `corroborate analyze` would, and prints the \
            reference scorer's rows (content and direct overlap F1, exact spans, characters, speaker and cue \
            accuracy), a breakdown by gold kind, by predicted kind and by publisher, and a final SCORE line. \
            The metrics are defined in docs/EVALUATION.md.
            """
    )

    @Option(help: "A PolNeAR split folder holding text/ and attributions/ (e.g. …/quotes/polnear/dev).")
    var polnear: String

    @Option(help: "Score only the first N articles.")
    var limit: Int?

    @Option(help: "Threads for per-article analysis.")
    var jobs: Int = 1

    enum Listing: String, ExpressibleByArgument, CaseIterable {
        case speaker, missed
    }

    @Option(help: "Also list examples to hill-climb on: speaker (matched quotes with a wrong speaker) or missed (unmatched gold).")
    var show: Listing?

    func run() throws {
        let docs = try PolNeARCorpus.read(polnear, limit: limit)
        let corpus = Analyzer().analyze(docs.map(\.article), parallelism: max(1, jobs))
        let scores = QuoteScorer.score(docs, corpus)
        switch show {
        case .speaker?: for line in scores.speakerErrors { print(line) }
        case .missed?: for line in scores.missed { print(line) }
        case nil: break
        }
        print(scores.table(title: "task=quotes gold=\(polnear)").rendered, terminator: "")
    }
}
