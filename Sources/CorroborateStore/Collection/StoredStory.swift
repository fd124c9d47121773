package import CorroborateCore
package import Foundation

/// A story's row and its members' rows, as one read of the store saw them.
///
/// Ingest keeps membership current but leaves a story *stale* when articles join it: the
/// cross-article steps (comparisons, timeline, brief, linked entities) run once, on the
/// first read after that, instead of after every batch that touches the story. The reader
/// stores what it computed, so later reads decode it.
package struct StoredStory: Sendable {
    /// The story number (the public id is `s(number + 1)`).
    package var number: Int
    /// The list fields as stored; for a stale story only `articles` and `updated` are current.
    package var summary: StorySummary
    package var stale: Bool
    /// The collection version that last changed the story's membership.
    package var version: Int
    package var record: Data
    /// Row id, analysis blob, text and the row of the report it copies (if any) of each member,
    /// in row-id order (the order they joined).
    package var members: [(id: Int64, analysis: Data, body: String, copyOf: Int64?)]

    package init(
        number: Int, summary: StorySummary, stale: Bool, version: Int, record: Data,
        members: [(id: Int64, analysis: Data, body: String, copyOf: Int64?)]
    ) {
        self.number = number
        self.summary = summary
        self.stale = stale
        self.version = version
        self.record = record
        self.members = members
    }
}

/// A story ready to read: its record and its members' analyses in the record's order.
package struct AssembledStory: Sendable {
    package var summary: StorySummary
    package var record: StoryRecord
    package var analyses: [ArticleAnalysis]
    /// Whether the record was computed by this read (the store should keep it).
    package var computed: Bool

    package var detail: StoryDetail {
        StoryDetail(summary: summary, corpus: StoryAssembler.corpus(record, id: summary.id, analyses: analyses))
    }
}

extension StoryAssembler {
    /// Decodes a stored story, corroborating it first when it is stale.
    package static func assemble(_ stored: StoredStory) throws(StoreError) -> AssembledStory {
        if stored.stale {
            var analyses: [ArticleAnalysis] = []
            analyses.reserveCapacity(stored.members.count)
            for m in stored.members { analyses.append(try BlobCoder.decodeAnalysis(m.analysis, text: m.body)) }
            let record = record(
                members: stored.members.map(\.id), analyses: analyses, copyOf: stored.members.map(\.copyOf))
            let summary = summary(
                id: stored.summary.id, record: record, articles: analyses.map(\.article), updated: stored.summary.updated)
            return AssembledStory(summary: summary, record: record, analyses: analyses, computed: true)
        }
        let record = try BlobCoder.decodeRecord(stored.record)
        var byID: [Int64: (analysis: Data, body: String)] = [:]
        for m in stored.members { byID[m.id] = (m.analysis, m.body) }
        var analyses: [ArticleAnalysis] = []
        analyses.reserveCapacity(record.members.count)
        for rowID in record.members {
            guard let (data, body) = byID[rowID] else {
                throw StoreError(.corrupt, "story \(stored.summary.id) lists article row \(rowID), which is missing")
            }
            analyses.append(try BlobCoder.decodeAnalysis(data, text: body))
        }
        return AssembledStory(summary: stored.summary, record: record, analyses: analyses, computed: false)
    }
}

extension StoryAssembler {
    /// The story list's summaries with each stale story's replaced by its corroborated one:
    /// a stale story's title and counts of conflicts and agreements wait for that.
    ///
    /// - Parameter assemble: Reads a story by number, corroborating (and keeping) it when stale.
    package static func summaries(
        _ rows: [(summary: StorySummary, stale: Bool)], assemble: (Int) async throws(StoreError) -> AssembledStory?
    ) async throws(StoreError) -> [StorySummary] {
        var summaries: [StorySummary] = []
        summaries.reserveCapacity(rows.count)
        for (summary, stale) in rows {
            if stale, let number = StoryID.number(summary.id), let fresh = try await assemble(number) {
                summaries.append(fresh.summary)
            } else {
                summaries.append(summary)
            }
        }
        return summaries
    }
}
