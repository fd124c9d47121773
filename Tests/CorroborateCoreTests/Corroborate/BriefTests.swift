import Testing

@testable import CorroborateCore

/// The story brief: extractive, cited, main facts before conflicts; and the timeline's
/// publications.
@Suite struct BriefTests {
    func article(_ id: String, _ outlet: String, _ date: String, _ text: String) -> Article {
        Article(id: id, source: id, outlet: outlet, published: CivilDate(iso: date), text: text)
    }

    var corpus: CorpusAnalysis {
        Analyzer().analyze([
            article("a", "north.example", "2026-03-09", """
                The Korvo Dam gave way early on Sunday, flooding three villages in the Lenner Valley.

                Governor Ana Ruiz said 14 people had been killed and 40 injured by the flood.

                About 3,000 residents were evacuated from the Lenner Valley on Sunday, the regional emergency office said.

                Engineers from the Korvo water authority had inspected the dam wall in January and found cracks.
                """),
            article("b", "south.example", "2026-03-09", """
                At least 60 people were killed or injured when the Korvo Dam failed in the Lenner Valley, Mayor Tomas Hale said.

                Some 3,000 residents have been evacuated from the Lenner Valley, the regional emergency office said.

                Mr Hale said rescue boats from the capital arrived a day late in the flooded villages.
                """),
        ])
    }

    @Test func factsAreSentencesOfTheArticlesCitedWhereTheyStand() throws {
        let c = corpus
        let story = try #require(c.stories.first)
        let facts = story.brief.filter { $0.kind == .fact }
        #expect(!facts.isEmpty && story.brief.count <= 10)
        for fact in facts {
            let first = try #require(fact.citations.first)
            let bytes = Array(c.articles[first.article].article.text.utf8)
            let cited = String(decoding: bytes[first.span.start..<first.span.end], as: UTF8.self)
            #expect(cited.split(separator: "\n").joined(separator: " ") == fact.text)
        }
    }

    @Test func aFactSeveralOutletsStateCitesEachOfThem() throws {
        let story = try #require(corpus.stories.first)
        let evacuation = try #require(story.brief.first { $0.text.contains("evacuated") })
        #expect(Set(evacuation.citations.map(\.article)) == [0, 1])
    }

    @Test func conflictsFollowTheFactsInTheSourcesValues() throws {
        let story = try #require(corpus.stories.first)
        let kinds = story.brief.map(\.kind)
        let conflict = try #require(story.brief.first { $0.kind == .conflict })
        #expect(kinds.firstIndex(of: .conflict).map { i in kinds[i...].allSatisfy { $0 == .conflict } } == true)
        #expect(conflict.text.contains("at least 60"))
        #expect(conflict.text.contains("54 (14 killed + 40 wounded)"))
        #expect(Set(conflict.citations.map(\.article)) == [0, 1])
    }

    @Test func theBriefIsTheSameEveryTime() {
        #expect(corpus.stories.map(\.brief) == corpus.stories.map(\.brief))
    }

    @Test func eachDatedArticlesPublicationIsOnTheTimeline() throws {
        let story = try #require(corpus.stories.first)
        let published = story.timeline.filter { $0.kind == .published }
        // Two articles the same day: one entry, two reports.
        #expect(published.map(\.value) == ["2026-03-09"])
        #expect(published.first?.reports.map(\.article) == [0, 1])
        #expect(published.allSatisfy { $0.time == nil })
        let days = story.timeline.map(\.day)
        #expect(days == days.sorted())
    }
}
