import CorroborateCore
import CorroborateIngest
import Foundation
import Testing

@testable import CorroborateStore

@Suite struct BlobCoderTests {
    /// The samples' analyses and stories: quotes, figures, times, captions, undated articles.
    static let corpus = Analyzer().analyze(Ingestor().ingest([Fixtures.samples]).articles)

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func everyAnalysisReadsBackAsItWasWritten() throws {
        for analysis in Self.corpus.articles {
            let blob = BlobCoder.encode(analysis)
            #expect(blob.first == BlobCoder.binaryMark)
            let back = try BlobCoder.decodeAnalysis(blob, text: analysis.article.text)
            #expect(try Self.json(back) == Self.json(analysis))
        }
    }

    @Test func fieldsTheSamplesLeaveEmptyReadBackToo() throws {
        var article = Article(id: "a", source: "a.html", text: "Text.")
        article.byline = "By Ana Ruiz"
        article.language = "en"
        var metadata = PageMetadata()
        metadata.title = .init("Title", source: "og:title")
        metadata.description = .init("About", source: "meta description")
        article.metadata = metadata
        article.original = OriginalInput(sha256: "ab", path: nil, byteCount: 12, contentType: "text/html", encoding: "utf-8")
        var figure = Figure(span: Span(0, 4), value: 1.5, low: -2, high: 1e12, approximate: true, hedge: "about")
        figure.kind = .money
        figure.currency = "EUR"
        let times = [
            TimeExpression(
                span: Span(0, 3), type: .date, value: nil, meaning: .timeOfDay(.within(.quarter(nil, yearShift: -1)), "TNI"),
                anchor: .narrative, tense: .future, sentence: Span(0, 5)),
            TimeExpression(
                span: Span(1, 2), type: .set, value: "XXXX-WXX-1", meaning: .weekday(.sunday, direction: nil), anchor: .published),
        ]
        let analysis = ArticleAnalysis(
            article: article, figures: [figure], times: times,
            publishedRange: DateRange(from: CivilDate(dayNumber: -800_000), to: CivilDate(dayNumber: 20_000), basis: "why"))
        let back = try BlobCoder.decodeAnalysis(BlobCoder.encode(analysis), text: article.text)
        #expect(try Self.json(back) == Self.json(analysis))
    }

    @Test func storyRecordsReadBackAsTheyWereWritten() throws {
        #expect(Self.corpus.stories.contains { !$0.comparisons.isEmpty && !$0.timeline.isEmpty && !$0.brief.isEmpty })
        for story in Self.corpus.stories {
            let analyses = story.articles.map { Self.corpus.articles[$0] }
            let record = StoryAssembler.record(members: story.articles.map { Int64($0 + 1) }, analyses: analyses)
            let back = try BlobCoder.decodeRecord(BlobCoder.encode(record))
            #expect(try Self.json(back) == Self.json(record))
        }
    }

    @Test func jsonWrittenByEarlierVersionsStillReads() throws {
        let analysis = try #require(Self.corpus.articles.first)
        var bare = analysis
        bare.article.text = ""
        let back = try BlobCoder.decodeAnalysis(try JSONEncoder().encode(bare), text: analysis.article.text)
        #expect(try Self.json(back) == Self.json(analysis))
    }

    @Test func aDamagedBlobIsAnErrorNotACrash() throws {
        let analysis = try #require(Self.corpus.articles.first)
        let blob = BlobCoder.encode(analysis)
        for cut in [2, 3, blob.count / 2, blob.count - 1] {
            #expect(throws: StoreError.self) { try BlobCoder.decodeAnalysis(blob.prefix(cut), text: "") }
        }
        var newer = blob
        newer[1] = 99
        #expect(throws: StoreError.self) { try BlobCoder.decodeAnalysis(newer, text: "") }
        #expect(throws: StoreError.self) { try BlobCoder.decodeRecord(Data([0xC0, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F])) }
    }
}
