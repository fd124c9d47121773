/// Saving and restoring a grouper's state as rows, for ``StoryIndex``.
extension StoryGrouper {
    /// Ids whose rows `add` changed since the caller last took them.
    struct Changes {
        var terms: Set<Int32> = []
        var names: Set<Int32> = []
        var clusters: Set<Int> = []
        var namePostings: Set<Int32> = []
        var termPostings: Set<Int32> = []
    }

    func rows(
        terms: [Int32], names: [Int32], clusters: [Int], namePostings: [Int32], termPostings: [Int32]
    ) -> StoryIndexRows {
        StoryIndexRows(
            articleCount: documents,
            terms: terms.map {
                StoryIndexRows.Term(
                    id: $0, text: termTexts[Int($0)], documentFrequency: documentFrequency[Int($0)], idf: idf[Int($0)])
            },
            names: names.map { StoryIndexRows.Name(id: $0, text: nameTexts[Int($0)]) },
            stories: clusters.map { c in
                let cluster = self.clusters[c]
                // Sorted by word id so that the same profile always gives the same row.
                let terms = cluster.terms.sorted { $0.key < $1.key }
                return StoryIndexRows.Story(
                    id: c, termIDs: terms.map(\.key), weights: terms.map(\.value), names: cluster.names.sorted(),
                    norm: cluster.norm, earliest: cluster.earliest, latest: cluster.latest)
            },
            postings: namePostings.map { StoryIndexRows.Posting(kind: .name, key: $0, stories: byName[$0] ?? []) }
                + termPostings.map { StoryIndexRows.Posting(kind: .term, key: $0, stories: byTerm[$0] ?? []) })
    }

    mutating func apply(_ rows: StoryIndexRows) {
        documents = max(documents, rows.articleCount)
        for term in rows.terms {
            let i = Int(term.id)
            while termTexts.count <= i {
                termTexts.append("")
                documentFrequency.append(0)
                idf.append(0)
            }
            if termTexts[i] != term.text {
                if !termTexts[i].isEmpty { vocabulary[termTexts[i]] = nil }
                termTexts[i] = term.text
                vocabulary[term.text] = term.id
            }
            documentFrequency[i] = term.documentFrequency
            idf[i] = term.idf
        }
        for name in rows.names {
            let i = Int(name.id)
            while nameTexts.count <= i { nameTexts.append("") }
            nameTexts[i] = name.text
            nameIDs[name.text] = name.id
        }
        for story in rows.stories {
            while clusters.count <= story.id { clusters.append(Cluster()) }
            var cluster = clusters[story.id]
            cluster.terms = Dictionary(zip(story.termIDs, story.weights), uniquingKeysWith: { _, last in last })
            cluster.names = Set(story.names)
            cluster.norm = story.norm
            cluster.earliest = story.earliest
            cluster.latest = story.latest
            clusters[story.id] = cluster
        }
        for posting in rows.postings {
            switch posting.kind {
            case .name: byName[posting.key] = posting.stories
            case .term: byTerm[posting.key] = posting.stories
            }
        }
    }
}
