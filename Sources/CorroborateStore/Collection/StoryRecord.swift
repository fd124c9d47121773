package import CorroborateCore

/// The cross-article results for one story, as stored: what ``Analyzer/corroborate(_:stories:)``
/// derives from the story's articles, so a reader rebuilds the story from the stored analyses
/// without running it again.
package struct StoryRecord: Codable, Sendable {
    /// Article row ids in story order; every index below counts in this order.
    package var members: [Int64]
    package var title: String
    package var comparisons: [Comparison]
    package var timeline: [TimelineEntry]
    /// Nil in records written before stories had briefs (`corroborate reanalyze` fills it).
    package var brief: [BriefSentence]?
    package var entities: [Entity]
    package var entityLinks: [[Int]]
    /// For each member, the publication range inferred from the story (undated articles).
    package var ranges: [DateRange?]
    /// For each undated member, its times placed within that range; nil when unchanged.
    package var times: [[TimeExpression]?]
    /// Groups of members that copy one report, as member positions (``Story/copies``); nil
    /// in records written before copies were found.
    package var copies: [[Int]]?
}

/// A story member as a store holds it while corroborating the story: its row, its analysis,
/// and the row of the report it copies.
package struct FreshMember: Sendable {
    package var id: Int64
    package var analysis: ArticleAnalysis
    package var copyOf: Int64?

    package init(id: Int64, analysis: ArticleAnalysis, copyOf: Int64?) {
        self.id = id
        self.analysis = analysis
        self.copyOf = copyOf
    }
}

/// Runs the cross-article steps for one story and puts stored stories back together.
package enum StoryAssembler {
    /// Corroborates one story's articles, given in story order with their row ids and, for
    /// each, the row of the report it copies.
    package static func record(members: [Int64], analyses: [ArticleAnalysis], copyOf: [Int64?] = []) -> StoryRecord {
        let copies = CopyGroups.positions(ids: members, copyOf: copyOf, published: analyses.map(\.article.published))
        let corpus = Analyzer().corroborate(analyses, stories: [Array(analyses.indices)], copies: [copies])
        let story = corpus.stories.first
        return StoryRecord(
            members: members, title: story?.title ?? "", comparisons: story?.comparisons ?? [],
            timeline: story?.timeline ?? [], brief: story?.brief ?? [], entities: corpus.entities,
            entityLinks: corpus.entityLinks,
            ranges: corpus.articles.map(\.publishedRange),
            times: corpus.articles.map { $0.article.published == nil && $0.publishedRange != nil ? $0.times : nil },
            copies: copies)
    }

    /// The story as a one-story corpus, from its record and its members' stored analyses (in
    /// the record's order).
    package static func corpus(_ record: StoryRecord, id: String, analyses: [ArticleAnalysis]) -> CorpusAnalysis {
        var articles = analyses
        for i in articles.indices {
            apply(record, member: i, to: &articles[i])
        }
        let story = Story(
            id: id, articles: Array(articles.indices), title: record.title, comparisons: record.comparisons,
            timeline: record.timeline, brief: record.brief ?? [], copies: record.copies ?? [])
        let links = articles.indices.map { record.entityLinks.indices.contains($0) ? record.entityLinks[$0] : [] }
        return CorpusAnalysis(articles: articles, entities: record.entities, entityLinks: links, stories: [story])
    }

    /// One member as a one-article corpus, with what its story adds.
    package static func article(_ record: StoryRecord?, member: Int?, analysis: ArticleAnalysis) -> CorpusAnalysis {
        var analysis = analysis
        guard let record, let member, record.entityLinks.indices.contains(member) else {
            // Not yet corroborated (an interrupted write never commits this, but stay safe):
            // its own entities stand alone.
            let entities = analysis.entities.enumerated().map { i, e in
                Entity(id: "e\(i + 1)", name: e.name, type: e.type, aliases: e.aliases, titles: e.titles)
            }
            return CorpusAnalysis(
                articles: [analysis], entities: entities, entityLinks: [Array(entities.indices)], stories: [])
        }
        apply(record, member: member, to: &analysis)
        // Keep only the story's entities this article names, renumbered.
        let used = Array(Set(record.entityLinks[member])).sorted()
        var renumber: [Int: Int] = [:]
        for (n, e) in used.enumerated() { renumber[e] = n }
        let entities = used.map { record.entities.indices.contains($0) ? record.entities[$0] : Entity(id: "", name: "", type: .other, aliases: [], titles: []) }
        let links = record.entityLinks[member].map { renumber[$0] ?? 0 }
        return CorpusAnalysis(articles: [analysis], entities: entities, entityLinks: [links], stories: [])
    }

    private static func apply(_ record: StoryRecord, member i: Int, to analysis: inout ArticleAnalysis) {
        if record.ranges.indices.contains(i), let range = record.ranges[i] { analysis.publishedRange = range }
        if record.times.indices.contains(i), let times = record.times[i] { analysis.times = times }
    }

    /// The list entry for a story.
    package static func summary(
        id: String, record: StoryRecord, articles: [Article], updated: String
    ) -> StorySummary {
        let outlets = Set(articles.map { $0.outlet ?? "#" + $0.id })
        let dates = articles.compactMap(\.published)
        return StorySummary(
            id: id, title: record.title, articles: articles.count, sources: outlets.count,
            conflicts: record.comparisons.count { $0.kind == .conflict },
            agreements: record.comparisons.count { $0.kind == .agreement },
            firstPublished: dates.min(), lastPublished: dates.max(), updated: updated)
    }
}
