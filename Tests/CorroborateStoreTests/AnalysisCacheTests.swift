import CorroborateCore
import Testing

@testable import CorroborateStore

@Suite struct AnalysisCacheTests {
    static func analysis(_ id: String) -> ArticleAnalysis {
        Analyzer().analyze([Article(id: id, source: "\(id).txt", text: "The mayor of Oskel said the bridge reopened.")]).articles[0]
    }

    @Test func theOldestEntriesGoFirstWhenFull() {
        var cache = AnalysisCache(capacity: 2)
        for id in 1...3 { cache.insert(Self.analysis("a\(id)"), id: Int64(id)) }
        #expect(cache[1] == nil)
        #expect(cache[2]?.article.id == "a2")
        #expect(cache[3]?.article.id == "a3")
    }

    @Test func emptiedItKeepsNothing() {
        var cache = AnalysisCache(capacity: 10)
        cache.insert(Self.analysis("a"), id: 7)
        cache.removeAll()
        #expect(cache[7] == nil)
    }
}
