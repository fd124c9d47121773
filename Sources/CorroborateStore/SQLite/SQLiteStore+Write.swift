import CorroborateCore
import Foundation
import GRDB
import Synchronization

extension SQLiteStore {
    public func enqueue(_ records: [InputRecord]) async throws(StoreError) -> Int {
        guard !records.isEmpty else { return 0 }
        let now = Timestamp.now()
        return try await write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO inputs (digest, source, format, first_line, bytes, added) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (digest) DO NOTHING
                    """)
            var added = 0
            for r in records {
                try insert.execute(arguments: [r.digest, r.source, r.format?.rawValue, r.firstLine, Data(r.bytes), now])
                added += db.changesCount
            }
            return added
        }
    }

    public func processPending(
        options: IngestOptions, progress: @Sendable (IngestProgress) -> Void
    ) async throws(StoreError) -> IngestReport {
        var report = IngestReport()
        var after: Int64 = 0
        while true {
            let claimed = try await pending(after: after, limit: options.batchSize)
            guard let last = claimed.last else { break }
            after = last.id
            // Analysis needs no lock: other writers keep writing meanwhile.
            let batch = IngestPipeline.prepare(claimed, options: options)
            let (part, step) = try await write { db in try self.commit(batch, db) }
            report.merge(part)
            if let step { progress(step) }
        }
        return report
    }

    public func reanalyze(
        options: IngestOptions, progress: @Sendable (IngestProgress) -> Void
    ) async throws(StoreError) -> IngestReport {
        try await write { db in
            try db.execute(
                sql: """
                    DELETE FROM articles;
                    INSERT INTO articles_fts (articles_fts) VALUES ('delete-all');
                    DELETE FROM stories; DELETE FROM story_terms; DELETE FROM story_names;
                    DELETE FROM story_profiles; DELETE FROM story_postings; DELETE FROM story_reports;
                    UPDATE meta SET value = 0 WHERE key IN ('articles', 'stories', 'indexArticles');
                    UPDATE meta SET value = value + 1 WHERE key = 'version';
                    UPDATE inputs SET status = 0, notices = NULL, done = NULL;
                    """)
            let version = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") ?? 0
            self.index.withLock { $0 = IndexState(index: StoryIndex(), version: version) }
        }
        return try await processPending(options: options, progress: progress)
    }

    /// Queued inputs after a row id, oldest first.
    private func pending(after: Int64, limit: Int) async throws(StoreError) -> [ClaimedInput] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT id, source, format, first_line, bytes FROM inputs WHERE status = 0 AND id > ? ORDER BY id LIMIT ?",
                arguments: [after, limit]
            ).map { row in
                ClaimedInput(
                    id: row["id"],
                    record: InputRecord(
                        source: row["source"], format: (row["format"] as String?).flatMap(InputFormat.init(rawValue:)),
                        bytes: [UInt8](row["bytes"] as Data), firstLine: row["first_line"]))
            }
        }
    }

    /// Runs `body` in an immediate transaction: the write lock is taken at the start, so the
    /// transaction never fails halfway for want of it. A failed write drops the cached story
    /// index, which may hold placements that were rolled back.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError(.database, "the transaction returned nothing") }
                return result
            }
        } catch {
            index.withLock { $0 = nil }
            if let error = error as? StoreError { throw error }
            throw StoreError(.database, "writing the collection failed", cause: SendableCause(error))
        }
    }

    /// Writes one prepared batch: places its articles in stories, stores them, and marks the
    /// stories they joined stale (corroborated again when next read). Runs inside the write
    /// transaction.
    ///
    /// - Parameter inputRows: When the batch's inputs were inserted, done, in this transaction
    ///   (``ingest(_:options:progress:)``) rather than claimed from the queue: the row of each
    ///   input the articles name by a provisional id. Articles of inputs without a row (another
    ///   process stored them meanwhile) are left out.
    func commit(
        _ batch: PreparedBatch, _ db: Database, inputRows: [Int64: Int64]? = nil
    ) throws -> (IngestReport, IngestProgress?) {
        let inserted = inputRows != nil
        let ids = batch.inputs.map(\.id)
        // Another process may have ingested some of these inputs since they were read.
        let stillPending = inserted
            ? Set(ids)
            : Set(
                try Int64.fetchAll(
                    db, sql: "SELECT id FROM inputs WHERE status = 0 AND id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                    arguments: StatementArguments(ids)))
        guard !stillPending.isEmpty else { return (IngestReport(), nil) }

        let version = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") ?? 0
        var state = try currentIndex(db, version: version)
        let storiesBefore = state.index.storyCount
        let now = Timestamp.now()
        var report = IngestReport()

        let findDuplicate = try db.cachedStatement(sql: "SELECT key FROM articles WHERE dedupe = ?")
        let keyTaken = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE key = ?")
        let findPlacement = try db.cachedStatement(sql: "SELECT id FROM articles WHERE placement = ?")
        let insertArticle = try db.cachedStatement(
            sql: """
                INSERT INTO articles (key, dedupe, input, ordinal, story, title, outlet, url, published, source, added, body, analysis,
                    placement, copy_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertText = try db.cachedStatement(sql: "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)")

        // First what is new (and under which key), so the index weighs the batch's words
        // together before placing any of it.
        // Articles are referred to by their index in the batch: each is large (its analysis
        // and features), and copying one retains every string and list it holds.
        let articles = batch.articles
        var batchKeys: [String: String] = [:]
        var batchIDs: Set<String> = []
        var accepted: [(index: Int, key: String, input: Int64)] = []
        accepted.reserveCapacity(articles.count)
        for i in articles.indices {
            var input = articles[i].inputID
            if let inputRows {
                guard let row = inputRows[input] else { continue }
                input = row
            }
            guard stillPending.contains(input) else { continue }
            let dedupeKey = articles[i].dedupeKey
            var earlier = batchKeys[dedupeKey]
            if earlier == nil { earlier = try SQLiteRow(findDuplicate).bind(dedupeKey).firstText() }
            if let earlier {
                report.duplicates.append(.init(source: articles[i].analysis.article.source, code: "duplicate", message: earlier))
                continue
            }
            let id = articles[i].analysis.article.id
            var key = id
            var n = 2
            while true {
                if !batchIDs.contains(key), try SQLiteRow(keyTaken).bind(key).firstInteger() == nil { break }
                key = "\(id)-\(n)"
                n += 1
            }
            accepted.append((i, key, input))
            batchKeys[dedupeKey] = key
            batchIDs.insert(key)
        }

        let placements = state.index.add(contentsOf: accepted.map { articles[$0.index].features })
        var rowOfPlacement: [Int: Int64] = [:]
        var joined: [Int: Int] = [:]
        var added = 0
        for ((i, key, input), placement) in zip(accepted, placements) {
            let prepared = articles[i]
            let article = prepared.analysis.article
            var copyOf: Int64? = nil
            if let original = placement.copyOf {
                copyOf = try rowOfPlacement[original] ?? Int64.fetchOne(findPlacement, arguments: [original])
            }
            try SQLiteRow(insertArticle).bind(key).bind(prepared.dedupeKey).bind(input).bind(prepared.ordinal).bind(placement.story)
                .bind(article.title).bind(article.outlet).bind(article.url).bind(article.published?.description).bind(article.source)
                .bind(now).bind(article.text).bind(BlobCoder.encode(prepared.analysis, id: key)).bind(placement.article).bind(copyOf)
                .run()
            let rowID = db.lastInsertedRowID
            rowOfPlacement[placement.article] = rowID
            try SQLiteRow(insertText).bind(rowID).bind(article.title ?? "").bind(article.text).run()
            joined[placement.story, default: 0] += 1
            added += 1
        }

        let next = version + 1
        try SQLiteIndexRows.write(state.index.takeChanges(), version: next, db)
        // Corroborating here would redo a story's comparisons after every batch that adds to
        // it; a stale story is corroborated once, when it is next read.
        let markStale = try db.cachedStatement(
            sql: """
                INSERT INTO stories (id, title, articles, sources, conflicts, agreements, updated, version, record, stale)
                VALUES (?, '', ?, 0, 0, 0, ?, ?, x'', 1)
                ON CONFLICT (id) DO UPDATE SET articles = articles + excluded.articles, updated = excluded.updated,
                    version = excluded.version, stale = 1
                """)
        for (story, count) in joined.sorted(by: { $0.key < $1.key }) {
            try markStale.execute(arguments: [story, count, now, next])
        }

        let markDone = try db.cachedStatement(sql: "UPDATE inputs SET status = 1, notices = ?, done = ? WHERE id = ?")
        for id in stillPending {
            let notices = batch.notices[id] ?? []
            report.errors += notices.filter { $0.code != "duplicate" }
            report.duplicates += notices.filter { $0.code == "duplicate" }
            if !inserted { try markDone.execute(arguments: [SQLiteStore.noticesText(notices), now, id]) }
        }
        let newStories = state.index.storyCount - storiesBefore
        try db.execute(
            sql: """
                UPDATE meta SET value = CASE key
                    WHEN 'version' THEN ? WHEN 'articles' THEN value + ? WHEN 'stories' THEN value + ?
                    WHEN 'indexArticles' THEN ? ELSE value END
                """,
            arguments: [next, added, newStories, state.index.articleCount])
        let total = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'articles'") ?? 0
        state.version = next
        index.withLock { $0 = state }

        report.inputs = stillPending.count
        report.articles = added
        report.stories = newStories
        return (report, IngestProgress(inputs: stillPending.count, articles: added, total: total, version: next))
    }

    /// An input's problems as stored: JSON, or nil for none.
    static func noticesText(_ notices: [IngestReport.Notice]) throws(StoreError) -> String? {
        notices.isEmpty ? nil : String(decoding: try BlobCoder.encode(value: notices), as: UTF8.self)
    }

    /// The story index as of `version`: the cached one, brought up to date with what other
    /// writers committed since, or loaded whole.
    private func currentIndex(_ db: Database, version: Int) throws -> IndexState {
        // Taken out, not copied: a copy would make the first placement copy the whole index.
        let cached = index.withLock { state in
            let taken = state
            state = nil
            return taken
        }
        if let cached, cached.version == version { return cached }
        var state = cached ?? IndexState(index: StoryIndex(), version: -1)
        state.index.apply(try SQLiteIndexRows.read(since: state.version, db))
        _ = state.index.takeChanges()
        state.version = version
        return state
    }
}
