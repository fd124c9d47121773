import ArgumentParser

/// `corroborate eval TASK`: scores the analysis against a gold data set and prints the table.
///
/// Each task lives in its own file beside this one and in `CorroborateEval`; the gold data is
/// never part of the repository, so every task takes its path as an argument.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the analysis against gold data (PolNeAR, TimeML, CoNLL, NewsQuant, L3S-GN1, ECB+).",
        subcommands: [
            // One line per task; keep the list sorted.
            FiguresEvalCommand.self,
            HTMLEvalCommand.self,
            NEREvalCommand.self,
            QuotesEvalCommand.self,
            StoriesEvalCommand.self,
            TimesEvalCommand.self,
        ]
    )
}
