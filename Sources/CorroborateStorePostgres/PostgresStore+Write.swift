import CorroborateCore
public import CorroborateStore
import Foundation
import PostgresNIO
import Synchronization

extension PostgresStore {
    public func enqueue(_ records: [InputRecord]) async throws(StoreError) -> Int {
        guard !records.isEmpty else { return 0 }
        let now = Timestamp.now()
        return try await write { conn in
            let digests = records.map(\.digest)
            let sources = records.map(\.source)
            let formats = records.map { $0.format?.rawValue ?? "" }
            let lines = records.map { Int32(clamping: $0.firstLine) }
            let bytes = records.map { ByteBuffer(bytes: $0.bytes) }
            var added = 0
            let rows = try await conn.query(
                """
                INSERT INTO inputs (digest, source, format, first_line, bytes, added)
                SELECT d, s, f, l, b, \(now) FROM unnest(\(digests), \(sources), \(formats), \(lines), \(bytes)) AS t(d, s, f, l, b)
                ON CONFLICT (digest) DO NOTHING RETURNING id
                """, logger: logger)
            for try await _ in rows { added += 1 }
            return added
        }
    }

    public func processPending(
        options: IngestOptions, progress: @Sendable (IngestProgress) -> Void
    ) async throws(StoreError) -> IngestReport {
        var report = IngestReport()
        while true {
            guard let (part, step) = try await write({ conn in try await self.claimAndCommit(options: options, conn) }) else { break }
            report.merge(part)
            progress(step)
        }
        return report
    }

    public func reanalyze(
        options: IngestOptions, progress: @Sendable (IngestProgress) -> Void
    ) async throws(StoreError) -> IngestReport {
        try await write { conn in
            try await conn.query("SELECT pg_advisory_xact_lock(\(Self.storyLock))", logger: logger)
            try await conn.query("TRUNCATE articles, stories, story_terms, story_names, story_profiles, story_postings, story_reports", logger: logger)
            try await conn.query("UPDATE meta SET value = 0 WHERE key IN ('articles', 'stories', 'indexArticles')", logger: logger)
            try await conn.query("UPDATE meta SET value = value + 1 WHERE key = 'version'", logger: logger)
            try await conn.query("UPDATE inputs SET status = 0, notices = '', done = NULL", logger: logger)
        }
        index.withLock { $0 = nil }
        return try await processPending(options: options, progress: progress)
    }

    /// Runs `body` in a transaction, mapping driver errors; a failed write drops the cached
    /// story index, which may hold placements that were rolled back.
    func write<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        do {
            return try await client.withTransaction(logger: logger) { conn in try await body(conn) }
        } catch {
            index.withLock { $0 = nil }
            throw Self.storeError(error, "writing the collection failed")
        }
    }

    /// Claims a batch of queued inputs that no other worker holds, analyses them, and commits
    /// their articles; nil when the queue is empty.
    private func claimAndCommit(options: IngestOptions, _ conn: PostgresConnection) async throws -> (IngestReport, IngestProgress)? {
        var claimed: [ClaimedInput] = []
        let rows = try await conn.query(
            """
            SELECT id, source, format, first_line, bytes FROM inputs WHERE status = 0
            ORDER BY id LIMIT \(options.batchSize) FOR UPDATE SKIP LOCKED
            """, logger: logger)
        for try await (id, source, format, line, bytes) in rows.decode((Int64, String, String, Int, ByteBuffer).self) {
            claimed.append(ClaimedInput(
                id: id,
                record: InputRecord(
                    source: source, format: InputFormat(rawValue: format),
                    bytes: bytes.getBytes(at: bytes.readerIndex, length: bytes.readableBytes) ?? [], firstLine: line)))
        }
        guard !claimed.isEmpty else { return nil }
        // The analysis runs while this worker holds only its own claims: the others analyse theirs.
        let batch = IngestPipeline.prepare(claimed, options: options)
        try await conn.query("SELECT pg_advisory_xact_lock(\(Self.storyLock))", logger: logger)
        return try await commit(batch, conn)
    }

    private func commit(_ batch: PreparedBatch, _ conn: PostgresConnection) async throws -> (IngestReport, IngestProgress) {
        let version = try await Self.int(conn, "SELECT value FROM meta WHERE key = 'version'", logger)
        var state = try await currentIndex(conn, version: version)
        let storiesBefore = state.index.storyCount
        let now = Timestamp.now()
        var report = IngestReport()

        // First what is new (and under which key), so the index weighs the batch's words
        // together before placing any of it.
        var batchKeys: [String: String] = [:]
        var batchIDs: Set<String> = []
        var accepted: [(prepared: PreparedArticle, key: String)] = []
        for prepared in batch.articles {
            let article = prepared.analysis.article
            var earlier = batchKeys[prepared.dedupeKey]
            if earlier == nil {
                for try await key in try await conn.query(
                    "SELECT key FROM articles WHERE dedupe = \(prepared.dedupeKey)", logger: logger
                ).decode(String.self) {
                    earlier = key
                }
            }
            if let earlier {
                report.duplicates.append(.init(source: article.source, code: "duplicate", message: earlier))
                continue
            }
            var key = article.id
            var n = 2
            while true {
                if !batchIDs.contains(key), try await Self.int(conn, "SELECT count(*) FROM articles WHERE key = \(key)", logger) == 0 {
                    break
                }
                key = "\(article.id)-\(n)"
                n += 1
            }
            accepted.append((prepared, key))
            batchKeys[prepared.dedupeKey] = key
            batchIDs.insert(key)
        }

        let placements = state.index.add(contentsOf: accepted.map(\.prepared.features))
        var rowOfPlacement: [Int: Int64] = [:]
        var joined: [Int: Int] = [:]
        var added = 0
        for ((prepared, key), placement) in zip(accepted, placements) {
            let article = prepared.analysis.article
            var analysis = prepared.analysis
            analysis.article.id = key
            var copyOf: Int64? = nil
            if let original = placement.copyOf {
                copyOf = rowOfPlacement[original]
                if copyOf == nil {
                    for try await id in try await conn.query(
                        "SELECT id FROM articles WHERE placement = \(Int64(original))", logger: logger
                    ).decode(Int64.self) {
                        copyOf = id
                    }
                }
            }
            let blob = BlobCoder.encode(analysis)
            var rowID: Int64 = 0
            for try await id in try await conn.query(
                """
                INSERT INTO articles (key, dedupe, input, ordinal, story, title, outlet, url, published, source, added, body, analysis,
                    placement, copy_of)
                VALUES (\(key), \(prepared.dedupeKey), \(prepared.inputID), \(prepared.ordinal), \(placement.story), \(article.title),
                    \(article.outlet), \(article.url), \(article.published?.description), \(article.source), \(now),
                    \(article.text), \(blob), \(Int64(placement.article)), \(copyOf))
                RETURNING id
                """, logger: logger
            ).decode(Int64.self) {
                rowID = id
            }
            guard rowID > 0 else { throw StoreError(.database, "the article \(key) was not stored") }
            rowOfPlacement[placement.article] = rowID
            joined[placement.story, default: 0] += 1
            added += 1
        }

        let next = version + 1
        try await PostgresIndexRows.write(state.index.takeChanges(), version: next, conn, logger)
        // As on SQLite: a story that gained articles is corroborated when next read, not here.
        let touched = joined.sorted { $0.key < $1.key }
        if !touched.isEmpty {
            let stories = touched.map { Int32(clamping: $0.key) }
            let counts = touched.map { Int32(clamping: $0.value) }
            try await conn.query(
                """
                INSERT INTO stories (id, title, articles, sources, conflicts, agreements, updated, version, record, stale)
                SELECT s, '', n, 0, 0, 0, \(now), \(next), '\\x'::bytea, true FROM unnest(\(stories), \(counts)) AS t(s, n)
                ON CONFLICT (id) DO UPDATE SET articles = stories.articles + excluded.articles, updated = excluded.updated,
                    version = excluded.version, stale = true
                """, logger: logger)
        }

        var ids: [Int64] = []
        var notices: [String] = []
        for input in batch.inputs {
            let found = batch.notices[input.id] ?? []
            report.errors += found.filter { $0.code != "duplicate" }
            report.duplicates += found.filter { $0.code == "duplicate" }
            ids.append(input.id)
            notices.append(found.isEmpty ? "" : String(decoding: try BlobCoder.encode(value: found), as: UTF8.self))
        }
        try await conn.query(
            """
            UPDATE inputs SET status = 1, notices = v.n, done = \(now)
            FROM unnest(\(ids), \(notices)) AS v(id, n) WHERE inputs.id = v.id
            """, logger: logger)
        let newStories = state.index.storyCount - storiesBefore
        try await conn.query(
            """
            UPDATE meta SET value = CASE key
                WHEN 'version' THEN \(next) WHEN 'articles' THEN value + \(added) WHEN 'stories' THEN value + \(newStories)
                WHEN 'indexArticles' THEN \(state.index.articleCount) ELSE value END
            """, logger: logger)
        let total = try await Self.int(conn, "SELECT value FROM meta WHERE key = 'articles'", logger)
        state.version = next
        index.withLock { $0 = state }

        report.inputs = batch.inputs.count
        report.articles = added
        report.stories = newStories
        return (report, IngestProgress(inputs: batch.inputs.count, articles: added, total: total, version: next))
    }

    /// The story index as of `version`: the cached one brought up to date with what other
    /// workers committed since, or loaded whole.
    private func currentIndex(_ conn: PostgresConnection, version: Int) async throws -> IndexState {
        // Taken out, not copied: a copy would make the first placement copy the whole index.
        let cached = index.withLock { state in
            let taken = state
            state = nil
            return taken
        }
        if let cached, cached.version == version { return cached }
        var state = cached ?? IndexState(index: StoryIndex(), version: -1)
        state.index.apply(try await PostgresIndexRows.read(since: state.version, conn, logger))
        _ = state.index.takeChanges()
        state.version = version
        return state
    }
}
