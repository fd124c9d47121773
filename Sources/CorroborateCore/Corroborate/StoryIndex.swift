/// Groups articles into stories one at a time, with state a collection can save and restore.
///
/// A collection that grows every hour should not re-cluster everything it holds on each
/// ingest. `StoryIndex` places each new article the way ``Analyzer/analyze(_:parallelism:)``
/// does within a batch (the same similarity and thresholds), and reports what each placement
/// changed as rows, so a store writes only those and another process can catch up by applying
/// them:
///
/// ```swift
/// var index = StoryIndex()
/// var analysis = Analyzer().analyze(article)
/// let story = index.add(StoryIndex.features(of: &analysis))   // 0 for the first story
/// let rows = index.takeChanges()                               // persist these
///
/// var restored = StoryIndex()
/// restored.apply(rows)                                          // the same state again
/// ```
public struct StoryIndex: Sendable {
    private var grouper: StoryGrouper

    public init() {
        grouper = StoryGrouper()
        grouper.changes = StoryGrouper.Changes()
    }

    /// How many articles have been placed.
    public var articleCount: Int { grouper.documents }
    /// How many stories exist.
    public var storyCount: Int { grouper.clusters.count }

    /// Takes the grouping features out of an analysis (its content words and headline names)
    /// so that the analysis no longer carries them.
    public static func features(of analysis: inout ArticleAnalysis) -> StoryFeatures {
        let features = StoryFeatures(StoryGrouper.features(of: analysis))
        analysis.terms = [:]
        analysis.titleNames = []
        return features
    }

    /// Places an article and returns its story number (0, 1, … in order of each story's
    /// first article).
    ///
    /// - Complexity: About the same whatever the number of stories: only stories sharing a
    ///   name or a rare word with the article are scored.
    public mutating func add(_ features: StoryFeatures) -> Int {
        grouper.add(features.value, index: grouper.documents)
    }

    /// The rows that changed since the last call, and forgets them.
    public mutating func takeChanges() -> StoryIndexRows {
        let changed = grouper.changes ?? StoryGrouper.Changes()
        grouper.changes = StoryGrouper.Changes()
        return grouper.rows(
            terms: changed.terms.sorted(), names: changed.names.sorted(), clusters: changed.clusters.sorted(),
            namePostings: changed.namePostings.sorted(), termPostings: changed.termPostings.sorted())
    }

    /// The whole state as rows.
    public func snapshot() -> StoryIndexRows {
        grouper.rows(
            terms: (0..<Int32(grouper.documentFrequency.count)).map { $0 },
            names: (0..<Int32(grouper.nameIDs.count)).map { $0 },
            clusters: Array(grouper.clusters.indices),
            namePostings: grouper.byName.keys.sorted(), termPostings: grouper.byTerm.keys.sorted())
    }

    /// Applies rows saved from this or another index: a snapshot restores the whole state;
    /// later changes bring it up to date with what another writer placed.
    public mutating func apply(_ rows: StoryIndexRows) {
        let tracked = grouper.changes
        grouper.apply(rows)
        grouper.changes = tracked
    }
}

/// What groups one article into a story: its content words, names and date.
public struct StoryFeatures: Sendable {
    let value: StoryGrouper.Features

    init(_ value: StoryGrouper.Features) { self.value = value }
}

/// The state of a ``StoryIndex`` (or the part of it that changed), as rows a store can keep
/// in tables: rows with the same key replace each other.
public struct StoryIndexRows: Sendable, Hashable {
    /// A content word: its id, text, in how many articles it occurs, and its weight.
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

    /// A name key (`person:lindqvist`) and its id.
    public struct Name: Sendable, Hashable {
        public var id: Int32
        public var text: String

        public init(id: Int32, text: String) {
            self.id = id
            self.text = text
        }
    }

    /// One story's profile: its strongest words with their weights, its names, its dates.
    public struct Story: Sendable, Hashable {
        public var id: Int
        public var termIDs: [Int32]
        public var weights: [Double]
        public var names: [Int32]
        /// The profile's norm as last computed (nil when it must be computed again).
        public var norm: Double?
        public var earliest: CivilDate?
        public var latest: CivilDate?

        public init(
            id: Int, termIDs: [Int32], weights: [Double], names: [Int32], norm: Double?, earliest: CivilDate?,
            latest: CivilDate?
        ) {
            self.id = id
            self.termIDs = termIDs
            self.weights = weights
            self.names = names
            self.norm = norm
            self.earliest = earliest
            self.latest = latest
        }
    }

    /// The stories a name or a rare word points to, most recent last.
    public struct Posting: Sendable, Hashable {
        public enum Kind: Int, Sendable, Hashable {
            case name = 0, term = 1
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
    public var terms: [Term]
    public var names: [Name]
    public var stories: [Story]
    public var postings: [Posting]

    public init(articleCount: Int = 0, terms: [Term] = [], names: [Name] = [], stories: [Story] = [], postings: [Posting] = []) {
        self.articleCount = articleCount
        self.terms = terms
        self.names = names
        self.stories = stories
        self.postings = postings
    }

    /// Whether the rows change nothing.
    public var isEmpty: Bool { terms.isEmpty && names.isEmpty && stories.isEmpty && postings.isEmpty }
}
