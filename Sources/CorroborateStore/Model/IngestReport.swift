/// What an ingest did.
public struct IngestReport: Sendable, Hashable, Codable {
    /// Inputs added to the collection's queue; `skipped` were already stored.
    public var inputs = 0
    public var skipped = 0
    /// Articles added, and the stories they started.
    public var articles = 0
    public var stories = 0
    /// Articles whose text (and date) repeat one already in the collection.
    public var duplicates: [Notice] = []
    /// Inputs, or parts of them, that could not be read.
    public var errors: [Notice] = []

    /// One input problem, naming the input.
    public struct Notice: Sendable, Hashable, Codable {
        public var source: String
        /// `duplicate`, or an ingest error code (`empty`, `invalidUTF8`, …).
        public var code: String
        public var message: String

        public init(source: String, code: String, message: String) {
            self.source = source
            self.code = code
            self.message = message
        }
    }

    public init() {}

    /// Adds another report's counts and notices to this one.
    public mutating func merge(_ other: IngestReport) {
        inputs += other.inputs
        skipped += other.skipped
        articles += other.articles
        stories += other.stories
        duplicates += other.duplicates
        errors += other.errors
    }
}

/// Reported after each committed batch, so a caller can tell what is safely stored.
public struct IngestProgress: Sendable, Hashable {
    /// Inputs and articles committed by this batch.
    public var inputs: Int
    public var articles: Int
    /// Articles in the collection after the batch.
    public var total: Int
    /// The collection's version after the batch.
    public var version: Int

    public init(inputs: Int, articles: Int, total: Int, version: Int) {
        self.inputs = inputs
        self.articles = articles
        self.total = total
        self.version = version
    }
}

/// How an ingest runs.
public struct IngestOptions: Sendable {
    /// Inputs per transaction: larger batches write faster, smaller ones commit sooner.
    public var batchSize: Int
    /// Threads for the per-article analysis.
    public var jobs: Int
    /// The largest plain-text article or JSON Lines record accepted.
    public var maxArticleBytes: Int

    public init(batchSize: Int = 500, jobs: Int = 1, maxArticleBytes: Int = 8 << 20) {
        self.batchSize = max(1, batchSize)
        self.jobs = max(1, jobs)
        self.maxArticleBytes = maxArticleBytes
    }
}
