import ArgumentParser
import CorroborateCore
import CorroborateEval
import Foundation

/// `corroborate eval stories`: B-cubed of the story grouping on ECB+ or BASIL, with per-topic
/// merges and splits, a threshold sweep, a leave-topics-out check and shuffled reading orders.
struct StoriesEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Score story grouping: B-cubed on ECB+ or BASIL, per-topic merges and splits, leave-topics-out.",
        discussion: """
            --gold DIR is an ECB+ folder (topic folders of N_Mecb.xml / N_Mecbplus.xml) or a BASIL folder \
            (articles/YEAR/*.json). The articles are read as the reference harness writes them (make_input.py \
            stories: hashed ids, in hashed order) and scored as score.py stories scores them. Then, per topic, how \
            its gold stories were grouped; with --sweep, the score at each threshold; with --folds, the threshold \
            that scores best on every other topic, reported on the rest (both ways); with --orders N, the F1 of N \
            shuffled reading orders. See docs/EVALUATION.md.
            """
    )

    @Option(help: "An ECB+ or BASIL folder.")
    var gold: String

    @Option(help: "Similarity threshold (default: the grouper's).")
    var threshold: Double?

    @Option(help: "Weights of words, names, times and figures, comma-separated (default: the grouper's).")
    var weights: String?

    @Flag(help: "Print the score at thresholds from 0.06 to 0.40.")
    var sweep = false

    @Flag(help: "Leave-topics-out: tune the threshold on half the topics, report the other half.")
    var folds = false

    @Option(help: "Also score this many shuffled reading orders.")
    var orders: Int = 0

    @Option(help: "Threads for the analysis (default: all cores).")
    var jobs: Int?

    func run() throws {
        let docs = try StoryGoldReader.load(path: gold)
        let evaluation = StoryEvaluation(docs, parallelism: max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
        let w = try weights.map { text in
            let values = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard values.count == 4 else { throw ValidationError("--weights takes four numbers") }
            return values
        }
        let t = threshold ?? StoryIndex.defaultThreshold
        let stories = evaluation.group(threshold: t, weights: w)
        let score = evaluation.bcubed(stories)
        var table = ScoreTable(title: "stories: \(gold) (\(docs.count) articles, threshold \(t))")
        table.add("bcubed precision", value: score.precision, key: "bcubed_p")
        table.add("bcubed recall", value: score.recall, key: "bcubed_r")
        table.add("bcubed F1", value: score.f1, key: "bcubed_f1")
        table.add("predicted stories", value: Double(stories.count), key: "pred_clusters")
        table.add("gold stories", value: Double(Set(docs.map(\.cluster)).count), key: "gold_clusters")
        print(table.rendered)
        print("\nper topic (gold story:articles, | between predicted stories, + another topic's):")
        for line in evaluation.diagnostics(stories) { print("  " + line) }
        let grid = stride(from: 0.06, through: 0.40, by: 0.02).map { ($0 * 100).rounded() / 100 }
        if sweep {
            print("\nthreshold sweep:")
            for g in grid {
                let s = evaluation.bcubed(evaluation.group(threshold: g, weights: w))
                print(String(format: "  %.2f  P %.4f  R %.4f  F1 %.4f", g, s.precision, s.recall, s.f1))
            }
        }
        if folds {
            print("\nleave topics out (threshold tuned on one half, scored on the other):")
            for fold in evaluation.leaveTopicsOut(thresholds: grid, weights: w) {
                print(String(
                    format: "  tuned on %@: threshold %.2f (F1 %.4f there); held-out half: P %.4f R %.4f F1 %.4f",
                    fold.tunedOn as NSString, fold.threshold, fold.tuned, fold.heldOut.precision, fold.heldOut.recall, fold.heldOut.f1))
            }
        }
        if orders > 0 {
            let f1s = evaluation.shuffledOrders(orders, threshold: t, weights: w)
            print(String(
                format: "\n%d shuffled orders: F1 mean %.4f, min %.4f, max %.4f", f1s.count, f1s.reduce(0, +) / Double(f1s.count),
                f1s.min() ?? 0, f1s.max() ?? 0))
        }
    }
}
