import Testing

@testable import CorroborateCore

/// Reports of invented events, written for these tests.
enum GroupingFixtures {
    static let ferryParagraphs = [
        """
        The passenger ferry Marlin Star ran aground on a sandbank off Tallis Point early on Tuesday, and all 212 \
        people on board were taken ashore by lifeboats before noon.
        """,
        """
        Captain Oren Vasquez told the coast guard that the ship's steering failed as it turned into the channel \
        in thick fog. Nobody was seriously hurt, though four passengers were treated for cold.
        """,
        """
        Lidia Frenk, a spokeswoman for the Tallis Coast Guard, said salvage crews would try to float the vessel \
        at the next high tide and that fuel had not leaked into the bay.
        """,
        """
        The Marlin Star has sailed the crossing between Tallis Point and Orrin Island since 2011. Its owner, \
        Bluewater Lines, cancelled all sailings for the rest of the week.
        """,
    ]
    static let ferryBody = ferryParagraphs.joined(separator: "\n\n")

    /// A wire report of a ferry grounding.
    static let wire = Article(
        id: "wire-ferry", source: "wire-ferry", outlet: "wire.example", title: "Ferry runs aground off Tallis Point",
        published: CivilDate(iso: "2026-04-14"), text: ferryBody)

    /// The same report reprinted a day later by another outlet, under its own headline and without
    /// its last paragraph.
    static let reprint = Article(
        id: "harbour-ferry", source: "harbour-ferry", outlet: "harbour.example",
        title: "All 212 rescued as Marlin Star grounds in fog", published: CivilDate(iso: "2026-04-15"),
        text: ferryParagraphs.dropLast().joined(separator: "\n\n"))

    /// The same grounding reported in other words.
    static let ownWords = Article(
        id: "city-ferry", source: "city-ferry", outlet: "citypaper.example", title: "Fog blamed as Marlin Star strands off Tallis",
        published: CivilDate(iso: "2026-04-14"),
        text: """
            Lifeboats ferried 212 passengers and crew from the Marlin Star on Tuesday morning after the vessel \
            stuck fast on a sandbank near Tallis Point.

            "The steering simply stopped answering," Captain Oren Vasquez said by radio. Fog had closed the \
            channel since dawn.

            The Tallis Coast Guard said no fuel escaped. Bluewater Lines, which runs the Orrin Island route, \
            called off its sailings until the ship is refloated, said Lidia Frenk of the coast guard.
            """)

    /// Another ferry grounding the same week: other ship, people and places.
    static let otherFerry = Article(
        id: "north-ferry", source: "north-ferry", outlet: "northline.example", title: "Ferry grounded near Brisk Harbour",
        published: CivilDate(iso: "2026-04-16"),
        text: """
            The ferry Coral Dawn ran aground near Brisk Harbour on Thursday night, and its 87 passengers were \
            brought ashore by fishing boats.

            Captain Ines Morrow said the tide had fallen faster than the charts showed. Harbour master Tobias \
            Kell said the hull was intact and the ship would be towed off within two days.

            Kessel Ferries, which owns the Coral Dawn, said sailings to Vell Island would resume on Saturday.
            """)

    /// A report that repeats the wire's words about the grounding months later.
    static let monthsLater = Article(
        id: "later-ferry", source: "later-ferry", outlet: "citypaper.example", title: "Marlin Star back at Tallis Point",
        published: CivilDate(iso: "2026-08-20"),
        text: """
            The Marlin Star returned to the Tallis Point crossing on Thursday, four months after the ferry ran \
            aground on a sandbank in thick fog with 212 people on board.

            Captain Oren Vasquez, who was at the helm when the steering failed, is back on the bridge, Bluewater \
            Lines said. The Tallis Coast Guard inspected the repaired hull last week.
            """)
}

@Suite struct StoryGroupingTests {
    func stories(_ articles: [Article]) -> (stories: [Set<String>], copies: [[String]]) {
        let corpus = Analyzer().analyze(articles)
        let ids = corpus.articles.map(\.article.id)
        return (corpus.stories.map { Set($0.articles.map { ids[$0] }) }, corpus.stories.flatMap(\.copies).map { $0.map { ids[$0] } })
    }

    @Test func aReprintWithANewHeadlineAndATrimmedParagraphIsACopy() {
        let result = stories([GroupingFixtures.wire, GroupingFixtures.reprint])
        #expect(result.stories == [["wire-ferry", "harbour-ferry"]])
        #expect(result.copies == [["wire-ferry", "harbour-ferry"]])
    }

    @Test func theEarliestPublishedCopyComesFirstWhicheverWasReadFirst() {
        let result = stories([GroupingFixtures.reprint, GroupingFixtures.wire])
        #expect(result.copies == [["wire-ferry", "harbour-ferry"]])
    }

    @Test func twoReportsOfOneEventInDifferentWordsAreOneStoryButNotCopies() {
        let result = stories([GroupingFixtures.wire, GroupingFixtures.ownWords, GroupingFixtures.reprint])
        #expect(result.stories == [["wire-ferry", "city-ferry", "harbour-ferry"]])
        #expect(result.copies == [["wire-ferry", "harbour-ferry"]])
    }

    @Test func twoSimilarEventsWithOtherPeopleAndPlacesAreTwoStories() {
        let result = stories([GroupingFixtures.wire, GroupingFixtures.otherFerry, GroupingFixtures.ownWords])
        #expect(result.stories == [["wire-ferry", "city-ferry"], ["north-ferry"]])
        #expect(result.copies.isEmpty)
    }

    @Test func reportsMoreThanTheWindowApartAreTwoStories() {
        let result = stories([GroupingFixtures.wire, GroupingFixtures.monthsLater])
        #expect(result.stories == [["wire-ferry"], ["later-ferry"]])
        // Within the window, the same words make one story.
        var recent = GroupingFixtures.monthsLater
        recent.published = CivilDate(iso: "2026-04-20")
        #expect(stories([GroupingFixtures.wire, recent]).stories == [["wire-ferry", "later-ferry"]])
    }

    @Test func aCopyAddsNothingToItsStorysProfile() {
        var grouper = StoryGrouper()
        var wire = StoryGrouper.features(of: Analyzer().analyze(GroupingFixtures.wire))
        var reprint = StoryGrouper.features(of: Analyzer().analyze(GroupingFixtures.reprint))
        grouper.count(&wire)
        grouper.count(&reprint)
        #expect(grouper.add(wire) == .init(story: 0, copyOf: nil))
        let profile = grouper.clusters[0].weights
        #expect(grouper.add(reprint) == .init(story: 0, copyOf: 0))
        #expect(grouper.clusters[0].weights == profile)
        #expect(grouper.clusters[0].reports == 1)
        #expect(grouper.clusters[0].members == [0, 1])
    }

    @Test(arguments: [
        ("Crews worked through the night in Varrow.", 1.0),
        ("CREWS worked through the night — in Varrow!", 1.0),
    ])
    func sketchesIgnoreCaseAndPunctuation(text: String, expected: Double) {
        let base = CopySketch(text: "Crews worked through the night in Varrow.")
        #expect(base.resemblance(CopySketch(text: text)) == expected)
    }

    @Test func apostrophesOfEitherKindNeverSplitAWord() {
        #expect(CopySketch.wordHashesOf("don't") == CopySketch.wordHashesOf("don’t"))
        #expect(CopySketch.wordHashesOf("“Stay,” she said").count == 3)
    }

    @Test func aTextWithoutWordsCopiesNothing() {
        var index = CopyIndex()
        let empty = CopySketch(text: " … — ")
        #expect(empty.minima.isEmpty)
        index.insert(.init(article: 0, story: 0, original: 0, sketch: empty))
        #expect(index.original(of: empty) == nil)
    }

    @Test func independentTextsBarelyResemble() {
        let a = CopySketch(text: GroupingFixtures.ferryBody)
        let b = CopySketch(text: GroupingFixtures.ownWords.text)
        #expect(a.resemblance(b) < 0.1)
        #expect(a.resemblance(CopySketch(text: GroupingFixtures.reprint.text)) > 0.6)
    }
}

extension CopySketch {
    static func wordHashesOf(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { wordHashes($0) }
    }
}
