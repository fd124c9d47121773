import CorroborateCore
import CorroborateIngest
import Foundation

/// Scores HTML main-text extraction on an L3S-GN1 folder (`input/*.html` and
/// `GoldStandard/*.txt`): 4-gram shingle and word precision, recall and F1 averaged over pages
/// as the reference scorer does, exact token-sequence accuracy, and the metadata found
/// (headline against the annotated headline; publication dates against a list when given).
public struct HTMLEvaluation: Sendable {
    /// One page's outcome.
    public struct Page: Sendable {
        public var id: String
        public var shingles: ShingleScore
        public var words: ShingleScore
        public var exact: Bool
        public var predicted: String
        public var gold: String
        public var title: String?
        public var goldHeadline: String
        public var published: String?
        public var publishedSource: String?
    }

    public var pages: [Page] = []
    /// Seconds spent reading the pages (decoding, parsing, extraction, metadata).
    public var seconds: Double = 0
    public var bytes: Int = 0

    /// Reads and scores every page of the folder.
    ///
    /// - Parameters:
    ///   - directory: The L3S-GN1 folder (or its `page-signal-master` parent).
    ///   - limit: Only the first pages, in file-name order.
    /// - Throws: ``EvaluationError`` when the folder does not have the L3S-GN1 layout.
    public init(l3s directory: String, limit: Int? = nil) throws(EvaluationError) {
        var root = directory
        let fm = FileManager.default
        if !fm.fileExists(atPath: root + "/GoldStandard"), fm.fileExists(atPath: root + "/page-signal-master/GoldStandard") {
            root += "/page-signal-master"
        }
        guard let names = try? fm.contentsOfDirectory(atPath: root + "/GoldStandard") else {
            throw EvaluationError("\(directory): no GoldStandard/ folder (expected the L3S-GN1 layout: input/ and GoldStandard/)")
        }
        var stems = names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        if let limit { stems = Array(stems.prefix(limit)) }
        let reader = HTMLReader()
        for stem in stems {
            guard let goldData = fm.contents(atPath: "\(root)/GoldStandard/\(stem).txt"),
                let html = fm.contents(atPath: "\(root)/input/\(stem).html")
            else { continue }
            let gold = L3SGold(annotated: String(decoding: goldData, as: UTF8.self))
            let bytes = Array(html)
            let clock = ContinuousClock.now
            let page = reader.read(bytes)
            let elapsed = ContinuousClock.now - clock
            seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            self.bytes += bytes.count
            let shingles = ShingleScore(gold: gold.body, predicted: page.text, n: 4, asciiMarks: true)
            let words = ShingleScore(gold: gold.body, predicted: page.text, n: 1, asciiMarks: true)
            let exact = ShingleScore.tokens(gold.body, asciiMarks: true).map(String.init) == ShingleScore.tokens(page.text, asciiMarks: true).map(String.init)
            pages.append(Page(
                id: stem, shingles: shingles, words: words, exact: exact, predicted: page.text, gold: gold.body,
                title: page.title, goldHeadline: gold.headline, published: page.metadata.published?.value,
                publishedSource: page.metadata.published?.source))
        }
    }

    /// The score table, with the headline and date rows.
    ///
    /// - Parameter dates: Page id → the publication date the page states (`YYYY-MM-DD`), for
    ///   the date accuracy row; pages not listed are left out of it.
    public func table(dates: [String: String] = [:]) -> ScoreTable {
        var table = ScoreTable(title: "html: L3S-GN1 (\(pages.count) pages)")
        let s = ShingleScore.average(pages.map(\.shingles))
        let w = ShingleScore.average(pages.map(\.words))
        table.add("4-gram shingles (AEB metric)", value: s.f1, note: String(format: "P %.4f  R %.4f", s.precision, s.recall), key: "f1")
        table.score.append(("precision", s.precision))
        table.score.append(("recall", s.recall))
        table.add("words (unigram, same averaging)", value: w.f1, note: String(format: "P %.4f  R %.4f", w.precision, w.recall), key: "word_f1")
        table.score.append(("word_precision", w.precision))
        table.score.append(("word_recall", w.recall))
        let accuracy = pages.isEmpty ? 0 : Double(pages.filter(\.exact).count) / Double(pages.count)
        table.add("accuracy (token sequence identical)", value: accuracy, key: "accuracy")
        let empty = pages.filter { !$0.predicted.unicodeScalars.contains { $0.properties.isAlphabetic } }.count
        table.note("empty predictions: \(empty)")

        let withHeadline = pages.filter { !$0.goldHeadline.isEmpty }
        let titled = withHeadline.filter { HTMLEvaluation.sameHeadline($0.title, $0.goldHeadline) }.count
        if !withHeadline.isEmpty {
            table.add(
                "title = annotated headline (or its first line)", value: Double(titled) / Double(withHeadline.count),
                note: "\(titled) of \(withHeadline.count) pages with a marked headline", key: "title_accuracy")
        }
        let dated = pages.filter { $0.published != nil }.count
        table.add("pages with a publication date", value: pages.isEmpty ? 0 : Double(dated) / Double(pages.count), note: "\(dated) of \(pages.count)")
        let listed = pages.filter { dates[$0.id].map { $0.count == 10 } ?? false }
        let undated = pages.filter { dates[$0.id] == "none" }
        if !listed.isEmpty {
            let right = listed.filter { $0.published.map { String($0.prefix(10)) } == dates[$0.id] }.count
            table.add(
                "publication date right", value: Double(right) / Double(listed.count),
                note: "\(right) of \(listed.count) pages whose page states one", key: "date_accuracy")
        }
        if !undated.isEmpty {
            let given = undated.filter { $0.published != nil }.count
            table.add(
                "date given where the page states none", value: Double(given) / Double(undated.count),
                note: "\(given) of \(undated.count) pages")
        }
        if seconds > 0 {
            table.note(String(format: "reading: %.1f MB in %.2f s (%.1f MB/s, %.0f pages/s, this build)", Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds, Double(pages.count) / seconds))
        }
        return table
    }

    /// Headlines compared on their letters and digits, case folded; a title that adds the
    /// site's name around the headline still counts.
    static func sameHeadline(_ title: String?, _ gold: String) -> Bool {
        guard let title else { return false }
        func key(_ s: String) -> String {
            String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { $0.value < 0x80 && $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
        }
        let t = key(title)
        // Annotators often marked the deck with the headline: its first line counts too.
        let g = key(gold), first = key(String(gold.prefix { $0 != "\n" }))
        guard !g.isEmpty else { return false }
        return t == g || t == first
    }
}

/// An evaluation input that cannot be read.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
