import CorroborateCore
import CorroborateStore
import CorroborateStorePostgres
import Foundation
import Testing

@Suite(.enabled(if: PostgresFixture.url != nil, "set CORROBORATE_POSTGRES_URL to run against PostgreSQL"), .serialized)
struct PostgresStoreTests {
    @Test func theCollectionCommandsWorkOnPostgreSQL() async throws {
        try await PostgresFixture.withDatabase { url in
            let store = try await PostgresStore(url: url)
            let records = PostgresFixture.reports(events: 2, reports: 3)
            let report = try await Ingestion(store: store).add(records)
            #expect(report.articles == 6)
            #expect(report.errors.isEmpty)
            let stats = try await store.stats()
            #expect(stats.articles == 6)
            #expect(stats.pending == 0)
            let stories = try await store.stories(Page())
            #expect(stories.count == 2)
            #expect(stories.allSatisfy { $0.articles == 3 && $0.sources == 3 })
            let story = try #require(try await store.story(id: stories[0].id))
            #expect(story.corpus.articles.count == 3)
            // The three reports differ in one short sentence: copies of one report.
            #expect(story.corpus.stories.first?.copies == [[0, 1, 2]])
            let article = try #require(try await store.article(id: "e0-r1"))
            #expect(article.corpus.articles.first?.article.text.contains("Korvo") == true)
            let hits = try await store.search("korvo injur", limit: 10)
            #expect(hits.count == 3)
            #expect(hits.allSatisfy { $0.snippet.contains("\u{E000}") })
            let again = try await Ingestion(store: store).add(records)
            #expect(again.skipped == 6)
            #expect(try await store.version() == stats.version)
            let redone = try await store.reanalyze(options: IngestOptions()) { _ in }
            #expect(redone.articles == 6)
            #expect(try await store.stories(Page()).count == 2)
            await store.close()
        }
    }

    @Test func severalWorkersShareTheQueueAndNeverProcessAnInputTwice() async throws {
        try await PostgresFixture.withDatabase { url in
            let records = PostgresFixture.reports(events: 8, reports: 5)
            let seed = try await PostgresStore(url: url)
            #expect(try await seed.enqueue(records) == records.count)
            await seed.close()

            // Four workers, each with its own connections, drain the queue at once.
            let reports = try await withThrowingTaskGroup(of: IngestReport.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        let worker = try await PostgresStore(url: url)
                        let report = try await worker.processPending(options: IngestOptions(batchSize: 3)) { _ in }
                        await worker.close()
                        return report
                    }
                }
                var all: [IngestReport] = []
                for try await r in group { all.append(r) }
                return all
            }
            #expect(reports.map(\.inputs).reduce(0, +) == records.count)
            #expect(reports.map(\.articles).reduce(0, +) == records.count)
            #expect(reports.filter { $0.inputs > 0 }.count >= 2)

            let store = try await PostgresStore(url: url)
            let stats = try await store.stats()
            #expect(stats.articles == records.count)
            #expect(stats.pending == 0)
            // Story placement was serialised: every story is whole and consistent with its rows.
            let stories = try await store.stories(Page(limit: 100))
            #expect(stories.count == stats.stories)
            #expect(stories.map(\.articles).reduce(0, +) == records.count)
            for s in stories {
                let detail = try #require(try await store.story(id: s.id))
                #expect(detail.corpus.articles.count == s.articles)
                let places = Set(detail.corpus.articles.map { $0.article.source.prefix { $0 != "-" } })
                #expect(places.count == 1, "story \(s.id) mixes events \(places)")
            }
            #expect(stories.count == 8)
            await store.close()
        }
    }

    @Test func aStoryIsCorroboratedWhenReadAndAgainAfterArticlesJoinIt() async throws {
        try await PostgresFixture.withDatabase { url in
            let store = try await PostgresStore(url: url)
            let records = PostgresFixture.reports(events: 1, reports: 3)
            _ = try await Ingestion(store: store).add(Array(records.prefix(2)))
            let first = try #require(try await store.story(id: "s1"))
            #expect(first.corpus.articles.count == 2)
            #expect(first.summary.sources == 2)
            #expect(!first.summary.title.isEmpty)
            // Read again: the kept record, the same story.
            let again = try #require(try await store.story(id: "s1"))
            #expect(again.corpus.stories.first == first.corpus.stories.first)
            _ = try await Ingestion(store: store).add([records[2]])
            let list = try await store.stories(Page())
            #expect(list.map(\.sources) == [3])
            let grown = try #require(try await store.story(id: "s1"))
            #expect(grown.corpus.articles.map(\.article.id) == ["e0-r0", "e0-r1", "e0-r2"])
            let article = try #require(try await store.article(id: "e0-r2"))
            #expect(article.corpus.entityLinks.first?.isEmpty == false)
            await store.close()
        }
    }

    @Test func aBadURLIsRefusedWithAClearError() async throws {
        await #expect(throws: StoreError.self) { try await PostgresStore(url: "postgres://nobody@127.0.0.1:1/none") }
        await #expect(throws: StoreError.self) { try await PostgresStore(url: "mysql://x") }
    }
}
