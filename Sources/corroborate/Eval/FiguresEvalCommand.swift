import ArgumentParser
import CorroborateCore
import CorroborateEval
import CorroborateIngest
import Foundation

/// `corroborate eval figures`: value and unit scores on NewsQuant-style sentences, and claimant
/// accuracy on PolNeAR attributions.
struct FiguresEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Score figures: value and value+unit F1 on NewsQuant or quantulum3, claimant accuracy on PolNeAR.",
        discussion: """
            --newsquant FILE (repeatable) analyses each sentence of a NewsQuant or quantulum3 test file as an article \
            and prints value P/R/F1, value+unit P/R/F1 and the approximate-flag agreement, exactly as the reference \
            scorer (score.py figures) computes them, then the worst errors. --polnear DIR analyses a PolNeAR split and \
            prints how often a figure found inside a gold attribution's content carries a claimant that matches the \
            gold Source. See docs/EVALUATION.md.
            """
    )

    @Option(help: "A NewsQuant (or quantulum3 test) JSON file; repeatable.")
    var newsquant: [String] = []

    @Option(help: "A PolNeAR split folder (text/ and attributions/).")
    var polnear: String?

    @Option(help: "How many errors of each kind to list.")
    var worst: Int = 10

    @Option(help: "Threads for the analysis (default: all cores).")
    var jobs: Int?

    func validate() throws {
        guard !newsquant.isEmpty || polnear != nil else { throw ValidationError("give --newsquant FILE and/or --polnear DIR") }
    }

    func run() throws {
        let parallelism = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        for path in newsquant {
            let sentences = try QuantityGoldReader.load(path: path)
            var ingest = IngestResult()
            for s in sentences { ingest.add(Article(id: s.id, source: s.id, text: s.text)) }
            let analyses = Analyzer().analyzeEach(ingest.articles, parallelism: parallelism)
            var byID: [String: ArticleAnalysis] = [:]
            for a in analyses { byID[a.article.id] = a }
            var scores = QuantityScores()
            for s in sentences { scores.add(s, figures: byID[s.id]?.figures, text: s.text) }
            print(scores.table(title: "figures: \(path)").rendered)
            print(scores.worstErrors(worst))
        }
        if let polnear {
            let articles = try PolNeARReader.load(directory: polnear)
            let scores = ClaimantScores.score(articles, parallelism: parallelism)
            print(scores.table(title: "figure claimants: PolNeAR \(polnear)").rendered)
            print(scores.worstErrors(worst))
        }
    }
}
