import CorroborateCore
import Foundation
import GRDB
import Synchronization

/// A collection in one SQLite file: nothing to install, and the default.
///
/// The file is in WAL mode: readers see the collection as of the last commit while an ingest
/// writes, and a process killed mid-batch leaves the last committed batch intact (SQLite
/// rolls the interrupted one back when the file is next opened). Several processes may read
/// and write the same file; writers take turns.
///
/// ```swift
/// let store = try SQLiteStore(path: "corroborate.sqlite")
/// print(try await store.stats().articles)
/// ```
public final class SQLiteStore: ArticleStore {
    let pool: DatabasePool
    /// The story index as of a version of the file, kept between batches so that each batch
    /// costs only its own articles; nil until first needed or after a failed write.
    let index = Mutex<IndexState?>(nil)

    struct IndexState: Sendable {
        var index: StoryIndex
        var version: Int
    }

    /// Opens (creating if needed) the collection at `path` and brings its schema up to date.
    ///
    /// - Throws: ``StoreError/Code-swift.struct/invalidLocation`` when the file cannot be opened
    ///   as SQLite, ``StoreError/Code-swift.struct/unsupportedSchema`` when a newer version wrote it.
    public init(path: String) throws(StoreError) {
        var configuration = Configuration()
        // Another process may be writing: wait for it rather than fail.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // WAL with NORMAL survives a killed process (only a power loss can drop the last
            // commits); FULL would sync on every batch for that case alone.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A batch touches pages all over the unique indexes, the story index and the
            // full-text segments; with SQLite's 2 MB default the writer reads most of them
            // back from the file on every batch once the collection has grown.
            guard !db.configuration.readonly else { return }
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // A checkpoint every 64 MB of log instead of every 4 MB: a page written by several
            // batches (an index's, a story's) is copied into the file once per checkpoint, and
            // an ingest spent a twentieth of its time in checkpoints at the default.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.invalidLocation, "\(path) cannot be opened as a SQLite collection", cause: SendableCause(error))
        }
        let migrator = SQLiteSchema.migrator
        do {
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError(.unsupportedSchema, "\(path) was written by a newer version of corroborate")
            }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.invalidLocation, "\(path) is not a corroborate collection", cause: SendableCause(error))
        }
    }

    public func close() async {
        try? pool.close()
    }

    /// Runs a read on a snapshot of the file, mapping driver errors.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "reading the collection failed", cause: SendableCause(error))
        }
    }

    // MARK: - Reads

    public func stats() async throws(StoreError) -> CollectionStats {
        try await read { db in
            var meta: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { meta[row[0]] = row[1] }
            let inputs = try Int.fetchOne(db, sql: "SELECT count(*) FROM inputs") ?? 0
            let pending = try Int.fetchOne(db, sql: "SELECT count(*) FROM inputs WHERE status = 0") ?? 0
            return CollectionStats(
                articles: meta["articles"] ?? 0, stories: meta["stories"] ?? 0, inputs: inputs, pending: pending,
                version: meta["version"] ?? 0)
        }
    }

    public func version() async throws(StoreError) -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") ?? 0 }
    }

    public func stories(_ page: Page) async throws(StoreError) -> [StorySummary] {
        let rows: [(StorySummary, Bool)] = try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(SQLiteStore.storyColumns), stale FROM stories ORDER BY updated DESC, id DESC LIMIT ? OFFSET ?",
                arguments: [page.limit, page.offset]
            ).map { (SQLiteStore.storySummary($0), $0["stale"]) }
        }
        return try await StoryAssembler.summaries(rows) { number throws(StoreError) in try await assembledStory(number) }
    }

    public func story(id: String) async throws(StoreError) -> StoryDetail? {
        guard let number = StoryID.number(id) else { return nil }
        return try await assembledStory(number)?.detail
    }

    /// A story read and decoded, corroborated first (and kept so) when it is stale.
    func assembledStory(_ number: Int) async throws(StoreError) -> AssembledStory? {
        guard let found = try await storedStory(number) else { return nil }
        let story = try StoryAssembler.assemble(found)
        if story.computed { keep(story, number: number, version: found.version) }
        return story
    }

    /// A story's row and its members' rows, from one snapshot.
    func storedStory(_ number: Int) async throws(StoreError) -> StoredStory? {
        try await read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT \(SQLiteStore.storyColumns), stale, version, record FROM stories WHERE id = ?",
                    arguments: [number])
            else { return nil }
            let members = try Row.fetchAll(
                db, sql: "SELECT id, analysis, body, copy_of FROM articles WHERE story = ? ORDER BY id", arguments: [number]
            ).map { (id: $0[0] as Int64, analysis: $0[1] as Data, body: $0[2] as String, copyOf: $0[3] as Int64?) }
            return StoredStory(
                number: number, summary: SQLiteStore.storySummary(row), stale: row["stale"], version: row["version"],
                record: row["record"], members: members)
        }
    }

    /// Stores a record a read computed, unless articles joined the story meanwhile (a newer
    /// version). The read does not wait for it: the write may have to wait for an ingest's
    /// batch, or run a WAL checkpoint, and the reader has its answer already. Writes run in
    /// order on the writer's queue, so a later write (and ``close()``) comes after it. A
    /// failure is no loss: the next read computes the record again.
    func keep(_ story: AssembledStory, number: Int, version: Int) {
        let s = story.summary
        let blob = BlobCoder.encode(story.record)
        pool.asyncWrite(
            { db in
                try db.execute(
                    sql: """
                        UPDATE stories SET title = ?, sources = ?, conflicts = ?, agreements = ?, first_published = ?,
                            last_published = ?, record = ?, stale = 0
                        WHERE id = ? AND version = ? AND stale = 1
                        """,
                    arguments: [
                        s.title, s.sources, s.conflicts, s.agreements, s.firstPublished?.description,
                        s.lastPublished?.description, blob, number, version,
                    ])
            }, completion: { _, _ in })
    }

    public func articles(_ page: Page) async throws(StoreError) -> [ArticleSummary] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(SQLiteStore.articleColumns) FROM articles ORDER BY id DESC LIMIT ? OFFSET ?",
                arguments: [page.limit, page.offset]
            ).map(SQLiteStore.articleSummary)
        }
    }

    public func article(id: String) async throws(StoreError) -> ArticleDetail? {
        let found: (ArticleSummary, Int64, Data, String, Int, Bool, Data?)? = try await read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT \(SQLiteStore.articleColumns), id, analysis, body FROM articles WHERE key = ?",
                    arguments: [id])
            else { return nil }
            let story: Int = row["story"]
            let stored = try Row.fetchOne(db, sql: "SELECT stale, record FROM stories WHERE id = ?", arguments: [story])
            return (
                SQLiteStore.articleSummary(row), row["id"], row["analysis"], row["body"], story, stored?["stale"] ?? false,
                stored?["record"]
            )
        }
        guard let (summary, rowID, data, body, story, stale, recordData) = found else { return nil }
        let analysis = try BlobCoder.decodeAnalysis(data, text: body)
        let record: StoryRecord?
        if stale {
            record = try await assembledStory(story)?.record
        } else {
            record = try recordData.map { data throws(StoreError) in try BlobCoder.decodeRecord(data) }
        }
        let corpus = StoryAssembler.article(record, member: record?.members.firstIndex(of: rowID), analysis: analysis)
        return ArticleDetail(summary: summary, corpus: corpus)
    }

    public func search(_ query: String, limit: Int) async throws(StoreError) -> [SearchHit] {
        guard let match = SearchQuery.fts5(query) else {
            throw StoreError(.invalidRequest, "the search has no words")
        }
        let limit = min(100, max(1, limit))
        return try await read { db in
            // Ranking every match of a word that most articles contain would cost time in
            // proportion to the collection; news search ranks among the most recent matches
            // (FTS5 walks a word's matches newest first and stops at the window's edge).
            let edge = try Int64.fetchOne(
                db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                arguments: [match, SearchQuery.window - 1]) ?? 0
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT \(SQLiteStore.articleColumns("a")),
                        snippet(articles_fts, 1, char(57344), char(57345), '…', 16) AS snippet,
                        bm25(articles_fts, 4.0, 1.0) AS score
                    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                    WHERE articles_fts MATCH ? AND articles_fts.rowid >= ?
                    ORDER BY score LIMIT ?
                    """,
                arguments: [match, edge, limit]
            ).map { row in
                SearchHit(article: SQLiteStore.articleSummary(row), snippet: row["snippet"], score: -(row["score"] as Double))
            }
        }
    }

    // MARK: - Rows

    static let storyColumns =
        "id AS story_number, title, articles, sources, conflicts, agreements, first_published, last_published, updated"

    static func articleColumns(_ table: String) -> String {
        ["key", "title", "outlet", "published", "source", "story", "added"].map { "\(table).\($0)" }.joined(separator: ", ")
    }

    static let articleColumns = articleColumns("articles")

    static func storySummary(_ row: Row) -> StorySummary {
        StorySummary(
            id: StoryID.text(row["story_number"]), title: row["title"], articles: row["articles"], sources: row["sources"],
            conflicts: row["conflicts"], agreements: row["agreements"],
            firstPublished: (row["first_published"] as String?).flatMap { CivilDate(iso: $0) },
            lastPublished: (row["last_published"] as String?).flatMap { CivilDate(iso: $0) }, updated: row["updated"])
    }

    static func articleSummary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["key"], title: row["title"], outlet: row["outlet"],
            published: (row["published"] as String?).flatMap { CivilDate(iso: $0) }, source: row["source"],
            story: StoryID.text(row["story"]), added: row["added"])
    }
}

/// A driver error carried as a cause: its description, which is all a report needs, and
/// Sendable whatever the driver's error type is.
package struct SendableCause: Error, Sendable, CustomStringConvertible {
    package let description: String

    package init(_ error: any Error) { description = String(describing: error) }

    package init(describing text: String) { description = text }
}
