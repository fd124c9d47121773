import CorroborateCore
import CorroborateIngest
import Foundation

/// The bundled `Samples/` corpus, analysed once for all report tests.
enum SampleCorpus {
    /// The repository root, found from this file's path so tests run from any directory.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let ingest = Ingestor().ingest([root + "/Samples"])
    static let corpus = Analyzer().analyze(ingest.articles, parallelism: 2)

    static func article(_ id: String) -> ArticleAnalysis? { corpus.articles.first { $0.article.id == id } }

    static func text(_ a: ArticleAnalysis, _ span: Span) -> String {
        let bytes = Array(a.article.text.utf8)
        return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }
}
