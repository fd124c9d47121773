/// Groups articles into stories one at a time, with state a collection can save and restore.
///
/// A collection that grows every hour should not re-cluster everything it holds on each
/// ingest. `StoryIndex` places each new article the way ``Analyzer/analyze(_:parallelism:)``
/// does within a batch (the same copy detection, similarity and thresholds), and reports what
/// each placement changed as rows, so a store writes only those and another process can catch
/// up by applying them:
///
/// ```swift
/// var index = StoryIndex()
/// var analysis = Analyzer().analyze(article)
/// let placed = index.add(contentsOf: [StoryIndex.features(of: &analysis)])
/// placed[0].story                                               // 0 for the first story
/// let rows = index.takeChanges()                                // persist these
///
/// var restored = StoryIndex()
/// restored.apply(rows)                                          // the same state again
/// ```
public struct StoryIndex: Sendable {
    private var grouper: StoryGrouper

    public init() {
        grouper = StoryGrouper()
        grouper.recordsMembers = false
        grouper.changes = StoryGrouper.Changes()
    }

    /// An index that keeps no record of its changes, for a caller that never persists them
    /// (`corroborate bench stories`).
    package init(tracksChanges: Bool) {
        self.init()
        if !tracksChanges { grouper.changes = nil }
    }

    /// An index with other settings, to measure them (`corroborate eval stories`).
    ///
    /// - Parameters:
    ///   - threshold: How similar an article must be to a story to join it.
    ///   - weights: How much words, names, times and figures count, in that order.
    package init(threshold: Double, weights: [Double]? = nil) {
        self.init()
        grouper.threshold = threshold
        if let weights, weights.count == StoryGrouper.Channel.allCases.count { grouper.weights = weights }
        grouper.changes = nil
        grouper.recordsMembers = true
    }

    /// Each story's articles by placement number, as a batch groups them (for an index made by
    /// ``init(threshold:weights:)``).
    package var stories: [[Int]] { grouper.stories }

    /// Gives small stories the second look a batch analysis gives them (``StoryGrouper``'s
    /// `placeSmallStories`), for an index made by ``init(threshold:weights:)``.
    package mutating func placeSmallStories() { grouper.placeSmallStories() }

    /// The default similarity threshold.
    package static var defaultThreshold: Double { StoryGrouper().threshold }

    /// How many articles have been placed.
    public var articleCount: Int { grouper.placed }
    /// How many stories exist.
    public var storyCount: Int { grouper.clusters.count }
    /// How many of the most recent articles a new one is compared with to find copies; older
    /// articles' copy sketches may be dropped.
    public static let copyHorizon = CopyIndex().horizon

    /// Takes the grouping features out of an analysis (its content words and headline names)
    /// so that the analysis no longer carries them.
    public static func features(of analysis: inout ArticleAnalysis) -> StoryFeatures {
        let features = StoryFeatures(StoryGrouper.features(of: analysis))
        analysis.terms = [:]
        analysis.titleNames = []
        return features
    }

    /// Places one article and returns its story number (0, 1, … in order of each story's
    /// first article).
    ///
    /// - Complexity: About the same whatever the number of stories: only stories sharing a
    ///   name or a rare word with the article are scored.
    public mutating func add(_ features: StoryFeatures) -> Int {
        add(contentsOf: [features])[0].story
    }

    /// Places a batch of articles in order: their words are counted first, so each is weighed
    /// by the whole batch (as ``Analyzer/analyze(_:parallelism:)`` does).
    public mutating func add(contentsOf batch: [StoryFeatures]) -> [StoryPlacement] {
        var batch = batch
        for i in batch.indices { grouper.count(&batch[i].value) }
        return batch.map { f in
            let article = grouper.placed
            let placed = grouper.add(f.value)
            return StoryPlacement(article: article, story: placed.story, copyOf: placed.copyOf)
        }
    }

    /// The rows that changed since the last call, and forgets them.
    public mutating func takeChanges() -> StoryIndexRows {
        let changed = grouper.changes ?? StoryGrouper.Changes()
        grouper.changes = StoryGrouper.Changes()
        return grouper.rows(
            terms: changed.terms.sorted(), clusters: changed.clusters.sorted(), postings: changed.postings.sorted(),
            reports: changed.reports.compactMap { grouper.copies.entry($0) })
    }

    /// The whole state as rows.
    public func snapshot() -> StoryIndexRows {
        grouper.rows(
            terms: (0..<Int32(grouper.documentFrequency.count)).map { $0 }, clusters: Array(grouper.clusters.indices),
            postings: grouper.byTerm.keys.sorted(), reports: grouper.copies.entries)
    }

    /// Applies rows saved from this or another index: a snapshot restores the whole state;
    /// later changes bring it up to date with what another writer placed.
    public mutating func apply(_ rows: StoryIndexRows) {
        let tracked = grouper.changes
        grouper.apply(rows)
        grouper.changes = tracked
    }
}

/// Where ``StoryIndex`` placed an article.
public struct StoryPlacement: Sendable, Hashable {
    /// The article's number in placement order (0 for the first article the index placed).
    public var article: Int
    /// Its story number.
    public var story: Int
    /// When the article copies an earlier report (a reprint, a wire copy): the number of the
    /// first article of that copy group.
    public var copyOf: Int?

    public init(article: Int, story: Int, copyOf: Int? = nil) {
        self.article = article
        self.story = story
        self.copyOf = copyOf
    }
}

/// What groups one article into a story: its content words, names, dates, figures and a
/// sketch of its wording.
public struct StoryFeatures: Sendable {
    var value: StoryGrouper.Features

    init(_ value: StoryGrouper.Features) { self.value = value }
}

/// The state of a ``StoryIndex`` (or the part of it that changed), as rows a store can keep
/// in tables: rows with the same key replace each other.
public struct StoryIndexRows: Sendable, Hashable {
    /// A key: its id, text, in how many articles it occurs, and its weight (`log(1 + N/df)`).
    public struct Term: Sendable, Hashable {
        public var id: Int32
        public var text: String
        public var documentFrequency: Int32
        public var idf: Double

        public init(id: Int32, text: String, documentFrequency: Int32, idf: Double) {
            self.id = id
            self.text = text
            self.documentFrequency = documentFrequency
            self.idf = idf
        }
    }

    /// One story's profile: the sum of its reports' evidence vectors over its strongest keys
    /// (sorted by key id), how many reports made it, and its dates.
    public struct Story: Sendable, Hashable {
        public var id: Int
        public var termIDs: [Int32]
        public var weights: [Double]
        /// 0 once the story is retired (no article joined it for a long while).
        public var reports: Int
        public var earliest: CivilDate?
        public var latest: CivilDate?
        /// The number of the last article placed in it.
        public var lastJoined: Int

        public init(
            id: Int, termIDs: [Int32], weights: [Double], reports: Int, earliest: CivilDate?, latest: CivilDate?,
            lastJoined: Int = 0
        ) {
            self.id = id
            self.termIDs = termIDs
            self.weights = weights
            self.reports = reports
            self.earliest = earliest
            self.latest = latest
            self.lastJoined = lastJoined
        }
    }

    /// A recent article's copy sketch: what finds its reprints.
    public struct Report: Sendable, Hashable {
        /// Its number in placement order.
        public var article: Int
        public var story: Int
        /// The first article of its copy group (itself when it copies nothing).
        public var original: Int
        /// MinHash minima of its word 5-grams.
        public var minima: [UInt32]
        /// How many 5-grams its text has.
        public var shingles: Int

        public init(article: Int, story: Int, original: Int, minima: [UInt32], shingles: Int) {
            self.article = article
            self.story = story
            self.original = original
            self.minima = minima
            self.shingles = shingles
        }
    }

    /// The stories a name or a rare word points to, most recent last.
    public struct Posting: Sendable, Hashable {
        public enum Kind: Int, Sendable, Hashable {
            /// Name postings of collections made before names became keys; ignored.
            case name = 0
            case term = 1
        }

        public var kind: Kind
        public var key: Int32
        public var stories: [Int]

        public init(kind: Kind, key: Int32, stories: [Int]) {
            self.kind = kind
            self.key = key
            self.stories = stories
        }
    }

    /// How many articles the index has placed.
    public var articleCount: Int
    /// Keys: words, and names, dates and figures under a prefix (`@ruiz`, `~y2026`, `#54`).
    public var terms: [Term]
    public var stories: [Story]
    public var postings: [Posting]
    public var reports: [Report]

    public init(
        articleCount: Int = 0, terms: [Term] = [], stories: [Story] = [], postings: [Posting] = [], reports: [Report] = []
    ) {
        self.articleCount = articleCount
        self.terms = terms
        self.stories = stories
        self.postings = postings
        self.reports = reports
    }

    /// Whether the rows change nothing.
    public var isEmpty: Bool { terms.isEmpty && stories.isEmpty && postings.isEmpty && reports.isEmpty }
}
