public import CorroborateCore
import CorroborateIngest
import Foundation

/// Runs the whole analysis over TimeML gold documents and scores its times.
///
/// Articles go through the same ingestion rules as `corroborate analyze` on the reference
/// scorer's JSON Lines (`make_input.py times`): id = file name, text = the `<TEXT>` without
/// tags, published = the creation time's date, title; an article whose text repeats an
/// earlier one is skipped as a duplicate and scores as missing, as it does there.
public enum TimeEvaluation {
    /// Every `.tml` file under `directory`, in path order; a document id seen before is skipped.
    public static func load(directory: String) throws(GoldDataError) -> [TimeMLDocument] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else {
            throw GoldDataError(path: directory, message: "not a readable directory")
        }
        var paths: [String] = []
        while let next = walker.nextObject() as? String {
            if next.hasSuffix(".tml") { paths.append(next) }
        }
        var docs: [TimeMLDocument] = []
        var seen: Set<String> = []
        for relative in paths.sorted() {
            let path = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            guard let data = FileManager.default.contents(atPath: path), let xml = String(data: data, encoding: .utf8) else {
                throw GoldDataError(path: path, message: "not readable as UTF-8")
            }
            let id = String((relative.split(separator: "/").last ?? "").dropLast(4))
            guard seen.insert(id).inserted else { continue }
            docs.append(try TimeMLReader.parse(xml, id: id, path: path))
        }
        guard !docs.isEmpty else { throw GoldDataError(path: directory, message: "no .tml files") }
        return docs
    }

    /// The analysis's times for each document (nil for a document skipped as a duplicate), in
    /// the gold text's scalar offsets.
    public static func predict(_ docs: [TimeMLDocument], parallelism: Int = 1) -> [[PredictedTime]?] {
        var ingest = IngestResult()
        for d in docs {
            ingest.add(Article(id: d.id, source: d.id, title: d.title, published: d.published, text: d.text))
        }
        let corpus = Analyzer().analyze(ingest.articles, parallelism: parallelism)
        var byID: [String: [PredictedTime]] = [:]
        for a in corpus.articles {
            let offsets = ScalarIndex(a.article.text)
            byID[a.article.id] = a.times.map { t in
                PredictedTime(range: offsets[t.span.start]..<offsets[t.span.end], type: t.type.rawValue.uppercased(), value: t.value ?? "")
            }
        }
        return docs.map { byID[$0.id] }
    }

    /// Scores the analysis on the documents.
    public static func score(_ docs: [TimeMLDocument], parallelism: Int = 1) -> TimeScores {
        var scores = TimeScores()
        for (doc, predicted) in zip(docs, predict(docs, parallelism: parallelism)) { scores.add(doc, predictions: predicted) }
        return scores
    }
}

/// UTF-8 byte offset → Unicode scalar offset for one text.
struct ScalarIndex {
    private var table: [Int32]

    init(_ text: String) {
        var table: [Int32] = []
        table.reserveCapacity(text.utf8.count + 1)
        var scalars: Int32 = 0
        for b in text.utf8 {
            table.append(scalars)
            if b & 0xC0 != 0x80 { scalars += 1 }
        }
        table.append(scalars)
        self.table = table
    }

    subscript(byte: Int) -> Int { Int(table[max(0, min(byte, table.count - 1))]) }
}
