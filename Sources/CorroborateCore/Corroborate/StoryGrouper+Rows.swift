#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Saving and restoring a grouper's state as rows, for ``StoryIndex``.
extension StoryGrouper {
    /// What `count` and `add` changed since the caller last took the changes.
    struct Changes {
        var terms: Set<Int32> = []
        var clusters: Set<Int> = []
        var postings: Set<Int32> = []
        /// Articles placed, whose copy sketches are new.
        var reports: [Int] = []
    }

    func rows(terms: [Int32], clusters: [Int], postings: [Int32], reports: [CopyIndex.Entry]) -> StoryIndexRows {
        StoryIndexRows(
            articleCount: placed,
            terms: terms.map {
                StoryIndexRows.Term(
                    id: $0, text: termTexts[Int($0)], documentFrequency: documentFrequency[Int($0)],
                    idf: log1p(Double(documents + 1) / Double(max(1, documentFrequency[Int($0)]))))
            },
            stories: clusters.map { c in
                let cluster = self.clusters[c]
                return StoryIndexRows.Story(
                    id: c, termIDs: cluster.keys, weights: cluster.weights.map(Double.init), reports: cluster.reports,
                    earliest: cluster.earliest, latest: cluster.latest, lastJoined: cluster.lastJoined)
            },
            postings: postings.map { StoryIndexRows.Posting(kind: .term, key: $0, stories: byTerm[$0] ?? []) },
            reports: reports.map {
                StoryIndexRows.Report(
                    article: $0.article, story: $0.story, original: $0.original, minima: $0.sketch.minima,
                    shingles: $0.sketch.shingles)
            })
    }

    mutating func apply(_ rows: StoryIndexRows) {
        placed = max(placed, rows.articleCount)
        documents = max(documents, rows.articleCount)
        for term in rows.terms {
            let i = Int(term.id)
            while termTexts.count <= i {
                termTexts.append("")
                documentFrequency.append(0)
                channels.append(Channel.word.rawValue)
            }
            if termTexts[i] != term.text {
                if !termTexts[i].isEmpty { vocabulary[termTexts[i]] = nil }
                termTexts[i] = term.text
                vocabulary[term.text] = term.id
                channels[i] = Channel(key: term.text).rawValue
            }
            documentFrequency[i] = term.documentFrequency
        }
        for story in rows.stories {
            while clusters.count <= story.id { clusters.append(Cluster()) }
            var cluster = clusters[story.id]
            // Rows keep keys sorted; sort anyway so that a hand-made row cannot break the merges.
            let order = story.termIDs.indices.sorted { story.termIDs[$0] < story.termIDs[$1] }
            cluster.keys = order.map { story.termIDs[$0] }
            cluster.weights = order.map { Float(story.weights.indices.contains($0) ? story.weights[$0] : 0) }
            cluster.norms = norms(cluster.keys, cluster.weights)
            cluster.reports = story.reports
            cluster.earliest = story.earliest
            cluster.latest = story.latest
            cluster.lastJoined = story.lastJoined
            clusters[story.id] = cluster
        }
        for posting in rows.postings where posting.kind == .term {
            byTerm[posting.key] = posting.stories.isEmpty ? nil : posting.stories
        }
        // Retirement resumes where the rows' writer left it.
        sweptAt = max(sweptAt, placed - placed % max(1, retireAfter / 8))
        for report in rows.reports.sorted(by: { $0.article < $1.article }) {
            copies.insert(.init(
                article: report.article, story: report.story, original: report.original,
                sketch: CopySketch(minima: report.minima, shingles: report.shingles)))
        }
    }
}
