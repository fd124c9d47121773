import CorroborateIngest

/// Adds files, directories and standard input to a collection: reads them into inputs, queues
/// them a batch at a time, and processes the queue after each batch, so articles become
/// visible (and safe) as the ingest goes.
///
/// ```swift
/// let report = try await Ingestion(store: store).run(["Samples/"]) { p in
///     print("committed \(p.articles) articles")
/// }
/// ```
public struct Ingestion: Sendable {
    public let store: any ArticleStore
    public var options: IngestOptions
    public var collector: InputCollector

    public init(store: any ArticleStore, options: IngestOptions = IngestOptions(), collector: InputCollector = InputCollector()) {
        self.store = store
        self.options = options
        self.collector = collector
    }

    /// Ingests every file the paths name.
    public func run(
        _ paths: [String], standardInput: (@Sendable () -> [UInt8])? = nil,
        progress: @Sendable (IngestProgress) -> Void = { _ in }
    ) async throws(StoreError) -> IngestReport {
        var report = IngestReport()
        let (files, errors) = collector.files(paths)
        report.errors += errors
        var pending: [InputRecord] = []
        for file in files {
            let (records, error) = collector.records(file: file, standardInput: standardInput)
            if let error { report.errors.append(error) }
            pending += records
            if pending.count >= options.batchSize {
                report.merge(try await add(pending, progress: progress))
                pending.removeAll(keepingCapacity: true)
            }
        }
        report.merge(try await add(pending, progress: progress))
        return report
    }

    /// Ingests inputs already in memory.
    public func add(_ records: [InputRecord], progress: @Sendable (IngestProgress) -> Void = { _ in }) async throws(StoreError) -> IngestReport {
        try await store.ingest(records, options: options, progress: progress)
    }
}
