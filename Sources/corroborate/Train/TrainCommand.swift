import ArgumentParser

/// `corroborate train TASK`: trains a model shipped with Corroborate.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the models Corroborate ships (see Models/README.md).",
        subcommands: [NERTrainCommand.self]
    )
}
