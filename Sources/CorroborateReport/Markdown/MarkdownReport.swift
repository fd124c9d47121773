public import CorroborateCore

/// A readable account in Markdown.
public struct MarkdownReport: Sendable {
    public init() {}

    public func render(_ corpus: CorpusAnalysis, notices: [InputNotice] = []) -> String { "" }
}
