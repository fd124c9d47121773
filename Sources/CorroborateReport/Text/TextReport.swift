public import CorroborateCore

/// A plain-text account for the terminal.
public struct TextReport: Sendable {
    public init() {}

    public func render(_ corpus: CorpusAnalysis, notices: [InputNotice] = []) -> String { "" }
}
