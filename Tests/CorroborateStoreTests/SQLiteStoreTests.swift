import CorroborateCore
import CorroborateIngest
import Foundation
import GRDB
import Testing

@testable import CorroborateStore

@Suite struct SQLiteStoreTests {
    @Test func theSamplesFormTheSameStoriesAsTheOneShotAnalysis() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            let report = try await Ingestion(store: store).run([Fixtures.samples])
            #expect(report.errors.isEmpty)

            let oneShot = Analyzer().analyze(Ingestor().ingest([Fixtures.samples]).articles)
            let stats = try await store.stats()
            #expect(stats.articles == oneShot.articles.count)
            #expect(stats.stories == oneShot.stories.count)
            #expect(stats.pending == 0)

            for story in oneShot.stories {
                let ids = Set(story.articles.map { oneShot.articles[$0].article.id })
                let stored = try #require(try await store.story(id: story.id))
                #expect(Set(stored.corpus.articles.map(\.article.id)) == ids)
                #expect(stored.corpus.stories.first?.comparisons.count == story.comparisons.count)
                #expect(stored.summary.articles == ids.count)
            }
            await store.close()
        }
    }

    @Test func anArticleReadsBackWithItsTextAndAnalysis() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            _ = try await Ingestion(store: store).add([Fixtures.dam1, Fixtures.dam2])
            let detail = try #require(try await store.article(id: "three-dam"))
            let analysis = try #require(detail.corpus.articles.first)
            #expect(analysis.article.text.hasPrefix("Villages in the Lenner Valley"))
            #expect(analysis.article.outlet == "three.example")
            let quote = try #require(analysis.quotes.first)
            let bytes = Array(analysis.article.text.utf8)
            #expect(String(decoding: bytes[quote.span.start..<quote.span.end], as: UTF8.self) == "We lost everything in one night,")
            #expect(detail.corpus.entityLinks[0].count == analysis.entities.count)
            #expect(detail.summary.story == "s1")
            #expect(try await store.article(id: "nothing-here") == nil)
            await store.close()
        }
    }

    @Test func storiesGrowIncrementallyAcrossIngests() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            _ = try await Ingestion(store: store).add([Fixtures.dam1, Fixtures.port1])
            #expect(try await store.stats().stories == 2)
            let report = try await Ingestion(store: store).add([Fixtures.dam2, Fixtures.port2])
            #expect(report.articles == 2)
            #expect(report.stories == 0)
            let dam = try #require(try await store.story(id: "s1"))
            #expect(dam.corpus.articles.map(\.article.id) == ["one-dam", "three-dam"])
            #expect(dam.summary.sources == 2)
            #expect(dam.summary.lastPublished == CivilDate(iso: "2025-05-03"))
            let list = try await store.stories(Page())
            #expect(Set(list.map(\.id)) == ["s1", "s2"])
            await store.close()
        }
    }

    @Test func ingestLeavesStoriesStaleAndTheFirstReadCorroboratesAndKeepsThem() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            _ = try await Ingestion(store: store).add([Fixtures.dam1, Fixtures.dam2, Fixtures.port1])
            func stale() async throws -> [Int] {
                // Reads keep what they computed without waiting; a write runs after those.
                try await store.pool.write { _ in }
                return try await store.pool.read { try Int.fetchAll($0, sql: "SELECT id FROM stories WHERE stale = 1 ORDER BY id") }
            }
            #expect(try await stale() == [0, 1])
            let first = try #require(try await store.story(id: "s1"))
            #expect(try await stale() == [1])
            let again = try #require(try await store.story(id: "s1"))
            #expect(again.corpus.stories.first == first.corpus.stories.first)
            #expect(again.summary == first.summary)
            #expect(first.summary.title == first.corpus.stories.first?.title)
            // The list corroborates what it shows.
            let list = try await store.stories(Page())
            #expect(try await stale() == [])
            #expect(list.first { $0.id == "s2" }?.title.isEmpty == false)
            // An article joining makes its story stale again, and the next read includes it.
            _ = try await Ingestion(store: store).add([Fixtures.port2])
            #expect(try await stale() == [1])
            let port = try #require(try await store.article(id: "one-port"))
            #expect(port.summary.story == "s2")
            #expect(try await stale() == [])
            #expect(try await store.story(id: "s2")?.corpus.articles.count == 2)
            await store.close()
        }
    }

    @Test func aStoryThatGainedArticlesWhileBeingReadIsNotOverwrittenWithTheOlderRecord() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            _ = try await Ingestion(store: store).add([Fixtures.dam1])
            let before = try #require(try await store.storedStory(0))
            _ = try await Ingestion(store: store).add([Fixtures.dam2])
            // A record computed from the older rows is refused: the version moved on.
            let computed = try StoryAssembler.assemble(before)
            store.keep(computed, number: 0, version: before.version)
            try await store.pool.write { _ in }
            #expect(try await store.pool.read { try Bool.fetchOne($0, sql: "SELECT stale FROM stories WHERE id = 0") } == true)
            #expect(try await store.story(id: "s1")?.corpus.articles.count == 2)
            await store.close()
        }
    }

    @Test func aSecondWriterCatchesUpWithTheFirstWritersStories() async throws {
        try await Fixtures.withTemporaryPath { path in
            let first = try SQLiteStore(path: path)
            let second = try SQLiteStore(path: path)
            _ = try await Ingestion(store: first).add([Fixtures.dam1, Fixtures.port1])
            // The second writer has never seen these stories; it must load them, not start afresh.
            _ = try await Ingestion(store: second).add([Fixtures.dam2])
            _ = try await Ingestion(store: first).add([Fixtures.port2])
            #expect(try await first.stats().stories == 2)
            let dam = try #require(try await first.story(id: "s1"))
            #expect(dam.corpus.articles.count == 2)
            let port = try #require(try await second.story(id: "s2"))
            #expect(port.corpus.articles.map(\.article.id) == ["two-port", "one-port"])
            await first.close()
            await second.close()
        }
    }

    @Test func reprintsAreKeptAsCopiesOfOneReportAcrossIngestsAndWriters() async throws {
        try await Fixtures.withTemporaryPath { path in
            let first = try SQLiteStore(path: path)
            _ = try await Ingestion(store: first).add([Fixtures.ferryWire, Fixtures.port1])
            // Another writer finds the copy from the stored sketch of the first report.
            let second = try SQLiteStore(path: path)
            _ = try await Ingestion(store: second).add([Fixtures.ferryReprint])
            _ = try await Ingestion(store: first).add([Fixtures.ferryReprint2])
            #expect(try await first.stats().stories == 2)
            let story = try #require(try await first.story(id: "s1"))
            let ids = story.corpus.articles.map(\.article.id)
            #expect(story.corpus.stories.first?.copies.map { $0.map { ids[$0] } } == [["wire-ferry", "harbour-ferry", "bay-ferry"]])
            let port = try #require(try await second.story(id: "s2"))
            #expect(port.corpus.stories.first?.copies == [])
            await first.close()
            await second.close()
        }
    }

    @Test func theSameInputTwiceIsStoredOnce() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            _ = try await Ingestion(store: store).add([Fixtures.dam1])
            let again = try await Ingestion(store: store).add([Fixtures.dam1])
            #expect(again.inputs == 0)
            #expect(again.skipped == 1)
            // The same text from another file is a duplicate article, named as such.
            var copy = Fixtures.dam1
            copy.source = "copy.txt"
            copy.bytes += Array("\n".utf8)
            let duplicate = try await Ingestion(store: store).add([copy])
            #expect(duplicate.articles == 0)
            #expect(duplicate.duplicates.map(\.message) == ["one-dam"])
            #expect(try await store.stats().articles == 1)
            await store.close()
        }
    }

    @Test func inputsHandedOverAreStoredDoneWithTheirArticlesInOneStep() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            // Another process queued this one and has not processed it yet.
            #expect(try await store.enqueue([Fixtures.port1]) == 1)
            let empty = Fixtures.text("   \n", source: "empty.txt")
            let report = try await Ingestion(store: store).add([Fixtures.dam1, Fixtures.dam1, empty, Fixtures.dam2])
            #expect(report.inputs == 3)
            #expect(report.skipped == 1)
            #expect(report.articles == 3)
            #expect(report.errors.map(\.source) == ["empty.txt"])
            let stats = try await store.stats()
            #expect(stats.pending == 0)
            #expect(stats.articles == 3)
            let rows = try await store.pool.read { db in
                try Row.fetchAll(db, sql: "SELECT source, status, notices, done FROM inputs ORDER BY id")
            }
            #expect(rows.map { $0["source"] as String } == ["two-port.txt", "one-dam.txt", "empty.txt", "three-dam.txt"])
            #expect(rows.allSatisfy { ($0["status"] as Int) == 1 && ($0["done"] as String?) != nil })
            #expect(rows.map { ($0["notices"] as String?) != nil } == [false, false, true, false])
            // Each article points at its input's row; the queued input is processed after the batch.
            let inputs = try await store.pool.read { db in
                try String.fetchAll(db, sql: "SELECT i.source FROM articles a JOIN inputs i ON i.id = a.input ORDER BY a.id")
            }
            #expect(inputs == ["one-dam.txt", "three-dam.txt", "two-port.txt"])
            await store.close()
        }
    }

    @Test func queuedInputsLeftByAnInterruptedIngestAreProcessedNextTime() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            #expect(try await store.enqueue([Fixtures.dam1, Fixtures.port1]) == 2)
            #expect(try await store.stats().pending == 2)
            await store.close()

            let reopened = try SQLiteStore(path: path)
            let report = try await reopened.processPending(options: IngestOptions()) { _ in }
            #expect(report.articles == 2)
            let stats = try await reopened.stats()
            #expect(stats.pending == 0)
            #expect(stats.articles == 2)
            await reopened.close()
        }
    }

    @Test func readersKeepTheirSnapshotWhileAWriterCommits() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            _ = try await store.enqueue([Fixtures.dam1])
            let (before, during) = try await store.pool.read { db in
                let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM inputs") ?? -1
                // Another connection commits while this read transaction is open.
                let other = try DatabaseQueue(path: path)
                try other.write { try $0.execute(sql: "INSERT INTO inputs (digest, source, bytes, added) VALUES ('d', 's', x'00', 'now')") }
                try other.close()
                return (before, try Int.fetchOne(db, sql: "SELECT count(*) FROM inputs") ?? -1)
            }
            #expect(before == 1)
            #expect(during == 1)
            #expect(try await store.stats().inputs == 2)
            await store.close()
        }
    }

    @Test func reanalysisDerivesTheSameCollectionFromTheKeptInputs() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            _ = try await Ingestion(store: store).run([Fixtures.samples])
            let before = try await store.stories(Page())
            let articlesBefore = try await store.articles(Page()).map(\.id)
            let report = try await store.reanalyze(options: IngestOptions()) { _ in }
            #expect(report.articles == articlesBefore.count)
            #expect(try await store.articles(Page()).map(\.id) == articlesBefore)
            #expect(try await store.stories(Page()).map { [$0.id, $0.title, "\($0.articles)"] } == before.map { [$0.id, $0.title, "\($0.articles)"] })
            await store.close()
        }
    }

    @Test func aJSONLinesFileIsKeptInChunksThatReadAsTheWholeFile() async throws {
        let lines = (1...5).map { #"{"text": "Report number \#($0) on the Korvo Dam.", "published": "2025-05-0\#($0)"}"# }
        let collector = InputCollector(linesPerChunk: 2)
        let records = collector.records(bytes: Array(lines.joined(separator: "\n").utf8), source: "feed.jsonl", format: .jsonLines)
        #expect(records.map(\.firstLine) == [1, 3, 5])
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            let report = try await Ingestion(store: store).add(records)
            #expect(report.articles == 5)
            let ids = try await store.articles(Page()).map(\.id).sorted()
            #expect(ids == ["feed-1", "feed-2", "feed-3", "feed-4", "feed-5"])
            let sources = try await store.articles(Page()).map(\.source).sorted()
            #expect(sources == ["feed.jsonl:1", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5"])
            await store.close()
        }
    }

    @Test func badInputsAreReportedAndTheRestIsStored() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            let empty = InputRecord(source: "empty.txt", format: .text, bytes: [])
            let binary = InputRecord(source: "photo.txt", format: .text, bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1])
            let report = try await Ingestion(store: store).add([empty, Fixtures.dam1, binary])
            #expect(report.articles == 1)
            #expect(Set(report.errors.map(\.source)) == ["empty.txt", "photo.txt"])
            await store.close()
        }
    }

    @Test func aNewerSchemaIsRefused() async throws {
        try await Fixtures.withTemporaryPath { path in
            let store = try SQLiteStore(path: path)
            try await store.pool.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
            await store.close()
            #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        }
    }
}
