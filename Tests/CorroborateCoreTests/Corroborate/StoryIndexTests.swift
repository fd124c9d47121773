import Testing

@testable import CorroborateCore

@Suite struct StoryIndexTests {
    /// Reports of two invented events, a mix of outlets and dates.
    static let reports: [Article] = [
        Article(id: "a", source: "a", outlet: "one.example", published: CivilDate(iso: "2025-05-02"), text: "The Korvo Dam burst after heavy rain, flooding villages in the Lenner Valley. Governor Ana Ruiz ordered evacuations of the valley."),
        Article(id: "b", source: "b", outlet: "two.example", published: CivilDate(iso: "2025-05-03"), text: "Dockworkers at the port of Mirelle walked out over pay, halting container traffic. The Mirelle Port Authority said talks would resume."),
        Article(id: "c", source: "c", outlet: "three.example", published: CivilDate(iso: "2025-05-03"), text: "Villages in the Lenner Valley remained under water a day after the Korvo Dam burst, Governor Ana Ruiz said, as evacuations went on."),
        Article(id: "d", source: "d", outlet: "one.example", published: CivilDate(iso: "2025-05-04"), text: "The strike at the port of Mirelle entered its third day as dockworkers rejected the Mirelle Port Authority pay offer."),
        Article(id: "e", source: "e", outlet: "two.example", published: CivilDate(iso: "2025-05-05"), text: "Engineers inspected what was left of the Korvo Dam as Governor Ana Ruiz promised to rebuild homes in the Lenner Valley."),
    ]

    func features(_ article: Article) -> StoryFeatures {
        var analysis = Analyzer().analyze(article)
        return StoryIndex.features(of: &analysis)
    }

    @Test func placesArticlesAsTheBatchAnalysisGroupsThem() {
        var index = StoryIndex()
        let placed = index.add(contentsOf: Self.reports.map(features))
        let batch = Analyzer().analyze(Self.reports).stories.map(\.articles)
        var incremental: [[Int]] = Array(repeating: [], count: index.storyCount)
        for p in placed { incremental[p.story].append(p.article) }
        #expect(incremental == batch)
        #expect(placed.map(\.story) == [0, 1, 0, 1, 0])
        // One at a time (each weighed by the articles before it), the same stories here.
        var single = StoryIndex()
        #expect(Self.reports.map { single.add(features($0)) } == [0, 1, 0, 1, 0])
    }

    @Test func aRestoredIndexFindsCopiesOfArticlesPlacedBefore() {
        var first = StoryIndex()
        _ = first.add(contentsOf: [GroupingFixtures.wire, GroupingFixtures.otherFerry].map(features))
        var restored = StoryIndex()
        restored.apply(first.snapshot())
        let placed = restored.add(contentsOf: [features(GroupingFixtures.reprint)])
        #expect(placed == [StoryPlacement(article: 2, story: 0, copyOf: 0)])
        let changes = restored.takeChanges()
        #expect(changes.reports.map(\.article) == [2])
        #expect(changes.reports.first?.original == 0)
    }

    @Test func aRestoredIndexPlacesLaterArticlesAsTheOriginalWould() {
        var whole = StoryIndex()
        let expected = Self.reports.map { whole.add(features($0)) }

        var first = StoryIndex()
        var placed = Self.reports.prefix(3).map { first.add(features($0)) }
        var restored = StoryIndex()
        restored.apply(first.snapshot())
        #expect(restored.articleCount == 3)
        #expect(restored.storyCount == first.storyCount)
        placed += Self.reports.dropFirst(3).map { restored.add(features($0)) }
        #expect(placed == expected)
    }

    @Test func changesBringAnotherCopyUpToDate() {
        var writer = StoryIndex()
        _ = writer.add(features(Self.reports[0]))
        var reader = StoryIndex()
        reader.apply(writer.takeChanges())
        _ = writer.add(features(Self.reports[1]))
        _ = writer.add(features(Self.reports[2]))
        let changes = writer.takeChanges()
        #expect(!changes.isEmpty)
        #expect(changes.stories.map(\.id).sorted() == [0, 1])
        reader.apply(changes)
        #expect(reader.snapshot() == writer.snapshot())
        #expect(writer.takeChanges().isEmpty)
    }

    @Test func takingFeaturesLeavesTheAnalysisWithoutThem() {
        var analysis = Analyzer().analyze(Self.reports[0])
        #expect(!analysis.terms.isEmpty)
        _ = StoryIndex.features(of: &analysis)
        #expect(analysis.terms.isEmpty)
        #expect(analysis.titleNames.isEmpty)
    }
}
