/// A collection of articles, their analyses and their stories, kept between runs and updated
/// incrementally as articles arrive.
///
/// Two implementations: ``SQLiteStore`` (a single file, nothing to install; the default) and
/// `PostgresStore` in `CorroborateStorePostgres` (a shared server, several ingest workers).
/// Writes go through a queue of inputs: ``enqueue(_:)`` keeps the bytes, and
/// ``processPending(options:progress:)`` claims queued inputs, analyses them, places their
/// articles in stories and commits, a batch per transaction. An ingest killed at any point
/// leaves every committed batch intact and the rest queued for the next run.
///
/// Story membership is current after every batch; a story's cross-article results
/// (comparisons, timeline, brief, linked entities) are computed on its first read after
/// articles joined it, and kept, so reads return the same story an ingest that corroborated
/// after every batch would have stored.
///
/// ```swift
/// let store = try SQLiteStore(path: "corroborate.sqlite")
/// _ = try await store.enqueue([InputRecord(source: "a.txt", format: .text, bytes: bytes)])
/// let report = try await store.processPending(options: IngestOptions()) { _ in }
/// for story in try await store.stories(Page()) { print(story.id, story.title) }
/// ```
public protocol ArticleStore: Sendable {
    /// Queues inputs, skipping those whose bytes are already stored.
    ///
    /// - Returns: How many inputs were new.
    func enqueue(_ records: [InputRecord]) async throws(StoreError) -> Int

    /// Claims queued inputs and ingests them, `options.batchSize` per transaction, until the
    /// queue is empty; several processes may do this at once on a shared store.
    ///
    /// - Parameter progress: Called after each committed batch.
    func processPending(
        options: IngestOptions, progress: @Sendable (IngestProgress) -> Void
    ) async throws(StoreError) -> IngestReport

    /// Adds inputs and ingests them, with anything else queued: what ``enqueue(_:)`` and then
    /// ``processPending(options:progress:)`` do (the default). A store may instead write a
    /// batch's inputs in the transaction that stores their articles, so that inputs it was
    /// handed are written once and never read back.
    ///
    /// - Returns: The report of both steps: `inputs` new, `skipped` already stored.
    func ingest(
        _ records: [InputRecord], options: IngestOptions, progress: @Sendable (IngestProgress) -> Void
    ) async throws(StoreError) -> IngestReport

    /// Derives everything again from the stored inputs with this version's readers and
    /// analysis: articles, stories, search.
    func reanalyze(options: IngestOptions, progress: @Sendable (IngestProgress) -> Void) async throws(StoreError) -> IngestReport

    func stats() async throws(StoreError) -> CollectionStats
    /// A number that grows with every committed write: a cache of anything read from the
    /// store stays valid while it is unchanged.
    func version() async throws(StoreError) -> Int
    /// Stories, the most recently updated first (those that gained articles since last read
    /// are corroborated first, for their titles and counts).
    func stories(_ page: Page) async throws(StoreError) -> [StorySummary]
    /// A story by its id (`s12`), or nil; corroborated first if articles joined it since it
    /// was last read.
    func story(id: String) async throws(StoreError) -> StoryDetail?
    /// Articles, the most recently added first.
    func articles(_ page: Page) async throws(StoreError) -> [ArticleSummary]
    /// An article by its id, or nil.
    func article(id: String) async throws(StoreError) -> ArticleDetail?
    /// Full-text search over titles and texts: every word of `query` must occur (the last
    /// may be a prefix); the best matches among the 2,000 most recent matching articles first.
    func search(_ query: String, limit: Int) async throws(StoreError) -> [SearchHit]

    /// Releases connections; the store is unusable afterwards.
    func close() async
}

extension ArticleStore {
    public func ingest(
        _ records: [InputRecord], options: IngestOptions, progress: @Sendable (IngestProgress) -> Void
    ) async throws(StoreError) -> IngestReport {
        var report = IngestReport()
        if !records.isEmpty {
            let added = try await enqueue(records)
            report.inputs = added
            report.skipped = records.count - added
        }
        var processed = try await processPending(options: options, progress: progress)
        processed.inputs = 0
        processed.skipped = 0
        report.merge(processed)
        return report
    }
}

/// Public ids of stories: `s1` is story number 0.
package enum StoryID {
    package static func text(_ number: Int) -> String { "s\(number + 1)" }

    package static func number(_ text: String) -> Int? {
        guard text.first == "s", let n = Int(text.dropFirst()), n >= 1 else { return nil }
        return n - 1
    }
}
