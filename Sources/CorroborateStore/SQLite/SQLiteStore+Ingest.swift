import CorroborateCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Ingests inputs handed over in memory without queueing them first: each batch is read
    /// and analysed outside any lock, then its inputs (already done) and its articles are
    /// written in one transaction. The queue's way writes every input twice (queued, then
    /// marked done) and reads it back in between; on one core that was a fifth of the ingest.
    /// Inputs queued by other processes are processed after, as ``processPending(options:progress:)`` does.
    public func ingest(
        _ records: [InputRecord], options: IngestOptions, progress: @Sendable (IngestProgress) -> Void
    ) async throws(StoreError) -> IngestReport {
        var report = IngestReport()
        let size = max(1, options.batchSize)
        var start = 0
        while start < records.count {
            let chunk = Array(records[start..<min(records.count, start + size)])
            start += chunk.count
            let digests = chunk.map(\.digest)
            let stored = try await storedDigests(digests)
            // Inputs new to the collection, the first of any repeated within the chunk; they
            // carry provisional ids (their positions) until their rows are written.
            var seen = stored
            var fresh: [ClaimedInput] = []
            var digestOf: [Int64: String] = [:]
            for (record, digest) in zip(chunk, digests) where seen.insert(digest).inserted {
                let id = Int64(fresh.count)
                fresh.append(ClaimedInput(id: id, record: record))
                digestOf[id] = digest
            }
            guard !fresh.isEmpty else {
                report.skipped += chunk.count
                continue
            }
            let prepared = IngestPipeline.prepare(fresh, options: options)
            let provisional = digestOf
            let (part, step, added) = try await write { db in
                let (batch, rows) = try SQLiteStore.insertInputs(prepared, digests: provisional, db)
                guard !batch.inputs.isEmpty else { return (IngestReport(), IngestProgress?.none, 0) }
                let (part, step) = try self.commit(batch, db, inputRows: rows)
                return (part, step, batch.inputs.count)
            }
            // The commit counts the batch's inputs (those written, `added`).
            report.merge(part)
            report.skipped += chunk.count - added
            if let step { progress(step) }
        }
        // What other processes queued (and what an interrupted run left) is ingested too.
        var queued = try await processPending(options: options, progress: progress)
        queued.inputs = 0
        queued.skipped = 0
        report.merge(queued)
        return report
    }

    /// Which of `digests` are already stored.
    private func storedDigests(_ digests: [String]) async throws(StoreError) -> Set<String> {
        try await read { db in
            var found: Set<String> = []
            // SQLite limits the number of bound parameters per statement.
            for start in stride(from: 0, to: digests.count, by: 500) {
                let part = Array(digests[start..<min(digests.count, start + 500)])
                let marks = part.map { _ in "?" }.joined(separator: ",")
                found.formUnion(
                    try String.fetchAll(db, sql: "SELECT digest FROM inputs WHERE digest IN (\(marks))", arguments: StatementArguments(part)))
            }
            return found
        }
    }

    /// Writes a prepared batch's inputs as done, and gives the batch back with its inputs and
    /// notices under their row ids, without any input another process stored meanwhile (that
    /// process ingests it), and the row of each provisional id. The articles are handed back
    /// as they are, still naming their inputs by provisional id: rewriting them would copy
    /// every article.
    private static func insertInputs(
        _ batch: PreparedBatch, digests: [Int64: String], _ db: Database
    ) throws -> (PreparedBatch, rows: [Int64: Int64]) {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO inputs (digest, source, format, first_line, bytes, status, notices, added, done)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)
                ON CONFLICT (digest) DO NOTHING
                """)
        let now = Timestamp.now()
        var rowID: [Int64: Int64] = [:]
        var inputs: [ClaimedInput] = []
        for input in batch.inputs {
            let r = input.record
            let notices = try noticesText(batch.notices[input.id] ?? [])
            try SQLiteRow(insert).bind(digests[input.id] ?? r.digest).bind(r.source).bind(r.format?.rawValue).bind(r.firstLine)
                .bind(r.bytes).bind(notices).bind(now).bind(now).run()
            guard db.changesCount > 0 else { continue }
            rowID[input.id] = db.lastInsertedRowID
            inputs.append(ClaimedInput(id: db.lastInsertedRowID, record: r))
        }
        var notices: [Int64: [IngestReport.Notice]] = [:]
        for (id, list) in batch.notices { if let row = rowID[id] { notices[row] = list } }
        return (PreparedBatch(inputs: inputs, articles: batch.articles, notices: notices), rowID)
    }
}
