package import CorroborateCore
import CorroborateIngest

/// An article read and analysed, ready to be placed in a story and stored.
package struct PreparedArticle: Sendable {
    package var inputID: Int64
    /// Its position among the articles of its input.
    package var ordinal: Int
    package var analysis: ArticleAnalysis
    package var features: StoryFeatures
    /// Text and date digest: the same report ingested twice is stored once.
    package var dedupeKey: String
}

/// Claimed inputs read and analysed, before anything is written.
package struct PreparedBatch: Sendable {
    package var inputs: [ClaimedInput]
    package var articles: [PreparedArticle]
    /// Problems per input: read errors and repeats within one input.
    package var notices: [Int64: [IngestReport.Notice]]
}

/// The part of ingest that is the same on every store: bytes → articles → analyses. It needs
/// no database, so a store runs it before taking any write lock.
package enum IngestPipeline {
    package static func prepare(_ inputs: [ClaimedInput], options: IngestOptions) -> PreparedBatch {
        let ingestor = Ingestor(maxArticleBytes: options.maxArticleBytes)
        var articles: [Article] = []
        var origin: [(Int64, Int)] = []
        var notices: [Int64: [IngestReport.Notice]] = [:]
        for input in inputs {
            let result = ingestor.ingest(
                bytes: bytes(of: input.record), source: input.record.source,
                format: input.record.format.flatMap { Ingestor.Format(rawValue: $0.rawValue) })
            for error in result.errors {
                notices[input.id, default: []].append(.init(source: error.source, code: error.code.description, message: error.message))
            }
            for duplicate in result.duplicates {
                notices[input.id, default: []].append(.init(source: duplicate.source, code: "duplicate", message: duplicate.of))
            }
            for (n, article) in result.articles.enumerated() {
                articles.append(article)
                origin.append((input.id, n))
            }
        }
        let analyses = Analyzer().analyzeEach(articles, parallelism: options.jobs)
        var prepared: [PreparedArticle] = []
        prepared.reserveCapacity(analyses.count)
        for (i, var analysis) in analyses.enumerated() {
            let features = StoryIndex.features(of: &analysis)
            prepared.append(PreparedArticle(
                inputID: origin[i].0, ordinal: origin[i].1, analysis: analysis, features: features,
                dedupeKey: dedupeKey(analysis.article)))
        }
        return PreparedBatch(inputs: inputs, articles: prepared, notices: notices)
    }

    /// The same text under the same date is one report; under another date it is a reprint.
    package static func dedupeKey(_ article: Article) -> String {
        Digest.hex128(article.text.utf8, salt: article.published?.description ?? "")
    }

    /// The bytes to read. A chunk of a JSON Lines file is preceded by empty lines up to its
    /// first line, so the reader numbers its records (and names those without an id) as in
    /// the whole file.
    package static func bytes(of record: InputRecord) -> [UInt8] {
        guard record.format == .jsonLines, record.firstLine > 1 else { return record.bytes }
        return [UInt8](repeating: 0x0A, count: record.firstLine - 1) + record.bytes
    }
}
