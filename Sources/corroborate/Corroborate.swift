import ArgumentParser

/// The `corroborate` command-line tool.
@main
struct CorroborateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroborate",
        abstract: "Read many news reports of the same events and tell what they actually say.",
        version: "0.1.0",
        subcommands: [
            AnalyzeCommand.self, IngestCommand.self, StoriesCommand.self, StoryCommand.self, SearchCommand.self,
            ReanalyzeCommand.self, ServeCommand.self, BenchCommand.self, EvalCommand.self, FetchCommand.self,
            TrainCommand.self,
        ],
        defaultSubcommand: AnalyzeCommand.self
    )
}
