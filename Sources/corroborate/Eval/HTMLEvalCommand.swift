import ArgumentParser
import CorroborateEval
import Foundation

/// `corroborate eval html --l3s DIR`: main-text extraction and metadata on L3S-GN1.
struct HTMLEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Score HTML main-text extraction and metadata on L3S-GN1 (input/*.html + GoldStandard/*.txt).",
        discussion: """
            Prints 4-gram shingle and word precision/recall/F1 averaged over pages (the reference scorer's \
            metric), exact-match accuracy, the share of headlines equal to the annotated one and, with \
            --dates, the share of right publication dates. See docs/EVALUATION.md.
            """,
        subcommands: [HTMLTraceCommand.self]
    )

    @Option(help: "The L3S-GN1 folder (holding input/ and GoldStandard/).")
    var l3s: String?

    @Option(help: "Score only the first N pages (file-name order).")
    var limit: Int?

    @Option(help: "A TSV file of page id and the publication date (YYYY-MM-DD) the page states, or none, for the date rows.")
    var dates: String?

    @Option(help: "Write each page's extracted text to this folder (ID.txt), and per-page scores to scores.tsv in it.")
    var dump: String?

    func run() throws {
        guard let l3s else { throw ValidationError("give the L3S-GN1 folder with --l3s DIR") }
        let evaluation: HTMLEvaluation
        do {
            evaluation = try HTMLEvaluation(l3s: l3s, limit: limit)
        } catch {
            throw ValidationError(error.description)
        }
        var known: [String: String] = [:]
        if let dates {
            guard let data = FileManager.default.contents(atPath: dates) else { throw ValidationError("cannot read \(dates)") }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: "\t").map(String.init)
                if fields.count >= 2, !fields[0].hasPrefix("#") { known[fields[0]] = fields[1] }
            }
        }
        if let dump {
            try FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true)
            var tsv = "id\tprecision\trecall\tgold_chars\tpred_chars\ttitle\tpublished\tsource\n"
            for page in evaluation.pages {
                _ = FileManager.default.createFile(atPath: "\(dump)/\(page.id).txt", contents: Data(page.predicted.utf8))
                tsv += "\(page.id)\t\(format4(page.shingles.precision))\t\(format4(page.shingles.recall))\t\(page.gold.count)\t\(page.predicted.count)\t\(page.title ?? "")\t\(page.published ?? "")\t\(page.publishedSource ?? "")\n"
            }
            _ = FileManager.default.createFile(atPath: "\(dump)/scores.tsv", contents: Data(tsv.utf8))
        }
        print(evaluation.table(dates: known).rendered, terminator: "")
    }
}

/// `corroborate eval html trace FILE`: how the extractor read one page (for tuning).
struct HTMLTraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "trace", abstract: "Show how the extractor read one HTML page.")

    @Argument var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        print(HTMLTraceText.explain(Array(data)))
    }
}
