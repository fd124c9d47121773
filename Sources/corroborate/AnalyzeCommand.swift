import ArgumentParser
import CorroborateCore
import CorroborateIngest
import CorroborateReport
import Foundation

/// `corroborate analyze`: the main job.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and print who said what, every figure and date, and where outlets agree or conflict.",
        discussion: """
            INPUT is a plain-text article (.txt), a JSON Lines file (.jsonl, one article per line), an HTML page, \
            a directory (walked for those files), or - for standard input. Inputs that cannot be read are \
            reported on standard error and under "errors" in JSON; the rest are still analysed. The exit status \
            is 0 when at least one article was analysed, 1 otherwise.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown, text, html

        /// The format a file name asks for: `report.html`, `report.md`.
        init?(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
                self = .html
            } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
                self = .markdown
            } else if lower.hasSuffix(".json") {
                self = .json
            } else if lower.hasSuffix(".txt") {
                self = .text
            } else {
                return nil
            }
        }
    }

    @Argument(help: "Files, directories, - for standard input, or http(s) addresses of pages, feeds and OPML lists.")
    var inputs: [String]

    @OptionGroup(title: "Web") var web: WebOptions

    @Option(
        name: .shortAndLong,
        help: "Output format: json, markdown, text or html (a self-contained page) (default: from the -o file's extension, else json when not writing to a terminal, text otherwise).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Compact JSON (one line).")
    var compact = false

    @Option(help: "Threads for per-article analysis (default: all cores).")
    var jobs: Int?

    @Option(help: "Largest plain-text article or JSON Lines record, in bytes.")
    var maxArticleBytes: Int = 8 << 20

    func run() async throws {
        let ingest = await web.ingest(inputs, maxArticleBytes: maxArticleBytes)
        var notices: [InputNotice] = []
        for error in ingest.errors {
            FileHandle.standardError.write(Data("corroborate: \(error)\n".utf8))
            notices.append(InputNotice(kind: .error, source: error.source, code: error.code.description, message: error.message))
        }
        for duplicate in ingest.duplicates {
            FileHandle.standardError.write(Data("corroborate: \(duplicate.source): same text as article \(duplicate.of); skipped\n".utf8))
            notices.append(InputNotice(kind: .duplicate, source: duplicate.source, message: duplicate.of))
        }
        let threads = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let corpus = Analyzer().analyze(ingest.articles, parallelism: threads)

        let toTerminal = output == nil && isatty(STDOUT_FILENO) != 0
        let chosen = format ?? output.flatMap(Format.init(fileName:)) ?? (toTerminal ? .text : .json)
        let handle: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let file = FileHandle(forWritingAtPath: output) else {
                throw ValidationError("cannot write \(output)")
            }
            handle = file
        } else {
            handle = FileHandle.standardOutput
        }
        defer { if output != nil { try? handle.close() } }
        switch chosen {
        case .json:
            JSONReport(pretty: !compact).render(corpus, notices: notices) { chunk in handle.write(Data(chunk)) }
        case .markdown:
            handle.write(Data(MarkdownReport().render(corpus, notices: notices).utf8))
        case .text:
            handle.write(Data(TextReport().render(corpus, notices: notices).utf8))
        case .html:
            handle.write(Data(HTMLReport().document(corpus, notices: notices).render().utf8))
        }
        if ingest.articles.isEmpty { throw ExitCode(1) }
    }
}
