import CorroborateCore
public import CorroborateStore
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// A collection in a PostgreSQL database, shared by a team and by several ingest workers.
///
/// Workers on any number of machines run `corroborate ingest --db postgres://…` at once: each
/// claims queued inputs with `FOR UPDATE SKIP LOCKED`, so no input is processed twice, and
/// analyses them in parallel with the others; placing articles in stories is serialised by a
/// transaction-scoped advisory lock, so story numbers and the story index stay consistent.
/// A worker that dies mid-batch releases its claims when its transaction aborts.
///
/// ```swift
/// let store = try await PostgresStore(url: "postgres://corroborate@127.0.0.1/corroborate")
/// print(try await store.stats().articles)
/// await store.close()
/// ```
public final class PostgresStore: ArticleStore {
    let client: PostgresClient
    let logger: Logger
    private let running: Task<Void, Never>
    /// The story index as of a version of the database (see ``SQLiteStore`` for why it is kept).
    let index = Mutex<IndexState?>(nil)

    struct IndexState: Sendable {
        var index: StoryIndex
        var version: Int
    }

    /// The advisory lock that serialises story placement across workers.
    static let storyLock: Int64 = 0x436F_7272_5374_6F72  // "CorrStor"
    /// The advisory lock that serialises migrations when several workers start at once.
    static let migrationLock: Int64 = 0x436F_7272_4D69_6772  // "CorrMigr"

    /// Connects and brings the schema up to date.
    ///
    /// - Parameter url: `postgres://user:password@host:port/database` (see the README).
    public init(url: String) async throws(StoreError) {
        let location = try PostgresLocation(url)
        var logger = Logger(label: "corroborate.postgres")
        logger.logLevel = .error
        self.logger = logger
        // One direct connection first: an unreachable server or a bad password fails here, at
        // once, with the server's reason, rather than in a pool that retries.
        do {
            let connection = try await PostgresConnection.connect(configuration: location.connection(), id: 0, logger: logger)
            do {
                try await Self.migrate(connection, logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(
                .invalidLocation, "cannot use the database at \(PostgresLocation.redacted(url))",
                cause: SendableCause(describing: Self.describe(error)))
        }
        let client = PostgresClient(configuration: location.client, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
    }

    public func close() async {
        running.cancel()
        _ = await running.value
    }

    private static func migrate(_ connection: PostgresConnection, _ logger: Logger) async throws {
        try await connection.withTransaction(logger: logger) { conn in
            try await conn.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: logger)
            try await conn.query(
                "CREATE TABLE IF NOT EXISTS corroborate_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TIMESTAMPTZ NOT NULL DEFAULT now())",
                logger: logger)
            var applied: Set<Int> = []
            for try await version in try await conn.query("SELECT version FROM corroborate_schema", logger: logger).decode(Int.self) {
                applied.insert(version)
            }
            let known = Set(PostgresSchema.migrations.map(\.version))
            if let newer = applied.subtracting(known).max() {
                throw StoreError(.unsupportedSchema, "the database has schema version \(newer), written by a newer corroborate")
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.version) {
                // The extended protocol takes one statement: the script runs as one PL/pgSQL block.
                try await conn.query(PostgresQuery(unsafeSQL: "DO $script$ BEGIN\n\(migration.sql)\nEND $script$"), logger: logger)
                try await conn.query(
                    "INSERT INTO corroborate_schema (version, name) VALUES (\(migration.version), \(migration.name))", logger: logger)
            }
        }
    }

    /// Runs a read in one snapshot (a read-only repeatable-read transaction, so a story and
    /// its articles come from the same commit), mapping driver errors.
    func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        do {
            return try await client.withTransaction(logger: logger) { conn in
                try await conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
                return try await body(conn)
            }
        } catch {
            throw Self.storeError(error, "reading the collection failed")
        }
    }

    /// A driver error as a store error; a store error thrown inside a transaction as itself.
    static func storeError(_ error: any Error, _ message: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PostgresTransactionError, let inner = error.closureError as? StoreError { return inner }
        return StoreError(.database, message, cause: SendableCause(describing: describe(error)))
    }

    /// The server's own message: PostgresNIO's description hides it to keep values out of logs.
    static func describe(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return String(describing: underlying) }
        }
        if let transaction = error as? PostgresTransactionError,
            let inner = transaction.closureError ?? transaction.commitError ?? transaction.beginError
        {
            return describe(inner)
        }
        return String(reflecting: error)
    }

    // MARK: - Reads

    public func version() async throws(StoreError) -> Int {
        // One statement needs no transaction: a cache check per request stays one round trip.
        do {
            return try await client.withConnection { conn in
                try await Self.int(conn, "SELECT value FROM meta WHERE key = 'version'", logger)
            }
        } catch {
            throw Self.storeError(error, "reading the collection failed")
        }
    }

    public func stats() async throws(StoreError) -> CollectionStats {
        try await read { conn in
            var meta: [String: Int] = [:]
            for try await (key, value) in try await conn.query("SELECT key, value FROM meta", logger: logger).decode((String, Int).self) {
                meta[key] = value
            }
            let inputs = try await Self.int(conn, "SELECT count(*) FROM inputs", logger)
            let pending = try await Self.int(conn, "SELECT count(*) FROM inputs WHERE status = 0", logger)
            return CollectionStats(
                articles: meta["articles"] ?? 0, stories: meta["stories"] ?? 0, inputs: inputs, pending: pending,
                version: meta["version"] ?? 0)
        }
    }

    public func stories(_ page: Page) async throws(StoreError) -> [StorySummary] {
        let rows: [(StorySummary, Bool)] = try await read { conn in
            var out: [(StorySummary, Bool)] = []
            let rows = try await conn.query(
                """
                SELECT \(unescaped: Self.storyColumns), stale FROM stories ORDER BY updated DESC, id DESC
                LIMIT \(page.limit) OFFSET \(page.offset)
                """,
                logger: logger)
            for try await row in rows {
                out.append((try Self.storySummary(row), try row.decode((Int, String, Int, Int, Int, Int, String?, String?, String, Bool).self).9))
            }
            return out
        }
        return try await StoryAssembler.summaries(rows) { number throws(StoreError) in try await assembledStory(number) }
    }

    public func story(id: String) async throws(StoreError) -> StoryDetail? {
        guard let number = StoryID.number(id) else { return nil }
        return try await assembledStory(number)?.detail
    }

    /// A story read and decoded, corroborated first (and kept so) when it is stale.
    func assembledStory(_ number: Int) async throws(StoreError) -> AssembledStory? {
        let found: StoredStory? = try await read { conn in
            var stored: StoredStory?
            for try await row in try await conn.query(
                "SELECT \(unescaped: Self.storyColumns), stale, version, record FROM stories WHERE id = \(number)", logger: logger)
            {
                let columns = try row.decode((Int, String, Int, Int, Int, Int, String?, String?, String, Bool, Int, Data).self)
                stored = StoredStory(
                    number: number, summary: try Self.storySummary(row), stale: columns.9, version: columns.10,
                    record: columns.11, members: [])
            }
            guard var stored else { return nil }
            for try await (rowID, analysis, body, copyOf) in try await conn.query(
                "SELECT id, analysis, body, copy_of FROM articles WHERE story = \(number) ORDER BY id", logger: logger
            ).decode((Int64, Data, String, Int64?).self) {
                stored.members.append((rowID, analysis, body, copyOf))
            }
            return stored
        }
        guard let found else { return nil }
        let story = try StoryAssembler.assemble(found)
        if story.computed { await keep(story, number: number, version: found.version) }
        return story
    }

    /// Stores a record a read computed, unless articles joined the story meanwhile. A failure
    /// is no loss: the next read computes it again.
    private func keep(_ story: AssembledStory, number: Int, version: Int) async {
        let s = story.summary
        let blob = BlobCoder.encode(story.record)
        do {
            try await client.withConnection { conn in
                try await conn.query(
                    """
                    UPDATE stories SET title = \(s.title), sources = \(s.sources), conflicts = \(s.conflicts),
                        agreements = \(s.agreements), first_published = \(s.firstPublished?.description),
                        last_published = \(s.lastPublished?.description), record = \(blob), stale = false
                    WHERE id = \(number) AND version = \(version) AND stale
                    """, logger: logger)
            }
        } catch {
            // Only a cache: see above.
        }
    }

    public func articles(_ page: Page) async throws(StoreError) -> [ArticleSummary] {
        try await read { conn in
            var out: [ArticleSummary] = []
            let rows = try await conn.query(
                "SELECT \(unescaped: Self.articleColumns) FROM articles ORDER BY id DESC LIMIT \(page.limit) OFFSET \(page.offset)",
                logger: logger)
            for try await row in rows { out.append(try Self.articleSummary(row)) }
            return out
        }
    }

    public func article(id: String) async throws(StoreError) -> ArticleDetail? {
        let found: (ArticleSummary, Int64, Data, String, Int, Bool, Data?)? = try await read { conn in
            var result: (ArticleSummary, Int64, Data, String, Int)?
            for try await row in try await conn.query(
                "SELECT \(unescaped: Self.articleColumns), id, analysis, body FROM articles WHERE key = \(id)", logger: logger)
            {
                let columns = try row.decode((String, String?, String?, String?, String, Int, String, Int64, Data, String).self)
                result = (try Self.articleSummary(row), columns.7, columns.8, columns.9, columns.5)
            }
            guard let (summary, rowID, analysis, body, story) = result else { return nil }
            var stale = false
            var record: Data?
            for try await (isStale, data) in try await conn.query(
                "SELECT stale, record FROM stories WHERE id = \(story)", logger: logger
            ).decode((Bool, Data).self) {
                stale = isStale
                record = data
            }
            return (summary, rowID, analysis, body, story, stale, record)
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
        let words = SearchQuery.words(query)
        guard let last = words.last else { throw StoreError(.invalidRequest, "the search has no words") }
        // Words are letters and digits only, so the tsquery cannot be malformed.
        let tsquery = (words.dropLast() + [last.count >= 3 ? last + ":*" : last]).joined(separator: " & ")
        let limit = min(100, max(1, limit))
        let options = "StartSel=\(SearchHit.markers.open), StopSel=\(SearchHit.markers.close), MaxWords=28, MinWords=12, MaxFragments=1"
        return try await read { conn in
            var out: [SearchHit] = []
            let rows = try await conn.query(
                """
                SELECT \(unescaped: Self.articleColumns("top")), ts_headline('simple', top.body, q, \(options)), top.score
                FROM (
                    SELECT a.*, ts_rank(a.search, q) AS score
                    FROM (
                        -- Ranked among the most recent matches, as on SQLite.
                        SELECT * FROM articles WHERE search @@ to_tsquery('simple', \(tsquery))
                        ORDER BY id DESC LIMIT \(SearchQuery.window)
                    ) a, to_tsquery('simple', \(tsquery)) q
                    ORDER BY score DESC, a.id DESC LIMIT \(limit)
                ) top, to_tsquery('simple', \(tsquery)) q
                ORDER BY top.score DESC, top.id DESC
                """, logger: logger)
            for try await row in rows {
                let columns = try row.decode((String, String?, String?, String?, String, Int, String, String, Float).self)
                out.append(SearchHit(article: try Self.articleSummary(row), snippet: columns.7, score: Double(columns.8)))
            }
            return out
        }
    }

    // MARK: - Rows

    static let storyColumns =
        "id, title, articles, sources, conflicts, agreements, first_published, last_published, updated"

    static func articleColumns(_ table: String) -> String {
        ["key", "title", "outlet", "published", "source", "story", "added"].map { "\(table).\($0)" }.joined(separator: ", ")
    }

    static let articleColumns = articleColumns("articles")

    static func storySummary(_ row: PostgresRow) throws -> StorySummary {
        let (id, title, articles, sources, conflicts, agreements, first, last, updated) =
            try row.decode((Int, String, Int, Int, Int, Int, String?, String?, String).self)
        return StorySummary(
            id: StoryID.text(id), title: title, articles: articles, sources: sources, conflicts: conflicts,
            agreements: agreements, firstPublished: first.flatMap { CivilDate(iso: $0) },
            lastPublished: last.flatMap { CivilDate(iso: $0) }, updated: updated)
    }

    static func articleSummary(_ row: PostgresRow) throws -> ArticleSummary {
        let (key, title, outlet, published, source, story, added) =
            try row.decode((String, String?, String?, String?, String, Int, String).self)
        return ArticleSummary(
            id: key, title: title, outlet: outlet, published: published.flatMap { CivilDate(iso: $0) }, source: source,
            story: StoryID.text(story), added: added)
    }

    static func int(_ conn: PostgresConnection, _ query: PostgresQuery, _ logger: Logger) async throws -> Int {
        for try await value in try await conn.query(query, logger: logger).decode(Int.self) { return value }
        return 0
    }
}
